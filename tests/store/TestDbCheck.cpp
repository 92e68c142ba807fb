// `tollgate-cli db check`: read-only inspection of a database file.

#include "StoreTestUtil.h"

#include "store/Database.h"
#include "store/DbCheck.h"
#include "store/StoreWriter.h"

#include <QDir>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;
using namespace tg::testutil;

class TestDbCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void healthyDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("ok.sqlite"));
        {
            StoreWriter writer(path);
            writer.setRetentionDays(0);
            QVERIFY(writer.start(nullptr));
            for (int i = 0; i < 25; ++i)
                writer.appendEvent(makeEvent(1700000000000LL + i));
        }
        const QByteArray before = fileBytes(path);
        const DbCheckReport r = checkDatabase(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.schemaVersion, Database::kSchemaVersion);
        QCOMPARE(r.integrity, QStringLiteral("ok"));
        bool sawEvents = false;
        for (const auto &c : r.rowCounts)
            if (c.first == QLatin1String("events")) {
                QCOMPARE(c.second, 25);
                sawEvents = true;
            }
        QVERIFY(sawEvents);
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);

        const QJsonObject j = r.toJson();
        QCOMPARE(j.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(j.value(QStringLiteral("schema_version")).toInt(), Database::kSchemaVersion);
        QCOMPARE(j.value(QStringLiteral("rows")).toObject().value(QStringLiteral("events")).toInt(), 25);
        QVERIFY(r.toText().contains(QStringLiteral("events")));
    }

    void doesNotMigrateOlderFiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(Database::openAtVersion(path, QStringLiteral("old"), 1).ok);
        Database::close(QStringLiteral("old"));
        const QByteArray before = fileBytes(path);
        const DbCheckReport r = checkDatabase(path);
        QVERIFY(r.ok);
        QCOMPARE(r.schemaVersion, 1);
        QCOMPARE(fileBytes(path), before);
    }

    void reportsProblems()
    {
        const DbCheckReport missing = checkDatabase(m_dir.filePath(QStringLiteral("nope.sqlite")));
        QVERIFY(!missing.ok);
        QVERIFY(!missing.error.isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nope.sqlite"))));

        const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'x'));
        f.close();
        const DbCheckReport bad = checkDatabase(garbage);
        QVERIFY(!bad.ok);
        QVERIFY(!bad.error.isEmpty());
        QVERIFY(bad.toText().contains(bad.error));

        const QString newer = m_dir.filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(Database::open(newer, QStringLiteral("newer")).ok);
        {
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("newer")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        Database::close(QStringLiteral("newer"));
        const DbCheckReport n = checkDatabase(newer);
        QVERIFY(!n.ok);
        QCOMPARE(n.schemaVersion, 99);
        QVERIFY(n.error.contains(QStringLiteral("newer")));
    }
};

QTEST_GUILESS_MAIN(TestDbCheck)
#include "TestDbCheck.moc"
