// SyslogSender against in-process receivers on 127.0.0.1: the framing of each transport, what
// counts as delivered, resending after a broken connection, refused and hostile receivers,
// and TLS trust. Waits are bounded (QTRY_* with a timeout); nothing asserts how fast.
#include "AmiTestData.h"
#include "forward/ForwardQueue.h"
#include "forward/RelpCodec.h"
#include "forward/SyslogSender.h"
#include "SyslogTestReceiver.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>
#include <memory>

using namespace tg;
using tg::test::Receiver;

namespace {
constexpr int kWaitMs = 15000;

QSslCertificate certificate(const QString &name)
{
    QFile f(test::dataPath(QStringLiteral("tls/") + name + QStringLiteral(".crt")));
    return f.open(QIODevice::ReadOnly) ? QSslCertificate(f.readAll(), QSsl::Pem) : QSslCertificate();
}

QSslServer *tlsServer(const QString &name)
{
    QFile k(test::dataPath(QStringLiteral("tls/") + name + QStringLiteral(".key")));
    if (!k.open(QIODevice::ReadOnly))
        return nullptr;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(certificate(name));
    conf.setPrivateKey(QSslKey(k.readAll(), QSsl::Ec, QSsl::Pem));
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto *server = new QSslServer;
    server->setSslConfiguration(conf);
    return server;
}

ForwardDestination dest(ForwardTransport t, quint16 port)
{
    ForwardDestination d;
    d.name = QStringLiteral("test");
    d.host = QStringLiteral("127.0.0.1");
    d.port = port;
    d.transport = t;
    return d;
}

struct Rig {
    ForwardQueue queue{QStringLiteral(":memory:")};
    std::unique_ptr<SyslogSender> sender;
    QStringList failures;

    Rig()
    {
        QString error;
        queue.open(&error);
    }
    SyslogSender &make(const ForwardDestination &d)
    {
        sender = std::make_unique<SyslogSender>(d, &queue);
        SyslogSender::Timing t;
        t.streamConfirmMs = 100;
        t.responseTimeoutMs = 2000;
        sender->setTiming(t);
        sender->setReconnectSettings({50, 300, 2.0, 0.25});
        QObject::connect(sender.get(), &SyslogSender::failed, sender.get(),
                         [this](const QString &r) { failures << r; });
        return *sender;
    }
    void add(int from, int to)
    {
        QVector<QByteArray> v;
        for (int i = from; i <= to; ++i)
            v.append("<13>1 - - tollgate - TEST - message " + QByteArray::number(i));
        queue.append(v, {});
        if (sender)
            sender->kick();
    }
};

QVector<QByteArray> expected(int from, int to)
{
    QVector<QByteArray> v;
    for (int i = from; i <= to; ++i)
        v.append("<13>1 - - tollgate - TEST - message " + QByteArray::number(i));
    return v;
}
} // namespace

class TestSyslogSender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tcpOctetCounting();
    void tcpBrokenConnectionSendsAgain();
    void udpDatagrams();
    void relpRemovesOnlyAcknowledged();
    void relpRefusedMessagesStayQueued();
    void relpGarbageFromReceiver();
    void unreachableReceiverKeepsQueue();
    void tlsWithCaFile();
    void tlsPinnedAndChangedCertificate();
};

void TestSyslogSender::tcpOctetCounting()
{
    Receiver rx(Receiver::Octet);
    QVERIFY(rx.listen());
    Rig rig;
    rig.add(1, 500);
    rig.make(dest(ForwardTransport::Tcp, rx.port())).start();
    QTRY_COMPARE_WITH_TIMEOUT(rx.messages.size(), 500, kWaitMs);
    QCOMPARE(rx.messages, expected(1, 500));
    QTRY_COMPARE_WITH_TIMEOUT(rig.queue.count(), 0, kWaitMs);   // confirmed once the connection stayed up
    QCOMPARE(rig.sender->status().state, ForwardStatus::Connected);
    QCOMPARE(rig.sender->deliveredCount(), 500);
}

void TestSyslogSender::tcpBrokenConnectionSendsAgain()
{
    Receiver rx(Receiver::Octet);
    QVERIFY(rx.listen());
    Rig rig;
    SyslogSender &s = rig.make(dest(ForwardTransport::Tcp, rx.port()));
    SyslogSender::Timing t;
    t.streamConfirmMs = 60000;   // nothing is confirmed before the break
    s.setTiming(t);
    s.start();
    rig.add(1, 20);
    QTRY_COMPARE_WITH_TIMEOUT(rx.messages.size(), 20, kWaitMs);
    rx.closeAll();
    // The sender reconnects and sends the unconfirmed ones again: a duplicate, never a loss.
    QTRY_VERIFY_WITH_TIMEOUT(rx.connections >= 2, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(rx.messages.size(), 40, kWaitMs);
    QCOMPARE(rx.messages.mid(20), expected(1, 20));
    QCOMPARE(rig.queue.count(), 20);
    QVERIFY(!rig.failures.isEmpty());
    QVERIFY(rig.failures.first().contains(QStringLiteral("closed the connection")));
}

void TestSyslogSender::udpDatagrams()
{
    QUdpSocket rx;
    QVERIFY(rx.bind(QHostAddress::LocalHost, 0));
    Rig rig;
    rig.make(dest(ForwardTransport::Udp, rx.localPort())).start();
    rig.add(1, 30);
    QVector<QByteArray> got;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 while (rx.hasPendingDatagrams()) {
                                     QByteArray d(int(rx.pendingDatagramSize()), 0);
                                     rx.readDatagram(d.data(), d.size());
                                     got.append(d);
                                 }
                                 return got.size() >= 30;
                             }()),
                             kWaitMs);
    QCOMPARE(got, expected(1, 30));   // one message per datagram, no framing
    QCOMPARE(rig.queue.count(), 0);
}

void TestSyslogSender::relpRemovesOnlyAcknowledged()
{
    Receiver rx(Receiver::Relp);
    QVERIFY(rx.listen());
    Rig rig;
    rig.add(1, 1000);   // more than one window
    rig.make(dest(ForwardTransport::Relp, rx.port())).start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.queue.count(), 0, kWaitMs);
    QCOMPARE(rx.messages, expected(1, 1000));
    QCOMPARE(rig.sender->deliveredCount(), 1000);
}

void TestSyslogSender::relpRefusedMessagesStayQueued()
{
    Receiver rx(Receiver::RelpRefuse);
    QVERIFY(rx.listen());
    Rig rig;
    rig.add(1, 5);
    rig.make(dest(ForwardTransport::Relp, rx.port())).start();
    QTRY_VERIFY_WITH_TIMEOUT(!rig.failures.isEmpty(), kWaitMs);
    QVERIFY2(rig.failures.first().contains(QStringLiteral("500 not now")), qPrintable(rig.failures.first()));
    QCOMPARE(rig.queue.count(), 5);
    QCOMPARE(rig.sender->status().state, ForwardStatus::Retrying);
}

void TestSyslogSender::relpGarbageFromReceiver()
{
    Receiver rx(Receiver::RelpGarbage);
    QVERIFY(rx.listen());
    Rig rig;
    rig.add(1, 3);
    rig.make(dest(ForwardTransport::Relp, rx.port())).start();
    QTRY_VERIFY_WITH_TIMEOUT(!rig.failures.isEmpty(), kWaitMs);
    QVERIFY2(rig.failures.first().contains(QStringLiteral("does not speak RELP")), qPrintable(rig.failures.first()));
    QCOMPARE(rig.queue.count(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(rx.connections >= 2, kWaitMs);   // and it keeps trying, with backoff
}

void TestSyslogSender::unreachableReceiverKeepsQueue()
{
    quint16 port = 0;
    {
        QTcpServer probe;   // a port nobody listens on once the probe is gone
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    Rig rig;
    rig.add(1, 10);
    rig.make(dest(ForwardTransport::Relp, port)).start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.failures.size() >= 2, kWaitMs);
    QVERIFY(rig.failures.first().contains(QStringLiteral("Cannot reach forwarding destination test")));
    QCOMPARE(rig.queue.count(), 10);
    // The receiver comes up on that port: everything is delivered.
    Receiver rx(Receiver::Relp);
    QVERIFY(rx.listen(port));
    QTRY_COMPARE_WITH_TIMEOUT(rig.queue.count(), 0, kWaitMs);
    QCOMPARE(rx.messages, expected(1, 10));
}

void TestSyslogSender::tlsWithCaFile()
{
    Receiver rx(Receiver::Octet, tlsServer(QStringLiteral("server")));
    QVERIFY(rx.listen());
    Rig rig;
    ForwardDestination d = dest(ForwardTransport::Tls, rx.port());
    d.caFile = test::dataPath(QStringLiteral("tls/ca.crt"));
    rig.add(1, 10);
    rig.make(d).start();
    QTRY_COMPARE_WITH_TIMEOUT(rx.messages.size(), 10, kWaitMs);
    QCOMPARE(rx.messages, expected(1, 10));
    QTRY_COMPARE_WITH_TIMEOUT(rig.queue.count(), 0, kWaitMs);

    // Without the CA the certificate is not trusted: nothing is sent.
    Receiver rx2(Receiver::Octet, tlsServer(QStringLiteral("server")));
    QVERIFY(rx2.listen());
    Rig untrusted;
    untrusted.add(1, 2);
    untrusted.make(dest(ForwardTransport::Tls, rx2.port())).start();
    QTRY_VERIFY_WITH_TIMEOUT(!untrusted.failures.isEmpty(), kWaitMs);
    QVERIFY(untrusted.failures.first().contains(QStringLiteral("could not be verified")));
    QCOMPARE(untrusted.sender->status().state, ForwardStatus::Failed);
    QCOMPARE(untrusted.queue.count(), 2);
    QVERIFY(rx2.messages.isEmpty());
}

void TestSyslogSender::tlsPinnedAndChangedCertificate()
{
    const QString pin = QString::fromLatin1(
        certificate(QStringLiteral("selfsigned")).digest(QCryptographicHash::Sha256).toHex(':'));
    Receiver rx(Receiver::Relp, tlsServer(QStringLiteral("selfsigned")));
    QVERIFY(rx.listen());
    Rig rig;
    ForwardDestination d = dest(ForwardTransport::RelpTls, rx.port());
    d.fingerprint = pin.toUpper();
    rig.add(1, 5);
    rig.make(d).start();
    QTRY_COMPARE_WITH_TIMEOUT(rig.queue.count(), 0, kWaitMs);
    QCOMPARE(rx.messages, expected(1, 5));

    Receiver changed(Receiver::Relp, tlsServer(QStringLiteral("changed")));
    QVERIFY(changed.listen());
    Rig rig2;
    d.port = changed.port();
    rig2.add(1, 5);
    rig2.make(d).start();
    QTRY_VERIFY_WITH_TIMEOUT(!rig2.failures.isEmpty(), kWaitMs);
    QVERIFY(rig2.failures.first().contains(QStringLiteral("TLS certificate")));
    QCOMPARE(rig2.sender->status().state, ForwardStatus::Failed);
    QCOMPARE(rig2.queue.count(), 5);
    QVERIFY(changed.messages.isEmpty());
}

QTEST_GUILESS_MAIN(TestSyslogSender)
#include "TestSyslogSender.moc"
