// EslClient over real TCP on 127.0.0.1 against EslReplayServer.
// Waits are bounded (QTRY_* with a timeout); nothing here asserts how fast something is.

#include "EslTestData.h"
#include "demo/EslReplayServer.h"
#include "esl/EslClient.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

using namespace tg;

namespace {

constexpr int kWaitMs = 15000;   // upper bound for anything to happen; normally milliseconds
const QString kPassword = QStringLiteral("ClueCon-for-tests");

ReconnectPolicy fastPolicy(int minMs = 50, int maxMs = 400)
{
    ReconnectPolicy::Settings s;
    s.minDelayMs = minMs;
    s.maxDelayMs = maxMs;
    s.jitter = 0.25;
    return ReconnectPolicy(s);
}

// The api answers recorded in freeswitch-1.10.12-api.esl, in the order they were asked.
void loadApiReplies(EslReplayServer &server)
{
    EslParser p;
    EslParser::Output out;
    p.feed(test::eslCapture(QStringLiteral("freeswitch-1.10.12-api.esl")), out);
    const QList<QByteArray> commands = {"status", "sofia status", "show registrations", "show channels",
                                        "sofia status profile internal reg"};
    int i = 0;
    for (const EslMessage &m : out.messages)
        if (m.type == EslMessage::Type::ApiResponse && i < commands.size())
            server.setApiReply(commands[i++], m.body().toByteArray());
}

struct Rig {
    EslReplayServer server;
    std::unique_ptr<EslClient> client;
    EventList events;
    QVector<LinkState> states;
    QStringList reasons;

    bool serve(const QString &capture = QStringLiteral("freeswitch-1.10.12-session.esl"),
               EslReplayServer::Options opt = {})
    {
        opt.password = kPassword;
        server.setOptions(opt);
        loadApiReplies(server);
        return server.setCapture(test::readData(QStringLiteral("esl/") + capture)) && server.listen();
    }

    EslClient &connectClient(const QString &password = kPassword)
    {
        PbxProfile p;
        p.name = QStringLiteral("fs-lab");
        p.type = PbxType::FreeSwitch;
        p.host = QStringLiteral("127.0.0.1");
        p.port = server.serverPort();
        client = std::make_unique<EslClient>(p);
        client->setSecret(password);
        client->setReconnectPolicy(fastPolicy());
        QObject::connect(client.get(), &EslClient::eventsReady, client.get(),
                         [this](const EventList &batch) { events += batch; });
        QObject::connect(client.get(), &EslClient::stateChanged, client.get(), [this](LinkState s, const QString &why) {
            states << s;
            reasons << why;
        });
        return *client;
    }

    EslClient::CommandResult run(const std::function<void(EslClient::CommandCallback)> &send)
    {
        bool done = false;
        EslClient::CommandResult result;
        send([&](const EslClient::CommandResult &r) {
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

    // Once the stream is out, an api answer comes after every event: all have been processed.
    bool sync()
    {
        QElapsedTimer w;
        w.start();
        while ((client->state() != LinkState::Connected || server.finishedStreams() < 1) && w.elapsed() < kWaitMs)
            QTest::qWait(5);
        return run([&](auto cb) { client->api(QStringLiteral("strepoch"), cb); }).ok;
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

class TestEslClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaySession_data();
    void replaySession();
    void subscribeAllPlainAndJson_data();
    void subscribeAllPlainAndJson();
    void wrongPasswordNoRetryStorm();
    void passwordWithLineBreakNeverSent();
    void rudeRejection();
    void disconnectNotice();
    void bgapiCorrelation();
    void apiTimeoutKeepsOrder();
    void apiCommands();
    void reconnectAfterDrop();
    void restartReconnects();
    void halfOpenReconnects();
    void stateChangesAreEvents();
    void notConnected();
};

void TestEslClient::replaySession_data()
{
    QTest::addColumn<int>("maxChunk");
    QTest::addColumn<int>("seed");
    QTest::newRow("chunks up to 1500") << 1500 << 1;
    QTest::newRow("chunks up to 97") << 97 << 2;
    QTest::newRow("chunks up to 7") << 7 << 3;
    QTest::newRow("chunks up to 64k") << 65536 << 4;
}

void TestEslClient::replaySession()
{
    QFETCH(int, maxChunk);
    QFETCH(int, seed);
    Rig rig;
    EslReplayServer::Options opt;
    opt.seed = quint32(seed);
    opt.maxChunk = maxChunk;
    QVERIFY(rig.serve(QStringLiteral("freeswitch-1.10.12-session.esl"), opt));
    rig.connectClient().start();
    QVERIFY(rig.sync());
    QCOMPARE(rig.client->state(), LinkState::Connected);
    QCOMPARE(rig.server.successfulAuths(), 1);
    const test::KindCounts got = test::countKinds(rig.events);
    QVERIFY2(got == test::sessionKindsSubscribed(),
             qPrintable(QStringLiteral("got %1, expected %2")
                            .arg(test::describe(got), test::describe(test::sessionKindsSubscribed()))));
    QCOMPARE(rig.count(EventKind::ProtocolError), 0);
    QCOMPARE(rig.client->activeCallCount(), 0);
    QCOMPARE(rig.client->heartbeats(), 2);
    QCOMPARE(rig.client->pbxVersion(), QStringLiteral("FreeSWITCH Version 1.10.12-release~64bit (-release 64bit)"));
    // The subscription: our events, then the sofia subclasses.
    const QStringList cmds = rig.server.commands();
    QCOMPARE(cmds.value(0), QStringLiteral("auth ***"));
    QVERIFY2(cmds.value(1).startsWith(QLatin1String("event plain CHANNEL_CREATE"))
                 && cmds.value(1).contains(QLatin1String(" HEARTBEAT"))
                 && cmds.value(1).contains(QLatin1String(" CUSTOM sofia::pre_register")),
             qPrintable(cmds.value(1)));
}

void TestEslClient::subscribeAllPlainAndJson_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("plain") << false;
    QTest::newRow("json") << true;
}

void TestEslClient::subscribeAllPlainAndJson()
{
    QFETCH(bool, json);
    Rig rig;
    EslReplayServer::Options opt;
    opt.maxChunk = 211;
    QVERIFY(rig.serve(QStringLiteral("freeswitch-1.10.12-session.esl"), opt));
    EslClient &c = rig.connectClient();
    c.setSubscription({QStringLiteral("ALL")}, {});
    c.setEventFormat(json ? EslClient::EventFormat::Json : EslClient::EventFormat::Plain);
    c.start();
    QVERIFY(rig.sync());
    QCOMPARE(rig.server.commands().value(1), json ? QStringLiteral("event json ALL") : QStringLiteral("event plain ALL"));
    QCOMPARE(test::countKinds(rig.events), test::sessionKinds());   // the API events come too: Raw
    QCOMPARE(rig.server.eventsStreamed(), qint64(test::kSessionEvents));
}

void TestEslClient::wrongPasswordNoRetryStorm()
{
    Rig rig;
    QVERIFY(rig.serve());
    EslClient &c = rig.connectClient(QStringLiteral("wrong"));
    c.setReconnectPolicy(fastPolicy(10, 50));   // even a hasty policy must not retry a rejected password
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::AuthFailed, kWaitMs);
    QVERIFY2(c.stateReason().contains(QLatin1String("wrong ESL password")), qPrintable(c.stateReason()));
    QVERIFY(!c.stateReason().contains(QLatin1String("wrong\"")));
    QTest::qWait(1000);   // bounded observation window: 20 retries would fit in it
    QCOMPARE(rig.server.authAttempts(), 1);
    QCOMPARE(rig.server.failedAuths(), 1);
    QCOMPARE(rig.server.connectionCount(), 1);
    QCOMPARE(c.state(), LinkState::AuthFailed);
    QCOMPARE(c.reconnectDelayMs(), -1);
    bool seen = false;
    for (const Event &e : rig.events)
        seen |= e.kind == EventKind::ConnectorState && e.type == QLatin1String("auth_failed");
    QVERIFY(seen);

    // A corrected password ends it without start().
    c.setSecret(kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Connected, kWaitMs);
    QCOMPARE(rig.server.authAttempts(), 2);
}

void TestEslClient::passwordWithLineBreakNeverSent()
{
    Rig rig;
    QVERIFY(rig.serve());
    EslClient &c = rig.connectClient(kPassword + QStringLiteral("\n\napi reloadxml"));
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::AuthFailed, kWaitMs);
    QVERIFY2(c.stateReason().contains(QLatin1String("line break")), qPrintable(c.stateReason()));
    QTest::qWait(200);
    QCOMPARE(rig.server.authAttempts(), 0);
    QVERIFY(rig.server.commands().isEmpty());
}

void TestEslClient::rudeRejection()
{
    Rig rig;
    EslReplayServer::Options opt;
    opt.rudeRejection = true;
    QVERIFY(rig.serve(QStringLiteral("freeswitch-1.10.12-session.esl"), opt));
    EslClient &c = rig.connectClient();
    c.setReconnectPolicy(fastPolicy(10, 5000));
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Error, kWaitMs);
    QVERIFY2(c.stateReason().contains(QLatin1String("the FreeSWITCH ACL refused this address")), qPrintable(c.stateReason()));
    QVERIFY(c.reconnectDelayMs() > 1000);   // retried only at the maximum delay
    QTest::qWait(300);
    QCOMPARE(rig.server.connectionCount(), 1);
    QCOMPARE(rig.server.authAttempts(), 0);   // the password never left
}

void TestEslClient::disconnectNotice()
{
    Rig rig;
    EslReplayServer::Options opt;
    opt.disconnectNoticeAfterEvents = 40;
    opt.faultSessions = 1;
    QVERIFY(rig.serve(QStringLiteral("freeswitch-1.10.12-session.esl"), opt));
    EslClient &c = rig.connectClient();
    c.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.states.contains(LinkState::Reconnecting), kWaitMs);
    const QString why = rig.reasons.at(rig.states.indexOf(LinkState::Reconnecting));
    QVERIFY2(why.contains(QLatin1String("Disconnected, goodbye.")), qPrintable(why));
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.connectionCount(), 2, kWaitMs);
    QVERIFY(rig.sync());
    QCOMPARE(rig.count(EventKind::CallEnd), 4);   // the second session streamed everything
    QCOMPARE(rig.count(EventKind::ProtocolError), 0);
}

void TestEslClient::bgapiCorrelation()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("esl-docs-disconnect-notice.esl")));   // a short stream
    rig.server.setApiReply("sleepy", "+OK slept\n");
    rig.connectClient().start();
    QVERIFY(rig.sync());

    // Two jobs in flight at once; each result reaches its own callback.
    bool doneA = false, doneB = false;
    EslClient::CommandResult a, b;
    rig.client->bgapi(QStringLiteral("status"), [&](const EslClient::CommandResult &r) { a = r; doneA = true; });
    rig.client->bgapi(QStringLiteral("sleepy"), [&](const EslClient::CommandResult &r) { b = r; doneB = true; });
    QTRY_VERIFY_WITH_TIMEOUT(doneA && doneB, kWaitMs);
    QVERIFY2(a.ok, qPrintable(a.error));
    QVERIFY(a.body.startsWith("UP 0 years"));
    QVERIFY(a.replyText.startsWith("+OK Job-UUID: "));
    QVERIFY(!a.jobUuid.isEmpty());
    QVERIFY(b.ok);
    QCOMPARE(b.body, QByteArray("+OK slept\n"));
    QVERIFY(a.jobUuid != b.jobUuid);
    QCOMPARE(rig.count(EventKind::Raw), 0);   // our BACKGROUND_JOBs are answers, not Events

    // The job's error is the result's error.
    const auto bad = rig.run([&](auto cb) { rig.client->bgapi(QStringLiteral("nosuchcommand"), cb); });
    QVERIFY(!bad.ok);
    QVERIFY2(bad.error.contains(QLatin1String("Command not found")), qPrintable(bad.error));
}

void TestEslClient::apiTimeoutKeepsOrder()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("esl-docs-disconnect-notice.esl")));
    rig.connectClient().start();
    QVERIFY(rig.sync());
    // msleep answers late: the command times out, but its answer must not be taken for the next one's.
    const auto slow = rig.run([&](auto cb) { rig.client->api(QStringLiteral("msleep 1500"), cb, 100); });
    QVERIFY(!slow.ok);
    QVERIFY2(slow.error.contains(QLatin1String("in time")), qPrintable(slow.error));
    const auto next = rig.run([&](auto cb) { rig.client->api(QStringLiteral("status"), cb); });
    QVERIFY2(next.ok, qPrintable(next.error));
    QVERIFY2(next.body.startsWith("UP 0 years"), next.body.constData());
    QCOMPARE(rig.client->state(), LinkState::Connected);
}

void TestEslClient::apiCommands()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("esl-docs-disconnect-notice.esl")));
    rig.connectClient().start();
    QVERIFY(rig.sync());
    const auto regs = rig.run([&](auto cb) { rig.client->api(QStringLiteral("show registrations"), cb); });
    QVERIFY(regs.ok);
    QVERIFY(regs.body.contains("1002,127.0.0.1,1-12706@127.0.0.1"));
    const auto reload = rig.run([&](auto cb) { rig.client->reloadXml(cb); });
    QVERIFY(reload.ok);
    QCOMPARE(reload.body, QByteArray("+OK [Success]\n"));
    const auto kill = rig.run(
        [&](auto cb) { rig.client->uuidKill(QStringLiteral("b3d5fd97-0e4b-445e-8163-a99cfbb0f37f"), cb); });
    QVERIFY(!kill.ok);
    QVERIFY2(kill.error.contains(QLatin1String("No such channel")), qPrintable(kill.error));
    const int before = rig.server.commands().size();
    const auto evil = rig.run([&](auto cb) { rig.client->uuidKill(QStringLiteral("abc; reloadxml"), cb); });
    QVERIFY(!evil.ok);
    const auto inject = rig.run([&](auto cb) { rig.client->api(QStringLiteral("status\n\nexit"), cb); });
    QVERIFY(!inject.ok);
    QCOMPARE(rig.server.commands().size(), before);   // neither left the client
    const auto filt = rig.run([&](auto cb) {
        rig.client->filter(QStringLiteral("Event-Name"), QStringLiteral("CHANNEL_CREATE"), cb);
    });
    QVERIFY2(filt.ok, qPrintable(filt.error));
    QVERIFY(filt.replyText.startsWith("+OK filter added."));
    const auto unknown = rig.run([&](auto cb) { rig.client->sendCommand("bogus", cb); });
    QVERIFY(!unknown.ok);
    QCOMPARE(rig.client->state(), LinkState::Connected);
}

void TestEslClient::reconnectAfterDrop()
{
    Rig rig;
    EslReplayServer::Options opt;
    opt.dropAfterEvents = 30;   // the first session dies mid-stream, inside the call
    opt.faultSessions = 1;
    QVERIFY(rig.serve(QStringLiteral("freeswitch-1.10.12-session.esl"), opt));
    EslClient &c = rig.connectClient();
    c.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.states.contains(LinkState::Reconnecting), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.connectionCount(), 2, kWaitMs);
    QVERIFY(rig.sync());
    QCOMPARE(rig.count(EventKind::CallEnd), 4);
    QCOMPARE(c.activeCallCount(), 0);
    QCOMPARE(rig.states, (QVector<LinkState>{LinkState::Connecting, LinkState::Connected, LinkState::Reconnecting,
                                             LinkState::Connected}));
}

void TestEslClient::restartReconnects()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("esl-docs-disconnect-notice.esl")));
    EslClient &c = rig.connectClient();
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Connected, kWaitMs);
    rig.server.restart(300);   // down for 300 ms: connections refused meanwhile
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Reconnecting, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Connected, kWaitMs);
    QCOMPARE(rig.server.successfulAuths(), 2);
    int connectorEvents = 0;
    for (const Event &e : rig.events)
        connectorEvents += e.kind == EventKind::ConnectorState ? 1 : 0;
    QVERIFY2(connectorEvents <= 6, qPrintable(QString::number(connectorEvents)));
}

void TestEslClient::halfOpenReconnects()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("esl-docs-disconnect-notice.esl")));
    EslClient &c = rig.connectClient();
    EslClient::Timing t;
    t.keepaliveIntervalMs = 100;
    t.probeTimeoutMs = 300;
    c.setTiming(t);
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Connected, kWaitMs);
    rig.server.stallConnections();   // the socket stays open, the PBX says nothing any more
    QTRY_VERIFY_WITH_TIMEOUT(rig.states.contains(LinkState::Reconnecting), kWaitMs);
    const QString why = rig.reasons.at(rig.states.indexOf(LinkState::Reconnecting));
    QVERIFY2(why.contains(QLatin1String("keepalive")), qPrintable(why));
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), LinkState::Connected, kWaitMs);
    QCOMPARE(rig.server.successfulAuths(), 2);
}

void TestEslClient::stateChangesAreEvents()
{
    Rig rig;
    QVERIFY(rig.serve(QStringLiteral("esl-docs-disconnect-notice.esl")));
    EslClient &c = rig.connectClient();
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
            QCOMPARE(e.pbx, QStringLiteral("fs-lab"));
            QCOMPARE(e.service, QStringLiteral("ESL"));
            QVERIFY(!e.detail.isEmpty());
        }
    QCOMPARE(types, QStringList({QStringLiteral("connecting"), QStringLiteral("connected"),
                                 QStringLiteral("disabled")}));
    QTRY_VERIFY_WITH_TIMEOUT(rig.server.commands().contains(QStringLiteral("exit")), kWaitMs);
}

void TestEslClient::notConnected()
{
    Rig rig;
    QVERIFY(rig.serve());
    rig.connectClient();
    const auto r = rig.run([&](auto cb) { rig.client->api(QStringLiteral("status"), cb); });
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("not connected")), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestEslClient)
#include "TestEslClient.moc"
