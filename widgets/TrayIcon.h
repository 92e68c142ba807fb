#pragma once

#include "Alert.h"
#include "TrayStatus.h"

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace tg {

// The system tray icon: its badge and tooltip show the overall state (TrayStatus), its menu
// offers Show and Quit, and it carries desktop notifications. Where the desktop has no system
// tray (some window managers, offscreen tests) nothing is shown, isAvailable() is false and a
// notification only asks the taskbar for attention.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QWidget *window);

    static bool systemTrayAvailable();
    bool isAvailable() const { return m_tray != nullptr; }
    void setStatus(const TrayStatus &status);
    const TrayStatus &status() const { return m_status; }
    void showNotification(const QString &title, const QString &text, tg::Severity severity);

    QMenu *menu() const { return m_menu; }
    QAction *showAction() const { return m_show; }
    QAction *quitAction() const { return m_quit; }

Q_SIGNALS:
    void showRequested();
    void quitRequested();

private:
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu;
    QAction *m_show;
    QAction *m_quit;
    TrayStatus m_status;
    bool m_hasStatus = false;
};

} // namespace tg
