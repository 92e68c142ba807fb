// The access review on the real lab configs (Asterisk 20.20.1 and FreeSWITCH 1.10.12) and the
// intruder variants of tests/data/configdiff: management users against the approved list,
// inactive accounts from stored events, calls forwarded to external numbers.
#include "audit/AccessPolicyStore.h"
#include "audit/AccessReview.h"
#include "audit/AuditRunner.h"
#include "blocking/BlockStore.h"
#include "store/AccountActivityReader.h"
#include "store/Database.h"
#include "store/StoreWriter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tg;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
constexpr qint64 kNow = 1767225600000LL;   // 2026-01-01 00:00 UTC

QByteArray file(const QString &rel)
{
    QFile f(QStringLiteral(TOLLGATE_TEST_DATA "/") + rel);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(rel));
    return f.readAll();
}

ConfigFileSet asteriskLab()
{
    ConfigFileSet set;
    if (!set.loadDirectory(QStringLiteral(TOLLGATE_TEST_DATA "/asterisk-conf")))
        qFatal("cannot read asterisk-conf");
    return set;
}

ConfigFileSet freeswitchLab(const QByteArray &xml)
{
    ConfigFileSet set;
    set.insert(QStringLiteral("freeswitch.xml"), xml);
    return set;
}

// "check subject severity file:line", sorted.
QStringList summary(const FindingList &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << QStringLiteral("%1 %2 %3 %4").arg(f.check, f.subject, severityName(f.severity), f.location());
    out.sort();
    return out;
}

FindingList withCheck(const FindingList &all, const char *check)
{
    FindingList out;
    for (const Finding &f : all)
        if (f.check == QLatin1String(check))
            out << f;
    return out;
}

AccessPolicy approved(const QStringList &names)
{
    AccessPolicy p;
    p.approved = names;
    return p;
}

} // namespace

class TestAccessReview : public QObject
{
    Q_OBJECT
private slots:
    void accountsOfTheLabConfigs();
    void approvedListAsterisk();
    void approvedListFreeSwitch();
    void inactiveAccounts();
    void forwardingAsterisk();
    void forwardingFreeSwitch();
    void auditRunnerCarriesTheReview();
    void storedPolicyAndActivity();
};

void TestAccessReview::accountsOfTheLabConfigs()
{
    QStringList names;
    for (const ReviewedAccount &a : AccessReview::accounts(asteriskLab(), PbxType::Asterisk))
        names << QStringLiteral("%1:%2%3").arg(a.kind, a.name, a.management ? (a.powerful ? QStringLiteral("!") : QStringLiteral("*")) : QString());
    QCOMPARE(names, (QStringList{QStringLiteral("SIP:1001"), QStringLiteral("SIP:1002"), QStringLiteral("AMI:console!")}));

    names.clear();
    for (const ReviewedAccount &a : AccessReview::accounts(freeswitchLab(file(QStringLiteral("esl/freeswitch.xml"))), PbxType::FreeSwitch))
        names << QStringLiteral("%1:%2@%3:%4").arg(a.kind, a.name, a.file).arg(a.line);
    QCOMPARE(names, (QStringList{QStringLiteral("SIP:1001@freeswitch.xml:98"), QStringLiteral("SIP:1002@freeswitch.xml:102"),
                                 QStringLiteral("ESL:event_socket@freeswitch.xml:45")}));
}

void TestAccessReview::approvedListAsterisk()
{
    const ConfigFileSet lab = asteriskLab();
    // No stored settings (an offline audit): no approved-list review at all.
    QVERIFY(AccessReview::run(lab, PbxType::Asterisk, AccessPolicy(), false, {}).isEmpty());
    // Settings without a list: one reminder naming the AMI users.
    FindingList f = AccessReview::run(lab, PbxType::Asterisk, AccessPolicy(), true, {});
    QCOMPARE(summary(f), QStringList{QStringLiteral("access.no_approved_list approved_list low manager.conf:12")});
    QVERIFY(f.first().title.contains(QStringLiteral("console")));
    // console approved: nothing to say.
    QVERIFY(AccessReview::run(lab, PbxType::Asterisk, approved({QStringLiteral("console")}), true, {}).isEmpty());

    // The intruder's [backup] user (read/write all) is not on the list: high.
    ConfigFileSet intruded = lab;
    intruded.insert(QStringLiteral("manager.conf"), file(QStringLiteral("configdiff/manager-new-ami-user.conf")));
    f = AccessReview::run(intruded, PbxType::Asterisk, approved({QStringLiteral("console")}), true, {});
    QCOMPARE(summary(f), QStringList{QStringLiteral("access.unapproved_user backup high manager.conf:20")});
    QVERIFY(!f.first().why.isEmpty());
    QVERIFY(f.first().howToFix.contains(QStringLiteral("Approved AMI/ESL users")));
    // A list that names someone else flags console too (its write=originate makes it high).
    f = AccessReview::run(lab, PbxType::Asterisk, approved({QStringLiteral("monitor")}), true, {});
    QCOMPARE(summary(f), QStringList{QStringLiteral("access.unapproved_user console high manager.conf:12")});
}

void TestAccessReview::approvedListFreeSwitch()
{
    QByteArray xml = file(QStringLiteral("esl/freeswitch.xml"));
    FindingList f = AccessReview::run(freeswitchLab(xml), PbxType::FreeSwitch, AccessPolicy(), true, {});
    QCOMPARE(summary(f), QStringList{QStringLiteral("access.no_approved_list approved_list low freeswitch.xml:45")});
    QVERIFY(AccessReview::run(freeswitchLab(xml), PbxType::FreeSwitch, approved({QStringLiteral("event_socket")}), true, {})
                .isEmpty());

    // A directory user with an esl-password may log in to the event socket (userauth).
    xml.replace("<params><param name=\"password\" value=\"1234\"/></params>",
                "<params><param name=\"password\" value=\"1234\"/><param name=\"esl-password\" value=\"x\"/></params>");
    f = AccessReview::run(freeswitchLab(xml), PbxType::FreeSwitch, approved({QStringLiteral("event_socket")}), true, {});
    QCOMPARE(summary(f), QStringList{QStringLiteral("access.unapproved_user 1001@127.0.0.1 high freeswitch.xml:99")});
    QVERIFY(!f.first().evidence.contains(QStringLiteral("\"x\"")));
}

void TestAccessReview::inactiveAccounts()
{
    const ConfigFileSet lab = asteriskLab();
    AccountActivity act;
    act.known = true;
    act.nowMs = kNow;
    act.historySinceMs = kNow - 100 * kDay;
    act.lastSeenMs.insert(QStringLiteral("1001"), kNow - kDay);
    act.lastSeenMs.insert(QStringLiteral("console"), kNow - 70 * kDay);
    AccessPolicy p = approved({QStringLiteral("console")});   // 60 days by default
    FindingList f = AccessReview::run(lab, PbxType::Asterisk, p, true, act);
    QCOMPARE(summary(f), (QStringList{QStringLiteral("access.inactive_account 1002 low sip.conf:33"),
                                      QStringLiteral("access.inactive_account console low manager.conf:12")}));
    for (const Finding &x : f)
        QVERIFY2(x.title.contains(QStringLiteral("inactive, disable?")), qPrintable(x.title));
    QCOMPARE(withCheck(f, "access.inactive_account").first().evidence, QStringLiteral("no activity stored since 2025-09-23"));
    QCOMPARE(withCheck(f, "access.inactive_account").last().evidence, QStringLiteral("last activity 2025-10-23"));

    // A longer period: console's 70 days are fine, and the store has not watched 1002 for 120 days.
    p.inactiveDays = 120;
    QVERIFY(AccessReview::run(lab, PbxType::Asterisk, p, true, act).isEmpty());
    p.inactiveDays = 0;   // off
    QVERIFY(AccessReview::run(lab, PbxType::Asterisk, p, true, act).isEmpty());
    // Not watched long enough: no verdict.
    p.inactiveDays = 60;
    act.historySinceMs = kNow - 10 * kDay;
    QVERIFY(AccessReview::run(lab, PbxType::Asterisk, p, true, act).isEmpty());
    act.known = false;
    act.historySinceMs = kNow - 100 * kDay;
    QVERIFY(AccessReview::run(lab, PbxType::Asterisk, p, true, act).isEmpty());
}

void TestAccessReview::forwardingAsterisk()
{
    ConfigFileSet set = asteriskLab();
    QVERIFY(AccessReview::forwarding(set, PbxType::Asterisk).isEmpty());
    set.insert(QStringLiteral("extensions.conf"), file(QStringLiteral("configdiff/extensions-forward.conf")));
    FindingList f = AccessReview::forwarding(set, PbxType::Asterisk);
    QCOMPARE(summary(f), QStringList{QStringLiteral("access.external_forward internal/1001 high extensions.conf:34")});
    QVERIFY(f.first().evidence.contains(QStringLiteral("Dial(SIP/provider/00447700900123,30)")));
    QVERIFY(f.first().title.contains(QStringLiteral("00447700900123")));
    // The new international route forwards nothing: it dials what the caller dialled.
    set.insert(QStringLiteral("extensions.conf"), file(QStringLiteral("configdiff/extensions-new-intl-route.conf")));
    QVERIFY(AccessReview::forwarding(set, PbxType::Asterisk).isEmpty());
    // A forward stored with DB(CF/...) to a national number: medium.
    set.insert(QStringLiteral("extensions.conf"),
               "[internal]\nexten => *721002,1,Set(DB(CF/1002)=0301234567)\n same => n,Hangup()\n");
    f = AccessReview::forwarding(set, PbxType::Asterisk);
    QCOMPARE(summary(f), QStringList{QStringLiteral("access.external_forward internal/*721002 medium extensions.conf:2")});
}

void TestAccessReview::forwardingFreeSwitch()
{
    QByteArray xml = file(QStringLiteral("esl/freeswitch.xml"));
    QVERIFY(AccessReview::forwarding(freeswitchLab(xml), PbxType::FreeSwitch).isEmpty());
    // The intruder variant routes 00... through a gateway: a route, not a forward.
    QVERIFY(AccessReview::forwarding(freeswitchLab(file(QStringLiteral("configdiff/freeswitch-intruder.xml"))),
                                     PbxType::FreeSwitch).isEmpty());

    // 1002 forwards everything to the UAE number of the capture; 1001's busy forward is switched off.
    xml.replace("<variable name=\"effective_caller_id_number\" value=\"1002\"/>",
                "<variable name=\"effective_caller_id_number\" value=\"1002\"/>"
                "<variable name=\"forward_all_enabled\" value=\"true\"/>"
                "<variable name=\"forward_all_destination\" value=\"0097150123456\"/>");
    xml.replace("<variable name=\"effective_caller_id_number\" value=\"1001\"/>",
                "<variable name=\"effective_caller_id_number\" value=\"1001\"/>"
                "<variable name=\"forward_busy_enabled\" value=\"false\"/>"
                "<variable name=\"forward_busy_destination\" value=\"0097150123456\"/>");
    // And a dialplan entry for 1003 that transfers to a national number.
    xml.replace("<extension name=\"international\">",
                "<extension name=\"desk-1003\"><condition field=\"destination_number\" expression=\"^1003$\">"
                "<action application=\"transfer\" data=\"0301234567 XML default\"/></condition></extension>\n"
                "      <extension name=\"international\">");
    const FindingList f = AccessReview::forwarding(freeswitchLab(xml), PbxType::FreeSwitch);
    QCOMPARE(summary(f), (QStringList{QStringLiteral("access.external_forward 1002 high freeswitch.xml:105"),
                                      QStringLiteral("access.external_forward default/desk-1003 medium freeswitch.xml:83")}));
}

void TestAccessReview::auditRunnerCarriesTheReview()
{
    AuditInput in;
    in.pbx = QStringLiteral("lab");
    in.files = asteriskLab();
    in.files.insert(QStringLiteral("extensions.conf"), file(QStringLiteral("configdiff/extensions-forward.conf")));
    // Offline: the forward is found, the approved list is not reviewed.
    AuditResult r = AuditRunner::run(in);
    QCOMPARE(withCheck(r.findings, "access.external_forward").size(), 1);
    QVERIFY(withCheck(r.findings, "access.no_approved_list").isEmpty());
    in.accessKnown = true;
    r = AuditRunner::run(in);
    QCOMPARE(withCheck(r.findings, "access.no_approved_list").size(), 1);
}

void TestAccessReview::storedPolicyAndActivity()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = Database::dbPath(dir.path());
    const QString conn = QStringLiteral("access-test");
    QVERIFY(Database::open(path, conn).ok);
    {
        // The policy shares the per-PBX row with the blocking settings; each save keeps the other's keys.
        PbxProfile office;
        office.name = QStringLiteral("office");
        BlockSettings bs = BlockSettings::defaultsFor(office);
        bs.configDir = QStringLiteral("/srv/asterisk");
        QString error;
        BlockStore blocks(conn);
        QVERIFY2(blocks.saveSettings(office.name, bs, &error), qPrintable(error));
        AccessPolicyStore store(conn);
        bool found = true;
        QCOMPARE(store.load(office.name, &found), AccessPolicy());
        QVERIFY(!found);
        AccessPolicy p = approved({QStringLiteral("console"), QStringLiteral("event_socket")});
        p.inactiveDays = 30;
        QVERIFY2(store.save(office.name, p, &error), qPrintable(error));
        QVERIFY2(blocks.saveSettings(office.name, bs, &error), qPrintable(error));
        QCOMPARE(store.load(office.name, &found), p);
        QVERIFY(found);
        QCOMPARE(blocks.settings(office.name, BlockSettings::defaultsFor(office)).configDir, QStringLiteral("/srv/asterisk"));
        // A PBX with only a policy keeps its blocking defaults.
        QVERIFY2(store.save(QStringLiteral("branch"), p, &error), qPrintable(error));
        QCOMPARE(blocks.settings(QStringLiteral("branch"), bs).configDir, QStringLiteral("/srv/asterisk"));
        QCOMPARE(store.all().keys().size(), 2);
    }
    {
        StoreWriter writer(path);
        writer.setRetentionDays(0);   // the fixed dates below are older than the default 90 days
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        auto event = [](qint64 t, EventKind kind, const char *account, const char *pbx) {
            Event e;
            e.timeMs = t;
            e.kind = kind;
            e.account = QString::fromLatin1(account);
            e.pbx = QString::fromLatin1(pbx);
            return e;
        };
        writer.appendEvent(event(kNow - 100 * kDay, EventKind::AuthFailure, "1002", "office"));
        writer.appendEvent(event(kNow - 90 * kDay, EventKind::Registration, "1001", "office"));
        writer.appendEvent(event(kNow - 2 * kDay, EventKind::CallStart, "1001", "office"));
        writer.appendEvent(event(kNow - kDay, EventKind::AuthFailure, "1001", "office"));     // not activity
        writer.appendEvent(event(kNow - kDay, EventKind::Registration, "1002", "branch"));    // another PBX
        writer.appendEvent(event(kNow - 5 * kDay, EventKind::AuthSuccess, "console", "office"));
        writer.flush();
    }
    const AccountActivity a = AccountActivityReader(conn).read(
        QStringLiteral("office"), {QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("console")}, kNow);
    QVERIFY(a.known);
    QCOMPARE(a.historySinceMs, kNow - 100 * kDay);
    QCOMPARE(a.lastSeenMs.value(QStringLiteral("1001")), kNow - 2 * kDay);
    QVERIFY(!a.lastSeenMs.contains(QStringLiteral("1002")));
    QCOMPARE(a.lastSeenMs.value(QStringLiteral("console")), kNow - 5 * kDay);
    // And the review says 1002 is inactive, from the stored events.
    const FindingList f = AccessReview::run(asteriskLab(), PbxType::Asterisk, approved({QStringLiteral("console")}), true, a);
    QCOMPARE(summary(f), QStringList{QStringLiteral("access.inactive_account 1002 low sip.conf:33")});
    Database::close(conn);
}

QTEST_GUILESS_MAIN(TestAccessReview)
#include "TestAccessReview.moc"
