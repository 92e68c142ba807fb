#include "TrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace tg {

TrayIcon::TrayIcon(QWidget *window) : QObject(window), m_window(window), m_menu(new QMenu(window))
{
    m_show = m_menu->addAction(tr("&Show Tollgate"), this, &TrayIcon::showRequested);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);
    if (!systemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showRequested);
    setStatus(TrayStatus::from({}, 0));
    m_tray->show();
}

bool TrayIcon::systemTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setStatus(const TrayStatus &status)
{
    // Snapshots arrive a few times a second: redraw only what changed.
    const bool newIcon = !m_hasStatus || status.level() != m_status.level();
    const bool newTip = !m_hasStatus || status.tooltip() != m_status.tooltip();
    m_status = status;
    m_hasStatus = true;
    if (!m_tray)
        return;
    if (newIcon)
        m_tray->setIcon(status.icon());
    if (newTip)
        m_tray->setToolTip(status.tooltip());
}

void TrayIcon::showNotification(const QString &title, const QString &text, Severity severity)
{
    if (!m_tray || !QSystemTrayIcon::supportsMessages()) {
        QApplication::alert(m_window);   // the taskbar entry asks for attention instead
        return;
    }
    const auto icon = severity >= Severity::High ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning;
    m_tray->showMessage(title, text, icon, 15000);
}

} // namespace tg
