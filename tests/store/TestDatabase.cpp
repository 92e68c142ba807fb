// Opening, migrating and refusing database files.

#include "StoreTestUtil.h"

#include "store/AlertRepository.h"
#include "store/Database.h"
#include "store/EventReader.h"
#include "store/PbxRepository.h"
#include "store/StoreWriter.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;
using namespace tg::testutil;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1/tollgate.sqlite").arg(++m_n)); }
    QString conn() { return QStringLiteral("test-%1").arg(++m_n); }

    // A valid current-schema database with `events` rows, closed (WAL checkpointed).
    QString makeDatabase(int events)
    {
        const QString path = freshPath();
        const QString c = conn();
        const DbOpenResult r = Database::open(path, c);
        if (!r.ok)
            return {};
        {
            QSqlDatabase db = QSqlDatabase::database(c);
            db.transaction();
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO events (time_ms, pbx, kind, src_ip, raw) VALUES (?, ?, ?, ?, ?)"));
            for (int i = 0; i < events; ++i) {
                q.addBindValue(1700000000000LL + i);
                q.addBindValue(QStringLiteral("office"));
                q.addBindValue(QStringLiteral("auth_failure"));
                q.addBindValue(QStringLiteral("198.51.100.%1").arg(i % 250));
                q.addBindValue(QByteArray(200, char('a' + i % 26)));
                q.exec();
            }
            db.commit();
        }
        Database::close(c);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void paths()
    {
        QVERIFY(!Database::defaultDataDir().isEmpty());
        QCOMPARE(QFileInfo(Database::dbPath(QStringLiteral("somewhere"))).fileName(),
                 QStringLiteral("tollgate.sqlite"));
    }

    void createsFreshDatabase()
    {
        const QString path = freshPath();
        QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()));
        const QString c = conn();
        const DbOpenResult r = Database::open(path, c);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.schemaVersion, Database::kSchemaVersion);
        QCOMPARE(text(c, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA synchronous")), 1); // NORMAL
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA busy_timeout")), 5000);
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA user_version")), Database::kSchemaVersion);
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA application_id")), Database::kApplicationId);
        for (const char *index : {"events_time", "event_keys_age"})
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'")
                                   .arg(QLatin1String(index))),
                     1);
        // Address and account look-ups go through event_keys, not per-event indexes (schema v8).
        for (const char *index : {"events_src_ip", "events_account", "events_pbx"})
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(index))), 0);
        // Secrets have no column to go into.
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM pragma_table_info('pbx') WHERE name LIKE '%pass%' OR name LIKE '%secret%'")), 0);
        Database::close(c);

        // A second open is a no-op that keeps the version.
        const DbOpenResult again = Database::open(path, c);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.schemaVersion, Database::kSchemaVersion);
        Database::close(c);
    }

    void migratesFromEachOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Database::kSchemaVersion; ++v)
            QTest::addRow("v%d", v) << v;
    }

    void migratesFromEachOlderVersion()
    {
        QFETCH(int, from);
        const QString path = freshPath();
        const QString c = conn();
        DbOpenResult r = Database::openAtVersion(path, c, from);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.schemaVersion, from);
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA user_version")), from);
        {
            // Rows as the old version would have written them, with the old schema's SQL.
            QSqlDatabase db = QSqlDatabase::database(c);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO pbx (name, type, host, port, user) VALUES ('office', 'asterisk', 'pbx.example', 5038, 'tollgate')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO events (id, time_ms, pbx, kind, type, src_ip, account, raw) VALUES (7, 1700000000000, 'office', 'auth_failure', 'InvalidPassword', '203.0.113.9', '1001', X'4576656E74')")));
            if (from >= 2) {
                QVERIFY(q.exec(QStringLiteral("INSERT INTO alerts (id, pbx, rule, subject, severity, status, first_seen_ms, last_seen_ms, count, title) VALUES (3, 'office', 'brute_force_ip', '203.0.113.9', 3, 'open', 1700000000000, 1700000000000, 1, 'Brute force')")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO alert_evidence (alert_id, event_id) VALUES (3, 7)")));
            }
        }
        Database::close(c);

        r = Database::open(path, c);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.schemaVersion, Database::kSchemaVersion);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'event_keys'")), 1);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'events_src_ip'")), 0);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'alert_history'")), 1);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'learned_state'")), 1);

        PbxRepository pbxes(c);
        const PbxProfileList profiles = pbxes.list();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().host, QStringLiteral("pbx.example"));
        QCOMPARE(profiles.first().user, QStringLiteral("tollgate"));
        if (from >= 2) {
            AlertRepository alerts(c);
            const Alert a = alerts.byId(3);
            QCOMPARE(a.rule, QStringLiteral("brute_force_ip"));
            QCOMPARE(a.severity, Severity::High);
            QCOMPARE(a.evidence, QVector<qint64>{7});
        }
        Database::close(c);

        EventReader reader(path);
        QVERIFY2(reader.isOpen(), qPrintable(reader.error()));
        const Event e = reader.byId(7);
        QCOMPARE(e.srcIp, QStringLiteral("203.0.113.9"));
        QCOMPARE(e.kind, EventKind::AuthFailure);
        QCOMPARE(e.raw, QByteArray("Event"));
        // The migration filed the old row under its address and account (event_keys).
        EventFilter byIp;
        byIp.srcIp = QStringLiteral("203.0.113.9");
        QCOMPARE(reader.count(byIp), 1);
        EventFilter byAccount;
        byAccount.account = QStringLiteral("1001");
        const EventList found = reader.page(byAccount, 0, 10);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, 7);

        // The writer continues the ids after the migrated rows.
        StoreWriter writer(path);
        writer.setRetentionDays(0);
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        QCOMPARE(writer.appendEvent(makeEvent(1700000001000LL)), 8);
    }

    void refusesCorruptFile_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("damaged pages") << QStringLiteral("pages");
        QTest::newRow("foreign sqlite") << QStringLiteral("foreign");
        QTest::newRow("truncated") << QStringLiteral("truncated");
    }

    void refusesCorruptFile()
    {
        QFETCH(QString, how);
        QString path;
        if (how == QLatin1String("garbage")) {
            path = freshPath();
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 4096; ++i)
                f.putChar(char((i * 37 + 11) & 0xff));
        } else if (how == QLatin1String("pages")) {
            path = makeDatabase(3000);
            QVERIFY(!path.isEmpty());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 64 * 1024);
            f.seek((size / 2) & ~qint64(4095));
            f.write(QByteArray(8192, '\x5a'));
        } else if (how == QLatin1String("foreign")) {
            path = freshPath();
            QDir().mkpath(QFileInfo(path).absolutePath());
            const QString c = conn();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (body TEXT)")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO notes VALUES ('someone else''s data')")));
                db.close();
            }
            QSqlDatabase::removeDatabase(c);
        } else {
            path = makeDatabase(3000);
            QFile f(path);
            QVERIFY(f.resize(f.size() / 3));
        }

        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());
        const QString c = conn();
        const DbOpenResult r = Database::open(path, c);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QDir::toNativeSeparators(path)), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("damaged")), qPrintable(r.error));
        QVERIFY(!QSqlDatabase::contains(c));
        QCOMPARE(fileBytes(path), before);

        // Every way in refuses it the same way.
        StoreWriter writer(path);
        QString error;
        QVERIFY(!writer.start(&error));
        QCOMPARE(error, r.error);
        QCOMPARE(writer.appendEvent(makeEvent(1)), 0);
        {
            // A reader skips the full-file check (the writer's open does it), but never writes.
            EventReader reader(path);
            if (how != QLatin1String("pages"))
                QVERIFY(!reader.isOpen());
            reader.count({});
        }
        QCOMPARE(fileBytes(path), before);
    }

    void refusesNewerSchema()
    {
        const QString path = makeDatabase(10);
        QVERIFY(!path.isEmpty());
        {
            const QString c = conn();
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)));
            q.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(c);
        }
        const QByteArray before = fileBytes(path);
        const QString c = conn();
        const DbOpenResult r = Database::open(path, c);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("newer version")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QString::number(Database::kSchemaVersion + 1)), qPrintable(r.error));
        QCOMPARE(fileBytes(path), before);

        EventReader reader(path);
        QVERIFY(!reader.isOpen());
        QCOMPARE(reader.error(), r.error);
        StoreWriter writer(path);
        QString error;
        QVERIFY(!writer.start(&error));
        QCOMPARE(fileBytes(path), before);
    }

    void refusesUnwritableFolder()
    {
        // A file where the folder should be: mkpath fails even for root.
        const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const DbOpenResult r = Database::open(blocker + QStringLiteral("/sub/tollgate.sqlite"), conn());
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
