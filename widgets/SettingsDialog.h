#pragma once

#include <QDialog>
#include <QVector>

class QTabWidget;

namespace tg {

class SettingsPage;

// The settings dialog: one tab per SettingsPage (widgets/settings). OK validates every page, then
// saves every page; Cancel writes nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const QString &dataDir, const QStringList &pbxNames, QWidget *parent = nullptr);
    void addPage(SettingsPage *page);
    void accept() override;

    template<typename Page> Page *page() const
    {
        for (SettingsPage *p : m_pages)
            if (auto *typed = qobject_cast<Page *>(p))
                return typed;
        return nullptr;
    }

private:
    QTabWidget *m_tabs;
    QVector<SettingsPage *> m_pages;
};

} // namespace tg
