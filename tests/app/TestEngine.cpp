#include "demo/AmiReplayServer.h"
#include "demo/EslReplayServer.h"
#include "blocking/BlockSettings.h"
#include "engine/Engine.h"
#include "store/Database.h"
#include "store/EventReader.h"
#include "store/LearnedStateRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;

// The whole live path without widgets: demo replay server -> socket -> AMI client ->
// normalizer -> store + detectors -> snapshots.
class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<tg::LiveSnapshot>(); }

    void demoEventsReachStoreAndSnapshots()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Engine::Options o;
        o.dbPath = dir.filePath(QStringLiteral("tollgate.sqlite"));
        o.snapshotIntervalMs = 50;
        o.demoLoopSeconds = 4;   // the whole capture in a few seconds
        Engine engine(o);
        QVERIFY2(engine.start(), qPrintable(engine.lastError()));

        qint64 seenEvents = 0;
        bool connected = false;
        bool sawDemoLabel = false;
        QHash<QString, int> rules;
        connect(&engine, &Engine::snapshotReady, this, [&](const LiveSnapshot &s) {
            seenEvents += s.newEvents.size() + s.droppedEvents;
            for (const PbxStatus &p : s.pbxes) {
                connected = connected || p.state == LinkState::Connected;
                sawDemoLabel = sawDemoLabel || (p.demo && p.name == Engine::demoPbxName());
            }
            for (const Alert &a : s.changedAlerts)
                rules[a.rule]++;
        });
        engine.startDemo();
        QTRY_VERIFY_WITH_TIMEOUT(connected, 10000);
        QVERIFY(sawDemoLabel);
        QTRY_VERIFY_WITH_TIMEOUT(seenEvents > 400, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!rules.isEmpty(), 10000);
        engine.shutdown();

        EventReader reader(o.dbPath);
        QVERIFY2(reader.isOpen(), qPrintable(reader.error()));
        EventFilter failures;
        failures.kinds = {EventKind::AuthFailure};
        QVERIFY(reader.count(failures) > 100);
        EventFilter fromAttacker;
        fromAttacker.srcIp = QStringLiteral("203.0.113.5");
        QVERIFY(reader.count(fromAttacker) >= 12);

        // What the detectors learned was saved at shutdown; a restart loads it and saves it back
        // (an engine that did not load it would overwrite it with nothing).
        auto learned = [&] {
            const QString c = QStringLiteral("test-learned");
            LearnedState s;
            if (Database::openExisting(o.dbPath, c).ok)
                s = LearnedStateRepository(c).load();
            Database::close(c);
            return s;
        };
        const LearnedState first = learned();
        QVERIFY(!first.pbxFirstSeen.isEmpty());
        QCOMPARE(first.pbxFirstSeen.first().pbx, Engine::demoPbxName());
        {
            Engine again(o);
            QVERIFY2(again.start(), qPrintable(again.lastError()));
            again.shutdown();
        }
        const LearnedState second = learned();
        QCOMPARE(second.pbxFirstSeen.size(), first.pbxFirstSeen.size());
        QCOMPARE(second.pbxFirstSeen.first().firstMs, first.pbxFirstSeen.first().firstMs);
        QCOMPARE(second.accountSources.size(), first.accountSources.size());
    }

    // A FreeSWITCH profile gets the ESL connector, through the same engine path.
    void freeSwitchPbxStreamsOverEsl()
    {
        QTemporaryDir dir;
        EslReplayServer server;
        QString error;
        QVERIFY2(server.loadCapture(QStringLiteral(TOLLGATE_TEST_DATA "/esl/freeswitch-1.10.12-session.esl"), &error),
                 qPrintable(error));
        QVERIFY(server.listen());

        Engine::Options o;
        o.dbPath = dir.filePath(QStringLiteral("tollgate.sqlite"));
        o.snapshotIntervalMs = 50;
        Engine engine(o);
        QVERIFY2(engine.start(), qPrintable(engine.lastError()));
        int failures = 0;
        bool connected = false;
        QString version;
        connect(&engine, &Engine::snapshotReady, this, [&](const LiveSnapshot &s) {
            for (const Event &e : s.newEvents)
                failures += e.kind == EventKind::AuthFailure && e.pbx == QLatin1String("fs1");
            for (const PbxStatus &p : s.pbxes)
                connected = connected || (p.name == QLatin1String("fs1") && p.state == LinkState::Connected);
        });
        PbxProfile fs;
        fs.name = QStringLiteral("fs1");
        fs.type = PbxType::FreeSwitch;
        fs.host = QStringLiteral("127.0.0.1");
        fs.port = server.serverPort();
        engine.connectPbx(fs, server.options().password);
        QTRY_VERIFY_WITH_TIMEOUT(connected, 10000);
        // The capture's 31 sofia::register_failure events.
        QTRY_COMPARE_WITH_TIMEOUT(failures, 31, 10000);
        engine.shutdown();
    }

    // "Test connection" reports in words what worked and what failed.
    void testConnectionSaysWhatHappened()
    {
        QTemporaryDir dir;
        AmiReplayServer server;
        QString error;
        QVERIFY2(server.loadCapture(QStringLiteral(TOLLGATE_TEST_DATA "/ami/asterisk-20.20.1-amiauth.ami"), &error),
                 qPrintable(error));
        QVERIFY(server.listen());
        Engine::Options o;
        o.dbPath = dir.filePath(QStringLiteral("tollgate.sqlite"));
        Engine engine(o);
        QVERIFY(engine.start());
        QStringList lines;
        connect(&engine, &Engine::testConnectionResult, this, [&](const QString &, const QStringList &l) { lines = l; });

        PbxProfile p;
        p.name = QStringLiteral("lab");
        p.host = QStringLiteral("127.0.0.1");
        p.port = server.serverPort();
        p.user = server.options().user;
        engine.testConnection(p, server.options().secret, QString());
        QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty(), 15000);
        QVERIFY2(lines.first().contains(QStringLiteral("connected and logged in")), qPrintable(lines.join(QLatin1Char('\n'))));

        lines.clear();
        engine.testConnection(p, QStringLiteral("wrong"), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty(), 15000);
        QVERIFY2(lines.first().contains(QStringLiteral("authentication failed")), qPrintable(lines.join(QLatin1Char('\n'))));
        engine.shutdown();
    }

    // The PBX dialog's two parts of a PBX's settings row (access review, blocking): each is saved
    // without touching the other, a refused value is said and not stored, and after every save the
    // part's values of all PBXes are published again.
    void pbxSettingsPartsSavedAndPublished()
    {
        QTemporaryDir dir;
        Engine::Options o;
        o.dbPath = dir.filePath(QStringLiteral("tollgate.sqlite"));
        Engine engine(o);
        QVERIFY2(engine.start(), qPrintable(engine.lastError()));
        PbxProfile office, branch;
        office.name = QStringLiteral("office");
        office.host = QStringLiteral("192.0.2.10");
        office.user = QStringLiteral("tollgate");
        branch = office;
        branch.name = QStringLiteral("branch");
        branch.type = PbxType::FreeSwitch;
        QString error;
        QVERIFY2(engine.savePbxProfile(office, &error), qPrintable(error));
        QVERIFY2(engine.savePbxProfile(branch, &error), qPrintable(error));
        QSignalSpy policies(&engine, &Engine::accessPoliciesLoaded);
        QSignalSpy blocking(&engine, &Engine::blockSettingsLoaded);
        QSignalSpy failures(&engine, &Engine::failed);

        engine.loadAccessPolicies();
        engine.loadBlockSettings();
        QCOMPARE(policies.size(), 1);
        QVERIFY(policies.last().at(0).value<AccessPolicyMap>().isEmpty());   // nothing stored yet
        auto blocks = blocking.last().at(0).value<QHash<QString, BlockSettings>>();
        QCOMPARE(blocks.size(), 2);                                           // every PBX, defaults
        QCOMPARE(blocks.value(branch.name).toJson(), BlockSettings::defaultsFor(branch).toJson());

        AccessPolicy policy;
        policy.approved = {QStringLiteral("console"), QStringLiteral("ops")};
        policy.inactiveDays = 30;
        engine.saveAccessPolicy(office.name, policy);
        QCOMPARE(policies.size(), 2);
        QVERIFY(policies.last().at(0).value<AccessPolicyMap>().value(office.name) == policy);
        QCOMPARE(policies.last().at(0).value<AccessPolicyMap>().size(), 1);

        BlockSettings settings = BlockSettings::defaultsFor(office);
        settings.configDir = QStringLiteral("/srv/asterisk");
        engine.saveBlockSettings(office.name, settings);
        QCOMPARE(blocking.size(), 2);
        blocks = blocking.last().at(0).value<QHash<QString, BlockSettings>>();
        QCOMPARE(blocks.value(office.name).configDir, QStringLiteral("/srv/asterisk"));
        QVERIFY(failures.isEmpty());

        // A refused value: said in a sentence, nothing stored, the stored values published again.
        BlockSettings bad = settings;
        bad.fail2banJail = QStringLiteral("jail; rm -rf /");
        engine.saveBlockSettings(office.name, bad);
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.first().at(0).toString().contains(office.name), qPrintable(failures.first().at(0).toString()));
        QCOMPARE(blocking.size(), 3);
        blocks = blocking.last().at(0).value<QHash<QString, BlockSettings>>();
        QCOMPARE(blocks.value(office.name).fail2banJail, settings.fail2banJail);

        // Each save left the other part of the row alone.
        engine.loadAccessPolicies();
        QVERIFY(policies.last().at(0).value<AccessPolicyMap>().value(office.name) == policy);
        engine.shutdown();
    }

    void corruptStoreIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tollgate.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        Engine::Options o;
        o.dbPath = path;
        Engine engine(o);
        QVERIFY(!engine.start());
        QVERIFY(!engine.lastError().isEmpty());
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray(8192, 'x'));
    }
};

QTEST_MAIN(TestEngine)
#include "TestEngine.moc"
