#include "NotificationsSettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

namespace tg {

namespace {
const char *const kLevelNames[] = {"none", "critical", "high"};   // by AlertNotifier::Level
}

QString NotificationsSettingsPage::levelKey()
{
    return QStringLiteral("notifications/level");
}

QString NotificationsSettingsPage::closeToTrayKey()
{
    return QStringLiteral("notifications/closeToTray");
}

AlertNotifier::Level NotificationsSettingsPage::level()
{
    const QString name = QSettings().value(levelKey(), QStringLiteral("critical")).toString();
    for (int i = 0; i < 3; ++i)
        if (name == QLatin1String(kLevelNames[i]))
            return AlertNotifier::Level(i);
    return AlertNotifier::Level::Critical;
}

bool NotificationsSettingsPage::closeToTray()
{
    return QSettings().value(closeToTrayKey(), true).toBool();
}

NotificationsSettingsPage::NotificationsSettingsPage(bool trayAvailable, QWidget *parent)
    : SettingsPage(parent)
{
    m_level = new QComboBox(this);
    m_level->addItem(tr("None"), int(AlertNotifier::Level::None));
    m_level->addItem(tr("Critical alerts"), int(AlertNotifier::Level::Critical));
    m_level->addItem(tr("High and critical alerts"), int(AlertNotifier::Level::HighAndAbove));
    m_level->setCurrentIndex(m_level->findData(int(level())));
    m_level->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);   // its natural width, like the other pages
    const int seconds = AlertNotifier::kDefaultMinIntervalMs / 1000;
    auto *levelNote = new QLabel(tr("Each alert is announced once. During an attack, alerts that arrive within "
                                    "%1 seconds of the last notification are summed up in one.")
                                     .arg(seconds),
                                 this);
    levelNote->setWordWrap(true);
    levelNote->setEnabled(false);

    m_closeToTray = new QCheckBox(tr("Keep monitoring in the tray when the window is closed"), this);
    m_closeToTray->setChecked(closeToTray());
    auto *trayNote = new QLabel(trayAvailable ? tr("Quit from the tray icon's menu or with File → Quit to stop "
                                                   "monitoring.")
                                              : tr("This desktop has no system tray: closing the window quits "
                                                   "Tollgate, and notifications flash the taskbar entry instead."),
                                this);
    trayNote->setWordWrap(true);
    trayNote->setEnabled(false);
    m_closeToTray->setEnabled(trayAvailable);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Desktop notifications"), m_level);
    form->addRow(QString(), levelNote);
    form->addRow(tr("Tray"), m_closeToTray);
    form->addRow(QString(), trayNote);
}

QString NotificationsSettingsPage::title() const
{
    return tr("Notifications");
}

bool NotificationsSettingsPage::save(QString *why)
{
    QSettings s;
    s.setValue(levelKey(), QLatin1String(kLevelNames[qBound(0, m_level->currentData().toInt(), 2)]));
    s.setValue(closeToTrayKey(), m_closeToTray->isChecked());
    s.sync();
    if (s.status() != QSettings::NoError) {
        *why = tr("The notification settings could not be saved (%1); check that the settings file is writable.")
                   .arg(s.fileName());
        return false;
    }
    return true;
}

} // namespace tg
