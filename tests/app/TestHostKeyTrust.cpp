// Trust on first use in the console, end to end: the real AppController and window (offscreen)
// against the throwaway sshd of scripts/with-sshd.sh. A PBX whose host key is unknown asks in a
// dialog; "Trust" stores the key and the waiting config snapshot goes on. A changed key is
// refused loudly; replacing it takes the typed confirmation, and both are on record.
#include "SshTestServer.h"
#include "HostKeyDialog.h"
#include "MainWindow.h"
#include "blocking/BlockStore.h"
#include "engine/Engine.h"
#include "engine/PbxLink.h"
#include "gui/AppController.h"
#include "secrets/SecretStore.h"
#include "ssh/HostKeyPrompter.h"
#include "ssh/KnownHostsStore.h"
#include "store/Database.h"
#include "store/PbxRepository.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;
using namespace tg::sshtest;

class TestHostKeyTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unknownTrustedThenChangedRefusedThenReplaced();
    void tunnelStatusSaysItWaitsForTheHostKey();

private:
    static HostKeyDialog *openDialog(QWidget *window);
    static bool sawEvent(const QSignalSpy &snapshots, const QString &type);
};

void TestHostKeyTrust::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TG_REQUIRE_SSHD();
    QFile::remove(KnownHostsStore::defaultPath());
    QFile::remove(KnownHostsStore().historyPath());
}

HostKeyDialog *TestHostKeyTrust::openDialog(QWidget *window)
{
    for (HostKeyDialog *d : window->findChildren<HostKeyDialog *>())
        if (d->isVisible())
            return d;
    return nullptr;
}

bool TestHostKeyTrust::sawEvent(const QSignalSpy &snapshots, const QString &type)
{
    for (const QList<QVariant> &args : snapshots)
        for (const Event &e : args.at(0).value<LiveSnapshot>().newEvents)
            if (e.type == type && e.kind == EventKind::ConnectorState)
                return true;
    return false;
}

void TestHostKeyTrust::unknownTrustedThenChangedRefusedThenReplaced()
{
    const QString pbx = QStringLiteral("Branch SSH");
    const QString confDir = scratchDir() + QStringLiteral("/tofu-etc");
    QVERIFY(QDir().mkpath(confDir));
    {
        QFile f(confDir + QStringLiteral("/sip.conf"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[general]\nallowguest = no\n");
    }
    QTemporaryDir data;
    QVERIFY(data.isValid());
    PbxProfile p = pbxProfile(pbx);   // no AMI: the SSH uses (config snapshots, tests) matter here
    {
        const QString conn = QStringLiteral("test-setup");
        QVERIFY(Database::open(Database::dbPath(data.path()), conn).ok);
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
    app.secrets()->keepForSession(p.secretKey(), QStringLiteral("unused"));
    app.secrets()->keepForSession(p.sshSecretKey(), QString());
    QString error;
    QVERIFY2(app.start(&error), qPrintable(error));
    MainWindow *w = app.window();
    // The test reads the connection test's answer itself (the window would show a message box).
    QObject::disconnect(app.engine(), &Engine::testConnectionResult, w, &MainWindow::showTestConnectionResult);
    QSignalSpy snapshots(app.engine(), &Engine::snapshotReady);
    QSignalSpy rounds(app.engine(), &Engine::configRoundFinished);
    QSignalSpy tests(app.engine(), &Engine::testConnectionResult);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));

    // (1) First contact: the config snapshot round meets the unknown key, and the console asks.
    QTRY_VERIFY_WITH_TIMEOUT(openDialog(w), 20000);
    HostKeyDialog *d = openDialog(w);
    QCOMPARE(d->question().pbx, pbx);
    QVERIFY(!d->question().changed());
    QCOMPARE(d->question().fingerprint, hostKeyFingerprint());
    QCOMPARE(d->findChild<QLabel *>(QStringLiteral("fingerprint"))->text(), hostKeyFingerprint());
    QVERIFY(rounds.isEmpty());                                     // the round waits for the answer
    QVERIFY(!QFile::exists(KnownHostsStore::defaultPath()));
    d->acceptButton()->click();
    // Stored, and the waiting round went on over SSH and fetched the file.
    QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty(), 30000);
    QVERIFY2(rounds.first().at(1).toInt() >= 1, "the snapshot round fetched nothing");
    KnownHostsStore store;
    QVERIFY(readLocal(store.path()).contains("ssh-ed25519"));
    QVERIFY(readLocal(store.historyPath()).contains(hostKeyFingerprint().toUtf8()));
    QTRY_VERIFY_WITH_TIMEOUT(sawEvent(snapshots, QStringLiteral("SshHostKeyTrusted")), 10000);

    // (2) The server now presents a key other than the trusted one (as after a reinstall or
    // in an attack): Test connection is refused with the loud explanation, nothing changes.
    const SshHostKey old = otherHostKey();
    QVERIFY(!old.isNull());
    QVERIFY(store.forget(p.sshHost, p.sshPort));
    QVERIFY(store.trust(p.sshHost, p.sshPort, old));
    emit w->testConnectionRequested(p, QString());
    QTRY_VERIFY_WITH_TIMEOUT(openDialog(w), 20000);
    d = openDialog(w);
    QVERIFY(d->question().changed());
    QCOMPARE(d->question().knownFingerprint, old.fingerprint);
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("changedWarning"))->text().contains(QStringLiteral("man-in-the-middle")));
    QVERIFY(!d->acceptButton()->isEnabled());
    d->refuseButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(tests.size(), 1, 30000);
    const QString refused = tests.first().at(1).toStringList().join(QLatin1Char('\n'));
    QVERIFY2(refused.contains(QStringLiteral("CHANGED")), qPrintable(refused));
    QVERIFY(refused.contains(old.fingerprint));
    QCOMPARE(store.check(p.sshHost, p.sshPort, old), KnownHostsStore::Verdict::Trusted);

    // (3) Tested again, the user replaces the key deliberately: tick, type, replace.
    emit w->testConnectionRequested(p, QString());
    QTRY_VERIFY_WITH_TIMEOUT(openDialog(w), 20000);
    d = openDialog(w);
    QVERIFY(d->question().changed());
    d->replaceCheck()->setChecked(true);
    QTest::keyClicks(d->confirmEdit(), d->question().fingerprint.mid(7, HostKeyQuestion::kConfirmChars));
    QVERIFY(d->acceptButton()->isEnabled());
    d->acceptButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(tests.size(), 2, 30000);
    const QString replaced = tests.at(1).at(1).toStringList().join(QLatin1Char('\n'));
    QVERIFY2(replaced.contains(QStringLiteral("SSH: logged in")), qPrintable(replaced));
    QCOMPARE(store.check(p.sshHost, p.sshPort, old), KnownHostsStore::Verdict::Changed);
    const QByteArray history = readLocal(store.historyPath());
    QVERIFY(history.contains("replaced"));
    QVERIFY(history.contains(old.fingerprint.toUtf8() + " -> ssh-ed25519 " + hostKeyFingerprint().toUtf8()));
    QTRY_VERIFY_WITH_TIMEOUT(sawEvent(snapshots, QStringLiteral("SshHostKeyReplaced")), 10000);
}

void TestHostKeyTrust::tunnelStatusSaysItWaitsForTheHostKey()
{
    // A PBX reached through an SSH tunnel meets an unknown host key: while the question is open
    // its status says it waits for the admin, not that the tunnel is opening; after the answer
    // it is about the connection again (trusted: the tunnel and then the AMI client; refused:
    // the refusal).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QTcpServer ami;   // stands for the AMI port behind the tunnel
    QVERIFY(ami.listen(QHostAddress::LocalHost, 0));
    const auto waiting = [](const PbxLink &link) {
        return link.stateReason().contains(QStringLiteral("Waiting for you to check the SSH host key"));
    };
    for (const HostKeyDecision decision : {HostKeyDecision::Trust, HostKeyDecision::Refuse}) {
        KnownHostsStore store(dir.filePath(QStringLiteral("known_hosts_%1").arg(int(decision))));
        HostKeyPrompter prompter(&store);
        store.setPrompter(&prompter);
        QSignalSpy asked(&prompter, &HostKeyPrompter::questionAsked);
        PbxProfile p = pbxProfile(QStringLiteral("Tunnelled"));
        p.port = ami.serverPort();
        p.viaSsh = true;
        PbxLink link(p, QStringLiteral("unused"), QString(), &store);
        QSignalSpy events(&link, &PbxLink::eventsReady);
        link.start();
        QCOMPARE(link.state(), LinkState::Connecting);
        QVERIFY2(link.stateReason().contains(QStringLiteral("Opening the SSH tunnel")), qPrintable(link.stateReason()));

        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(waiting(link), qPrintable(link.stateReason()), 10000);
        QCOMPARE(link.state(), LinkState::Connecting);
        bool reported = false;   // the change went out as a connector event too (store, GUI)
        for (const QList<QVariant> &args : std::as_const(events))
            for (const Event &e : args.at(0).value<EventList>())
                reported = reported || e.detail.contains(QStringLiteral("Waiting for you to check"));
        QVERIFY(reported);

        const HostKeyQuestion q = asked.first().at(0).value<HostKeyQuestion>();
        QString error;
        QVERIFY2(prompter.answer(q.id, decision, QString(), QStringLiteral("tester"), &error), qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(!waiting(link), qPrintable(link.stateReason()), 15000);
        if (decision == HostKeyDecision::Trust) {
            QTRY_VERIFY_WITH_TIMEOUT(link.ami(), 15000);   // the tunnel is up, the client took over
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(link.state(), LinkState::Error, 15000);
            QVERIFY2(link.stateReason().contains(QStringLiteral("chose not to trust")), qPrintable(link.stateReason()));
        }
        link.stop();
    }
}

QTEST_MAIN(TestHostKeyTrust)
#include "TestHostKeyTrust.moc"
