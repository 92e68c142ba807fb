// ForwardService: per-destination filters, the "dropped N oldest" notice when a queue is full,
// a destination edited while messages wait keeps its queue, a removed one loses it, and the
// BacklogGate that keeps a storm of security events from piling up.
#include "SyslogTestReceiver.h"
#include "forward/BacklogGate.h"
#include "forward/ForwardService.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;
using tg::test::Receiver;

namespace {
constexpr int kWaitMs = 15000;

int countWith(const QVector<QByteArray> &messages, const QByteArray &needle)
{
    int n = 0;
    for (const QByteArray &m : messages)
        n += m.contains(needle) ? 1 : 0;
    return n;
}

Alert alert(int i, Severity s)
{
    Alert a;
    a.id = i;
    a.pbx = QStringLiteral("pbx");
    a.rule = QStringLiteral("rule");
    a.subject = QStringLiteral("subject-%1").arg(i);
    a.severity = s;
    a.lastSeenMs = 1714564800000 + i;
    return a;
}

ForwardDestination relpTo(quint16 port)
{
    ForwardDestination d;
    d.name = QStringLiteral("SOC");
    d.host = QStringLiteral("127.0.0.1");
    d.port = port;
    d.transport = ForwardTransport::Relp;
    return d;
}
} // namespace

class TestForwardService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filtersBySeverityAndKind()
    {
        Receiver rx(Receiver::Relp);
        QVERIFY(rx.listen());
        QTemporaryDir dir;
        ForwardService service(dir.path());
        ForwardDestination d = relpTo(rx.port());
        d.minSeverity = Severity::High;
        d.includeEvents = true;
        QSignalSpy wanted(&service, &ForwardService::eventsWantedChanged);
        service.setDestinations({d});
        QCOMPARE(wanted.size(), 1);
        QVERIFY(wanted.at(0).at(0).toBool());

        service.alertOpened(alert(1, Severity::Medium));   // below the minimum
        service.alertOpened(alert(2, Severity::Critical));
        Event call;
        call.kind = EventKind::CallStart;
        Event failure;
        failure.kind = EventKind::AuthFailure;
        failure.srcIp = QStringLiteral("203.0.113.9");
        service.securityEvents({call, failure});
        service.securityEventsSkipped(42);
        QTRY_COMPARE_WITH_TIMEOUT(rx.messages.size(), 3, kWaitMs);
        QCOMPARE(countWith(rx.messages, "subject-2"), 1);
        QCOMPARE(countWith(rx.messages, "subject-1"), 0);
        QCOMPARE(countWith(rx.messages, " SECURITY_EVENT "), 1);
        QCOMPARE(countWith(rx.messages, "203.0.113.9"), 1);
        QCOMPARE(countWith(rx.messages, "skipped 42 security events"), 1);

        d.includeEvents = false;
        service.setDestinations({d});
        QCOMPARE(wanted.size(), 2);
        QVERIFY(!wanted.at(1).at(0).toBool());
    }

    void fullQueueDropsOldestAndEditKeepsQueue()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        QTemporaryDir dir;
        ForwardService service(dir.path());
        service.setQueueLimit(5);
        ForwardDestination d = relpTo(port);   // nobody listens yet
        d.minSeverity = Severity::Info;
        service.setDestinations({d});
        for (int i = 1; i <= 10; ++i)
            service.alertOpened(alert(i, Severity::High));
        QCOMPARE(service.queued(d.name), 5);
        QVERIFY(service.statuses().value(0).droppedTotal >= 5);

        // The receiver comes up elsewhere; the edited destination keeps what waited.
        Receiver rx(Receiver::Relp);
        QVERIFY(rx.listen());
        d.port = rx.port();
        service.setDestinations({d});
        QTRY_COMPARE_WITH_TIMEOUT(service.queued(d.name), 0, kWaitMs);
        QCOMPARE(rx.messages.size(), 5);
        QVERIFY(countWith(rx.messages, " QUEUE_DROPPED ") >= 1);
        QCOMPARE(countWith(rx.messages, "subject-10\""), 1);   // the newest survived
        QCOMPARE(countWith(rx.messages, "subject-1\""), 0);    // the oldest went

        // Removed: its queue file goes too.
        QVERIFY(!QDir(dir.path()).entryList({QStringLiteral("forward-soc-*.sqlite")}).isEmpty());
        service.setDestinations({});
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("forward-soc-*")}).isEmpty());
        QVERIFY(service.statuses().isEmpty());
    }

    void backlogGate()
    {
        BacklogGate gate(100);
        QVERIFY(gate.tryTake(60));
        QVERIFY(!gate.tryTake(50));   // would be 110
        QVERIFY(gate.tryTake(40));
        QCOMPARE(gate.pending(), 100);
        gate.release(60);
        QVERIFY(gate.tryTake(50));
        QCOMPARE(gate.takeSkipped(), 50);
        QCOMPARE(gate.takeSkipped(), 0);
    }
};

QTEST_GUILESS_MAIN(TestForwardService)
#include "TestForwardService.moc"
