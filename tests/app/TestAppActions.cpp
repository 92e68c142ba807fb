#include "SshTestServer.h"
#include "AuditFindingsModel.h"
#include "AuditFixDialog.h"
#include "AuditView.h"
#include "BlocksView.h"
#include "ConfigDiffView.h"
#include "MainWindow.h"
#include "blocking/BlockStore.h"
#include "configdiff/SnapshotRepository.h"
#include "engine/Engine.h"
#include "gui/AppController.h"
#include "secrets/SecretStore.h"
#include "ssh/KnownHostsStore.h"
#include "store/Database.h"
#include "store/PbxRepository.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;
using namespace tg::sshtest;

namespace {

// No keychain in the test: the PBX's AMI and SSH secrets are kept for the session, as the app offers.
void keepSecretsForSession(AppController &app, const QString &pbx)
{
    PbxProfile keys;
    keys.name = pbx;
    app.secrets()->keepForSession(keys.secretKey(), QStringLiteral("unused"));
    app.secrets()->keepForSession(keys.sshSecretKey(), QString());
}

} // namespace

// The real AppController and window, offscreen, against the throwaway sshd of
// scripts/with-sshd.sh: the Audit tab audits a config folder over SSH and shows the findings;
// the Blocks tab's "Check PBXes" asks the PBX and shows what came back.
class TestAppActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void auditAndBlocksOverSsh();
    void revertToBaselineOverSsh();

};

void TestAppActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TG_REQUIRE_SSHD();
    // Trust the test server's host key in Tollgate's own known_hosts (test location), as the
    // user would by approving its fingerprint.
    QFile::remove(KnownHostsStore::defaultPath());
    KnownHostsStore store;
    QString error;
    QVERIFY2(trustHostKey(&store, &error), qPrintable(error));
}

void TestAppActions::auditAndBlocksOverSsh()
{
    const QString pbx = QStringLiteral("Office SSH");
    // A config folder the server can read, with a guest-friendly sip.conf.
    const QString confDir = scratchDir() + QStringLiteral("/app-actions-etc");
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
        PbxProfile p = pbxProfile(pbx);   // no AMI there: the SSH actions do not need it
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
    keepSecretsForSession(app, pbx);
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

// The Config tab end to end: the watcher snapshots sip.conf over SSH, the admin approves it as
// baseline, an intruder changes it, "Revert to baseline" shows the diff, and after "Revert" the
// file on the server is the baseline byte for byte; "Undo revert" puts the intruder's back.
void TestAppActions::revertToBaselineOverSsh()
{
    const QString pbx = QStringLiteral("Office Revert");
    const QString confDir = scratchDir() + QStringLiteral("/app-revert-etc");
    QVERIFY(QDir().mkpath(confDir));
    const QString sip = confDir + QStringLiteral("/sip.conf");
    // The lab's real sip.conf, with CRLF endings and a trailing space so "byte for byte" means it.
    QByteArray baseline = readLocal(QStringLiteral(TOLLGATE_TEST_DATA "/asterisk-conf/sip.conf"));
    QVERIFY(!baseline.isEmpty());
    baseline.replace("\n", "\r\n");
    baseline += "; end \r\n";
    writeLocal(sip, baseline);

    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QString dbPath = Database::dbPath(data.path());
    {
        const QString conn = QStringLiteral("test-setup-revert");
        QVERIFY(Database::open(dbPath, conn).ok);
        PbxProfile p = pbxProfile(pbx);
        QString error;
        QVERIFY2(PbxRepository(conn).save(p, &error), qPrintable(error));
        BlockSettings s = BlockSettings::defaultsFor(p);
        s.configDir = confDir;
        QVERIFY2(BlockStore(conn).saveSettings(pbx, s, &error), qPrintable(error));
        QVERIFY(SnapshotRepository(conn).setWatchedFiles(pbx, {sip}));
        Database::close(conn);
    }

    AppController::Options o;
    o.dataDir = data.path();
    AppController app(o);
    keepSecretsForSession(app, pbx);
    QString error;
    QVERIFY2(app.start(&error), qPrintable(error));
    MainWindow *w = app.window();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    w->tabs()->setCurrentIndex(MainWindow::ConfigTab);
    ConfigDiffView *config = w->configView();

    // The watcher's first round stores the file; the tab lists it.
    QTRY_VERIFY_WITH_TIMEOUT(config->currentPbx() == pbx && config->snapshots().size() == 1, 60000);
    QCOMPARE(config->currentFile(), sip);
    QPushButton *approve = config->findChild<QPushButton *>(QStringLiteral("configApprove"));
    QVERIFY(approve);
    QTRY_VERIFY(approve->isEnabled());
    approve->click();
    QTRY_VERIFY_WITH_TIMEOUT(!config->baseline().isNull(), 20000);
    QVERIFY(!config->revertButton()->isEnabled());   // nothing drifted yet

    // An intruder opens the PBX to guests; "Snapshot now" picks it up.
    QByteArray intruded = baseline;
    intruded.replace("allowguest = no", "allowguest = yes");
    QVERIFY(intruded != baseline);
    writeLocal(sip, intruded);
    QPushButton *snapshotNow = config->findChild<QPushButton *>(QStringLiteral("configSnapshotNow"));
    snapshotNow->click();
    QTRY_VERIFY_WITH_TIMEOUT(config->snapshots().size() == 2, 60000);
    QTRY_VERIFY(config->revertButton()->isEnabled());

    // Revert: the diff preview, then the confirmation.
    config->revertButton()->click();
    AuditFixDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = config->findChild<AuditFixDialog *>()) != nullptr, 60000);
    const QString diff = dialog->diffView()->toPlainText();
    QVERIFY2(diff.contains(QStringLiteral("-allowguest = yes")) && diff.contains(QStringLiteral("+allowguest = no")),
             qPrintable(diff));
    QVERIFY2(!diff.contains(QStringLiteral("Vq7#pR2x!mZ9tLw4")), "secrets are masked in the preview");
    const QString shots = env("TOLLGATE_SCREENSHOT_DIR");   // for looking at the screens
    if (!shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/config-revert-dialog.png"));
    dialog->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(config->statusText().contains(QStringLiteral("approved baseline")), 60000);
    QCOMPARE(readLocal(sip), baseline);   // byte for byte
    const QStringList backups = QDir(confDir).entryList({QStringLiteral("sip.conf.*.tollgate.bak")}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(readLocal(confDir + QLatin1Char('/') + backups.first()), intruded);
    // The status line keeps the outcome while the snapshot round after the revert ends.
    QTest::qWait(1500);
    QVERIFY(config->statusText().contains(QStringLiteral("approved baseline")));
    if (!shots.isEmpty())
        w->grab().save(shots + QStringLiteral("/config-reverted.png"));

    // One click back to what was there before the revert.
    QTRY_VERIFY(config->rollbackButton()->isVisible() && config->rollbackButton()->isEnabled());
    config->rollbackButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(config->statusText().contains(QStringLiteral("restored from its backup")), 60000);
    QCOMPARE(readLocal(sip), intruded);
    QVERIFY(!config->rollbackButton()->isVisible());
}

QTEST_MAIN(TestAppActions)
#include "TestAppActions.moc"
