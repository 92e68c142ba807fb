#pragma once

#include "forward/BacklogGate.h"
#include "forward/ForwardStatus.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace tg {

class Engine;
class ForwardService;
class MainWindow;
class SettingsDialog;

// SIEM forwarding in the application: the ForwardService on its own thread, fed by the engine
// (alerts opened, security events when a destination wants them) and by the alert pane (status
// changes), configured from QSettings (ForwardSettings) and the settings dialog's Forwarding page.
// Every connection to the service is queued: neither the GUI nor the engine waits for it.
class ForwardingController : public QObject
{
    Q_OBJECT
public:
    ForwardingController(const QString &dataDir, Engine *engine, MainWindow *window, QObject *parent = nullptr);
    ~ForwardingController() override;   // stops the service and its thread

    ForwardService *service() const { return m_service; }
    const ForwardStatusList &statuses() const { return m_statuses; }
    void reloadDestinations();          // after the settings were saved

private:
    void wireSettings(SettingsDialog *dialog);

    QThread m_thread;
    ForwardService *m_service;
    ForwardStatusList m_statuses;       // the latest, for a settings page opened later
    // Security events posted to the forwarder and not yet queued by it: a storm it cannot keep
    // up with is skipped and reported (QUEUE_DROPPED) instead of filling memory.
    std::shared_ptr<BacklogGate> m_eventBacklog;
};

} // namespace tg
