// AmiClient over real TCP (and TLS) on 127.0.0.1 against AmiReplayServer.
// Waits are bounded (QTRY_* with a timeout); nothing here asserts how fast something is.

#include "AmiTestData.h"
#include "ami/AmiClient.h"
#include "demo/AmiReplayServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace tg;

namespace {

constexpr int kWaitMs = 15000;   // upper bound for anything to happen; normally milliseconds

const QString kUser = QStringLiteral("console");
const QString kSecret = QStringLiteral("s3cret-for-tests");

QSslCertificate certificate(const QString &name)
{
    QFile f(test::dataPath(QStringLiteral("tls/") + name + QStringLiteral(".crt")));
    if (!f.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(f.readAll(), QSsl::Pem);
}

QSslConfiguration serverTls(const QString &name)
{
    QFile k(test::dataPath(QStringLiteral("tls/") + name + QStringLiteral(".key")));
    if (!k.open(QIODevice::ReadOnly))
        return {};
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(certificate(name));
    conf.setPrivateKey(QSslKey(k.readAll(), QSsl::Ec, QSsl::Pem));
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    return conf;
}

ReconnectPolicy fastPolicy(int minMs = 50, int maxMs = 400)
{
    ReconnectPolicy::Settings s;
    s.minDelayMs = minMs;
    s.maxDelayMs = maxMs;
    s.jitter = 0.25;
    return ReconnectPolicy(s);
}

// A server and a client wired together, collecting what the client reports.
struct Rig {
    AmiReplayServer server;
    std::unique_ptr<AmiClient> client;
    EventList events;
    QVector<LinkState> states;
    QStringList reasons;

    bool serve(const QString &capture, AmiReplayServer::Options opt = {})
    {
        opt.user = kUser;
        opt.secret = kSecret;
        server.setOptions(opt);
        server.loadCannedReplies(test::dataPath(QStringLiteral("ami/actions-20.20.1.ami")));
        return server.loadCapture(test::dataPath(capture)) && server.listen();
    }

    AmiClient &connectClient(const QString &secret = kSecret, bool tls = false, const QString &pin = QString())
    {
        PbxProfile p;
        p.name = QStringLiteral("lab");
        p.host = QStringLiteral("127.0.0.1");
        p.port = server.serverPort();
        p.user = kUser;
        p.tls = tls;
        p.tlsFingerprint = pin;
        client = std::make_unique<AmiClient>(p);
        client->setSecret(secret);
        client->setReconnectPolicy(fastPolicy());
        QObject::connect(client.get(), &AmiClient::eventsReady, client.get(),
                         [this](const EventList &batch) { events += batch; });
        QObject::connect(client.get(), &AmiClient::stateChanged, client.get(),
                         [this](LinkState s, const QString &why) {
                             states << s;
                             reasons << why;
                         });
        return *client;
    }

    // Everything the server streamed before this point has been processed once the Pong is back.
    bool sync()
    {
        QElapsedTimer w;
        w.start();
        while (client->state() != LinkState::Connected && w.elapsed() < kWaitMs)
            QTest::qWait(5);
        bool done = false;
        client->ping([&done](const AmiClient::ActionResult &r) {
            done = true;
            if (!r.ok)
                qWarning("sync ping failed: %s", qPrintable(r.error));
        });
        QElapsedTimer t;
        t.start();
        while (!done && t.elapsed() < kWaitMs)
            QTest::qWait(5);
        return done;
    }

    AmiClient::ActionResult run(const std::function<void(AmiClient::ActionCallback)> &send)
    {
        bool done = false;
        AmiClient::ActionResult result;
        send([&](const AmiClient::ActionResult &r) {
            result = r;
            done = true;
        });
        QElapsedTimer t;
        t.start();
        while (!done && t.elapsed() < kWaitMs)
            QTest::qWait(5);
        if (!done)
            result.error = QStringLiteral("test: no callback");
        return result;
    }

    int count(EventKind kind) const
    {
        int n = 0;
        for (const Event &e : events)
            n += e.kind == kind ? 1 : 0;
        return n;
    }
};

} // namespace

class TestAmiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replayCaptures_data();
    void replayCaptures();
    void plainLogin();
    void eventMaskSent();
    void md5KeyMatchesServer();
    void wrongSecretNoRetryStorm();
    void stateChangesAreEvents();
    void dropReconnects();
    void restartReconnects();
    void halfOpenReconnects();
    void floodIsNotHalfOpen();
    void coreShowChannelsList();
    void commandNewStyle();
    void commandOldStyle();
    void getConfig();
    void unsupportedAction();
    void actionTimeout();
    void headerInjectionRefused();
    void notConnected();
    void pendingActionsFailOnDrop();
    void versionFromCoreSettings();
    void stopSendsLogoff();
    void tlsWithCa();
    void tlsUntrustedRefused();
    void tlsPinnedSelfSigned();
    void tlsChangedCertRefused();
    void tlsPinBindsEvenCaValidCert();
    void fingerprintFormats();
    void hostileServer();
    void notAnAmiServer();
};

void TestAmiClient::replayCaptures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("maxChunk");
    int i = 0;
    for (const auto &c : test::captureExpectations()) {
        QTest::newRow(c.file) << QString::fromLatin1(c.file) << i << (i % 2 ? 97 : 1500);
        ++i;
    }
    QTest::newRow("amiauth, tiny chunks") << QStringLiteral("ami/asterisk-20.20.1-amiauth.ami") << 1 << 3;
}

void TestAmiClient::replayCaptures()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(int, maxChunk);
    const auto &expected = test::captureExpectations().at(index);

    Rig rig;
    AmiReplayServer::Options opt;
    opt.seed = quint32(1000 + index);
    opt.minChunk = 1;
    opt.maxChunk = maxChunk;
    QVERIFY(rig.serve(file, opt));
    rig.connectClient().start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.finishedStreams(), 1, kWaitMs);
    QVERIFY(rig.sync());

    QCOMPARE(rig.client->state(), LinkState::Connected);
    QCOMPARE(rig.server.successfulLogins(), 1);
    const test::KindCounts got = test::countKinds(rig.events);
    QVERIFY2(got == expected.kinds,
             qPrintable(QStringLiteral("got %1, expected %2; %3 connections, %4 streamed")
                            .arg(test::describe(got), test::describe(expected.kinds))
                            .arg(rig.server.connectionCount())
                            .arg(rig.server.messagesStreamed())
                            + QStringLiteral(" errors %1 states %2").arg(rig.count(EventKind::ProtocolError)).arg(rig.states.size())));
    QCOMPARE(rig.count(EventKind::ProtocolError), 0);
    QCOMPARE(rig.client->activeCallCount(), 0);
}

void TestAmiClient::plainLogin()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    AmiClient &c = rig.connectClient();
    c.setAuthMethod(AmiClient::AuthMethod::PlainSecret);
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Connected, kWaitMs);
    QCOMPARE(rig.server.successfulLogins(), 1);
}

void TestAmiClient::eventMaskSent()
{
    // "Events: off" (a mask the replay server understands) reaches the PBX with the login.
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-bruteforce.ami")));
    AmiClient &c = rig.connectClient();
    c.setEventMask(QStringLiteral("off"));
    c.start();
    QVERIFY(rig.sync());
    QCOMPARE(rig.server.messagesStreamed(), 0);
    QCOMPARE(test::total(test::countKinds(rig.events)), 0);
    // A mask with a line break would smuggle a header in: refused, the client asks for "on".
    c.stop();
    c.setEventMask(QStringLiteral("off\r\nAction: Logoff"));
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.finishedStreams(), 1, kWaitMs);
    QVERIFY(rig.sync());
    QCOMPARE(rig.count(EventKind::AuthFailure), 81);
}

void TestAmiClient::md5KeyMatchesServer()
{
    // Known answer: md5("123456789" + "secret").
    QCOMPARE(AmiClient::md5Key("123456789", "secret"),
             QCryptographicHash::hash("123456789secret", QCryptographicHash::Md5).toHex());
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    QSignalSpy logins(&rig.server, &AmiReplayServer::loginAttempted);
    rig.connectClient().start();   // MD5 challenge is the default
    QTRY_COMPARE_WITH_TIMEOUT(rig.client->state(), LinkState::Connected, kWaitMs);
    QCOMPARE(logins.size(), 1);
    QCOMPARE(logins.at(0).at(0).toBool(), true);
}

void TestAmiClient::wrongSecretNoRetryStorm()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    AmiClient &c = rig.connectClient(QStringLiteral("wrong"));
    c.setReconnectPolicy(fastPolicy(10, 50));   // even a hasty policy must not retry a rejected login
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::AuthFailed, kWaitMs);
    QVERIFY2(c.stateReason().contains(QLatin1String("authentication failed")), qPrintable(c.stateReason()));
    QVERIFY(!c.stateReason().contains(kSecret));
    QTest::qWait(1000);   // bounded observation window: 20 retries would fit in it
    QCOMPARE(rig.server.loginAttempts(), 1);
    QCOMPARE(rig.server.failedLogins(), 1);
    QCOMPARE(c.state(), LinkState::AuthFailed);
    QCOMPARE(c.reconnectDelayMs(), -1);

    // The AuthFailed state is also an Event with that sentence.
    bool seen = false;
    for (const Event &e : rig.events)
        seen |= e.kind == EventKind::ConnectorState && e.type == QLatin1String("auth_failed");
    QVERIFY(seen);

    // A corrected secret ends it without start().
    c.setSecret(kSecret);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Connected, kWaitMs);
    QCOMPARE(rig.server.loginAttempts(), 2);
}

void TestAmiClient::stateChangesAreEvents()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    AmiClient &c = rig.connectClient();
    QCOMPARE(c.state(), LinkState::Disabled);
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Connected, kWaitMs);
    c.stop();
    QCOMPARE(c.state(), LinkState::Disabled);
    QCOMPARE(rig.states, (QVector<LinkState>{LinkState::Connecting, LinkState::Connected, LinkState::Disabled}));
    QStringList types;
    for (const Event &e : rig.events)
        if (e.kind == EventKind::ConnectorState) {
            types << e.type;
            QCOMPARE(e.pbx, QStringLiteral("lab"));
            QCOMPARE(e.service, QStringLiteral("AMI"));
            QVERIFY(!e.detail.isEmpty());
        }
    QCOMPARE(types, QStringList({QStringLiteral("connecting"), QStringLiteral("connected"),
                                 QStringLiteral("disabled")}));
}

void TestAmiClient::dropReconnects()
{
    Rig rig;
    AmiReplayServer::Options opt;
    opt.dropAfterMessages = 100;   // the first session dies mid-stream
    opt.dropSessions = 1;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-session-full.ami"), opt));
    AmiClient &c = rig.connectClient();
    c.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.states.contains(LinkState::Reconnecting), kWaitMs);
    QVERIFY(c.reconnectDelayMs() <= 50);   // first retry: the policy's minimum, jitter only shortens it
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.connectionCount(), 2, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Connected, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.finishedStreams(), 1, kWaitMs);
    QVERIFY(rig.sync());
    // The second session streamed the whole capture again; the calls cut by the drop were forgotten.
    QCOMPARE(rig.count(EventKind::CallEnd), 9);
    QCOMPARE(c.activeCallCount(), 0);
    QCOMPARE(rig.states, (QVector<LinkState>{LinkState::Connecting, LinkState::Connected, LinkState::Reconnecting,
                                             LinkState::Connected}));
}

void TestAmiClient::restartReconnects()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    AmiClient &c = rig.connectClient();
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Connected, kWaitMs);
    rig.server.restart(300);   // down for 300 ms: connections refused meanwhile
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Reconnecting, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Connected, kWaitMs);
    QCOMPARE(rig.server.successfulLogins(), 2);
    // Refused attempts while it was down did not flood the event stream.
    int connectorEvents = 0;
    for (const Event &e : rig.events)
        connectorEvents += e.kind == EventKind::ConnectorState ? 1 : 0;
    QVERIFY2(connectorEvents <= 6, qPrintable(QString::number(connectorEvents)));
}

void TestAmiClient::halfOpenReconnects()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    AmiClient &c = rig.connectClient();
    AmiClient::Timing t;
    t.pingIntervalMs = 100;
    t.pongTimeoutMs = 300;
    c.setTiming(t);
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Connected, kWaitMs);
    rig.server.stallConnections();   // the socket stays open, the PBX says nothing any more
    QTRY_VERIFY_WITH_TIMEOUT(rig.states.contains(LinkState::Reconnecting), kWaitMs);
    const QString why = rig.reasons.at(rig.states.indexOf(LinkState::Reconnecting));
    QVERIFY2(why.contains(QLatin1String("keepalive")), qPrintable(why));
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Connected, kWaitMs);
    QCOMPARE(rig.server.successfulLogins(), 2);
}

void TestAmiClient::floodIsNotHalfOpen()
{
    // Keepalives in the middle of a flood: answers are routed by ActionID between events,
    // and a busy link is not taken for a dead one.
    Rig rig;
    AmiReplayServer::Options opt;
    opt.repeat = 20;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-session-full.ami"), opt));
    AmiClient &c = rig.connectClient();
    AmiClient::Timing t;
    t.pingIntervalMs = 5;
    t.pongTimeoutMs = 100;
    c.setTiming(t);
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.finishedStreams(), 1, kWaitMs);
    QVERIFY(rig.sync());
    QCOMPARE(rig.server.connectionCount(), 1);
    QCOMPARE(rig.count(EventKind::AuthChallenge), 99 * 20);
}

void TestAmiClient::coreShowChannelsList()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    rig.connectClient().start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.client->state(), LinkState::Connected, kWaitMs);
    const auto r = rig.run([&](auto cb) { rig.client->sendAction("CoreShowChannels", {}, cb); });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.listItems.size(), 2);
    QCOMPARE(r.listItems[0].eventName(), QByteArrayView("CoreShowChannel"));
    QCOMPARE(r.listItems[0].value("Channel"), QByteArrayView("SIP/1001-0000000b"));
    QCOMPARE(r.listItems[1].value("Channel"), QByteArrayView("SIP/1002-0000000c"));
    QCOMPARE(r.response.value("ListItems"), QByteArrayView("2"));   // the Complete event
    // List items are answers, not Events.
    QCOMPARE(rig.count(EventKind::Raw), 0);

    const auto status = rig.run([&](auto cb) { rig.client->sendAction("Status", {}, cb); });
    QVERIFY(status.ok);
    QCOMPARE(status.listItems.size(), 2);   // ActionID is the last header of these
}

void TestAmiClient::commandNewStyle()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    rig.connectClient().start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.client->state(), LinkState::Connected, kWaitMs);
    const auto r = rig.run([&](auto cb) { rig.client->command(QStringLiteral("core show channels"), cb); });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.output.size(), 6);
    QCOMPARE(r.output[3], QStringLiteral("2 active channels"));
    const auto peers = rig.run([&](auto cb) { rig.client->command(QStringLiteral("sip show peers"), cb); });
    QCOMPARE(peers.output.size(), 4);
    QVERIFY(peers.output.last().startsWith(QLatin1String("2 sip peers")));
}

void TestAmiClient::commandOldStyle()
{
    Rig rig;
    AmiReplayServer::Options opt;
    opt.oldStyleCommand = true;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami"), opt));
    rig.connectClient().start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.client->state(), LinkState::Connected, kWaitMs);
    const auto r = rig.run([&](auto cb) { rig.client->command(QStringLiteral("core show channels"), cb); });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.response.value("Response"), QByteArrayView("Follows"));
    QCOMPARE(r.output.size(), 6);
    QCOMPARE(r.output[3], QStringLiteral("2 active channels"));
    // The stream goes on normally after it.
    const auto again = rig.run([&](auto cb) { rig.client->ping(cb); });
    QVERIFY(again.ok);
}

void TestAmiClient::getConfig()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    rig.connectClient().start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.client->state(), LinkState::Connected, kWaitMs);
    const auto r = rig.run([&](auto cb) { rig.client->getConfig(QStringLiteral("sip.conf"), cb); });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.response.value("Category-000000"), QByteArrayView("general"));
    QCOMPARE(r.response.value("Line-000000-000002"), QByteArrayView("alwaysauthreject=yes"));
    QCOMPARE(r.response.value("Category-000002"), QByteArrayView("1002"));
    // A file the PBX does not have is an error, not somebody else's contents.
    const auto missing = rig.run([&](auto cb) { rig.client->getConfig(QStringLiteral("iax.conf"), cb); });
    QVERIFY(!missing.ok);
    QVERIFY2(missing.error.contains(QStringLiteral("Config file not found")), qPrintable(missing.error));
}

void TestAmiClient::unsupportedAction()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    rig.connectClient().start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.client->state(), LinkState::Connected, kWaitMs);
    const auto r = rig.run([&](auto cb) { rig.client->hangup(QStringLiteral("SIP/1001-0000000b"), cb); });
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("not supported by the replay server")), qPrintable(r.error));
    QVERIFY(r.error.contains(QLatin1String("lab")));
}

void TestAmiClient::actionTimeout()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    rig.connectClient().start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.client->state(), LinkState::Connected, kWaitMs);
    rig.server.stallConnections();
    const auto r = rig.run([&](auto cb) { rig.client->sendAction("CoreStatus", {}, cb, 200); });
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("did not answer")), qPrintable(r.error));
}

void TestAmiClient::headerInjectionRefused()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    rig.connectClient().start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.client->state(), LinkState::Connected, kWaitMs);
    const auto r = rig.run([&](auto cb) {
        rig.client->hangup(QStringLiteral("SIP/1001\r\n\r\nAction: Originate\r\nChannel: SIP/evil"), cb);
    });
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("line break")), qPrintable(r.error));
    const auto bad = rig.run([&](auto cb) { rig.client->sendAction("Ping\nAction: Logoff", {}, cb); });
    QVERIFY(!bad.ok);
    QCOMPARE(rig.client->state(), LinkState::Connected);
}

void TestAmiClient::notConnected()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    AmiClient &c = rig.connectClient();
    bool called = false;
    AmiClient::ActionResult result;
    c.command(QStringLiteral("core show channels"), [&](const AmiClient::ActionResult &r) {
        called = true;
        result = r;
    });
    QVERIFY(!called);   // never inside the call
    QTRY_VERIFY_WITH_TIMEOUT(called, kWaitMs);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QLatin1String("not connected")));
}

void TestAmiClient::pendingActionsFailOnDrop()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    rig.connectClient().start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.client->state(), LinkState::Connected, kWaitMs);
    rig.server.stallConnections();
    bool called = false;
    AmiClient::ActionResult result;
    rig.client->sendAction("CoreStatus", {}, [&](const AmiClient::ActionResult &r) {
        called = true;
        result = r;
    }, 60000);
    QTest::qWait(50);
    rig.server.dropConnections();
    QTRY_VERIFY_WITH_TIMEOUT(called, kWaitMs);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
}

void TestAmiClient::versionFromCoreSettings()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    rig.connectClient().start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.client->pbxVersion(), QStringLiteral("Asterisk 20.20.1 (AMI 9.0.0)"), kWaitMs);
}

void TestAmiClient::stopSendsLogoff()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    rig.connectClient().start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.client->state(), LinkState::Connected, kWaitMs);
    QCOMPARE(rig.server.activeSessions(), 1);
    rig.client->stop();
    QCOMPARE(rig.client->state(), LinkState::Disabled);
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.activeSessions(), 0, kWaitMs);
    QTest::qWait(200);
    QCOMPARE(rig.server.connectionCount(), 1);   // stopped means stopped: no reconnect
    // start() again works.
    rig.client->start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.client->state(), LinkState::Connected, kWaitMs);
}

void TestAmiClient::tlsWithCa()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    Rig rig;
    rig.server.setTlsConfiguration(serverTls(QStringLiteral("server")));
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-bruteforce.ami")));
    AmiClient &c = rig.connectClient(kSecret, true);
    c.setCaCertificates({certificate(QStringLiteral("ca"))});
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.finishedStreams(), 1, kWaitMs);
    QVERIFY(rig.sync());
    QCOMPARE(c.state(), LinkState::Connected);
    QCOMPARE(rig.count(EventKind::AuthFailure), 81);
}

void TestAmiClient::tlsUntrustedRefused()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    Rig rig;
    rig.server.setTlsConfiguration(serverTls(QStringLiteral("server")));
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    AmiClient &c = rig.connectClient(kSecret, true);   // the test CA is not trusted
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Error, kWaitMs);
    QVERIFY2(c.stateReason().contains(QLatin1String("could not be verified")), qPrintable(c.stateReason()));
    QVERIFY(c.stateReason().contains(AmiClient::certificateFingerprint(certificate(QStringLiteral("server")))));
    QCOMPARE(rig.server.loginAttempts(), 0);   // no secret over an unverified link
    QVERIFY(c.reconnectDelayMs() > 0);         // retried, but only at the slowest pace
}

void TestAmiClient::tlsPinnedSelfSigned()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    Rig rig;
    rig.server.setTlsConfiguration(serverTls(QStringLiteral("selfsigned")));
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    const QString pin = AmiClient::certificateFingerprint(certificate(QStringLiteral("selfsigned")));
    AmiClient &c = rig.connectClient(kSecret, true, pin.toUpper());
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Connected, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(EventKind::AuthSuccess), 2, kWaitMs);
}

void TestAmiClient::tlsChangedCertRefused()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    Rig rig;
    rig.server.setTlsConfiguration(serverTls(QStringLiteral("changed")));
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    const QString pin = AmiClient::certificateFingerprint(certificate(QStringLiteral("selfsigned")));
    AmiClient &c = rig.connectClient(kSecret, true, pin);
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Error, kWaitMs);
    QVERIFY2(c.stateReason().contains(QLatin1String("has changed")), qPrintable(c.stateReason()));
    QVERIFY(c.stateReason().contains(pin));
    QVERIFY(c.stateReason().contains(AmiClient::certificateFingerprint(certificate(QStringLiteral("changed")))));
    QCOMPARE(rig.server.loginAttempts(), 0);
}

void TestAmiClient::tlsPinBindsEvenCaValidCert()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    Rig rig;
    rig.server.setTlsConfiguration(serverTls(QStringLiteral("server")));
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    const QString pin = AmiClient::certificateFingerprint(certificate(QStringLiteral("selfsigned")));
    AmiClient &c = rig.connectClient(kSecret, true, pin);
    c.setCaCertificates({certificate(QStringLiteral("ca"))});   // the CA would accept it: the pin does not
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Error, kWaitMs);
    QVERIFY(c.stateReason().contains(QLatin1String("has changed")));
    QCOMPARE(rig.server.loginAttempts(), 0);
}

void TestAmiClient::fingerprintFormats()
{
    const QString hex = AmiClient::certificateFingerprint(certificate(QStringLiteral("selfsigned")));
    QCOMPARE(hex.size(), 64);
    QString colons;
    for (int i = 0; i < hex.size(); i += 2)
        colons += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2).toUpper();
    QCOMPARE(AmiClient::normalizeFingerprint(colons), hex);
    QCOMPARE(AmiClient::normalizeFingerprint(QStringLiteral(" ") + hex + QStringLiteral(" ")), hex);
    QVERIFY(AmiClient::normalizeFingerprint(hex.left(40)).isEmpty());          // SHA-1 length
    QVERIFY(AmiClient::normalizeFingerprint(hex.left(63) + QLatin1Char('g')).isEmpty());

    // A malformed pin is a configuration error, reported without connecting.
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")));
    AmiClient &c = rig.connectClient(kSecret, true, QStringLiteral("abc"));
    c.start();
    QCOMPARE(c.state(), LinkState::Error);
    QVERIFY(c.stateReason().contains(QLatin1String("64 hex")));
}

void TestAmiClient::hostileServer()
{
    // A "PBX" that greets, then sends an endless line and junk: ProtocolError events, bounded memory.
    QTcpServer evil;
    QVERIFY(evil.listen(QHostAddress::LocalHost));
    QTcpSocket *peer = nullptr;
    connect(&evil, &QTcpServer::newConnection, this, [&] {
        peer = evil.nextPendingConnection();
        peer->write("Asterisk Call Manager/9.0.0\r\n");
        connect(peer, &QTcpSocket::readyRead, peer, [&] {
            const QByteArray req = peer->readAll();
            if (!req.contains("Action: Challenge"))
                return;
            const QByteArray id = req.mid(req.indexOf("ActionID: ") + 10).split('\r').first();
            const QByteArray junk(64 * 1024, 'J');
            for (int i = 0; i < 64; ++i)   // a 4 MiB line
                peer->write(junk);
            peer->write("\r\n\r\nEvent: Fine\r\n\r\n");
            peer->write("Response: Success\r\nActionID: " + id + "\r\nChallenge: 1\r\n\r\n");
        });
    });
    PbxProfile p;
    p.name = QStringLiteral("evil");
    p.host = QStringLiteral("127.0.0.1");
    p.port = evil.serverPort();
    p.user = kUser;
    AmiClient c(p);
    c.setSecret(kSecret);
    c.setReconnectPolicy(fastPolicy(2000, 2000));
    EventList events;
    connect(&c, &AmiClient::eventsReady, this, [&](const EventList &b) { events += b; });
    c.start();
    auto has = [&](EventKind k, const QString &type) {
        for (const Event &e : events)
            if (e.kind == k && (type.isEmpty() || e.type == type))
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(has(EventKind::Raw, QStringLiteral("Fine")), kWaitMs);
    QVERIFY(has(EventKind::ProtocolError, QString()));
    c.stop();
}

void TestAmiClient::notAnAmiServer()
{
    QTcpServer http;
    QVERIFY(http.listen(QHostAddress::LocalHost));
    connect(&http, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *s = http.nextPendingConnection();
        s->write("SSH-2.0-OpenSSH_9.2\r\n");
    });
    PbxProfile p;
    p.name = QStringLiteral("wrongport");
    p.host = QStringLiteral("127.0.0.1");
    p.port = http.serverPort();
    AmiClient c(p);
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Error, kWaitMs);
    QVERIFY2(c.stateReason().contains(QLatin1String("not an Asterisk Manager Interface")), qPrintable(c.stateReason()));
    c.stop();
}

QTEST_GUILESS_MAIN(TestAmiClient)
#include "TestAmiClient.moc"
