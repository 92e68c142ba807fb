#pragma once

#include "AlertNotifier.h"
#include "SettingsPage.h"

class QCheckBox;
class QComboBox;

namespace tg {

// Desktop notifications and the tray. Keys (read by the main window too):
//   notifications/level        "none", "critical" (default) or "high" (high and critical)
//   notifications/closeToTray  bool, default true: closing the window keeps monitoring in the tray
class NotificationsSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    static QString levelKey();
    static QString closeToTrayKey();
    static AlertNotifier::Level level();   // from QSettings
    static bool closeToTray();

    // trayAvailable: whether this desktop has a system tray (the tray options need one).
    explicit NotificationsSettingsPage(bool trayAvailable, QWidget *parent = nullptr);
    QString title() const override;
    bool save(QString *why) override;

    QComboBox *levelCombo() const { return m_level; }
    QCheckBox *closeToTrayBox() const { return m_closeToTray; }

private:
    QComboBox *m_level;
    QCheckBox *m_closeToTray;
};

} // namespace tg
