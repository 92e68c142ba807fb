#include "AuditFindingsModel.h"
#include "AuditView.h"
#include "BlocksView.h"
#include "MainWindow.h"
#include "blocking/BlockStore.h"
#include "engine/Engine.h"
#include "gui/AppController.h"
#include "secrets/SecretStore.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshPool.h"
#include "store/Database.h"
#include "store/PbxRepository.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;

// The real AppController and window, offscreen, against the throwaway sshd of
// scripts/with-sshd.sh: the Audit tab audits a config folder over SSH and shows the findings;
// the Blocks tab's "Check PBXes" asks the PBX and shows what came back.
class TestAppActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void auditAndBlocksOverSsh();

private:
    static QString env(const char *name) { return qEnvironmentVariable(name); }
};

void TestAppActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (env("TOLLGATE_SSH_HOST").isEmpty())
        QSKIP("needs scripts/with-sshd.sh");
    // Trust the test server's host key in Tollgate's own known_hosts (test location), as the
    // user would by approving its fingerprint.
    QFile::remove(KnownHostsStore::defaultPath());
    KnownHostsStore store;
    SshConfig c;
    c.pbxName = QStringLiteral("trust");
    c.host = env("TOLLGATE_SSH_HOST");
    c.port = quint16(env("TOLLGATE_SSH_PORT").toUInt());
    c.user = env("TOLLGATE_SSH_USER");
    c.keyFile = env("TOLLGATE_SSH_KEY");
    c.approvedFingerprint = env("TOLLGATE_SSH_HOSTKEY_FP");
    SshPool pool(c, &store, 1);
    bool done = false;
    SshConnectResult result;
    pool.connectCheck([&](const SshConnectResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(result.status == SshStatus::Ok, qPrintable(result.error));
}

void TestAppActions::auditAndBlocksOverSsh()
{
    const QString pbx = QStringLiteral("Office SSH");
    // A config folder the server can read, with a guest-friendly sip.conf.
    const QString confDir = env("TOLLGATE_SSH_DIR") + QStringLiteral("/app-actions-etc");
    QVERIFY(QDir().mkpath(confDir));
    {
        QFile f(confDir + QStringLiteral("/sip.conf"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[general]\ncontext = from-guest\nallowguest = yes\n");
    }

    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QString dbPath = Database::dbPath(data.path());
    {
        const QString conn = QStringLiteral("test-setup");
        QVERIFY(Database::open(dbPath, conn).ok);
        PbxProfile p;
        p.name = pbx;
        p.host = QStringLiteral("127.0.0.1");
        p.port = 9;   // no AMI there: the link retries, the SSH actions do not need it
        p.user = QStringLiteral("tollgate");
        p.sshHost = env("TOLLGATE_SSH_HOST");
        p.sshPort = quint16(env("TOLLGATE_SSH_PORT").toUInt());
        p.sshUser = env("TOLLGATE_SSH_USER");
        p.sshKeyFile = env("TOLLGATE_SSH_KEY");
        QString error;
        QVERIFY2(PbxRepository(conn).save(p, &error), qPrintable(error));
        BlockSettings s = BlockSettings::defaultsFor(p);
        s.configDir = confDir;
        QVERIFY2(BlockStore(conn).saveSettings(pbx, s, &error), qPrintable(error));
        Database::close(conn);
    }

    AppController::Options o;
    o.dataDir = data.path();
    AppController app(o);
    // No keychain in the test: the AMI secret is kept for the session, as the app offers.
    PbxProfile keys;
    keys.name = pbx;
    app.secrets()->keepForSession(keys.secretKey(), QStringLiteral("unused"));
    app.secrets()->keepForSession(keys.sshSecretKey(), QString());
    QString error;
    QVERIFY2(app.start(&error), qPrintable(error));
    QSignalSpy snapshots(app.engine(), &Engine::snapshotReady);
    MainWindow *w = app.window();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    w->showPbx(pbx);
    // The PBX joins the engine once its secrets are read (asynchronously).
    const auto engineHasPbx = [&] {
        for (const QList<QVariant> &args : std::as_const(snapshots))
            for (const PbxStatus &st : args.at(0).value<LiveSnapshot>().pbxes)
                if (st.name == pbx)
                    return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(engineHasPbx(), 15000);

    // (a) Audit from the Audit tab.
    w->tabs()->setCurrentIndex(MainWindow::AuditTab);
    AuditView *audit = w->auditView();
    QCOMPARE(audit->pbx(), pbx);
    QTRY_VERIFY(audit->runButton()->isEnabled());
    audit->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(audit->result().finishedUtc.isValid(), 60000);
    const AuditResult &r = audit->result();
    QVERIFY2(r.source.startsWith(QStringLiteral("ssh ")), qPrintable(r.source + r.errors.join(QLatin1Char('\n'))));
    QVERIFY2(r.files.contains(QStringLiteral("sip.conf")), qPrintable(r.errors.join(QLatin1Char('\n'))));
    bool guest = false;
    for (const Finding &f : r.findings)
        guest = guest || f.check == QLatin1String("ast.sip.allowguest");
    QVERIFY(guest);
    QVERIFY(audit->model()->rowCount() > 0);

    // (b) Blocks: "Check PBXes" reaches the PBX over SSH and the tab shows the answer (a
    // listing, or a sentence naming the PBX when the firewall cannot be read without root).
    w->tabs()->setCurrentIndex(MainWindow::BlocksTab);
    BlocksView *blocks = w->blocksView();
    QPushButton *check = nullptr;
    for (QPushButton *b : blocks->findChildren<QPushButton *>())
        if (b->text().contains(QStringLiteral("Check")))
            check = b;
    QVERIFY(check);
    QSignalSpy answered(app.engine(), &Engine::blockListingsReady);
    check->click();
    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 60000);
    const auto listings = answered.at(0).at(0).value<QVector<PbxOutcome>>();
    QCOMPARE(listings.size(), 1);
    QCOMPARE(listings.at(0).pbx, pbx);
    if (!listings.at(0).listed) {
        QVERIFY(!listings.at(0).error.isEmpty());
        bool shown = false;
        for (QLabel *l : blocks->findChildren<QLabel *>())
            shown = shown || l->text() == listings.at(0).error;
        QTRY_VERIFY(shown);
        qInfo("Blocks tab says: %s", qPrintable(listings.at(0).error));
    } else {
        qInfo("Blocks tab: %d listed entries", int(listings.at(0).listing.size()));
    }
}

QTEST_MAIN(TestAppActions)
#include "TestAppActions.moc"
