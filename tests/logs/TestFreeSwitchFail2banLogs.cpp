// The FreeSWITCH and fail2ban log readers on real logs (tests/data/esl/freeswitch-1.10.12.log,
// tests/data/fail2ban/fail2ban-1.0.2.log), their hostile-input handling, and format detection.
#include "capture/CaptureReader.h"
#include "logs/Fail2banLogReader.h"
#include "logs/FreeSwitchLogReader.h"

#include <QDateTime>
#include <QFile>
#include <QMap>
#include <QSet>
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

EventList readLines(LogReader &reader, const QByteArray &text)
{
    EventList out;
    reader.feed(text, out);
    reader.finish(out);
    return out;
}

QMap<QString, int> countBy(const EventList &events, const std::function<QString(const Event &)> &key)
{
    QMap<QString, int> m;
    for (const Event &e : events)
        ++m[key(e)];
    return m;
}

qint64 utcMs(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t.toMSecsSinceEpoch();
}

} // namespace

class TestFreeSwitchFail2banLogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // FreeSWITCH 1.10.12 under the recorded attack (the ESL capture of the same run has 31
    // register failures and 36 pre_register challenges).
    void freeSwitchRealLog()
    {
        FreeSwitchLogReader reader(QStringLiteral("fs"));
        const EventList events = readWith(reader, QStringLiteral("esl/freeswitch-1.10.12.log"));
        QCOMPARE(reader.stats().lines, 532);
        const auto types = countBy(events, [](const Event &e) { return e.type; });
        // 30 REGISTER + 1 INVITE auth failures; 10 of the REGISTER ones follow "Can't find user"
        // for the same attempt and are counted once, as InvalidAccountID.
        QCOMPARE(types.value(QStringLiteral("InvalidPassword")), 21);
        QCOMPARE(types.value(QStringLiteral("InvalidAccountID")), 10);
        QCOMPARE(types.value(QStringLiteral("ChallengeSent")), 36);
        QCOMPARE(events.size(), 67);
        QSet<QString> unknown;
        for (const Event &e : events) {
            QCOMPARE(e.srcIp, QStringLiteral("127.0.0.1"));
            QCOMPARE(e.service, QStringLiteral("SIP"));
            QCOMPARE(e.pbx, QStringLiteral("fs"));
            QVERIFY(e.kind == EventKind::AuthFailure || e.kind == EventKind::AuthChallenge);
            QVERIFY(e.raw.contains("sofia_reg.c:"));
            if (e.type == QLatin1String("InvalidAccountID"))
                unknown.insert(e.account);
        }
        QCOMPARE(unknown, (QSet<QString>{"100", "101", "102", "200", "2001", "300", "3000", "5000", "admin", "test"}));
        const Event &first = *std::find_if(events.cbegin(), events.cend(),
                                           [](const Event &e) { return e.kind == EventKind::AuthFailure; });
        QCOMPARE(first.timeMs, utcMs("2026-11-27T01:43:03.943"));
        QCOMPARE(first.account, QStringLiteral("1001"));
        QCOMPARE(first.detail, QStringLiteral("REGISTER, profile internal"));
        // An INVITE names the dialed number, not the caller.
        const auto invite = std::find_if(events.cbegin(), events.cend(), [](const Event &e) {
            return e.kind == EventKind::AuthFailure && e.detail.startsWith(QLatin1String("INVITE"));
        });
        QVERIFY(invite != events.cend());
        QCOMPARE(invite->destination, QStringLiteral("0097150123456"));
        QVERIFY(invite->account.isEmpty());
    }

    void freeSwitchLineVariants()
    {
        FreeSwitchLogReader reader(QStringLiteral("fs"), QTimeZone("Europe/Berlin"));
        const EventList events = readLines(
            reader,
            // older FreeSWITCH: no CPU column; a session UUID in front; the [SOFIA] tag; IPv6
            "2026-07-01 12:00:00.000001 [WARNING] sofia_reg.c:1787 SIP auth failure (REGISTER) on sofia profile "
            "'external' for [2000@example.com] from ip 203.0.113.9\n"
            "0e0c9c3e-51a6-4d3c-9d7e-2b0b6a4a1c11 2026-07-01 12:00:01.500000 100.00% [WARNING] sofia_reg.c:1787 SIP auth "
            "failure (REGISTER) on sofia profile 'internal' for [2001@pbx] from ip 2001:db8::7\n"
            "2026-07-01 12:00:02.000000 99.00% [WARN] [SOFIA] sofia_reg.c:3210 Can't find user [x@pbx] from 198.51.100.3\n"
            // a different user from the same address is a separate attempt, not the pair
            "2026-07-01 12:00:02.000100 99.00% [WARNING] sofia_reg.c:1787 SIP auth failure (REGISTER) on sofia "
            "profile 'internal' for [y@pbx] from ip 198.51.100.3\n"
            // lines that are not failures, continuation lines, and a spoofed-looking From in a NOTICE
            "You must define a domain called 'pbx' in your directory\n"
            "2026-07-01 12:00:03.000000 99.00% [NOTICE] sofia_reg.c:1787 SIP auth failure (REGISTER) on sofia profile "
            "'internal' for [z@pbx] from ip 192.0.2.1\n"
            "2026-07-01 12:00:04.000000 99.00% [WARNING] sofia.c:10460 SIP auth failure from ip 192.0.2.2\n");
        QCOMPARE(events.size(), 4);
        QCOMPARE(events[0].srcIp, QStringLiteral("203.0.113.9"));
        QCOMPARE(events[0].account, QStringLiteral("2000"));
        QCOMPARE(events[0].timeMs, utcMs("2026-07-01T10:00:00.000"));   // CEST
        QCOMPARE(events[1].srcIp, QStringLiteral("2001:db8::7"));
        QCOMPARE(events[1].timeMs, utcMs("2026-07-01T10:00:01.500"));
        QCOMPARE(events[2].type, QStringLiteral("InvalidAccountID"));
        QCOMPARE(events[2].account, QStringLiteral("x"));
        QCOMPARE(events[3].type, QStringLiteral("InvalidPassword"));
        QCOMPARE(events[3].account, QStringLiteral("y"));
    }

    void freeSwitchHostileLines()
    {
        FreeSwitchLogReader reader(QStringLiteral("fs"), QTimeZone::utc(), Clock::system(), 4096);
        const QByteArray longUser(10000, 'A');
        const EventList events = readLines(
            reader,
            "2026-07-01 12:00:00.000001 [WARNING] sofia_reg.c:1787 SIP auth failure (REGISTER) on sofia profile "
            "'internal' for [\x1b]0;owned\x07\x1b[31mevil'; rm -rf /@pbx] from ip 203.0.113.9\n"
            // the address is not an address: dropped, never passed on
            "2026-07-01 12:00:00.000002 [WARNING] sofia_reg.c:1787 SIP auth failure (REGISTER) on sofia profile "
            "'internal' for [a@pbx] from ip 203.0.113.9;reboot\n"
            "2026-07-01 12:00:00.000003 [WARNING] sofia_reg.c:3210 Can't find user [" + longUser + "@pbx] from 203.0.113.9\n"
            "2026-07-01 12:00:00.000004 [WARNING] sofia_reg.c:1787 SIP auth failure (REGISTER\n"
            "\xff\xfe\x00garbage\n");
        QCOMPARE(events.size(), 1);
        QVERIFY(!events[0].account.contains(QChar(0x1b)));
        QVERIFY(events[0].account.contains(QStringLiteral("rm -rf")));   // kept as text, cleaned, bounded
        QCOMPARE(reader.stats().truncatedLines, 1);
    }

    // fail2ban 1.0.2 run on the recorded Asterisk and FreeSWITCH logs (see tests/data/fail2ban/README.md).
    void fail2banRealLog()
    {
        Fail2banLogReader reader(QStringLiteral("pbx"));
        const EventList events = readWith(reader, QStringLiteral("fail2ban/fail2ban-1.0.2.log"));
        const auto types = countBy(events, [](const Event &e) { return e.type; });
        QCOMPARE(types.value(QStringLiteral("Fail2banFound")), 191);
        QCOMPARE(types.value(QStringLiteral("Fail2banBan")), 11);
        QCOMPARE(types.value(QStringLiteral("Fail2banUnban")), 11);
        QSet<QString> bannedByAsterisk;
        for (const Event &e : events) {
            QCOMPARE(e.service, QStringLiteral("SIP"));
            if (e.type == QLatin1String("Fail2banBan") && e.detail.endsWith(QLatin1String("jail asterisk")))
                bannedByAsterisk.insert(e.srcIp);
            if (e.type == QLatin1String("Fail2banFound")) {
                QCOMPARE(e.kind, EventKind::AuthFailure);
                // the failure's own time (the PBX log line), not when fail2ban read it
                QVERIFY(e.timeMs < utcMs("2026-11-27T02:00:00.000"));
            }
        }
        QCOMPARE(bannedByAsterisk,
                 (QSet<QString>{"203.0.113.5", "203.0.113.41", "203.0.113.101", "198.51.100.7", "198.51.100.61",
                                "2001:db8::a1", "203.0.113.177", "198.51.100.149", "198.51.100.231", "2001:db8::a2"}));
        const Event &ban = *std::find_if(events.cbegin(), events.cend(),
                                         [](const Event &e) { return e.type == QLatin1String("Fail2banBan"); });
        QCOMPARE(ban.kind, EventKind::Raw);
        QCOMPARE(ban.timeMs, utcMs("2026-11-27T10:31:36.873"));
        QCOMPARE(ban.detail, QStringLiteral("Ban, jail freeswitch"));
    }

    void fail2banHostileLines()
    {
        Fail2banLogReader reader(QStringLiteral("pbx"));
        const EventList events = readLines(
            reader,
            "2026-11-27 10:31:37,205 fail2ban.actions        [1]: NOTICE  [asterisk] Ban 203.0.113.5; nft flush ruleset\n"
            "2026-11-27 10:31:37,205 fail2ban.actions        [1]: NOTICE  [sshd] Restore Ban 192.0.2.4\n"
            "2026-11-27 10:31:37,205 fail2ban.actions        [1]: NOTICE  [\x1b[2Jevil] Increase Ban 192.0.2.5 (2 # 1:00:00 -> 2026-11-27 12:31:37)\n"
            "2026-11-27 10:31:37,205 fail2ban.actions        [1]: NOTICE  [asterisk] 192.0.2.6 already banned\n"
            "2026-11-27 10:31:37,205 fail2ban.filter         [1]: INFO    [asterisk] Found not-an-ip - 2026-11-27 01:00:00\n"
            "not fail2ban at all\n");
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].srcIp, QStringLiteral("192.0.2.4"));
        QCOMPARE(events[0].service, QStringLiteral("SSH"));
        QCOMPARE(events[1].srcIp, QStringLiteral("192.0.2.5"));
        QVERIFY(!events[1].detail.contains(QChar(0x1b)));
    }

    void formatsAreDetected()
    {
        const QList<QPair<QString, QString>> files{
            {QStringLiteral("asterisk-logs/security-20.20.1.log"), QStringLiteral("asterisk-security")},
            {QStringLiteral("asterisk-logs/messages-20.20.1.log"), QStringLiteral("asterisk-messages")},
            {QStringLiteral("esl/freeswitch-1.10.12.log"), QStringLiteral("freeswitch")},
            {QStringLiteral("fail2ban/fail2ban-1.0.2.log"), QStringLiteral("fail2ban")},
            {QStringLiteral("esl/freeswitch-1.10.12-session.esl"), QStringLiteral("esl")},
            {QStringLiteral("ami/asterisk-20.20.1-calls.ami"), QStringLiteral("ami")},
        };
        for (const auto &[file, format] : files) {
            const CaptureReader::Result r = CaptureReader::readFile(dataPath(file), QStringLiteral("p"));
            QCOMPARE(r.format, format);
            QVERIFY2(!r.events.isEmpty(), qPrintable(file));
            QCOMPARE(CaptureReader::formatFromName(format), CaptureReader::detect(readAll(file).left(4096)));
        }
        QVERIFY(!LogReader::detect("hello world\n2026-11-27 not a log\n"));
        QCOMPARE(CaptureReader::readFile(dataPath(QStringLiteral("esl/freeswitch.xml")), QStringLiteral("p")).format,
                 QString());
        QVERIFY(CaptureReader::formatNames().contains(QStringLiteral("freeswitch")));
        QVERIFY(CaptureReader::formatNames().contains(QStringLiteral("fail2ban")));
    }

    // What a log follower over SSH reads on each kind of PBX.
    void followedLogsPerPbxType()
    {
        QCOMPARE(LogReader::followedFormats(PbxType::FreeSwitch), QVector<LogFormat>{LogFormat::FreeSwitch});
        QCOMPARE(LogReader::followedFormats(PbxType::Asterisk), QVector<LogFormat>{LogFormat::AsteriskSecurity});
        QCOMPARE(LogReader::defaultPath(LogFormat::FreeSwitch), QStringLiteral("/var/log/freeswitch/freeswitch.log"));
        // Lines handed over one by one (as SshLogFollower does) give the same events as the file.
        const QByteArray text = readAll(QStringLiteral("esl/freeswitch-1.10.12.log"));
        auto byLine = LogReader::create(LogFormat::FreeSwitch, QStringLiteral("fs"));
        EventList lineEvents;
        for (const QByteArray &l : text.split('\n'))
            byLine->readLine(l, lineEvents);
        FreeSwitchLogReader whole(QStringLiteral("fs"));
        QCOMPARE(lineEvents.size(), readLines(whole, text).size());
    }
};

QTEST_GUILESS_MAIN(TestFreeSwitchFail2banLogs)
#include "TestFreeSwitchFail2banLogs.moc"
