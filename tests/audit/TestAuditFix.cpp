// Fix plans: the exact unified diff of each safe fix, byte-exact application, and the re-check.
#include "audit/AsteriskAudit.h"
#include "audit/ConfigFileSet.h"
#include "audit/ConfigPatch.h"
#include "audit/FixPlanner.h"
#include "audit/FreeSwitchAudit.h"

#include <QtTest>

using namespace tg;

namespace {

Finding findingFor(const FindingList &l, const QString &check, const QString &subject = {})
{
    for (const Finding &f : l)
        if (f.check == check && (subject.isEmpty() || f.subject == subject))
            return f;
    qFatal("no finding %s", qPrintable(check));
    return {};
}

bool has(const FindingList &l, const QString &check)
{
    for (const Finding &f : l)
        if (f.check == check)
            return true;
    return false;
}

} // namespace

class TestAuditFix : public QObject
{
    Q_OBJECT
private slots:
    void patchKeepsBytes();
    void patchDiffHunks();
    void sipFixes();
    void amiFixes();
    void eslPassword();
    void notFixable();
};

void TestAuditFix::patchKeepsBytes()
{
    const QByteArray crlf = "[general]\r\nallowguest = yes ; keep this\r\nport=5060\r\n";
    ConfigPatch p(crlf);
    QCOMPARE(p.lineCount(), 3);
    QVERIFY(p.replaceLine(2, "allowguest = no ; keep this"));
    QVERIFY(!p.replaceLine(2, "twice"));
    QVERIFY(!p.replaceLine(9, "x"));
    QCOMPARE(p.apply(), QByteArray("[general]\r\nallowguest = no ; keep this\r\nport=5060\r\n"));
    QCOMPARE(ConfigPatch(crlf).apply(), crlf);   // no edit: byte for byte

    ConfigPatch noNewline("a\nb");
    QVERIFY(noNewline.insertAfter(2, "c"));
    QCOMPARE(noNewline.apply(), QByteArray("a\nb\nc"));
    ConfigPatch empty("");
    QVERIFY(empty.insertAfter(0, "x"));
    QCOMPARE(empty.apply(), QByteArray("x\n"));
    QCOMPARE(ConfigPatch("\xff\xfe raw\n").apply(), QByteArray("\xff\xfe raw\n"));
}

void TestAuditFix::patchDiffHunks()
{
    QByteArray text;
    for (int i = 1; i <= 20; ++i)
        text += "line" + QByteArray::number(i) + "\n";
    ConfigPatch p(text);
    p.replaceLine(2, "LINE2");
    p.insertAfter(18, "new");
    QCOMPARE(p.unifiedDiff(QStringLiteral("x.conf")),
             QStringLiteral("--- a/x.conf\n+++ b/x.conf\n"
                            "@@ -1,5 +1,5 @@\n line1\n-line2\n+LINE2\n line3\n line4\n line5\n"
                            "@@ -16,5 +16,6 @@\n line16\n line17\n line18\n+new\n line19\n line20\n"));
    ConfigPatch q(text);
    q.replaceLine(5, "secret=abc");
    QVERIFY(q.unifiedDiff(QStringLiteral("x.conf"), 0, {QStringLiteral("abc")}).endsWith(QStringLiteral("+secret=********\n")));
}

void TestAuditFix::sipFixes()
{
    ConfigFileSet files;
    files.insert(QStringLiteral("sip.conf"), "; phones\n[general]\ncontext = guests\nalwaysauthreject = no\nbindport = 5060\n");
    const FindingList before = AsteriskAudit::run(files);
    const FixPlan guest = FixPlanner::plan(findingFor(before, QStringLiteral("ast.sip.allowguest")), files);
    QVERIFY2(guest.ok(), qPrintable(guest.error));
    QCOMPARE(guest.file, QStringLiteral("sip.conf"));
    QCOMPARE(guest.reload, ReloadAction::SipReload);
    QCOMPARE(guest.diff, QStringLiteral("--- a/sip.conf\n+++ b/sip.conf\n"
                                        "@@ -1,5 +1,6 @@\n"
                                        " ; phones\n"
                                        " [general]\n"
                                        "+allowguest = no\n"
                                        " context = guests\n"
                                        " alwaysauthreject = no\n"
                                        " bindport = 5060\n"));
    const FixPlan reject = FixPlanner::plan(findingFor(before, QStringLiteral("ast.sip.alwaysauthreject")), files);
    QVERIFY2(reject.ok(), qPrintable(reject.error));
    QCOMPARE(reject.after, QByteArray("; phones\n[general]\ncontext = guests\nalwaysauthreject = yes\nbindport = 5060\n"));
    QVERIFY(reject.diff.contains(QStringLiteral("-alwaysauthreject = no\n+alwaysauthreject = yes\n")));

    // The re-check on the fixed file: the finding is gone.
    ConfigFileSet fixed = files;
    fixed.insert(guest.file, guest.after);
    const FindingList after = AsteriskAudit::run(fixed);
    QVERIFY(!has(after, QStringLiteral("ast.sip.allowguest")));
    QVERIFY(has(after, QStringLiteral("ast.sip.alwaysauthreject")));

    // A setting that lives in an included file is changed there.
    ConfigFileSet inc;
    inc.insert(QStringLiteral("sip.conf"), "[general]\n#include sip_general_custom.conf\n");
    inc.insert(QStringLiteral("sip_general_custom.conf"), "allowguest=yes\n");
    const FixPlan incPlan = FixPlanner::plan(findingFor(AsteriskAudit::run(inc), QStringLiteral("ast.sip.allowguest")), inc);
    QVERIFY2(incPlan.ok(), qPrintable(incPlan.error));
    QCOMPARE(incPlan.file, QStringLiteral("sip_general_custom.conf"));
    QCOMPARE(incPlan.after, QByteArray("allowguest=no\n"));
}

void TestAuditFix::amiFixes()
{
    ConfigFileSet files;
    files.insert(QStringLiteral("manager.conf"),
                 "[general]\nenabled=yes\nport=5038\n\n[monitor]\nsecret=Ab3kT9xQ2mW7pLz4\nread=all\n");
    const FindingList before = AsteriskAudit::run(files);
    const FixPlan bind = FixPlanner::plan(findingFor(before, QStringLiteral("ast.ami.exposed")), files);
    QVERIFY2(bind.ok(), qPrintable(bind.error));
    QCOMPARE(bind.reload, ReloadAction::ManagerReload);
    QCOMPARE(bind.after, QByteArray("[general]\nbindaddr=127.0.0.1\nenabled=yes\nport=5038\n\n[monitor]\nsecret=Ab3kT9xQ2mW7pLz4\nread=all\n"));
    const FixPlan permit = FixPlanner::plan(findingFor(before, QStringLiteral("ast.ami.no_permit"), QStringLiteral("monitor")), files);
    QVERIFY2(permit.ok(), qPrintable(permit.error));
    QCOMPARE(permit.diff, QStringLiteral("--- a/manager.conf\n+++ b/manager.conf\n"
                                         "@@ -3,5 +3,7 @@\n"
                                         " port=5038\n"
                                         " \n"
                                         " [monitor]\n"
                                         "+deny=0.0.0.0/0.0.0.0\n"
                                         "+permit=127.0.0.1/255.255.255.255\n"
                                         " secret=Ab3kT9xQ2mW7pLz4\n"
                                         " read=all\n"));
    ConfigFileSet fixed = files;
    fixed.insert(permit.file, permit.after);
    const FindingList after = AsteriskAudit::run(fixed);
    QVERIFY(!has(after, QStringLiteral("ast.ami.no_permit")));
    QVERIFY(!has(after, QStringLiteral("ast.ami.exposed")));   // no user without permit is left

    // Already fixed meanwhile: no empty plan.
    Finding stale = findingFor(before, QStringLiteral("ast.ami.exposed"));
    ConfigFileSet already;
    already.insert(QStringLiteral("manager.conf"), "[general]\nenabled=yes\nbindaddr=127.0.0.1\n");
    QVERIFY(!FixPlanner::plan(stale, already).ok());
}

void TestAuditFix::eslPassword()
{
    ConfigFileSet files;
    QFile f(QStringLiteral(TOLLGATE_TEST_DATA "/freeswitch/vanilla/autoload_configs/event_socket.conf.xml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    files.insert(QStringLiteral("autoload_configs/event_socket.conf.xml"), f.readAll());
    const FindingList before = FreeSwitchAudit::run(files);
    const FixPlan plan = FixPlanner::plan(findingFor(before, QStringLiteral("fs.esl.password")), files);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.type, PbxType::FreeSwitch);
    QCOMPARE(plan.reload, ReloadAction::FsReloadEventSocket);
    QCOMPARE(plan.newSecret.size(), 24);
    QVERIFY(plan.after.contains("<param name=\"password\" value=\"" + plan.newSecret.toUtf8() + "\"/>"));
    QVERIFY(!plan.diff.contains(plan.newSecret));   // the diff shows ******** instead
    QVERIFY(plan.diff.contains(QStringLiteral("-    <param name=\"password\" value=\"ClueCon\"/>\n"
                                              "+    <param name=\"password\" value=\"********\"/>\n")));
    ConfigFileSet fixed = files;
    fixed.insert(plan.file, plan.after);
    QVERIFY(!has(FreeSwitchAudit::run(fixed), QStringLiteral("fs.esl.password")));
    QVERIFY(FixPlanner::plan(findingFor(before, QStringLiteral("fs.esl.password")), files).newSecret != plan.newSecret);
}

void TestAuditFix::notFixable()
{
    Finding f;
    f.check = QStringLiteral("ast.sip.weak_secret");
    const FixPlan p = FixPlanner::plan(f, ConfigFileSet());
    QVERIFY(!p.ok());
    QVERIFY(!p.error.isEmpty());
    f.fix = QStringLiteral("sip.allowguest");
    QVERIFY(FixPlanner::plan(f, ConfigFileSet()).error.contains(QStringLiteral("sip.conf")));
}

QTEST_GUILESS_MAIN(TestAuditFix)
#include "TestAuditFix.moc"
