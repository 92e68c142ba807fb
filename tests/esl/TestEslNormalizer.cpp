// EslNormalizer on the real FreeSWITCH 1.10.12 session capture and the documentation-built ones.
// Expected numbers were counted from the capture files (see EslTestData.h).

#include "EslTestData.h"
#include "capture/CaptureReader.h"
#include "esl/EslNormalizer.h"
#include "esl/EslParser.h"

#include <QTest>

using namespace tg;

namespace {

EventList normalizeAll(const QByteArray &bytes, EslNormalizer &n)
{
    EslParser p;
    EslParser::Output out;
    p.feed(bytes, out);
    EventList events;
    for (const EslMessage &m : out.messages)
        n.normalize(m, events);
    return events;
}

QVector<const Event *> ofKind(const EventList &events, EventKind k)
{
    QVector<const Event *> out;
    for (const Event &e : events)
        if (e.kind == k)
            out << &e;
    return out;
}

} // namespace

class TestEslNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionCounts();
    void registerFailuresPerSource();
    void authFailureFields();
    void challengeAndSuccess();
    void registration();
    void calls();
    void rejectedCallWithoutCreate();
    void heartbeatIsLivenessOnly();
    void configEvents();
    void unregisterAndExpire();
    void jsonEventsNormalizeLikePlain();
    void unknownIsRaw();
    void callTrackingBounded();
    void transportOf();
    void captureReader();
};

void TestEslNormalizer::sessionCounts()
{
    EslNormalizer n(QStringLiteral("fs"));
    const EventList events = normalizeAll(test::eslCapture(QStringLiteral("freeswitch-1.10.12-session.esl")), n);
    const test::KindCounts got = test::countKinds(events);
    QVERIFY2(got == test::sessionKinds(),
             qPrintable(QStringLiteral("got %1, expected %2").arg(test::describe(got), test::describe(test::sessionKinds()))));
    QCOMPARE(n.activeCallCount(), 0);
    for (const Event &e : events) {
        QCOMPARE(e.pbx, QStringLiteral("fs"));
        QVERIFY(e.timeMs >= 1795743783943LL && e.timeMs <= 1795743812703LL);   // the PBX's own times
        QVERIFY(!e.raw.isEmpty());
    }
    int api = 0;
    for (const Event *e : ofKind(events, EventKind::Raw))
        api += e->type == QLatin1String("API") ? 1 : 0;
    QCOMPARE(api, 6);
}

void TestEslNormalizer::registerFailuresPerSource()
{
    EslNormalizer n(QStringLiteral("fs"));
    const EventList events = normalizeAll(test::eslCapture(QStringLiteral("freeswitch-1.10.12-session.esl")), n);
    // All from 127.0.0.1; per source port and user agent (counted from the capture):
    // 5111 friendly-scanner 20 (user 1001), 5112 sipcli/v1.8 10 (users 100..5000, admin, test),
    // 5115 Zoiper 1 (an INVITE to 0097150123456 with a wrong password).
    QMap<QString, int> perSource;
    QMap<QString, int> perAccount;
    for (const Event *e : ofKind(events, EventKind::AuthFailure)) {
        ++perSource[QStringLiteral("%1:%2 %3").arg(e->srcIp).arg(e->srcPort).arg(e->userAgent)];
        ++perAccount[e->account];
    }
    const QMap<QString, int> expected = {{QStringLiteral("127.0.0.1:5111 friendly-scanner"), 20},
                                         {QStringLiteral("127.0.0.1:5112 sipcli/v1.8"), 10},
                                         {QStringLiteral("127.0.0.1:5115 Zoiper rv2.10.20.3"), 1}};
    QCOMPARE(perSource, expected);
    QCOMPARE(perAccount.value(QStringLiteral("1001")), 20);
    QCOMPARE(perAccount.value(QStringLiteral("admin")), 1);
    QCOMPARE(perAccount.value(QStringLiteral("0097150123456")), 1);
    QCOMPARE(perAccount.size(), 12);
}

void TestEslNormalizer::authFailureFields()
{
    EslNormalizer n(QStringLiteral("fs"));
    const EventList events = normalizeAll(test::eslCapture(QStringLiteral("freeswitch-1.10.12-session.esl")), n);
    const auto failures = ofKind(events, EventKind::AuthFailure);
    const Event &e = *failures.first();
    QCOMPARE(e.type, QStringLiteral("sofia::register_failure"));
    QCOMPARE(e.service, QStringLiteral("SIP"));
    QCOMPARE(e.srcIp, QStringLiteral("127.0.0.1"));
    QCOMPARE(e.srcPort, quint16(5111));
    QCOMPARE(e.account, QStringLiteral("1001"));
    QCOMPARE(e.userAgent, QStringLiteral("friendly-scanner"));
    QCOMPARE(e.detail, QStringLiteral("REGISTER, profile internal"));
    QCOMPARE(e.timeMs, 1795743783943LL);
    QVERIFY(e.raw.contains("sofia%3A%3Aregister_failure"));   // evidence as it came
    QCOMPARE(failures.last()->detail, QStringLiteral("INVITE, profile internal"));
}

void TestEslNormalizer::challengeAndSuccess()
{
    EslNormalizer n(QStringLiteral("fs"));
    const EventList events = normalizeAll(test::eslCapture(QStringLiteral("freeswitch-1.10.12-session.esl")), n);
    const auto challenges = ofKind(events, EventKind::AuthChallenge);
    QCOMPARE(challenges.first()->type, QStringLiteral("sofia::pre_register"));
    QCOMPARE(challenges.first()->transport, QStringLiteral("UDP"));
    QCOMPARE(challenges.first()->srcPort, quint16(5111));
    const auto ok = ofKind(events, EventKind::AuthSuccess);
    QCOMPARE(ok.size(), 5);
    for (const Event *e : ok) {
        QCOMPARE(e->type, QStringLiteral("sofia::register_attempt"));
        QCOMPARE(e->detail, QStringLiteral("auth-result RENEWED, profile internal"));
    }
    QCOMPARE(ok[1]->account, QStringLiteral("1002"));
    QCOMPARE(ok[1]->userAgent, QStringLiteral("Yealink SIP-T46S 66.86.0.15"));
}

void TestEslNormalizer::registration()
{
    EslNormalizer n(QStringLiteral("fs"));
    const EventList events = normalizeAll(test::eslCapture(QStringLiteral("freeswitch-1.10.12-session.esl")), n);
    const auto regs = ofKind(events, EventKind::Registration);
    QCOMPARE(regs.size(), 2);
    QCOMPARE(regs[0]->account, QStringLiteral("1001"));
    QCOMPARE(regs[0]->srcPort, quint16(5113));
    QCOMPARE(regs[0]->userAgent, QStringLiteral("Zoiper rv2.10.20.3"));
    QCOMPARE(regs[0]->transport, QStringLiteral("UDP"));
    QCOMPARE(regs[1]->account, QStringLiteral("1002"));
}

void TestEslNormalizer::calls()
{
    EslNormalizer n(QStringLiteral("fs"));
    EslParser p;
    EslParser::Output out;
    p.feed(test::eslCapture(QStringLiteral("freeswitch-1.10.12-session.esl")), out);
    EventList events;
    int maxActive = 0;
    for (const EslMessage &m : out.messages) {
        n.normalize(m, events);
        maxActive = qMax(maxActive, n.activeCallCount());
        if (m.isEvent() && m.eventName() == "CHANNEL_BRIDGE") {
            // During the bridged call: one call with both legs, seen as one.
            const auto active = n.activeCalls();
            QCOMPARE(active.size(), 1);
            QCOMPARE(active[0].callId, QStringLiteral("b3d5fd97-0e4b-445e-8163-a99cfbb0f37f"));
            QCOMPARE(active[0].caller, QStringLiteral("1001"));
            QCOMPARE(active[0].destination, QStringLiteral("1002"));
            QCOMPARE(active[0].srcIp, QStringLiteral("127.0.0.1"));
            QVERIFY(active[0].answerMs > active[0].startMs);
        }
    }
    QCOMPARE(maxActive, 1);
    const auto starts = ofKind(events, EventKind::CallStart);
    const auto answers = ofKind(events, EventKind::CallAnswer);
    const auto ends = ofKind(events, EventKind::CallEnd);
    QCOMPARE(starts.size(), 3);
    QCOMPARE(answers.size(), 3);
    QCOMPARE(ends.size(), 4);
    QStringList dest;
    for (const Event *e : starts) {
        dest << e->destination;
        QCOMPARE(e->account, QStringLiteral("1001"));
        QCOMPARE(e->srcIp, QStringLiteral("127.0.0.1"));
        QCOMPARE(e->srcPort, quint16(5113));
        QCOMPARE(e->userAgent, QStringLiteral("Zoiper rv2.10.20.3"));
        QCOMPARE(e->transport, QStringLiteral("UDP"));
        QCOMPARE(e->detail, QStringLiteral("1001, inbound"));
    }
    QCOMPARE(dest, QStringList({QStringLiteral("1002"), QStringLiteral("0097150123456"),
                                QStringLiteral("011442079460000")}));
    // One end per call, with FreeSWITCH's own figures (the first leg's variable_mduration and billsec).
    const Event &first = *ends[0];
    QCOMPARE(first.callId, QStringLiteral("b3d5fd97-0e4b-445e-8163-a99cfbb0f37f"));
    QCOMPARE(first.destination, QStringLiteral("1002"));
    QCOMPARE(first.durationMs, 5080);
    QCOMPARE(first.billSec, 4);
    QCOMPARE(first.detail, QStringLiteral("NORMAL_CLEARING"));
    QCOMPARE(ends[1]->destination, QStringLiteral("0097150123456"));
    QCOMPARE(ends[1]->billSec, 6);
    QCOMPARE(ends[2]->destination, QStringLiteral("011442079460000"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(ends[i]->callId, starts[i]->callId);
}

void TestEslNormalizer::rejectedCallWithoutCreate()
{
    EslNormalizer n(QStringLiteral("fs"));
    const EventList events = normalizeAll(test::eslCapture(QStringLiteral("freeswitch-1.10.12-session.esl")), n);
    const Event &e = *ofKind(events, EventKind::CallEnd).last();
    QCOMPARE(e.callId, QStringLiteral("75c97ccd-0add-483d-becb-9287567f8765"));
    QCOMPARE(e.detail, QStringLiteral("CALL_REJECTED"));
    QCOMPARE(e.account, QStringLiteral("1001"));
    QCOMPARE(e.billSec, 0);
}

void TestEslNormalizer::heartbeatIsLivenessOnly()
{
    EslNormalizer n(QStringLiteral("fs"));
    const EventList events = normalizeAll(test::eslCapture(QStringLiteral("freeswitch-1.10.12-session.esl")), n);
    for (const Event &e : events)
        QVERIFY(e.type != QLatin1String("HEARTBEAT"));
    QCOMPARE(n.heartbeats(), 2);
    QCOMPARE(n.lastHeartbeatMs(), 1795743806283LL);
    QCOMPARE(n.version(), QStringLiteral("1.10.12-release~64bit"));
}

void TestEslNormalizer::configEvents()
{
    const auto ev = [](const QByteArray &fields) {
        return "Content-Length: " + QByteArray::number(fields.size() + 1) + "\nContent-Type: text/event-plain\n\n"
               + fields + "\n";
    };
    const QByteArray bytes = ev("Event-Name: RELOADXML\nEvent-Date-Timestamp: 1795743800000000\n")
                             + ev("Event-Name: MODULE_LOAD\ntype: api\nname: sofia\nkey: mod_sofia\nfilename: "
                                  "%2Fusr%2Flib%2Ffreeswitch%2Fmod%2Fmod_sofia.so\n")
                             + ev("Event-Name: MODULE_UNLOAD\ntype: endpoint\nkey: mod_sofia\n");
    ManualClock clock(1700000000000);
    EslNormalizer n(QStringLiteral("fs"), clock);
    const EventList events = normalizeAll(bytes, n);
    QCOMPARE(events.size(), 3);
    for (const Event &e : events)
        QCOMPARE(e.kind, EventKind::ConfigReload);
    QCOMPARE(events[0].timeMs, 1795743800000LL);
    QCOMPARE(events[1].timeMs, 1700000000000LL);   // no timestamp: the injected clock
    QCOMPARE(events[1].detail, QStringLiteral("mod_sofia api /usr/lib/freeswitch/mod/mod_sofia.so"));
    QCOMPARE(events[2].type, QStringLiteral("MODULE_UNLOAD"));
}

void TestEslNormalizer::unregisterAndExpire()
{
    const auto ev = [](const QByteArray &sub) {
        const QByteArray f = "Event-Subclass: sofia%3A%3A" + sub + "\nEvent-Name: CUSTOM\nprofile-name: internal\n"
                             "from-user: 1002\nto-user: 1002\nnetwork-ip: 192.0.2.9\nnetwork-port: 5060\n"
                             "user-agent: Yealink\n\n";
        return "Content-Length: " + QByteArray::number(f.size()) + "\nContent-Type: text/event-plain\n\n" + f;
    };
    EslNormalizer n(QStringLiteral("fs"));
    const EventList events = normalizeAll(ev("unregister") + ev("expire") + ev("gateway_state"), n);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].kind, EventKind::Unregistration);
    QCOMPARE(events[0].detail, QStringLiteral("unregistered, profile internal"));
    QCOMPARE(events[0].srcIp, QStringLiteral("192.0.2.9"));
    QCOMPARE(events[1].kind, EventKind::Unregistration);
    QCOMPARE(events[1].detail, QStringLiteral("expired, profile internal"));
    QCOMPARE(events[2].kind, EventKind::Raw);
    QCOMPARE(events[2].type, QStringLiteral("sofia::gateway_state"));
}

void TestEslNormalizer::jsonEventsNormalizeLikePlain()
{
    EslNormalizer n(QStringLiteral("fs"));
    const EventList events = normalizeAll(test::eslCapture(QStringLiteral("esl-docs-event-json.esl")), n);
    // HEARTBEAT: none; register_failure: AuthFailure; BACKGROUND_JOB (json and plain): Raw here
    // (the client routes the ones answering its own bgapi).
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].kind, EventKind::AuthFailure);
    QCOMPARE(events[0].srcIp, QStringLiteral("203.0.113.7"));
    QCOMPARE(events[0].srcPort, quint16(5070));
    QCOMPARE(events[0].account, QStringLiteral("1001"));
    QCOMPARE(events[0].timeMs, 1209685025894LL);
    QCOMPARE(events[1].type, QStringLiteral("BACKGROUND_JOB"));
    QCOMPARE(n.heartbeats(), 1);
}

void TestEslNormalizer::unknownIsRaw()
{
    const QByteArray f = "Event-Name: SOMETHING_NEW\nnetwork-ip: not-an-ip\n\n";
    const QByteArray bytes = "Content-Length: " + QByteArray::number(f.size()) + "\nContent-Type: text/event-plain\n\n" + f
                             + "Content-Type: api/response\nContent-Length: 3\n\n+OK";
    EslNormalizer n(QStringLiteral("fs"));
    const EventList events = normalizeAll(bytes, n);
    QCOMPARE(events.size(), 1);   // the api/response is not an event
    QCOMPARE(events[0].kind, EventKind::Raw);
    QCOMPARE(events[0].type, QStringLiteral("SOMETHING_NEW"));

    // A junk address never becomes a source address.
    const QByteArray g = "Event-Subclass: sofia%3A%3Aregister_failure\nEvent-Name: CUSTOM\nnetwork-ip: 1.2.3.4; rm -rf /\n"
                         "network-port: 99999\nto-user: x\n\n";
    const EventList e2 = normalizeAll(
        "Content-Length: " + QByteArray::number(g.size()) + "\nContent-Type: text/event-plain\n\n" + g, n);
    QCOMPARE(e2.size(), 1);
    QVERIFY(e2[0].srcIp.isEmpty());
    QCOMPARE(e2[0].srcPort, quint16(0));
}

void TestEslNormalizer::callTrackingBounded()
{
    EslNormalizer n(QStringLiteral("fs"));
    EventList events;
    EslParser p;
    EslParser::Output out;
    for (int i = 0; i < EslNormalizer::kMaxTrackedCalls + 50; ++i) {
        const QByteArray f = "Event-Name: CHANNEL_CREATE\nUnique-ID: u" + QByteArray::number(i) + "\n\n";
        p.feed("Content-Length: " + QByteArray::number(f.size()) + "\nContent-Type: text/event-plain\n\n" + f, out);
    }
    for (const EslMessage &m : out.messages)
        n.normalize(m, events);
    QCOMPARE(n.activeCallCount(), EslNormalizer::kMaxTrackedCalls);
    n.clearCalls();
    QCOMPARE(n.activeCallCount(), 0);
}

void TestEslNormalizer::transportOf()
{
    QCOMPARE(EslNormalizer::transportOf("Registered(UDP)", ""), QStringLiteral("UDP"));
    QCOMPARE(EslNormalizer::transportOf("", "<sip:1@h:5061;transport=tls>"), QStringLiteral("TLS"));
    QCOMPARE(EslNormalizer::transportOf("Registered(U D P)", ""), QString());
    QCOMPARE(EslNormalizer::transportOf("", ""), QString());
}

void TestEslNormalizer::captureReader()
{
    const QString path = test::dataPath(QStringLiteral("esl/freeswitch-1.10.12-session.esl"));
    const CaptureReader::Result r = CaptureReader::readFile(path, QStringLiteral("fs"));
    QCOMPARE(r.format, QStringLiteral("esl"));
    QVERIFY(r.errors.isEmpty());
    QCOMPARE(test::countKinds(r.events), test::sessionKinds());
    // A hand-built capture with its comment header is detected too.
    const CaptureReader::Result j =
        CaptureReader::readFile(test::dataPath(QStringLiteral("esl/esl-docs-event-json.esl")), QStringLiteral("fs"));
    QCOMPARE(j.format, QStringLiteral("esl"));
    QCOMPARE(j.events.size(), 3);
    // AMI still AMI.
    QCOMPARE(CaptureReader::detect("Asterisk Call Manager/9.0.0\r\n"), CaptureReader::Format::Ami);
    QCOMPARE(CaptureReader::detect("Content-Type: auth/request\n\n"), CaptureReader::Format::Esl);
}

QTEST_GUILESS_MAIN(TestEslNormalizer)
#include "TestEslNormalizer.moc"
