#pragma once

#include "SettingsPage.h"
#include "forward/ForwardDestination.h"
#include "forward/ForwardStatus.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tg {

// SIEM / syslog forwarding: the list of destinations (add, edit, remove) and "Send test
// message". The test runs on the forwarder's thread: the page asks with testRequested and the
// application answers with showTestResult; it also feeds the destinations' states (setStatuses).
// Destinations are written to QSettings (ForwardSettings) on save().
class ForwardingSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit ForwardingSettingsPage(QWidget *parent = nullptr);
    QString title() const override;
    bool save(QString *why) override;

    const ForwardDestinationList &destinations() const { return m_list; }
    QTreeWidget *table() const { return m_table; }
    QString resultText() const;   // the last test's outcome, as shown
    // The buttons' actions (the add and edit dialogs are modal).
    void addDestination();
    void editDestination(int row);
    void removeDestination(int row);
    void sendTest();

public Q_SLOTS:
    void setStatuses(const tg::ForwardStatusList &statuses);
    void showTestResult(quint64 requestId, bool ok, const QString &text);

Q_SIGNALS:
    void testRequested(const tg::ForwardDestination &destination, quint64 requestId);

private:
    void refill();
    void updateButtons();
    int currentRow() const;
    QString statusText(const QString &name) const;
    QStringList namesExcept(int row) const;

    ForwardDestinationList m_list;
    ForwardStatusList m_statuses;
    quint64 m_lastRequest = 0;
    QTreeWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    QLabel *m_result;
};

} // namespace tg
