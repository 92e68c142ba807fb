#include "logs/AsteriskMessagesLogReader.h"
#include "logs/AsteriskSecurityLogReader.h"
#include "logs/LogLineBuffer.h"
#include "logs/LogReaderBench.h"
#include "logs/LogSanitizer.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QMap>
#include <QtTest>

using namespace tg;

namespace {

QString dataPath(const QString &rel)
{
    return QStringLiteral(TOLLGATE_TEST_DATA "/") + rel;
}

QByteArray readAll(const QString &rel)
{
    QFile f(dataPath(rel));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(rel));
    return f.readAll();
}

EventList readWith(LogReader &reader, const QString &rel)
{
    EventList out;
    QString error;
    if (!reader.readFile(dataPath(rel), out, &error))
        qFatal("%s", qPrintable(error));
    return out;
}

QMap<QString, int> countBy(const EventList &events, const std::function<QString(const Event &)> &key)
{
    QMap<QString, int> m;
    for (const Event &e : events)
        ++m[key(e)];
    return m;
}

QString kindOf(const Event &e) { return eventKindName(e.kind); }
QString typeOf(const Event &e) { return e.type; }
QString sourceOf(const Event &e) { return e.srcIp; }

qint64 utcMs(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t.toMSecsSinceEpoch();
}

} // namespace

class TestLogReaders : public QObject
{
    Q_OBJECT
private slots:
    void lineBufferSplitsAndBounds();
    void sanitizerStripsEscapes();
    void securityLogSingleSource();
    void securityLogMultiSource();
    void messagesLogSingleSource();
    void messagesLogMultiSource();
    void bothLogsAgreePerSource();
    void chunkingDoesNotMatter();
    void timeZoneParameter();
    void hostileLines();
    void fastPathsAgreeWithTheFullParse();
    void factoryAndBench();
};

void TestLogReaders::lineBufferSplitsAndBounds()
{
    LogLineBuffer buf(64);
    QList<QByteArray> lines;
    QList<bool> cut;
    auto take = [&](QByteArrayView l, bool t) {
        lines << l.toByteArray();
        cut << t;
    };
    buf.feed("one\r\ntw", take);
    buf.feed("o\n", take);
    buf.feed(QByteArray(200, 'x') + "\nthree", take);
    buf.finish(take);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QByteArray("one"));
    QCOMPARE(lines[1], QByteArray("two"));
    QCOMPARE(lines[2], QByteArray(64, 'x'));
    QVERIFY(cut[2]);
    QCOMPARE(lines[3], QByteArray("three"));
    QCOMPARE(buf.truncatedLines(), 1);

    // An endless line fed in pieces costs no more than the bound.
    LogLineBuffer endless(64);
    int count = 0;
    for (int i = 0; i < 1000; ++i)
        endless.feed(QByteArray(1000, 'y'), [&](QByteArrayView l, bool) {
            QVERIFY(l.size() <= 64);
            ++count;
        });
    endless.feed("\nafter\n", [&](QByteArrayView l, bool t) {
        QCOMPARE(l, QByteArrayView("after"));
        QVERIFY(!t);
        ++count;
    });
    QCOMPARE(count, 2);
}

void TestLogReaders::sanitizerStripsEscapes()
{
    QCOMPARE(LogSanitizer::stripControls("a\x1b[31mred\x1b[0m\x07 b\x1b]0;title\x07" "c\r\n"),
             QByteArray("ared b" "c"));
    const QString s = LogSanitizer::cleanText("ok \xff\xfe bad \xc2\x9b" "31m", 100);
    QVERIFY(s.startsWith(QStringLiteral("ok ")));
    QVERIFY(s.contains(QChar(0xfffd)));
    QVERIFY(!s.contains(QChar(0x9b)));
    QCOMPARE(LogSanitizer::cleanText(QByteArray(5000, 'a'), 10).size(), 11);
}

void TestLogReaders::securityLogSingleSource()
{
    AsteriskSecurityLogReader reader(QStringLiteral("pbx1"));
    const EventList events = readWith(reader, QStringLiteral("asterisk-logs/security-20.20.1.log"));
    // grep -c SecurityEvent=: ChallengeSent 99, InvalidPassword 82, InvalidAccountID 1, SuccessfulAuth 18
    QCOMPARE(events.size(), 200);
    QCOMPARE(reader.stats().lines, 200);
    const auto kinds = countBy(events, kindOf);
    QCOMPARE(kinds.value(QStringLiteral("auth_challenge")), 99);
    QCOMPARE(kinds.value(QStringLiteral("auth_failure")), 83);
    QCOMPARE(kinds.value(QStringLiteral("auth_success")), 18);
    const auto types = countBy(events, typeOf);
    QCOMPARE(types.value(QStringLiteral("InvalidPassword")), 82);
    QCOMPARE(types.value(QStringLiteral("InvalidAccountID")), 1);
    const auto sources = countBy(events, sourceOf);
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.value(QStringLiteral("127.0.0.1")), 200);
    const auto services = countBy(events, [](const Event &e) { return e.service; });
    QCOMPARE(services.value(QStringLiteral("AMI")), 8);
    QCOMPARE(services.value(QStringLiteral("SIP")), 192);

    const Event &first = events.first();
    QCOMPARE(first.pbx, QStringLiteral("pbx1"));
    QCOMPARE(first.type, QStringLiteral("SuccessfulAuth"));
    QCOMPARE(first.account, QStringLiteral("console"));
    QCOMPARE(first.transport, QStringLiteral("TCP"));
    QCOMPARE(first.srcPort, quint16(51412));
    QCOMPARE(first.timeMs, utcMs("2026-11-27T01:27:37.301"));
    QVERIFY(first.raw.startsWith("[2026-11-27 01:27:37.301] SECURITY[4744]"));
    for (const Event &e : events)
        QVERIFY2(!e.raw.isEmpty() && e.timeMs > 0, qPrintable(e.summary()));
}

void TestLogReaders::securityLogMultiSource()
{
    AsteriskSecurityLogReader reader(QStringLiteral("lab"));
    const EventList events = readWith(reader, QStringLiteral("ami-multi/security-20.20.1.log"));
    QCOMPARE(events.size(), 357);
    const auto types = countBy(events, typeOf);
    QCOMPARE(types.value(QStringLiteral("ChallengeSent")), 197);
    QCOMPARE(types.value(QStringLiteral("InvalidPassword")), 150);
    QCOMPARE(types.value(QStringLiteral("SuccessfulAuth")), 10);

    // Per-source counts from ami-multi/README.md (Service=SIP only).
    QMap<QString, int> failures, challenges, successes;
    for (const Event &e : events) {
        if (e.service != QLatin1String("SIP"))
            continue;
        if (e.kind == EventKind::AuthFailure)
            ++failures[e.srcIp];
        else if (e.kind == EventKind::AuthChallenge)
            ++challenges[e.srcIp];
        else if (e.kind == EventKind::AuthSuccess)
            ++successes[e.srcIp];
    }
    QCOMPARE(failures.size(), 25);
    for (const char *ip : {"198.51.100.149", "198.51.100.231", "198.51.100.61", "198.51.100.7", "2001:db8::a1",
                           "2001:db8::a2", "203.0.113.101", "203.0.113.177", "203.0.113.41", "203.0.113.5"}) {
        QCOMPARE(failures.value(QString::fromLatin1(ip)), 12);
        QCOMPARE(challenges.value(QString::fromLatin1(ip)), 12);
    }
    for (const char *ip : {"198.51.100.127", "198.51.100.163", "198.51.100.2", "198.51.100.240", "198.51.100.29",
                           "198.51.100.53", "198.51.100.88", "2001:db8::d1", "2001:db8::d2", "203.0.113.11",
                           "203.0.113.113", "203.0.113.151", "203.0.113.201", "203.0.113.47", "203.0.113.71"})
        QCOMPARE(failures.value(QString::fromLatin1(ip)), 2);
    QCOMPARE(challenges.value(QStringLiteral("198.51.100.211")), 41);
    QCOMPARE(failures.value(QStringLiteral("198.51.100.211")), 0);
    QCOMPARE(successes.value(QStringLiteral("192.0.2.50")), 5);
    QCOMPARE(successes.value(QStringLiteral("192.0.2.51")), 1);

    // IPv6 without brackets, as chan_sip writes it.
    const auto v6 = std::find_if(events.begin(), events.end(), [](const Event &e) {
        return e.srcIp == QLatin1String("2001:db8::a1") && e.kind == EventKind::AuthFailure;
    });
    QVERIFY(v6 != events.end());
    QCOMPARE(v6->srcPort, quint16(5060));
    QCOMPARE(v6->transport, QStringLiteral("UDP"));
    QCOMPARE(v6->account, QStringLiteral("1001"));
    QCOMPARE(v6->timeMs, utcMs("2026-11-27T01:48:01.205"));
}

void TestLogReaders::messagesLogSingleSource()
{
    AsteriskMessagesLogReader reader(QStringLiteral("pbx1"));
    const EventList events = readWith(reader, QStringLiteral("asterisk-logs/messages-20.20.1.log"));
    QCOMPARE(reader.stats().lines, 86);
    // 81 chan_sip "Wrong password", AMI: 1 wrong secret for console, 1 unknown user admin
    // (two lines for one attempt) -> same totals as the security log: 82 + 1.
    QCOMPARE(events.size(), 83);
    const auto types = countBy(events, typeOf);
    QCOMPARE(types.value(QStringLiteral("InvalidPassword")), 82);
    QCOMPARE(types.value(QStringLiteral("InvalidAccountID")), 1);
    const auto services = countBy(events, [](const Event &e) { return e.service; });
    QCOMPARE(services.value(QStringLiteral("SIP")), 81);
    QCOMPARE(services.value(QStringLiteral("AMI")), 2);
    for (const Event &e : events) {
        QCOMPARE(e.kind, EventKind::AuthFailure);
        QCOMPARE(e.srcIp, QStringLiteral("127.0.0.1"));
    }
    const Event &sip = events.first();
    QCOMPARE(sip.account, QStringLiteral("1001"));
    QCOMPARE(sip.srcPort, quint16(5062));
    QCOMPARE(sip.detail, QStringLiteral("Wrong password"));
    QCOMPARE(sip.timeMs, utcMs("2026-11-27T01:27:40.540"));
    const auto admin = std::find_if(events.begin(), events.end(),
                                    [](const Event &e) { return e.type == QLatin1String("InvalidAccountID"); });
    QCOMPARE(admin->account, QStringLiteral("admin"));
    QCOMPARE(admin->service, QStringLiteral("AMI"));
}

void TestLogReaders::messagesLogMultiSource()
{
    AsteriskMessagesLogReader reader(QStringLiteral("lab"));
    const EventList events = readWith(reader, QStringLiteral("ami-multi/messages-20.20.1.log"));
    QCOMPARE(reader.stats().lines, 233);
    QCOMPARE(events.size(), 150);   // the module-loading noise gives nothing
    const auto sources = countBy(events, sourceOf);
    QCOMPARE(sources.size(), 25);
    QCOMPARE(sources.value(QStringLiteral("203.0.113.5")), 12);
    QCOMPARE(sources.value(QStringLiteral("2001:db8::a2")), 12);
    QCOMPARE(sources.value(QStringLiteral("2001:db8::d1")), 2);
    const auto v6 = std::find_if(events.begin(), events.end(),
                                 [](const Event &e) { return e.srcIp == QLatin1String("2001:db8::a2"); });
    QCOMPARE(v6->srcPort, quint16(5062));
    QCOMPARE(v6->account, QStringLiteral("200"));
    QCOMPARE(v6->type, QStringLiteral("InvalidPassword"));
}

void TestLogReaders::bothLogsAgreePerSource()
{
    AsteriskSecurityLogReader sec(QStringLiteral("lab"));
    AsteriskMessagesLogReader msg(QStringLiteral("lab"));
    QMap<QString, int> fromSecurity, fromMessages;
    for (const Event &e : readWith(sec, QStringLiteral("ami-multi/security-20.20.1.log")))
        if (e.kind == EventKind::AuthFailure)
            ++fromSecurity[e.srcIp + QLatin1Char('/') + e.account];
    for (const Event &e : readWith(msg, QStringLiteral("ami-multi/messages-20.20.1.log")))
        ++fromMessages[e.srcIp + QLatin1Char('/') + e.account];
    QCOMPARE(fromMessages, fromSecurity);
}

void TestLogReaders::chunkingDoesNotMatter()
{
    const QByteArray bytes = readAll(QStringLiteral("ami-multi/security-20.20.1.log"));
    AsteriskSecurityLogReader whole(QStringLiteral("lab"));
    EventList a;
    whole.feed(bytes, a);
    whole.finish(a);
    AsteriskSecurityLogReader pieces(QStringLiteral("lab"));
    EventList b;
    for (qsizetype i = 0; i < bytes.size(); i += 7)
        pieces.feed(QByteArrayView(bytes).sliced(i, qMin<qsizetype>(7, bytes.size() - i)), b);
    pieces.finish(b);
    QCOMPARE(b.size(), a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(b[i].raw, a[i].raw);
        QCOMPARE(b[i].srcIp, a[i].srcIp);
        QCOMPARE(b[i].timeMs, a[i].timeMs);
    }
}

void TestLogReaders::timeZoneParameter()
{
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        QSKIP("no tz database");
    const QByteArray line = "[2026-11-27 01:48:01.516] NOTICE[17846] chan_sip.c: Registration from "
                            "'<sip:2001@192.0.2.1>' failed for '198.51.100.149:5060' - Wrong password\n";
    AsteriskMessagesLogReader utc(QStringLiteral("p"));
    AsteriskMessagesLogReader local(QStringLiteral("p"), berlin);
    EventList a, b;
    utc.feed(line, a);
    local.feed(line, b);
    QCOMPARE(a.size(), 1);
    QCOMPARE(b.size(), 1);
    QCOMPARE(a[0].timeMs, utcMs("2026-11-27T01:48:01.516"));
    QCOMPARE(a[0].timeMs - b[0].timeMs, qint64(3600) * 1000);   // CET is UTC+1 in November

    // The security log's EventTV carries its own offset: the zone does not change it.
    const QByteArray sec = "[2026-11-27 02:48:01.205] SECURITY[1] res_security_log.c: SecurityEvent=\"InvalidPassword\","
                           "EventTV=\"2026-11-27T02:48:01.205+0100\",Service=\"SIP\",AccountID=\"1001\","
                           "RemoteAddress=\"IPV4/UDP/203.0.113.5/5060\"\n";
    AsteriskSecurityLogReader secReader(QStringLiteral("p"), berlin);
    EventList c;
    secReader.feed(sec, c);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].timeMs, utcMs("2026-11-27T01:48:01.205"));

    // Asterisk's default date format has no year.
    ManualClock clock(utcMs("2026-12-01T00:00:00.000"));
    AsteriskMessagesLogReader classic(QStringLiteral("p"), QTimeZone::utc(), clock);
    EventList d;
    classic.feed("[Nov 27 01:48:01] NOTICE[1] chan_sip.c: Registration from '<sip:1@x>' failed for "
                 "'203.0.113.9:5060' - No matching peer found\n", d);
    QCOMPARE(d.size(), 1);
    QCOMPARE(d[0].timeMs, utcMs("2026-11-27T01:48:01.000"));
    QCOMPARE(d[0].type, QStringLiteral("InvalidAccountID"));
}

void TestLogReaders::hostileLines()
{
    AsteriskMessagesLogReader msg(QStringLiteral("p"), QTimeZone::utc(), Clock::system(), 4096);
    EventList out;
    // An account with terminal escapes and invalid UTF-8.
    msg.feed("[2026-11-27 01:48:01.516] NOTICE[1] chan_sip.c: Registration from '<sip:\x1b[2J\x1b]0;pwn\x07"
             "ad\xffmin@x>' failed for '203.0.113.9:5060' - Wrong password\n", out);
    QCOMPARE(out.size(), 1);
    QVERIFY(!out[0].account.contains(QChar(0x1b)));
    QVERIFY(out[0].account.startsWith(QStringLiteral("ad")));
    QVERIFY(out[0].account.contains(QChar(0xfffd)));
    // Addresses that are not addresses give nothing.
    msg.feed("[2026-11-27 01:48:01.516] NOTICE[1] chan_sip.c: Registration from '<sip:1@x>' failed for "
             "'$(reboot):5060' - Wrong password\n", out);
    msg.feed("[2026-11-27 01:48:01.516] NOTICE[1] manager.c: ;rm -rf / failed to authenticate as 'x'\n", out);
    QCOMPARE(out.size(), 1);
    // A 1 MB line is cut to the bound; the reader goes on with the next line.
    QByteArray huge = "[2026-11-27 01:48:01.516] NOTICE[1] chan_sip.c: Registration from '<sip:"
                      + QByteArray(1 << 20, 'A') + "@x>' failed for '203.0.113.9:5060' - Wrong password\n";
    msg.feed(huge, out);
    msg.feed("[2026-11-27 01:48:02.000] NOTICE[1] chan_sip.c: Registration from '<sip:7@x>' failed for "
             "'203.0.113.10:5060' - Wrong password\n", out);
    QCOMPARE(msg.stats().truncatedLines, 1);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.last().srcIp, QStringLiteral("203.0.113.10"));

    AsteriskSecurityLogReader sec(QStringLiteral("p"), QTimeZone::utc(), Clock::system(), 4096);
    EventList s;
    sec.feed("[2026-11-27 01:48:01.205] SECURITY[1] res_security_log.c: SecurityEvent=\"InvalidPassword\","
             "EventTV=\"2026-11-27T01:48:01.205+0000\",Service=\"SIP\",AccountID=\"10\"01\x1b[31m\","
             "RemoteAddress=\"IPV4/UDP/203.0.113.5/5060\",UserAgent=\"" + QByteArray(8000, 'U') + "\"\n", s);
    sec.feed("[2026-11-27 01:48:01.205] SECURITY[1] res_security_log.c: SecurityEvent=\"InvalidPassword\","
             "RemoteAddress=\"IPV4/UDP/not-an-ip/5060\"\n", s);
    sec.feed("garbage \xff\xfe\n\n", s);
    QCOMPARE(s.size(), 2);
    QCOMPARE(s[0].srcIp, QStringLiteral("203.0.113.5"));
    QCOMPARE(s[0].account, QStringLiteral("10\"01"));   // a quote inside a value, escape removed
    QVERIFY(s[0].raw.size() <= 4096);
    QVERIFY(s[1].srcIp.isEmpty());
    QCOMPARE(s[1].detail, QStringLiteral("unparsable RemoteAddress"));
}

void TestLogReaders::fastPathsAgreeWithTheFullParse()
{
    // hasControls is what decides whether a line is copied and cleaned: every position, every kind.
    for (int len = 0; len < 40; ++len) {   // past two 16-byte blocks and an 8-byte one
        const QByteArray plain(len, 'a');
        QVERIFY(!LogSanitizer::hasControls(plain));
        QVERIFY(!LogSanitizer::hasControls(plain + "\t\xc3\xa9\xff\x80"));   // TAB and high bytes are kept
        for (int at = 0; at < len; ++at)
            for (const char c : {'\x1b', '\x01', '\x1f', '\x7f', '\0'}) {
                QByteArray bad = plain;
                bad[at] = c;
                QVERIFY2(LogSanitizer::hasControls(bad), qPrintable(QStringLiteral("%1 at %2 of %3").arg(int(c)).arg(at).arg(len)));
                QVERIFY(LogSanitizer::stripControls(bad).size() < len);   // ESC takes its next byte too
            }
    }
    QCOMPARE(LogSanitizer::cleanText("plain 1001"), QStringLiteral("plain 1001"));

    // The quick look for "failed for" happens on the cleaned line: escapes cannot hide a failure.
    AsteriskMessagesLogReader msg(QStringLiteral("p"));
    EventList out;
    msg.feed("[2026-11-27 01:48:01.516] NOTICE[1] chan_sip.c: Registration from '<sip:1001@x>' fai\x1b[0mled for "
             "'203.0.113.9:5060' - Wrong password\n", out);
    msg.feed("[2026-11-27 01:48:02.516] NOTICE[1] manager.c: 203.0.113.9 failed to\x01 authenticate as 'admin'\n", out);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0].srcIp, QStringLiteral("203.0.113.9"));
    QCOMPARE(out[1].account, QStringLiteral("admin"));

    // The readers' own searches agree with Qt's.
    for (const char *hay : {"", "a", "ab - cd - ef", " - ", "abc", "x: y: z", "sip:sips:sip:"})
        for (const char *needle : {"", "a", " - ", ": ", "sip:", "abcd", "ef"})
            for (int from = 0; from <= 4; ++from) {
                const QByteArrayView h(hay), n(needle);
                QCOMPARE(LogReader::indexOf(h, n, from), h.indexOf(n, from));
                if (from == 0 && !n.isEmpty())
                    QCOMPARE(LogReader::lastIndexOf(h, n), h.lastIndexOf(n));
            }

    // The address is the one after the last "' failed for '": a URI may carry the phrase itself.
    out.clear();
    msg.feed("[2026-11-27 01:48:03.516] NOTICE[1] chan_sip.c: Registration from '<sip:x' failed for '192.0.2.7:5060'"
             "@x>' failed for '203.0.113.10:5060' - Wrong password\n", out);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out[0].srcIp, QStringLiteral("203.0.113.10"));

    // A line of the same minute reuses its conversion, but its seconds are still checked.
    msg.feed("[2026-11-27 01:48:61.516] NOTICE[1] chan_sip.c: Registration from '<sip:1@x>' failed for "
             "'203.0.113.11:5060' - Wrong password\n", out);
    msg.feed("[2026-11-27 01:48:4x.516] NOTICE[1] chan_sip.c: Registration from '<sip:1@x>' failed for "
             "'203.0.113.12:5060' - Wrong password\n", out);
    msg.feed("[2026-11-27 01:48:59.999] NOTICE[1] chan_sip.c: Registration from '<sip:1@x>' failed for "
             "'203.0.113.13:5060' - Wrong password\n", out);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[1].srcIp, QStringLiteral("203.0.113.13"));
    QCOMPARE(out[1].timeMs - out[0].timeMs, 56483);

    // Addresses: the dotted-quad shortcut and QHostAddress give the same text.
    QString ip;
    quint16 port = 0;
    for (const char *text : {"203.0.113.5:5060", "0.0.0.0:1", "255.255.255.255", "010.1.2.3:5060", "[2001:db8::a2]:5062",
                             "2001:DB8::A2", "1.2.3.4.5", "256.1.1.1", "1.2.3", "1..2.3"}) {
        const QByteArrayView t(text);
        const QByteArrayView host = t.startsWith('[') ? t.sliced(1, t.indexOf(']') - 1)
                                    : (t.count(':') == 1 ? t.first(t.indexOf(':')) : t);
        const QHostAddress expected(QString::fromLatin1(host));
        QCOMPARE(LogReader::parseHostPort(t, &ip, &port), !expected.isNull());
        if (!expected.isNull())
            QCOMPARE(ip, expected.toString());
    }

    // Ports: decimal digits up to 65535, nothing else.
    QVERIFY(LogReader::parseHostPort("203.0.113.5:65535", &ip, &port));
    QCOMPARE(port, quint16(65535));
    for (const char *bad : {"203.0.113.5:65536", "203.0.113.5:99999999999", "203.0.113.5:5x", "203.0.113.5:-1",
                            "[2001:db8::a2]:70000"})
        QVERIFY2(!LogReader::parseHostPort(bad, &ip, &port), bad);

    // Times are converted once per local minute: across a change of offset they stay right.
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        QSKIP("no tz database");
    AsteriskMessagesLogReader local(QStringLiteral("p"), berlin);
    EventList dst;
    for (const char *stamp : {"2026-03-29 01:59:59.900", "2026-03-29 03:00:00.100", "2026-10-25 01:59:30.000",
                              "2026-10-25 03:00:01.000", "2026-10-25 03:00:59.999"})
        local.feed("[" + QByteArray(stamp) + "] NOTICE[1] chan_sip.c: Registration from '<sip:1@x>' failed for "
                   "'203.0.113.9:5060' - Wrong password\n", dst);
    QCOMPARE(dst.size(), 5);
    QCOMPARE(dst[0].timeMs, utcMs("2026-03-29T00:59:59.900"));
    QCOMPARE(dst[1].timeMs, utcMs("2026-03-29T01:00:00.100"));
    QCOMPARE(dst[2].timeMs, utcMs("2026-10-24T23:59:30.000"));
    QCOMPARE(dst[3].timeMs, utcMs("2026-10-25T02:00:01.000"));
    QCOMPARE(dst[4].timeMs, utcMs("2026-10-25T02:00:59.999"));
}

void TestLogReaders::factoryAndBench()
{
    QVERIFY(LogReader::create(LogFormat::AsteriskSecurity, QStringLiteral("p")));
    QVERIFY(LogReader::create(LogFormat::AsteriskMessages, QStringLiteral("p")));
    QVERIFY(LogReader::create(LogFormat::FreeSwitch, QStringLiteral("p")));
    QVERIFY(LogReader::create(LogFormat::Fail2ban, QStringLiteral("p")));
    QCOMPARE(LogReader::defaultPath(LogFormat::AsteriskSecurity), QStringLiteral("/var/log/asterisk/security"));
    const LogReaderBench::Result r = LogReaderBench::runSecurityLog(2000);
    QCOMPARE(r.lines, 2000);
    QCOMPARE(r.events, 2000);
    QVERIFY(r.linesPerSecond > 0);
}

QTEST_GUILESS_MAIN(TestLogReaders)
#include "TestLogReaders.moc"
