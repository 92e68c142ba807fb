#include "AmiBench.h"

#include "AmiClient.h"
#include "AmiNormalizer.h"
#include "AmiParser.h"
#include "demo/AmiReplayServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <sys/time.h>
#endif

namespace tg {

namespace {

const QByteArray kBanner = "Asterisk Call Manager/9.0.0\r\n";
const QString kUser = QStringLiteral("bench");
const QString kSecret = QStringLiteral("bench-secret");

// One capture without its banner line, so captures and passes can be concatenated.
QByteArray body(const QByteArray &capture)
{
    if (capture.startsWith("Asterisk Call Manager/")) {
        const qsizetype nl = capture.indexOf('\n');
        return nl < 0 ? QByteArray() : capture.mid(nl + 1);
    }
    return capture;
}

// CPU seconds used so far, by the process (who = RUSAGE_SELF) or the calling thread.
double cpuSeconds(bool thread)
{
#ifdef Q_OS_UNIX
    rusage ru{};
#ifdef RUSAGE_THREAD
    const int who = thread ? RUSAGE_THREAD : RUSAGE_SELF;
#else
    if (thread)
        return -1;
    const int who = RUSAGE_SELF;
#endif
    if (getrusage(who, &ru) != 0)
        return -1;
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
#else
    Q_UNUSED(thread);
    return -1;
#endif
}

// Runs the event loop until done() or the time limit; true when done() became true.
template<typename Pred>
bool spinUntil(Pred done, int limitMs)
{
    // Sleeps in the event loop between checks: a busy loop here would be billed to the client.
    if (done())
        return true;
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() >= limitMs)
            loop.quit();
    });
    check.start();
    loop.exec();
    return done();
}

// A replay server living on its own thread, so its work is not counted as the client's.
class ServerThread
{
public:
    ServerThread(const QByteArray &capture, const AmiReplayServer::Options &options)
    {
        m_server = new AmiReplayServer;
        AmiReplayServer::Options o = options;
        o.user = kUser;
        o.secret = kSecret;
        m_server->setOptions(o);
        m_ok = m_server->setCapture(capture, &m_error);
        m_server->moveToThread(&m_thread);
        m_thread.start();
        if (m_ok)
            QMetaObject::invokeMethod(
                m_server, [this] { m_ok = m_server->listen(); if (!m_ok) m_error = m_server->errorString(); },
                Qt::BlockingQueuedConnection);
        m_port = m_ok ? m_server->serverPort() : 0;
    }
    ~ServerThread()
    {
        m_server->deleteLater();   // on its own thread, which deletes it as it finishes
        m_thread.quit();
        m_thread.wait();
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    AmiReplayServer *server() const { return m_server; }   // counters only: they are atomic
    double threadCpuSeconds()
    {
        double s = -1;
        QMetaObject::invokeMethod(m_server, [&s] { s = cpuSeconds(true); }, Qt::BlockingQueuedConnection);
        return s;
    }

private:
    QThread m_thread;
    AmiReplayServer *m_server = nullptr;
    bool m_ok = false;
    QString m_error;
    quint16 m_port = 0;
};

PbxProfile benchProfile(const QString &name, quint16 port)
{
    PbxProfile p;
    p.name = name;
    p.host = QStringLiteral("127.0.0.1");
    p.port = port;
    p.user = kUser;
    return p;
}

bool isPbxEvent(const Event &e)
{
    return e.kind != EventKind::ConnectorState && e.kind != EventKind::ProtocolError;
}

} // namespace

QVector<AmiBench::Capture> AmiBench::defaultCaptures()
{
    QVector<Capture> out;
    for (const QString &name : {QStringLiteral(":/demo/session-full.ami"), QStringLiteral(":/demo/multi-session-full.ami")}) {
        QFile f(name);
        if (f.open(QIODevice::ReadOnly))
            out.append({name, f.readAll()});
    }
    return out;
}

AmiBench::ParserResult AmiBench::parser(const QVector<Capture> &captures, double minSeconds, int chunkBytes)
{
    ParserResult r;
    r.minSeconds = minSeconds;
    r.chunkBytes = qMax(1, chunkBytes);
    QByteArray pass;
    for (const Capture &c : captures) {
        r.captures << c.name;
        pass += body(c.bytes);
    }
    if (pass.isEmpty())
        return r;
    const qsizetype chunk = r.chunkBytes;

    // Framing only.
    AmiParser parser;
    AmiParser::Output out;
    parser.feed(kBanner, out);
    out.clear();
    QElapsedTimer t;
    t.start();
    do {
        for (qsizetype pos = 0; pos < pass.size(); pos += chunk) {
            parser.feed(QByteArrayView(pass.constData() + pos, qMin(chunk, pass.size() - pos)), out);
            r.messages += out.messages.size();
            for (const AmiMessage &m : out.messages)
                r.amiEvents += m.isEvent() ? 1 : 0;
            out.messages.clear();
        }
        r.bytes += pass.size();
        ++r.rounds;
    } while (t.nsecsElapsed() < qint64(minSeconds * 1e9));
    r.seconds = t.nsecsElapsed() / 1e9;
    r.eventsPerSec = r.amiEvents / r.seconds;
    r.mbPerSec = r.bytes / 1e6 / r.seconds;

    // Framing and normalizing, as the connector does per read.
    AmiParser parser2;
    AmiNormalizer normalizer(QStringLiteral("bench"));
    EventList events;
    parser2.feed(kBanner, out);
    out.clear();
    qint64 amiEvents = 0;
    t.restart();
    for (int round = 0; round < r.rounds; ++round) {
        for (qsizetype pos = 0; pos < pass.size(); pos += chunk) {
            parser2.feed(QByteArrayView(pass.constData() + pos, qMin(chunk, pass.size() - pos)), out);
            for (const AmiMessage &m : out.messages) {
                amiEvents += m.isEvent() ? 1 : 0;
                normalizer.normalize(m, events);
            }
            out.messages.clear();
            r.normalizedEvents += events.size();
            events.clear();
        }
    }
    r.normalizeSeconds = t.nsecsElapsed() / 1e9;
    r.normalizedAmiEventsPerSec = amiEvents / r.normalizeSeconds;
    return r;
}

AmiBench::EndToEndResult AmiBench::endToEnd(const Capture &capture, int repeat, int maxChunk, int timeLimitMs)
{
    EndToEndResult r;
    r.capture = capture.name;
    r.repeat = qMax(1, repeat);
    r.maxChunk = qMax(1, maxChunk);

    // What one pass must give, from the same parser and normalizer without a socket.
    AmiParser parser;
    AmiParser::Output out;
    parser.feed(capture.bytes, out);
    parser.feed("\r\n", out);
    AmiNormalizer normalizer(QStringLiteral("bench"));
    EventList perPass;
    qint64 amiPerPass = 0;
    bool skippedLogin = false;
    for (const AmiMessage &m : out.messages) {
        if (!skippedLogin && m.isResponse()) {
            skippedLogin = true;
            continue;
        }
        skippedLogin = true;
        amiPerPass += m.isEvent() ? 1 : 0;
        normalizer.normalize(m, perPass);
    }
    const qint64 expected = perPass.size() * qint64(r.repeat);
    r.amiEvents = amiPerPass * r.repeat;

    AmiReplayServer::Options o;
    o.mode = AmiReplayServer::Mode::Flood;
    o.repeat = r.repeat;
    o.minChunk = 1;
    o.maxChunk = r.maxChunk;
    ServerThread server(capture.bytes, o);
    if (!server.ok()) {
        r.error = server.error();
        return r;
    }
    r.bytes = server.server()->bytesPerPass() * r.repeat;

    AmiClient client(benchProfile(QStringLiteral("e2e"), server.port()));
    client.setSecret(kSecret);
    qint64 received = 0;
    QElapsedTimer t;
    QObject::connect(&client, &AmiClient::stateChanged, &client, [&](LinkState s) {
        if (s == LinkState::Connected)
            t.start();
    });
    QObject::connect(&client, &AmiClient::eventsReady, &client, [&](const EventList &batch) {
        for (const Event &e : batch)
            received += isPbxEvent(e) ? 1 : 0;
    });
    client.start();
    r.completed = spinUntil([&] { return received >= expected; }, timeLimitMs);
    r.seconds = t.isValid() ? t.nsecsElapsed() / 1e9 : 0;
    r.normalizedEvents = received;
    if (!r.completed)
        r.error = QStringLiteral("only %1 of %2 Events arrived in time (%3)").arg(received).arg(expected).arg(client.stateReason());
    if (r.seconds > 0) {
        r.amiEventsPerSec = r.amiEvents / r.seconds;
        r.normalizedEventsPerSec = received / r.seconds;
        r.mbPerSec = r.bytes / 1e6 / r.seconds;
    }
    client.stop();
    return r;
}

AmiBench::FleetResult AmiBench::fleet(const Capture &capture, int connections, double amiEventsPerSec, int seconds)
{
    FleetResult r;
    r.capture = capture.name;
    r.connections = qMax(1, connections);
    r.amiEventsPerSecPerConnection = amiEventsPerSec;
    r.seconds = qMax(1, seconds);

    AmiReplayServer::Options o;
    o.mode = AmiReplayServer::Mode::Rate;
    o.messagesPerSecond = amiEventsPerSec;
    o.liveTimestamps = true;
    o.maxSessions = r.connections + 16;
    ServerThread server(capture.bytes, o);
    if (!server.ok()) {
        r.error = server.error();
        return r;
    }

    struct Conn {
        std::unique_ptr<AmiClient> client;
        double maxLag = 0;
        double sumLag = 0;
        qint64 count = 0;
    };
    std::vector<Conn> conns(size_t(r.connections));
    std::vector<double> lags;
    lags.reserve(size_t(r.connections * amiEventsPerSec * r.seconds));
    bool measuring = false;
    int connected = 0;

    QElapsedTimer connectTimer;
    connectTimer.start();
    for (int i = 0; i < r.connections; ++i) {
        Conn &c = conns[size_t(i)];
        c.client = std::make_unique<AmiClient>(benchProfile(QStringLiteral("fleet-%1").arg(i), server.port()));
        c.client->setSecret(kSecret);
        AmiClient::Timing timing;
        timing.connectTimeoutMs = 30000;
        c.client->setTiming(timing);
        QObject::connect(c.client.get(), &AmiClient::stateChanged, c.client.get(), [&connected](LinkState s) {
            connected += s == LinkState::Connected ? 1 : 0;
        });
        QObject::connect(c.client.get(), &AmiClient::eventsReady, c.client.get(), [&, i](const EventList &batch) {
            if (!measuring)
                return;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            Conn &me = conns[size_t(i)];
            for (const Event &e : batch) {
                if (!isPbxEvent(e))
                    continue;
                const double lag = double(qMax<qint64>(0, now - e.timeMs));
                me.maxLag = qMax(me.maxLag, lag);
                me.sumLag += lag;
                ++me.count;
                lags.push_back(lag);
            }
        });
        c.client->start();
    }
    spinUntil([&] { return connected >= r.connections; }, 60000);
    r.connectSeconds = connectTimer.nsecsElapsed() / 1e9;
    r.connected = connected;

    // Settle one second, then measure.
    spinUntil([] { return false; }, 1000);
    const qint64 sentBefore = server.server()->messagesStreamed();
    const double procBefore = cpuSeconds(false);
    const double threadBefore = cpuSeconds(true);
    const double serverBefore = server.threadCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    measuring = true;
    spinUntil([] { return false; }, r.seconds * 1000);
    measuring = false;
    const double elapsed = wall.nsecsElapsed() / 1e9;
    const double procAfter = cpuSeconds(false);
    const double threadAfter = cpuSeconds(true);
    const double serverAfter = server.threadCpuSeconds();
    r.amiEventsSent = server.server()->messagesStreamed() - sentBefore;
    if (procBefore >= 0 && procAfter >= 0)
        r.processCpuPercent = 100.0 * (procAfter - procBefore) / elapsed;
    if (threadBefore >= 0 && threadAfter >= 0)
        r.clientThreadCpuPercent = 100.0 * (threadAfter - threadBefore) / elapsed;
    if (serverBefore >= 0 && serverAfter >= 0)
        r.serverThreadCpuPercent = 100.0 * (serverAfter - serverBefore) / elapsed;

    for (const Conn &c : conns) {
        r.eventsReceived += c.count;
        r.slowestConnectionLagMs = qMax(r.slowestConnectionLagMs, c.maxLag);
        if (c.count)
            r.slowestConnectionMeanLagMs = qMax(r.slowestConnectionMeanLagMs, c.sumLag / c.count);
        r.stillConnected += c.client->state() == LinkState::Connected ? 1 : 0;
    }
    if (!lags.empty()) {
        const size_t k = std::min(lags.size() - 1, size_t(lags.size() * 0.99));
        std::nth_element(lags.begin(), lags.begin() + qsizetype(k), lags.end());
        r.p99LagMs = lags[k];
    }
    for (Conn &c : conns)
        c.client->stop();
    spinUntil([] { return false; }, 100);   // let the Logoffs leave
    return r;
}

} // namespace tg
