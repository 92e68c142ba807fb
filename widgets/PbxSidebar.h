#pragma once

#include "LiveSnapshot.h"
#include "PbxProfile.h"

#include <QHash>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;
class QLabel;

namespace tg {

// The PBX list on the left: every configured PBX with its live link state (coloured dot,
// state, and the reason as a tooltip). The first entry, "All PBXes", clears the filter.
class PbxSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit PbxSidebar(QWidget *parent = nullptr);

    void setProfiles(const PbxProfileList &profiles);
    void setStatuses(const QVector<PbxStatus> &statuses);
    QString selectedPbx() const;              // empty = all
    void selectPbx(const QString &name);      // empty = all
    QStringList pbxNames() const;
    QListWidget *list() const { return m_list; }
    // The text shown for one PBX (tests, and the tiles use the same words).
    QString entryText(const QString &name) const;
    QString entryToolTip(const QString &name) const;
    static QString displayName(const QString &name, bool demo);

Q_SIGNALS:
    void pbxSelected(const QString &name);
    void addRequested();
    void editRequested(const QString &name);
    void removeRequested(const QString &name);
    void demoRequested();

private:
    void rebuild();
    void updateItem(QListWidgetItem *item);
    void showContextMenu(const QPoint &pos);

    QListWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_demo;
    QPushButton *m_add;
    QHash<QString, PbxProfile> m_profiles;
    QHash<QString, PbxStatus> m_statuses;
};

} // namespace tg
