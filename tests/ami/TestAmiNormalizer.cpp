#include "AmiTestData.h"
#include "Clock.h"
#include "ami/AmiNormalizer.h"
#include "ami/AmiParser.h"
#include "capture/CaptureReader.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <array>
#include <QTest>

using namespace tg;

namespace {

EventList normalizeBytes(const QByteArray &bytes, AmiNormalizer &n)
{
    AmiParser p;
    AmiParser::Output out;
    p.feed(bytes, out);
    p.feed("\r\n", out);
    EventList events;
    for (const AmiMessage &m : out.messages)
        n.normalize(m, events);
    return events;
}

EventList normalizeFile(const QString &file)
{
    AmiNormalizer n(QStringLiteral("lab"));
    return normalizeBytes(test::readData(file), n);
}

AmiMessage message(const QByteArray &text)
{
    AmiParser p;
    AmiParser::Output out;
    p.feed(text + "\r\n\r\n", out);
    return out.messages.value(0);
}

// Per source address: InvalidPassword, InvalidAccountID, ChallengeResponseFailed, ChallengeSent, SuccessfulAuth
// for Service=SIP, as in tests/data/ami-multi/README.md.
using SourceRow = std::array<int, 5>;
QMap<QString, SourceRow> perSource(const EventList &events)
{
    static const QStringList types = {QStringLiteral("InvalidPassword"), QStringLiteral("InvalidAccountID"),
                                      QStringLiteral("ChallengeResponseFailed"), QStringLiteral("ChallengeSent"),
                                      QStringLiteral("SuccessfulAuth")};
    QMap<QString, SourceRow> rows;
    for (const Event &e : events) {
        const int col = int(types.indexOf(e.type));
        if (col < 0 || e.service != QLatin1String("SIP"))
            continue;
        auto it = rows.find(e.srcIp);
        if (it == rows.end())
            it = rows.insert(e.srcIp, SourceRow{0, 0, 0, 0, 0});
        ++(*it)[size_t(col)];
    }
    return rows;
}

const QStringList kBruteSources = {
    QStringLiteral("198.51.100.149"), QStringLiteral("198.51.100.231"), QStringLiteral("198.51.100.61"),
    QStringLiteral("198.51.100.7"),   QStringLiteral("2001:db8::a1"),   QStringLiteral("2001:db8::a2"),
    QStringLiteral("203.0.113.101"),  QStringLiteral("203.0.113.177"),  QStringLiteral("203.0.113.41"),
    QStringLiteral("203.0.113.5")};
const QStringList kDistributedSources = {
    QStringLiteral("198.51.100.127"), QStringLiteral("198.51.100.163"), QStringLiteral("198.51.100.2"),
    QStringLiteral("198.51.100.240"), QStringLiteral("198.51.100.29"),  QStringLiteral("198.51.100.53"),
    QStringLiteral("198.51.100.88"),  QStringLiteral("2001:db8::d1"),   QStringLiteral("2001:db8::d2"),
    QStringLiteral("203.0.113.11"),   QStringLiteral("203.0.113.113"),  QStringLiteral("203.0.113.151"),
    QStringLiteral("203.0.113.201"),  QStringLiteral("203.0.113.47"),   QStringLiteral("203.0.113.71")};

} // namespace

class TestAmiNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsPerCapture_data();
    void countsPerCapture();
    void captureReaderAgrees();
    void remoteAddress_data();
    void remoteAddress();
    void securityEventFields();
    void perSourceBruteforce();
    void perSourceDistributed();
    void perSourceOfficeAndFull();
    void amiLoginsInFullSession();
    void callsInCallsCapture();
    void callsInOffice();
    void activeCallsTracked();
    void unknownEventsPassThrough();
    void actionAnswersAreNotEvents();
    void timeFromTimestampOrClock();
    void trackedCallsBounded();
    void endpointOfChannel();
};

void TestAmiNormalizer::countsPerCapture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    int i = 0;
    for (const auto &c : test::captureExpectations())
        QTest::newRow(c.file) << QString::fromLatin1(c.file) << i++;
}

void TestAmiNormalizer::countsPerCapture()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    const auto &expected = test::captureExpectations().at(index);
    const EventList events = normalizeFile(file);
    const test::KindCounts got = test::countKinds(events);
    QVERIFY2(got == expected.kinds,
             qPrintable(QStringLiteral("got %1, expected %2").arg(test::describe(got), test::describe(expected.kinds))));
    for (const Event &e : events) {
        QCOMPARE(e.pbx, QStringLiteral("lab"));
        QVERIFY(!e.raw.isEmpty());
        QVERIFY(e.timeMs > 0);
    }
}

void TestAmiNormalizer::captureReaderAgrees()
{
    // The file reader (tollgate-cli events) normalizes the same way as the live connection.
    for (const auto &c : test::captureExpectations()) {
        const auto r = CaptureReader::readAmi(test::readData(QString::fromLatin1(c.file)), QStringLiteral("lab"));
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(test::countKinds(r.events), c.kinds);
    }
}

void TestAmiNormalizer::remoteAddress_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("transport");
    QTest::newRow("ipv4 udp") << QByteArray("IPV4/UDP/203.0.113.5/5060") << true << "203.0.113.5" << 5060 << "UDP";
    QTest::newRow("ipv4 tcp") << QByteArray("IPV4/TCP/127.0.0.1/51608") << true << "127.0.0.1" << 51608 << "TCP";
    QTest::newRow("ipv4 tls") << QByteArray("IPV4/TLS/192.0.2.9/5061") << true << "192.0.2.9" << 5061 << "TLS";
    QTest::newRow("ipv6") << QByteArray("IPV6/UDP/2001:db8::a1/5060") << true << "2001:db8::a1" << 5060 << "UDP";
    QTest::newRow("ipv6 brackets") << QByteArray("IPV6/UDP/[2001:db8::a2]/5062") << true << "2001:db8::a2" << 5062
                                   << "UDP";
    QTest::newRow("ipv6 full") << QByteArray("IPV6/TCP/2001:0db8:0000:0000:0000:0000:0000:00d1/1")
                               << true << "2001:db8::d1" << 1 << "TCP";
    QTest::newRow("ws lower") << QByteArray("IPV4/ws/198.51.100.7/8088") << true << "198.51.100.7" << 8088 << "WS";
    QTest::newRow("port max") << QByteArray("IPV4/UDP/10.0.0.1/65535") << true << "10.0.0.1" << 65535 << "UDP";
    QTest::newRow("port too big") << QByteArray("IPV4/UDP/10.0.0.1/65536") << false << "" << 0 << "";
    QTest::newRow("no port") << QByteArray("IPV4/UDP/10.0.0.1/") << false << "" << 0 << "";
    QTest::newRow("three parts") << QByteArray("IPV4/UDP/10.0.0.1") << false << "" << 0 << "";
    QTest::newRow("family mismatch") << QByteArray("IPV4/UDP/2001:db8::1/5060") << false << "" << 0 << "";
    QTest::newRow("family mismatch 6") << QByteArray("IPV6/UDP/10.0.0.1/5060") << false << "" << 0 << "";
    QTest::newRow("bad family") << QByteArray("IPX/UDP/10.0.0.1/5060") << false << "" << 0 << "";
    QTest::newRow("hostname") << QByteArray("IPV4/UDP/evil.example/5060") << false << "" << 0 << "";
    QTest::newRow("injection") << QByteArray("IPV4/UDP/1.2.3.4;rm -rf/5060") << false << "" << 0 << "";
    QTest::newRow("bad transport") << QByteArray("IPV4/U$P/1.2.3.4/5060") << false << "" << 0 << "";
    QTest::newRow("empty") << QByteArray() << false << "" << 0 << "";
    QTest::newRow("slashes") << QByteArray("////") << false << "" << 0 << "";
    QTest::newRow("negative port") << QByteArray("IPV4/UDP/1.2.3.4/-1") << false << "" << 0 << "";
}

void TestAmiNormalizer::remoteAddress()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(QString, ip);
    QFETCH(int, port);
    QFETCH(QString, transport);
    QString gotIp, gotTransport;
    quint16 gotPort = 0;
    QCOMPARE(AmiNormalizer::parseRemoteAddress(text, &gotIp, &gotPort, &gotTransport), ok);
    if (ok) {
        QCOMPARE(gotIp, ip);
        QCOMPARE(int(gotPort), port);
        QCOMPARE(gotTransport, transport);
    }
}

void TestAmiNormalizer::securityEventFields()
{
    AmiNormalizer n(QStringLiteral("lab"));
    EventList out;
    n.normalize(message("Event: InvalidPassword\r\nPrivilege: security,all\r\nTimestamp: 1795742875.221976\r\n"
                        "Severity: Error\r\nService: SIP\r\nAccountID: 1001\r\nSessionID: 0x1\r\n"
                        "LocalAddress: IPV6/UDP/2001:db8::1/5060\r\nRemoteAddress: IPV6/UDP/2001:db8::a1/5060"),
                out);
    QCOMPARE(out.size(), 1);
    const Event &e = out[0];
    QCOMPARE(e.kind, EventKind::AuthFailure);
    QCOMPARE(e.type, QStringLiteral("InvalidPassword"));
    QCOMPARE(e.service, QStringLiteral("SIP"));
    QCOMPARE(e.account, QStringLiteral("1001"));
    QCOMPARE(e.srcIp, QStringLiteral("2001:db8::a1"));
    QCOMPARE(e.srcPort, quint16(5060));
    QCOMPARE(e.transport, QStringLiteral("UDP"));
    QCOMPARE(e.timeMs, qint64(1795742875221));

    out.clear();
    n.normalize(message("Event: FailedACL\r\nService: AMI\r\nAccountID: admin\r\nACLName: local\r\n"
                        "RemoteAddress: IPV4/TCP/198.51.100.9/40000"),
                out);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].kind, EventKind::AclReject);
    QCOMPARE(out[0].detail, QStringLiteral("ACL local"));

    // Addresses and transports come from caches: an address seen before is still checked against the
    // family each event names, and a lower-case transport is still written in capitals.
    out.clear();
    for (const char *remote : {"IPV6/UDP/2001:db8::a1/5061", "IPV4/UDP/2001:db8::a1/5060", "IPV4/ws/198.51.100.9/8088",
                               "IPV6/UDP/198.51.100.9/5060"})
        n.normalize(message("Event: InvalidPassword\r\nService: SIP\r\nAccountID: 1001\r\nRemoteAddress: "
                            + QByteArray(remote)),
                    out);
    QCOMPARE(out.size(), 4);
    QCOMPARE(out[0].srcIp, QStringLiteral("2001:db8::a1"));
    QCOMPARE(out[0].srcPort, quint16(5061));
    QCOMPARE(out[1].detail, QStringLiteral("unparsable RemoteAddress"));
    QVERIFY(out[1].srcIp.isEmpty());
    QCOMPARE(out[2].srcIp, QStringLiteral("198.51.100.9"));
    QCOMPARE(out[2].transport, QStringLiteral("WS"));
    QCOMPARE(out[3].detail, QStringLiteral("unparsable RemoteAddress"));

    out.clear();
    n.normalize(message("Event: InvalidAccountID\r\nService: SIP\r\nRemoteAddress: garbage"), out);
    QCOMPARE(out.size(), 1);
    QVERIFY(out[0].srcIp.isEmpty());
    QCOMPARE(out[0].detail, QStringLiteral("unparsable RemoteAddress"));

    const std::pair<const char *, EventKind> kinds[] = {
        {"ChallengeResponseFailed", EventKind::AuthFailure}, {"UnexpectedAddress", EventKind::AclReject},
        {"RequestNotAllowed", EventKind::AclReject},        {"RequestBadFormat", EventKind::ProtocolAbuse},
        {"AuthMethodNotAllowed", EventKind::ProtocolAbuse}, {"InvalidTransport", EventKind::ProtocolAbuse},
        {"SessionLimit", EventKind::ResourceLimit},         {"MemoryLimit", EventKind::ResourceLimit},
        {"LoadAverageLimit", EventKind::ResourceLimit},     {"ChallengeSent", EventKind::AuthChallenge},
        {"SuccessfulAuth", EventKind::AuthSuccess}};
    for (const auto &[name, kind] : kinds) {
        out.clear();
        n.normalize(message(QByteArray("Event: ") + name + "\r\nService: PJSIP\r\nRemoteAddress: IPV4/UDP/192.0.2.1/5060"),
                    out);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].kind, kind);
        QCOMPARE(out[0].srcIp, QStringLiteral("192.0.2.1"));
    }
}

void TestAmiNormalizer::perSourceBruteforce()
{
    const auto rows = perSource(normalizeFile(QStringLiteral("ami-multi/asterisk-20.20.1-multi-bruteforce.ami")));
    QCOMPARE(rows.size(), kBruteSources.size() + 1);
    for (const QString &ip : kBruteSources)
        QCOMPARE(rows.value(ip), (SourceRow{12, 0, 0, 12, 0}));
    QCOMPARE(rows.value(QStringLiteral("198.51.100.211")), (SourceRow{0, 0, 0, 41, 0}));   // the sweep
}

void TestAmiNormalizer::perSourceDistributed()
{
    const auto rows = perSource(normalizeFile(QStringLiteral("ami-multi/asterisk-20.20.1-multi-distributed.ami")));
    QCOMPARE(rows.size(), kDistributedSources.size());
    for (const QString &ip : kDistributedSources)
        QCOMPARE(rows.value(ip), (SourceRow{2, 0, 0, 2, 0}));
}

void TestAmiNormalizer::perSourceOfficeAndFull()
{
    const auto office = perSource(normalizeFile(QStringLiteral("ami-multi/asterisk-20.20.1-multi-office.ami")));
    QCOMPARE(office.size(), 2);
    QCOMPARE(office.value(QStringLiteral("192.0.2.50")), (SourceRow{0, 0, 0, 5, 5}));
    QCOMPARE(office.value(QStringLiteral("192.0.2.51")), (SourceRow{0, 0, 0, 1, 1}));

    const auto full = perSource(normalizeFile(QStringLiteral("ami-multi/asterisk-20.20.1-multi-session-full.ami")));
    QCOMPARE(full.size(), 25 + 3);
    for (const QString &ip : kBruteSources)
        QCOMPARE(full.value(ip), (SourceRow{12, 0, 0, 12, 0}));
    for (const QString &ip : kDistributedSources)
        QCOMPARE(full.value(ip), (SourceRow{2, 0, 0, 2, 0}));
    QCOMPARE(full.value(QStringLiteral("192.0.2.50")), (SourceRow{0, 0, 0, 5, 5}));
    QCOMPARE(full.value(QStringLiteral("192.0.2.51")), (SourceRow{0, 0, 0, 1, 1}));
    QCOMPARE(full.value(QStringLiteral("198.51.100.211")), (SourceRow{0, 0, 0, 41, 0}));
}

void TestAmiNormalizer::amiLoginsInFullSession()
{
    // 10 SuccessfulAuth = 6 SIP + 4 AMI (the recorders' own logins, from 127.0.0.1).
    int sip = 0, ami = 0;
    for (const Event &e : normalizeFile(QStringLiteral("ami-multi/asterisk-20.20.1-multi-session-full.ami"))) {
        if (e.kind != EventKind::AuthSuccess)
            continue;
        if (e.service == QLatin1String("SIP"))
            ++sip;
        if (e.service == QLatin1String("AMI")) {
            ++ami;
            QCOMPARE(e.srcIp, QStringLiteral("127.0.0.1"));
            QCOMPARE(e.transport, QStringLiteral("TCP"));
        }
    }
    QCOMPARE(sip, 6);
    QCOMPARE(ami, 4);

    // amiauth: the wrong secret and the unknown user, as AMI failures.
    QStringList failed;
    for (const Event &e : normalizeFile(QStringLiteral("ami/asterisk-20.20.1-amiauth.ami")))
        if (e.kind == EventKind::AuthFailure)
            failed << e.type + QLatin1Char(':') + e.account + QLatin1Char(':') + e.service;
    QCOMPARE(failed, QStringList({QStringLiteral("InvalidPassword:console:AMI"),
                                  QStringLiteral("InvalidAccountID:admin:AMI")}));
}

void TestAmiNormalizer::callsInCallsCapture()
{
    QHash<QString, int> destinations;
    int answered = 0;
    for (const Event &e : normalizeFile(QStringLiteral("ami/asterisk-20.20.1-calls.ami"))) {
        if (e.kind != EventKind::CallEnd)
            continue;
        ++destinations[e.destination];
        QCOMPARE(e.account, QStringLiteral("1001"));
        QVERIFY(!e.callId.isEmpty());
        QVERIFY(e.durationMs > 0);
        if (e.destination == QLatin1String("1002")) {
            QCOMPARE(e.billSec, qint64(4));
        } else if (e.destination == QLatin1String("1003")) {
            QCOMPARE(e.billSec, qint64(0));
            QVERIFY2(e.detail.startsWith(QLatin1String("FAILED")), qPrintable(e.detail));
        } else {
            QCOMPARE(e.billSec, qint64(2));
        }
        answered += e.billSec > 0 ? 1 : 0;
    }
    QCOMPARE(destinations.value(QStringLiteral("1002")), 3);
    QCOMPARE(destinations.value(QStringLiteral("0097150123456")), 2);
    QCOMPARE(destinations.value(QStringLiteral("011442079460000")), 2);
    QCOMPARE(destinations.value(QStringLiteral("1003")), 1);
    QCOMPARE(destinations.size(), 4);
    QCOMPARE(answered, 7);
}

void TestAmiNormalizer::callsInOffice()
{
    QHash<QString, int> destinations;
    for (const Event &e : normalizeFile(QStringLiteral("ami-multi/asterisk-20.20.1-multi-office.ami"))) {
        if (e.kind == EventKind::CallStart || e.kind == EventKind::CallEnd) {
            // 1001 registered from 192.0.2.50: every call it places is tied to that address.
            QCOMPARE(e.srcIp, QStringLiteral("192.0.2.50"));
            QCOMPARE(e.account, QStringLiteral("1001"));
        }
        if (e.kind == EventKind::CallEnd)
            ++destinations[e.destination];
        if (e.kind == EventKind::Registration) {
            QVERIFY(e.srcIp == QLatin1String("192.0.2.50") || e.srcIp == QLatin1String("192.0.2.51"));
        }
    }
    QCOMPARE(destinations.value(QStringLiteral("1002")), 3);
    QCOMPARE(destinations.value(QStringLiteral("02079460123")), 1);
}

void TestAmiNormalizer::activeCallsTracked()
{
    AmiNormalizer n(QStringLiteral("lab"));
    const QByteArray bytes = test::readData(QStringLiteral("ami/asterisk-20.20.1-calls.ami"));
    AmiParser p;
    AmiParser::Output out;
    p.feed(bytes, out);
    EventList events;
    int maxActive = 0;
    for (const AmiMessage &m : out.messages) {
        n.normalize(m, events);
        maxActive = qMax(maxActive, n.activeCallCount());
        if (n.activeCallCount() == 1) {
            const ActiveCall c = n.activeCalls().first();
            QCOMPARE(c.pbx, QStringLiteral("lab"));
            QVERIFY(c.startMs > 0);
        }
    }
    QCOMPARE(maxActive, 1);   // the calls came one after another
    QCOMPARE(n.activeCallCount(), 0);
    n.clearCalls();
    QCOMPARE(n.activeCalls().size(), 0);
}

void TestAmiNormalizer::unknownEventsPassThrough()
{
    AmiNormalizer n(QStringLiteral("lab"));
    EventList out;
    n.normalize(message("Event: SomethingNew\r\nKey: v"), out);
    n.normalize(message("Event: Shutdown\r\nShutdown: Cleanly\r\nRestart: True"), out);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0].kind, EventKind::Raw);
    QCOMPARE(out[0].type, QStringLiteral("SomethingNew"));
    QVERIFY(out[0].raw.contains("Key: v"));
    QCOMPARE(out[1].type, QStringLiteral("Shutdown"));
}

void TestAmiNormalizer::actionAnswersAreNotEvents()
{
    AmiNormalizer n(QStringLiteral("lab"));
    EventList out;
    n.normalize(message("Response: Success\r\nMessage: Authentication accepted"), out);
    n.normalize(message("Event: CoreShowChannel\r\nActionID: 5\r\nChannel: SIP/1001-1"), out);
    n.normalize(message("Event: Status\r\nChannel: SIP/1001-1\r\nActionID: 6"), out);   // ActionID last
    QCOMPARE(out.size(), 0);
}

void TestAmiNormalizer::timeFromTimestampOrClock()
{
    ManualClock clock(1700000000000);
    AmiNormalizer n(QStringLiteral("lab"), clock);
    EventList out;
    n.normalize(message("Event: FullyBooted\r\nStatus: Fully Booted"), out);
    n.normalize(message("Event: Reload\r\nTimestamp: 1795742858.2\r\nModule: chan_sip"), out);
    n.normalize(message("Event: Reload\r\nEventTV: 2026-11-27T01:27:38.293+0000"), out);
    n.normalize(message("Event: Reload\r\nTimestamp: garbage"), out);
    n.normalize(message("Event: Reload\r\nTimestamp: 17957428591723790.5"), out);   // found by the fuzzer
    QCOMPARE(out.size(), 5);
    QCOMPARE(out[4].timeMs, qint64(1700000000000));
    QCOMPARE(out[0].timeMs, qint64(1700000000000));
    QCOMPARE(out[1].timeMs, qint64(1795742858200));
    QCOMPARE(out[2].timeMs, qint64(1795742858293));
    QCOMPARE(out[3].timeMs, qint64(1700000000000));

    // EventTV by hand, as QDateTime reads it.
    const qint64 base = QDateTime(QDate(2026, 11, 27), QTime(1, 27, 38, 293), QTimeZone::utc()).toMSecsSinceEpoch();
    QCOMPARE(base, qint64(1795742858293));
    QCOMPARE(AmiNormalizer::parseEventTv("2026-11-27T01:27:38.293+0000"), base);
    QCOMPARE(AmiNormalizer::parseEventTv("2026-11-27T01:27:38.293Z"), base);
    QCOMPARE(AmiNormalizer::parseEventTv("2026-11-27T01:27:38.293"), base);
    QCOMPARE(AmiNormalizer::parseEventTv("2026-11-27T01:27:38.293456+0000"), base);   // microseconds
    QCOMPARE(AmiNormalizer::parseEventTv("2026-11-27T01:27:38.29+0000"), base - 3);
    QCOMPARE(AmiNormalizer::parseEventTv("2026-11-27T01:27:38+0000"), base - 293);
    QCOMPARE(AmiNormalizer::parseEventTv("2026-11-27T02:27:38.293+0100"), base);
    QCOMPARE(AmiNormalizer::parseEventTv("2026-11-27T02:27:38.293+01:00"), base);
    QCOMPARE(AmiNormalizer::parseEventTv("2026-11-26T20:57:38.293-0430"), base);
    for (const char *bad : {"", "2026-11-27", "2026-13-27T01:27:38.293+0000", "2026-11-27T25:27:38.293+0000",
                            "2026-11-27T01:27:38.293 UTC", "2026-11-27 01:27:38.293+0000", "2026-11-27T01:27:38.293+0x00"})
        QVERIFY2(AmiNormalizer::parseEventTv(bad) == 0, bad);
}

void TestAmiNormalizer::trackedCallsBounded()
{
    AmiNormalizer n(QStringLiteral("lab"));
    EventList out;
    const int flood = AmiNormalizer::kMaxTrackedCalls + 500;
    for (int i = 0; i < flood; ++i) {
        const QByteArray id = "x-" + QByteArray::number(i);
        n.normalize(message("Event: Newchannel\r\nChannel: SIP/evil-" + id + "\r\nUniqueid: " + id + "\r\nLinkedid: " + id),
                    out);
    }
    QCOMPARE(n.activeCallCount(), AmiNormalizer::kMaxTrackedCalls);
    QCOMPARE(int(out.size()), AmiNormalizer::kMaxTrackedCalls);
}

void TestAmiNormalizer::endpointOfChannel()
{
    QCOMPARE(AmiNormalizer::endpointOfChannel("SIP/1001-00000000"), QStringLiteral("1001"));
    QCOMPARE(AmiNormalizer::endpointOfChannel("PJSIP/trunk-a-0000001a"), QStringLiteral("trunk-a"));
    QCOMPARE(AmiNormalizer::endpointOfChannel("Local/100@internal"), QStringLiteral("100@internal"));
    QCOMPARE(AmiNormalizer::endpointOfChannel("nonsense"), QString());
}

QTEST_GUILESS_MAIN(TestAmiNormalizer)
#include "TestAmiNormalizer.moc"
