#include "SettingsDialog.h"

#include "TrayIcon.h"
#include "detect/DetectionSettingsFile.h"
#include "settings/AllowlistSettingsPage.h"
#include "settings/BlockingSettingsPage.h"
#include "settings/ConfigHistorySettingsPage.h"
#include "settings/DetectionSettingsPage.h"
#include "settings/ForwardingSettingsPage.h"
#include "settings/GeneralSettingsPage.h"
#include "settings/GeoIpSettingsPage.h"
#include "settings/NotificationsSettingsPage.h"
#include "settings/PbxRulesSettingsPage.h"
#include "settings/RatesSettingsPage.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tg {

SettingsDialog::SettingsDialog(const QString &dataDir, const QStringList &pbxNames, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Settings"));
    const QString detection = DetectionSettingsFile::pathIn(dataDir);
    addPage(new GeneralSettingsPage(dataDir, this));
    addPage(new DetectionSettingsPage(detection, this));
    addPage(new PbxRulesSettingsPage(detection, pbxNames, this));
    addPage(new AllowlistSettingsPage(detection, this));
    addPage(new RatesSettingsPage(detection, dataDir, this));
    addPage(new GeoIpSettingsPage(detection, this));
    addPage(new ForwardingSettingsPage(this));
    addPage(new BlockingSettingsPage(this));
    addPage(new NotificationsSettingsPage(TrayIcon::systemTrayAvailable(), this));
    addPage(new ConfigHistorySettingsPage(this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(720, 620);
}

void SettingsDialog::addPage(SettingsPage *page)
{
    m_pages.append(page);
    m_tabs->addTab(page, page->title());
}

void SettingsDialog::accept()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        QString why;
        if (!m_pages[i]->validate(&why)) {
            m_tabs->setCurrentIndex(i);
            QMessageBox::warning(this, tr("Settings"), why);
            return;
        }
    }
    for (int i = 0; i < m_pages.size(); ++i) {
        QString why;
        if (!m_pages[i]->save(&why)) {
            m_tabs->setCurrentIndex(i);
            QMessageBox::warning(this, tr("Settings"), why);
            return;
        }
    }
    QDialog::accept();
}

} // namespace tg
