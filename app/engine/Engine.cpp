#include "Engine.h"

#include "PbxLink.h"
#include "demo/AmiReplayServer.h"
#include "demo/DemoCapture.h"
#include "detect/DetectionEngine.h"
#include "ssh/KnownHostsStore.h"
#include "store/StoreWriter.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace tg {

Engine::Engine(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_snapshotTimer(this), m_tickTimer(this)
{
    // The timers are children so that moveToThread() takes them along to the engine thread.
    m_snapshotTimer.setInterval(m_options.snapshotIntervalMs);
    connect(&m_snapshotTimer, &QTimer::timeout, this, &Engine::publishSnapshot);
    m_tickTimer.setInterval(1000);
    connect(&m_tickTimer, &QTimer::timeout, this, [this] {
        for (const Alert &a : m_detection->tick())
            recordAlert(a);
    });
}

Engine::~Engine()
{
    shutdown();
}

QString Engine::demoPbxName()
{
    return QCoreApplication::translate("tg::Engine", "Demo PBX");
}

bool Engine::start()
{
    m_writer = std::make_unique<StoreWriter>(m_options.dbPath);
    if (!m_writer->start(&m_lastError)) {
        m_writer.reset();
        emit failed(m_lastError);
        return false;
    }
    m_detection = std::make_unique<DetectionEngine>(Clock::system());
    m_rateClock.start();
    m_snapshotTimer.start();
    m_tickTimer.start();
    emit started();
    return true;
}

void Engine::shutdown()
{
    m_snapshotTimer.stop();
    m_tickTimer.stop();
    const auto names = m_links.keys();
    for (const QString &name : names)
        disconnectPbx(name);
    m_demoServer.reset();
    if (m_writer) {
        flushAlerts();
        m_writer->flush();
    }
}

void Engine::connectPbx(const PbxProfile &profile, const QString &secret, const QString &sshSecret)
{
    if (!m_writer)
        return;
    disconnectPbx(profile.name);
    if (!m_knownHosts)
        m_knownHosts = std::make_unique<KnownHostsStore>();
    Link link;
    link.profile = profile;
    link.client = new PbxLink(profile, secret, sshSecret, m_knownHosts.get(), this);
    const QString name = profile.name;
    connect(link.client, &PbxLink::eventsReady, this,
            [this, name](const EventList &events) { onEvents(name, events); });
    m_links.insert(name, link);
    link.client->start();
}

void Engine::disconnectPbx(const QString &name)
{
    auto it = m_links.find(name);
    if (it == m_links.end())
        return;
    it->client->stop();
    it->client->deleteLater();
    m_links.erase(it);
}

void Engine::startDemo()
{
    if (!m_writer || m_demoServer)
        return;
    // A loopback AMI server inside the app replays real Asterisk traffic; its events take the
    // same path as a real PBX's: socket, parser, normalizer, detectors, store, GUI.
    const QString secret = QString::number(QRandomGenerator::system()->generate64(), 36);
    m_demoServer = std::make_unique<AmiReplayServer>();
    AmiReplayServer::Options opts;
    opts.user = QStringLiteral("demo");
    opts.secret = secret;
    opts.mode = AmiReplayServer::Mode::Paced;
    opts.durationMs = qint64(m_options.demoLoopSeconds) * 1000;
    opts.loop = true;
    opts.liveTimestamps = true;
    m_demoServer->setOptions(opts);
    QString error;
    const QByteArray capture = DemoCapture::build(&error);
    if (capture.isEmpty() || !m_demoServer->setCapture(capture, &error)
        || !m_demoServer->listen(QHostAddress::LocalHost, 0)) {
        if (error.isEmpty())
            error = m_demoServer->errorString();
        m_demoServer.reset();
        emit failed(tr("The Demo PBX could not start: %1").arg(error));
        return;
    }
    m_demoServer->loadCannedReplies(QStringLiteral(":/demo/actions.ami"));
    PbxProfile demo;
    demo.name = demoPbxName();
    demo.demo = true;
    demo.host = QStringLiteral("127.0.0.1");
    demo.port = m_demoServer->serverPort();
    demo.user = opts.user;
    connectPbx(demo, secret);
}

void Engine::hangup(const QString &pbx, const QString &callId)
{
    auto it = m_links.find(pbx);
    if (it == m_links.end())
        return;
    it->client->hangup(callId);
}

void Engine::forgetAlert(qint64 alertId)
{
    auto it = m_openAlerts.find(alertId);
    if (it == m_openAlerts.end())
        return;
    m_alertIds.remove(it->key());
    m_openAlerts.erase(it);
}

void Engine::onEvents(const QString &pbx, const EventList &events)
{
    auto it = m_links.find(pbx);
    if (it != m_links.end()) {
        it->totalEvents += events.size();
        it->eventsSinceRate += events.size();
        if (!events.isEmpty())
            it->lastEventMs = events.last().timeMs;
    }
    for (const Event &e : events)
        ingest(e);
}

void Engine::ingest(Event e)
{
    m_detection->enrich(e);   // estimated cost of a finished call, before it is stored
    e.id = m_writer->appendEvent(e);
    ++m_totalEvents;
    ++m_eventsSinceRate;

    for (const Alert &a : m_detection->process(e))
        recordAlert(a);

    if (m_pending.newEvents.size() < m_options.maxEventsPerSnapshot) {
        e.raw.clear();   // the GUI loads evidence by id; keep snapshots small
        m_pending.newEvents.append(std::move(e));
    } else {
        ++m_pending.droppedEvents;
    }
}

void Engine::recordAlert(Alert a)
{
    // The detectors aggregate by key; the store's row id for that key is ours to remember.
    // A new alert is saved at once (that assigns its id); updates to it are coalesced and
    // saved once per snapshot, so an attack of thousands of events per second costs a few
    // alert writes per second, not one per event.
    const QString key = a.key();
    a.id = m_alertIds.value(key);
    if (!a.id) {
        a.id = m_writer->saveAlert(a);
        m_alertIds.insert(key, a.id);
    }
    m_dirtyAlerts.insert(a.id, a);
}

void Engine::flushAlerts()
{
    for (const Alert &a : std::as_const(m_dirtyAlerts)) {
        m_writer->saveAlert(a);
        m_openAlerts.insert(a.id, a);
        m_pending.changedAlerts.append(a);
    }
    m_dirtyAlerts.clear();
}

void Engine::publishSnapshot()
{
    const qint64 elapsed = m_rateClock.restart();
    const double seconds = elapsed > 0 ? elapsed / 1000.0 : 1.0;
    m_eventsPerSec = m_eventsSinceRate / seconds;
    m_eventsSinceRate = 0;

    flushAlerts();
    LiveSnapshot s;
    s.timeMs = Clock::system().nowMs();
    s.newEvents = std::move(m_pending.newEvents);
    s.droppedEvents = m_pending.droppedEvents;
    s.changedAlerts = std::move(m_pending.changedAlerts);
    m_pending = LiveSnapshot();

    QHash<QString, int> critical;
    for (const Alert &a : m_openAlerts)
        if (a.severity == Severity::Critical && a.status == AlertStatus::Open)
            ++critical[a.pbx];

    for (auto it = m_links.begin(); it != m_links.end(); ++it) {
        Link &link = it.value();
        link.eventsPerSec = link.eventsSinceRate / seconds;
        link.eventsSinceRate = 0;
        PbxStatus st;
        st.name = link.profile.name;
        st.demo = link.profile.demo;
        st.state = link.client->state();
        st.reason = link.client->stateReason();
        st.version = link.client->pbxVersion();
        st.eventsPerSec = link.eventsPerSec;
        st.lastEventMs = link.lastEventMs;
        st.totalEvents = link.totalEvents;
        const QVector<ActiveCall> calls = link.client->activeCalls();
        st.activeCalls = int(calls.size());
        st.openCritical = critical.value(st.name);
        s.activeCalls += calls;
        s.pbxes.append(st);
    }
    s.totalEvents = m_totalEvents;
    s.eventsPerSec = m_eventsPerSec;
    emit snapshotReady(s);
}

} // namespace tg
