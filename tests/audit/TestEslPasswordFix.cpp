// Runs inside scripts/with-keyring.sh and scripts/with-sshd.sh: the "generated ESL password" fix
// on a FreeSWITCH config folder served by a real sshd, with the password going to a real
// (throwaway) GNOME Keyring. As in the application, the fix runs on its own thread and the
// keychain access (SecretStore) lives on the main thread.
#include "SshTestServer.h"
#include "audit/AuditCollector.h"
#include "audit/FixPlanner.h"
#include "audit/RemediationRunner.h"
#include "secrets/SecretStore.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshPool.h"

#include <QDir>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace tg;
using namespace tg::sshtest;

namespace {

const QString kKey = QStringLiteral("pbx/fs-lab/secret");

} // namespace

// The engine side: pool, collector and runner on the worker thread.
class FixRig : public QObject
{
    Q_OBJECT
public:
    FixRig(const SshConfig &ssh, KnownHostsStore *known, const QString &dir, SecretStore *secrets)
        : m_pool(ssh, known, 1, this), m_collector(&m_pool, this)
    {
        RemediationRunner::Options ro;
        ro.pbx = QStringLiteral("fs-lab");
        ro.type = PbxType::FreeSwitch;
        ro.configDir = dir;
        ro.secretKey = kKey;
        ro.reloadOverride.insert(int(ReloadAction::FsReloadEventSocket), QStringLiteral("true"));
        m_runner = new RemediationRunner(&m_pool, ro, this);
        m_runner->setSecretStore(secrets);
        m_dir = dir;
    }
    SshPool m_pool;
    AuditCollector m_collector;
    RemediationRunner *m_runner;
    QString m_dir;
};

class TestEslPasswordFix : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void generatedPasswordGoesToTheKeychain();
    void keychainKeepsTheOldPasswordWhenNothingIsWritten();

private:
    bool keychainWrite(const QString &value);
    QString keychainRead();
    Finding auditEslFinding();
    RemediationOutcome apply(const FixPlan &plan);

    QTemporaryDir m_tmp;
    std::unique_ptr<KnownHostsStore> m_known;
    SecretStore m_secrets;
    QThread m_thread;
    FixRig *m_rig = nullptr;
    QString m_dir;
    QByteArray m_original;
};

void TestEslPasswordFix::initTestCase()
{
    TG_REQUIRE_SSHD();
    if (env("TOLLGATE_KEYRING_SANDBOX").isEmpty())
        QSKIP("run through scripts/with-keyring.sh (ctest does)");
    QVERIFY(m_tmp.isValid());
    m_known = std::make_unique<KnownHostsStore>(m_tmp.filePath(QStringLiteral("known_hosts")));
    // The FreeSWITCH set built from its documented defaults: event socket password ClueCon.
    m_dir = scratchDir() + QStringLiteral("/fs-esl");
    QVERIFY(QDir().mkpath(m_dir + QStringLiteral("/autoload_configs")));
    const QString src = QStringLiteral(TOLLGATE_TEST_DATA "/freeswitch/vanilla/");
    for (const char *f : {"vars.xml", "autoload_configs/event_socket.conf.xml"})
        writeLocal(m_dir + QLatin1Char('/') + QLatin1String(f), readLocal(src + QLatin1String(f)));
    m_original = readLocal(m_dir + QStringLiteral("/autoload_configs/event_socket.conf.xml"));
    QVERIFY(m_original.contains("ClueCon"));

    m_rig = new FixRig(trustedKeyConfig(QStringLiteral("fs-lab")), m_known.get(), m_dir, &m_secrets);
    m_rig->moveToThread(&m_thread);
    m_thread.start();
}

void TestEslPasswordFix::cleanupTestCase()
{
    if (m_rig)
        m_rig->deleteLater();   // on its thread, which runs deferred deletes as it finishes
    m_thread.quit();
    m_thread.wait();
}

bool TestEslPasswordFix::keychainWrite(const QString &value)
{
    bool done = false, ok = false;
    m_secrets.write(kKey, value, [&](bool success, const QString &) {
        ok = success;
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 20000) && ok;
}

QString TestEslPasswordFix::keychainRead()
{
    bool done = false;
    QString value;
    m_secrets.read(kKey, [&](bool, const QString &secret, const QString &) {
        value = secret;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("the keychain did not answer");   // the caller's comparison fails
    return value;
}

Finding TestEslPasswordFix::auditEslFinding()
{
    AuditResult result;
    bool done = false;
    FixRig *rig = m_rig;
    QMetaObject::Connection c = connect(&rig->m_collector, &AuditCollector::finished, this, [&](const AuditResult &r) {
        result = r;
        done = true;
    }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(rig, [rig] {
        AuditCollector::Options o;
        o.pbx = QStringLiteral("fs-lab");
        o.type = PbxType::FreeSwitch;
        o.configDir = rig->m_dir;
        o.collectHost = false;
        rig->m_collector.start(o);
    }, Qt::QueuedConnection);
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        qWarning("the audit did not finish");   // no finding: the caller's comparison fails
    disconnect(c);
    for (const Finding &f : result.findings)
        if (f.check == QLatin1String("fs.esl.password"))
            return f;
    return Finding();
}

RemediationOutcome TestEslPasswordFix::apply(const FixPlan &plan)
{
    RemediationOutcome out;
    bool done = false;
    FixRig *rig = m_rig;
    QMetaObject::Connection c = connect(rig->m_runner, &RemediationRunner::applied, this,
                                        [&](const QString &, const FixPlan &, const RemediationOutcome &o) {
                                            out = o;
                                            done = true;
                                        }, Qt::QueuedConnection);
    // The audited files travel with the plan's `before`; the re-check needs the event socket file.
    ConfigFileSet files;
    files.insert(plan.file, plan.before);
    QMetaObject::invokeMethod(rig, [rig, plan, files] { rig->m_runner->apply(plan, files); }, Qt::QueuedConnection);
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        out.error = QStringLiteral("the fix did not finish");
    disconnect(c);
    return out;
}

void TestEslPasswordFix::generatedPasswordGoesToTheKeychain()
{
    QVERIFY(keychainWrite(QStringLiteral("ClueCon")));   // what the PBX profile used so far
    const Finding f = auditEslFinding();
    QCOMPARE(f.fix, QStringLiteral("esl.password"));
    ConfigFileSet files;
    files.insert(f.file, m_original);
    const FixPlan plan = FixPlanner::plan(f, files);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QVERIFY(plan.newSecret.size() >= 20);
    QVERIFY(!plan.diff.contains(plan.newSecret));   // the dialog shows it masked

    const RemediationOutcome out = apply(plan);
    QVERIFY2(out.ok, qPrintable(out.error + QLatin1Char('\n') + out.steps.join(QLatin1Char('\n'))));
    QVERIFY(out.written);
    QVERIFY(out.verified);   // the re-check no longer reports the default password
    // The keychain entry the PBX profile logs in with now holds the generated password...
    QCOMPARE(keychainRead(), plan.newSecret);
    // ...and the file on the PBX has it, not ClueCon.
    const QByteArray now = readLocal(m_dir + QStringLiteral("/autoload_configs/event_socket.conf.xml"));
    QVERIFY(now.contains(plan.newSecret.toUtf8()));
    QVERIFY(!now.contains("value=\"ClueCon\""));
    QCOMPARE(readLocal(out.backupPath), m_original);
    writeLocal(m_dir + QStringLiteral("/autoload_configs/event_socket.conf.xml"), m_original);
}

void TestEslPasswordFix::keychainKeepsTheOldPasswordWhenNothingIsWritten()
{
    QVERIFY(keychainWrite(QStringLiteral("ClueCon")));
    const Finding f = auditEslFinding();
    QCOMPARE(f.fix, QStringLiteral("esl.password"));
    ConfigFileSet files;
    files.insert(f.file, m_original);
    const FixPlan plan = FixPlanner::plan(f, files);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    // Someone edits the file between the audit and the click: nothing is written...
    QByteArray edited = m_original;
    edited.replace("8021", "8022");
    writeLocal(m_dir + QStringLiteral("/autoload_configs/event_socket.conf.xml"), edited);
    const RemediationOutcome out = apply(plan);
    QVERIFY(!out.ok);
    QVERIFY(!out.written);
    QVERIFY2(out.error.contains(QStringLiteral("changed since the audit")), qPrintable(out.error));
    // ...so the keychain has the password the PBX still uses, and Tollgate keeps logging in.
    QCOMPARE(keychainRead(), QStringLiteral("ClueCon"));
    QVERIFY(out.steps.join(QLatin1Char('\n')).contains(QStringLiteral("previous password is back")));
    writeLocal(m_dir + QStringLiteral("/autoload_configs/event_socket.conf.xml"), m_original);
}

QTEST_GUILESS_MAIN(TestEslPasswordFix)
#include "TestEslPasswordFix.moc"
