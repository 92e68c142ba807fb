// The replay server as a PBX: its protocol answers (seen through a raw socket) and the paced
// demo mode read from the app's Qt resources.

#include "AmiTestData.h"
#include "ami/AmiClient.h"
#include "ami/AmiParser.h"
#include "demo/AmiReplayServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

using namespace tg;

namespace {

constexpr int kWaitMs = 15000;

// A minimal AMI peer on a raw socket: what exactly does the server send back?
struct RawPeer {
    QTcpSocket sock;
    AmiParser parser;
    AmiParser::Output out;

    bool open(quint16 port)
    {
        // The server runs in this thread: wait with the event loop, never with a blocking call.
        sock.connectToHost(QHostAddress::LocalHost, port);
        QElapsedTimer t;
        t.start();
        while (sock.state() != QAbstractSocket::ConnectedState && t.elapsed() < kWaitMs)
            QTest::qWait(5);
        return sock.state() == QAbstractSocket::ConnectedState;
    }
    void send(const QByteArray &text) { sock.write(text + "\r\n\r\n"); }
    // Waits for the next packet that is a response (events are skipped).
    AmiMessage response()
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < kWaitMs) {
            for (int i = 0; i < out.messages.size(); ++i) {
                if (out.messages[i].isResponse()) {
                    AmiMessage m = out.messages.takeAt(i);
                    return m;
                }
            }
            if (sock.state() != QAbstractSocket::ConnectedState && sock.bytesAvailable() == 0)
                break;
            QTest::qWait(5);
            parser.feed(sock.readAll(), out);
        }
        return {};
    }
};

} // namespace

class TestAmiReplayServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void captureLoading();
    void cannedRepliesFromActionsCapture();
    void bannerAndPermission();
    void md5LoginChecked();
    void plainLoginAndLogoff();
    void wrongUserRefusedAndClosed();
    void eventsOffStreamsNothing();
    void pacedDemoFromResources();
    void rateModeLoops();
    void listenFailsCleanly();
};

void TestAmiReplayServer::captureLoading()
{
    AmiReplayServer s;
    QString error;
    QVERIFY(s.loadCapture(QStringLiteral(":/demo/session-full.ami"), &error));
    QCOMPARE(s.messagesPerPass(), 675);   // the banner and the login answer are not replayed
    QVERIFY(s.loadCapture(QStringLiteral(":/demo/multi-session-full.ami"), &error));
    QCOMPARE(s.messagesPerPass(), 655);
    QVERIFY(s.loadCapture(test::dataPath(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami"))));
    QCOMPARE(s.messagesPerPass(), 5);
    QVERIFY(!s.loadCapture(QStringLiteral(":/demo/missing.ami"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!s.setCapture("just some text\r\n", &error));
}

void TestAmiReplayServer::cannedRepliesFromActionsCapture()
{
    AmiReplayServer s;
    // Ping, CoreShowChannels, SIPpeers, SIPshowpeer, 2 x Command, GetConfig, CoreStatus, CoreSettings,
    // Status, Ping: the recorder's login and logoff are not replies to replay.
    QCOMPARE(s.setCannedReplies(test::readData(QStringLiteral("ami/actions-20.20.1.ami"))), 11);
}

void TestAmiReplayServer::bannerAndPermission()
{
    AmiReplayServer s;
    QVERIFY(s.loadCapture(test::dataPath(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami"))));
    QVERIFY(s.listen());
    RawPeer peer;
    QVERIFY(peer.open(s.serverPort()));
    peer.send("Action: CoreStatus\r\nActionID: early");
    const AmiMessage r = peer.response();
    QCOMPARE(peer.out.banner, QByteArray("Asterisk Call Manager/9.0.0"));
    QCOMPARE(r.value("Response"), QByteArrayView("Error"));
    QCOMPARE(r.value("ActionID"), QByteArrayView("early"));
    QCOMPARE(r.value("Message"), QByteArrayView("Permission denied"));
}

void TestAmiReplayServer::md5LoginChecked()
{
    AmiReplayServer s;
    AmiReplayServer::Options o;
    o.user = QStringLiteral("console");
    o.secret = QStringLiteral("pw");
    s.setOptions(o);
    QVERIFY(s.loadCapture(test::dataPath(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami"))));
    s.loadCannedReplies(test::dataPath(QStringLiteral("ami/actions-20.20.1.ami")));
    QVERIFY(s.listen());
    RawPeer peer;
    QVERIFY(peer.open(s.serverPort()));
    peer.send("Action: Challenge\r\nActionID: c1\r\nAuthType: MD5");
    const AmiMessage ch = peer.response();
    QCOMPARE(ch.value("Response"), QByteArrayView("Success"));
    const QByteArray challenge = ch.value("Challenge").toByteArray();
    QVERIFY(!challenge.isEmpty());
    const QByteArray key = QCryptographicHash::hash(challenge + "pw", QCryptographicHash::Md5).toHex();
    peer.send("Action: Login\r\nActionID: l1\r\nUsername: console\r\nAuthType: md5\r\nKey: " + key);
    const AmiMessage ok = peer.response();
    QCOMPARE(ok.value("Response"), QByteArrayView("Success"));
    QCOMPARE(ok.value("Message"), QByteArrayView("Authentication accepted"));
    QCOMPARE(s.successfulLogins(), 1);

    peer.send("Action: Ping\r\nActionID: p1");
    const AmiMessage pong = peer.response();
    QCOMPARE(pong.value("Ping"), QByteArrayView("Pong"));
    QCOMPARE(pong.value("ActionID"), QByteArrayView("p1"));

    peer.send("Action: CoreSettings\r\nActionID: cs");
    const AmiMessage settings = peer.response();
    QCOMPARE(settings.value("ActionID"), QByteArrayView("cs"));   // the recorded reply, our ActionID
    QCOMPARE(settings.value("AsteriskVersion"), QByteArrayView("20.20.1"));

    peer.send("Action: Originate\r\nActionID: o1\r\nChannel: SIP/1001");
    const AmiMessage unsupported = peer.response();
    QCOMPARE(unsupported.value("Response"), QByteArrayView("Error"));
    QVERIFY(unsupported.value("Message").toByteArray().contains("not supported by the replay server"));
}

void TestAmiReplayServer::plainLoginAndLogoff()
{
    AmiReplayServer s;
    QVERIFY(s.loadCapture(test::dataPath(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami"))));
    QVERIFY(s.listen());
    RawPeer peer;
    QVERIFY(peer.open(s.serverPort()));
    peer.send("Action: Login\r\nActionID: l1\r\nUsername: demo\r\nSecret: demo");   // the defaults
    QCOMPARE(peer.response().value("Response"), QByteArrayView("Success"));
    peer.send("Action: Logoff\r\nActionID: bye");
    const AmiMessage bye = peer.response();
    QCOMPARE(bye.value("Response"), QByteArrayView("Goodbye"));
    QTRY_COMPARE_WITH_TIMEOUT(s.activeSessions(), 0, kWaitMs);
}

void TestAmiReplayServer::wrongUserRefusedAndClosed()
{
    AmiReplayServer s;
    QVERIFY(s.loadCapture(test::dataPath(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami"))));
    QVERIFY(s.listen());
    RawPeer peer;
    QVERIFY(peer.open(s.serverPort()));
    peer.send("Action: Login\r\nActionID: l1\r\nUsername: admin\r\nSecret: demo");
    const AmiMessage r = peer.response();
    QCOMPARE(r.value("Response"), QByteArrayView("Error"));
    QCOMPARE(r.value("Message"), QByteArrayView("Authentication failed"));
    QTRY_COMPARE_WITH_TIMEOUT(s.activeSessions(), 0, kWaitMs);   // Asterisk hangs up after a failed login
    QCOMPARE(s.failedLogins(), 1);
    QCOMPARE(s.loginAttempts(), 1);
}

void TestAmiReplayServer::eventsOffStreamsNothing()
{
    AmiReplayServer s;
    QVERIFY(s.loadCapture(test::dataPath(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami"))));
    QVERIFY(s.listen());
    RawPeer peer;
    QVERIFY(peer.open(s.serverPort()));
    peer.send("Action: Login\r\nActionID: l1\r\nUsername: demo\r\nSecret: demo\r\nEvents: off");
    QCOMPARE(peer.response().value("Response"), QByteArrayView("Success"));
    peer.send("Action: Ping\r\nActionID: p");
    QCOMPARE(peer.response().value("Ping"), QByteArrayView("Pong"));
    QCOMPARE(s.messagesStreamed(), 0);
}

void TestAmiReplayServer::pacedDemoFromResources()
{
    // The embedded demo PBX: the capture from the resources, spread over 300 ms, looping, stamped "now".
    AmiReplayServer s;
    AmiReplayServer::Options o;
    o.mode = AmiReplayServer::Mode::Paced;
    o.durationMs = 300;
    o.loopPauseMs = 50;
    s.setOptions(o);
    QVERIFY(s.loadCapture(QStringLiteral(":/demo/session-full.ami")));
    QVERIFY(s.listen());

    PbxProfile p;
    p.name = QStringLiteral("demo");
    p.host = QStringLiteral("127.0.0.1");
    p.port = s.serverPort();
    p.user = QStringLiteral("demo");
    p.demo = true;
    AmiClient c(p);
    c.setSecret(QStringLiteral("demo"));
    EventList events;
    connect(&c, &AmiClient::eventsReady, this, [&](const EventList &b) { events += b; });
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    c.start();
    QTRY_VERIFY_WITH_TIMEOUT(s.messagesStreamed() > 675 + 10, kWaitMs);   // a second pass has begun
    QTRY_VERIFY_WITH_TIMEOUT(test::countKinds(events).value(EventKind::AuthFailure) >= 83, kWaitMs);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Event &e : events) {
        QVERIFY2(e.timeMs >= started - 1000 && e.timeMs <= now + 1000, qPrintable(e.summary()));
    }
    c.stop();
}

void TestAmiReplayServer::rateModeLoops()
{
    AmiReplayServer s;
    AmiReplayServer::Options o;
    o.mode = AmiReplayServer::Mode::Rate;
    o.messagesPerSecond = 1000;
    s.setOptions(o);
    QVERIFY(s.loadCapture(test::dataPath(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami"))));
    QVERIFY(s.listen());
    RawPeer peer;
    QVERIFY(peer.open(s.serverPort()));
    peer.send("Action: Login\r\nActionID: l1\r\nUsername: demo\r\nSecret: demo");
    QCOMPARE(peer.response().value("Response"), QByteArrayView("Success"));
    QTRY_VERIFY_WITH_TIMEOUT(s.messagesStreamed() >= 12, kWaitMs);   // 5 per pass: it loops
}

void TestAmiReplayServer::listenFailsCleanly()
{
    AmiReplayServer a;
    QVERIFY(a.listen());
    AmiReplayServer b;
    QVERIFY(!b.listen(QHostAddress::LocalHost, a.serverPort()));
    QVERIFY(b.errorString().contains(QString::number(a.serverPort())));
    QVERIFY(!b.isListening());
}

QTEST_GUILESS_MAIN(TestAmiReplayServer)
#include "TestAmiReplayServer.moc"
