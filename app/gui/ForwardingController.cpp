#include "ForwardingController.h"

#include "AlertsView.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "engine/Engine.h"
#include "forward/ForwardService.h"
#include "forward/ForwardSettings.h"
#include "settings/ForwardingSettingsPage.h"

namespace tg {

namespace {
const qint64 kMaxEventBacklog = 50000;
}

ForwardingController::ForwardingController(const QString &dataDir, Engine *engine, MainWindow *window, QObject *parent)
    : QObject(parent), m_service(new ForwardService(dataDir)),
      m_eventBacklog(std::make_shared<BacklogGate>(kMaxEventBacklog))
{
    qRegisterMetaType<tg::Alert>();
    qRegisterMetaType<tg::AlertList>();
    qRegisterMetaType<tg::EventList>();
    m_service->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("forward"));
    m_thread.start();

    connect(engine, &Engine::alertOpened, m_service, &ForwardService::alertOpened, Qt::QueuedConnection);
    // Runs on the engine thread: asks the gate, then posts the batch to the forwarder's thread.
    connect(engine, &Engine::securityEventsReady, m_service,
            [service = m_service, gate = m_eventBacklog](const EventList &events) {
                if (!gate->tryTake(events.size()))
                    return;
                QMetaObject::invokeMethod(service, [service, gate, events] {
                    service->securityEvents(events);
                    gate->release(events.size());
                    if (const qint64 skipped = gate->takeSkipped())
                        service->securityEventsSkipped(skipped);
                }, Qt::QueuedConnection);
            }, Qt::DirectConnection);
    connect(m_service, &ForwardService::eventsWantedChanged, engine, &Engine::setEventForwarding, Qt::QueuedConnection);
    connect(window->alertsView(), &AlertsView::alertsTriaged, m_service, &ForwardService::alertsStatusChanged,
            Qt::QueuedConnection);
    connect(m_service, &ForwardService::statusChanged, this,
            [this](const ForwardStatusList &s) { m_statuses = s; }, Qt::QueuedConnection);
    connect(window, &MainWindow::settingsChanged, this, &ForwardingController::reloadDestinations);
    connect(window, &MainWindow::settingsOpened, this, &ForwardingController::wireSettings);
    reloadDestinations();
}

ForwardingController::~ForwardingController()
{
    // Stopped on its own thread (its sockets and timers live there), then handed back to this
    // thread to be deleted once its thread has ended.
    QThread *here = thread();
    QMetaObject::invokeMethod(m_service, [service = m_service, here] {
        service->shutdown();
        service->moveToThread(here);
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_service;
}

void ForwardingController::reloadDestinations()
{
    const ForwardDestinationList list = ForwardSettings::load();
    QMetaObject::invokeMethod(m_service, [service = m_service, list] { service->setDestinations(list); },
                              Qt::QueuedConnection);
}

void ForwardingController::wireSettings(SettingsDialog *dialog)
{
    auto *page = dialog->page<ForwardingSettingsPage>();
    if (!page)
        return;
    page->setStatuses(m_statuses);
    // The page is the receiver's context: when the dialog closes, these connections go with it.
    connect(m_service, &ForwardService::statusChanged, page, &ForwardingSettingsPage::setStatuses, Qt::QueuedConnection);
    connect(m_service, &ForwardService::testFinished, page, &ForwardingSettingsPage::showTestResult,
            Qt::QueuedConnection);
    connect(page, &ForwardingSettingsPage::testRequested, m_service, &ForwardService::sendTest, Qt::QueuedConnection);
}

} // namespace tg
