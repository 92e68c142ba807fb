// Runs inside scripts/with-sshd.sh: audit a config folder over a real sshd, fix, roll back.
#include "SshTestServer.h"
#include "audit/AuditCollector.h"
#include "audit/RemediationRunner.h"
#include "audit/FixPlanner.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshPool.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;
using namespace tg::sshtest;

namespace {

const QByteArray kSip = "; office phones\r\n[general]\r\ncontext = from-guest\r\nalwaysauthreject = yes\r\n"
                        "\r\n[2001]\r\ntype = friend\r\nhost = dynamic\r\nsecret = Xk3mQ8vT2rWz9pLc\r\n";
const QByteArray kManager = "[general]\nenabled = yes\nbindaddr = 127.0.0.1\n";

} // namespace

class TestAuditRemediation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void auditFixAndRollback();
    void refusesAChangedFile();
    void refusesForeignBackupsAndMissingKeychain();

private:
    SshConfig config() const;
    AuditResult audit(SshPool &pool, const QString &dir, AuditCollector &collector);

    QTemporaryDir m_tmp;
    std::unique_ptr<KnownHostsStore> m_known;
    QString m_scratch;
};

SshConfig TestAuditRemediation::config() const
{
    return trustedKeyConfig(QStringLiteral("lab"));
}

void TestAuditRemediation::initTestCase()
{
    TG_REQUIRE_SSHD();
    QVERIFY(m_tmp.isValid());
    m_known = std::make_unique<KnownHostsStore>(m_tmp.filePath(QStringLiteral("known_hosts")));
    m_scratch = scratchDir();
}

AuditResult TestAuditRemediation::audit(SshPool &pool, const QString &dir, AuditCollector &collector)
{
    Q_UNUSED(pool)
    QSignalSpy done(&collector, &AuditCollector::finished);
    AuditCollector::Options o;
    o.pbx = QStringLiteral("lab");
    o.configDir = dir;
    if (!collector.start(o))
        return {};
    if (!done.wait(60000))
        return {};
    return done.takeFirst().at(0).value<AuditResult>();
}

void TestAuditRemediation::auditFixAndRollback()
{
    const QString dir = m_scratch + QStringLiteral("/asterisk-fix");
    QVERIFY(QDir().mkpath(dir));
    writeLocal(dir + QStringLiteral("/sip.conf"), kSip);
    writeLocal(dir + QStringLiteral("/manager.conf"), kManager);

    SshPool pool(config(), m_known.get(), 2);
    AuditCollector collector(&pool);
    const AuditResult r = audit(pool, dir, collector);
    QCOMPARE(r.files, (QStringList{QStringLiteral("manager.conf"), QStringLiteral("sip.conf")}));
    QVERIFY(r.source.startsWith(QStringLiteral("ssh ")));
    Finding guest;
    for (const Finding &f : r.findings)
        if (f.check == QLatin1String("ast.sip.allowguest"))
            guest = f;
    QVERIFY(guest.fixable());

    // The diff the admin is shown.
    const FixPlan plan = FixPlanner::plan(guest, collector.files());
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.diff, QStringLiteral("--- a/sip.conf\n+++ b/sip.conf\n@@ -1,5 +1,6 @@\n"
                                       " ; office phones\n [general]\n+allowguest = no\n context = from-guest\n"
                                       " alwaysauthreject = yes\n \n"));

    RemediationRunner::Options ro;
    ro.pbx = QStringLiteral("lab");
    ro.configDir = dir;
    const QString marker = dir + QStringLiteral("/reloaded");
    ro.reloadOverride.insert(int(ReloadAction::SipReload), QStringLiteral("touch %1").arg(marker));
    RemediationRunner runner(&pool, ro);
    QSignalSpy applied(&runner, &RemediationRunner::applied);
    QVERIFY(runner.apply(plan, collector.files()));
    QVERIFY(!runner.apply(plan, collector.files()));   // one at a time
    QVERIFY(applied.wait(60000));
    const RemediationOutcome out = applied.takeFirst().at(2).value<RemediationOutcome>();
    QVERIFY2(out.ok, qPrintable(out.error));
    QVERIFY(out.written);
    QVERIFY(out.reloaded);
    QVERIFY(out.verified);
    QVERIFY(QFile::exists(marker));
    const QString sip = dir + QStringLiteral("/sip.conf");
    QCOMPARE(readLocal(sip), plan.after);
    QVERIFY(readLocal(sip).contains("[general]\r\nallowguest = no\r\n"));   // CRLF kept
    QVERIFY(out.backupPath.startsWith(sip + QLatin1Char('.')));
    QCOMPARE(readLocal(out.backupPath), kSip);

    // One click back.
    QSignalSpy rolled(&runner, &RemediationRunner::rolledBack);
    QVERIFY(runner.rollback(QStringLiteral("sip.conf"), out.backupPath, ReloadAction::SipReload));
    QVERIFY(rolled.wait(60000));
    const RemediationOutcome back = rolled.takeFirst().at(2).value<RemediationOutcome>();
    QVERIFY2(back.ok, qPrintable(back.error));
    QCOMPARE(readLocal(sip), kSip);   // byte for byte
    QCOMPARE(readLocal(back.backupPath), plan.after);   // the fixed version is kept too

    // The audit now reports it again.
    const AuditResult again = audit(pool, dir, collector);
    bool found = false;
    for (const Finding &f : again.findings)
        found = found || f.check == QLatin1String("ast.sip.allowguest");
    QVERIFY(found);
}

void TestAuditRemediation::refusesAChangedFile()
{
    const QString dir = m_scratch + QStringLiteral("/asterisk-changed");
    QVERIFY(QDir().mkpath(dir));
    writeLocal(dir + QStringLiteral("/manager.conf"), "[general]\nenabled=yes\n[tool]\nsecret=Ab3kT9xQ2mW7pLz4\nread=all\n");
    SshPool pool(config(), m_known.get(), 2);
    AuditCollector collector(&pool);
    const AuditResult r = audit(pool, dir, collector);
    Finding permit;
    for (const Finding &f : r.findings)
        if (f.check == QLatin1String("ast.ami.no_permit"))
            permit = f;
    QVERIFY(permit.fixable());
    const FixPlan plan = FixPlanner::plan(permit, collector.files());
    QVERIFY2(plan.ok(), qPrintable(plan.error));

    // Someone edits the file between the audit and the click.
    const QByteArray edited = "[general]\nenabled=yes\n[tool]\nsecret=Ab3kT9xQ2mW7pLz4\nread=all\nwrite=call\n";
    writeLocal(dir + QStringLiteral("/manager.conf"), edited);
    RemediationRunner::Options ro;
    ro.pbx = QStringLiteral("lab");
    ro.configDir = dir;
    ro.reloadOverride.insert(int(ReloadAction::ManagerReload), QStringLiteral("true"));
    RemediationRunner runner(&pool, ro);
    QSignalSpy applied(&runner, &RemediationRunner::applied);
    QVERIFY(runner.apply(plan, collector.files()));
    QVERIFY(applied.wait(60000));
    const RemediationOutcome out = applied.takeFirst().at(2).value<RemediationOutcome>();
    QVERIFY(!out.ok);
    QVERIFY(!out.written);
    QVERIFY2(out.error.contains(QStringLiteral("changed since the audit")), qPrintable(out.error));
    QCOMPARE(readLocal(dir + QStringLiteral("/manager.conf")), edited);
    QCOMPARE(QDir(dir).entryList({QStringLiteral("*.bak")}, QDir::Files).size(), 0);
}

void TestAuditRemediation::refusesForeignBackupsAndMissingKeychain()
{
    const QString dir = m_scratch + QStringLiteral("/asterisk-refuse");
    QVERIFY(QDir().mkpath(dir));
    writeLocal(dir + QStringLiteral("/sip.conf"), kSip);
    SshPool pool(config(), m_known.get(), 1);
    RemediationRunner::Options ro;
    ro.pbx = QStringLiteral("lab");
    ro.configDir = dir;
    RemediationRunner runner(&pool, ro);
    QSignalSpy rolled(&runner, &RemediationRunner::rolledBack);
    QVERIFY(runner.rollback(QStringLiteral("sip.conf"), QStringLiteral("/etc/shadow"), ReloadAction::None));
    QVERIFY(rolled.wait(10000));
    QVERIFY(!rolled.takeFirst().at(2).value<RemediationOutcome>().ok);
    QCOMPARE(readLocal(dir + QStringLiteral("/sip.conf")), kSip);

    // A plan with a generated secret needs somewhere to keep it first.
    FixPlan plan;
    plan.fix = QStringLiteral("esl.password");
    plan.file = QStringLiteral("sip.conf");
    plan.before = kSip;
    plan.after = kSip + "x";
    plan.diff = QStringLiteral("x");
    plan.newSecret = QStringLiteral("n3w");
    QSignalSpy applied(&runner, &RemediationRunner::applied);
    QVERIFY(runner.apply(plan, ConfigFileSet()));
    QVERIFY(applied.wait(10000));
    const RemediationOutcome out = applied.takeFirst().at(2).value<RemediationOutcome>();
    QVERIFY(!out.ok);
    QVERIFY(out.error.contains(QStringLiteral("keychain")));
    QCOMPARE(readLocal(dir + QStringLiteral("/sip.conf")), kSip);
}

QTEST_GUILESS_MAIN(TestAuditRemediation)
#include "TestAuditRemediation.moc"
