// The batching writer: round trips, transactions per batch, readers while writing, retention.

#include "StoreTestUtil.h"

#include "Clock.h"
#include "store/AlertRepository.h"
#include "store/Database.h"
#include "store/EventReader.h"
#include "store/SqliteConnection.h"
#include "store/StoreBench.h"
#include "store/StoreWriter.h"
#include "store/WalCheckpointer.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace tg;
using namespace tg::testutil;

class TestStoreWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_n)); }
    static constexpr qint64 kT0 = 1700000000000LL;
    static Alert bruteForceAlert(const QString &address)
    {
        Alert a;
        a.pbx = QStringLiteral("office");
        a.rule = QStringLiteral("brute_force_ip");
        a.subject = address;
        a.severity = Severity::High;
        a.firstSeenMs = kT0;
        return a;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripsEveryField()
    {
        const QString path = freshPath();
        StoreWriter writer(path);
        writer.setRetentionDays(0);
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));

        Event e;
        e.timeMs = kT0 + 123;
        e.pbx = QStringLiteral("office");
        e.kind = EventKind::CallEnd;
        e.type = QStringLiteral("Hangup");
        e.service = QStringLiteral("PJSIP");
        e.srcIp = QStringLiteral("2001:db8::5");
        e.srcPort = 65535;
        e.transport = QStringLiteral("TLS");
        e.account = QStringLiteral("1001");
        e.userAgent = QStringLiteral("Zoiper \u00e9\u4e2d");
        e.destination = QStringLiteral("0044203");
        e.callId = QStringLiteral("1700000000.42");
        e.detail = QStringLiteral("Normal Clearing");
        e.durationMs = 65432;
        e.billSec = 61;
        e.cost = 1.25;
        e.raw = QByteArray("Event: Hangup\r\n\0binary\xff\r\n", 25);
        const qint64 id = writer.appendEvent(e);
        QCOMPARE(id, 1);
        Event empty; // null strings and no raw
        empty.timeMs = kT0;
        QCOMPARE(writer.appendEvent(empty), 2);
        writer.flush();
        QCOMPARE(writer.lastCommittedEventId(), 2);

        EventReader reader(path);
        QVERIFY2(reader.isOpen(), qPrintable(reader.error()));
        const Event back = reader.byId(id);
        e.id = id;
        QCOMPARE(back.id, e.id);
        QCOMPARE(back.timeMs, e.timeMs);
        QCOMPARE(back.pbx, e.pbx);
        QCOMPARE(back.kind, e.kind);
        QCOMPARE(back.type, e.type);
        QCOMPARE(back.service, e.service);
        QCOMPARE(back.srcIp, e.srcIp);
        QCOMPARE(back.srcPort, e.srcPort);
        QCOMPARE(back.transport, e.transport);
        QCOMPARE(back.account, e.account);
        QCOMPARE(back.userAgent, e.userAgent);
        QCOMPARE(back.destination, e.destination);
        QCOMPARE(back.callId, e.callId);
        QCOMPARE(back.detail, e.detail);
        QCOMPARE(back.durationMs, e.durationMs);
        QCOMPARE(back.billSec, e.billSec);
        QCOMPARE(back.cost, e.cost);
        QCOMPARE(back.raw, e.raw);
        const Event backEmpty = reader.byId(2);
        QCOMPARE(backEmpty.id, 2);
        QVERIFY(backEmpty.pbx.isEmpty());
        QVERIFY(backEmpty.raw.isEmpty());
        // Pages leave the raw text out.
        const EventList page = reader.page({}, 0, 10);
        QCOMPARE(page.size(), 2);
        QVERIFY(page.first().raw.isEmpty());
        QCOMPARE(reader.byId(999).id, 0);
    }

    void batchesManyAppendsIntoFewTransactions()
    {
        const QString path = freshPath();
        StoreWriter writer(path);
        writer.setRetentionDays(0);
        // An interval far longer than the test: only flush() commits, so the count does not
        // depend on how fast this machine appends.
        writer.setFlushIntervalMs(600000);
        QAtomicInt signals_, events;
        connect(&writer, &StoreWriter::committed, this,
                [&](int ev, int) {
                    signals_.fetchAndAddOrdered(1);
                    events.fetchAndAddOrdered(ev);
                },
                Qt::DirectConnection);
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        const int n = 20000;
        qint64 last = 0;
        for (int i = 0; i < n; ++i) {
            const qint64 id = writer.appendEvent(makeEvent(kT0 + i, QStringLiteral("192.0.2.%1").arg(i % 200)));
            QCOMPARE(id, last + 1); // ids are handed out at once and in order
            last = id;
        }
        writer.flush();
        QCOMPARE(events.loadAcquire(), n);
        // A full chunk of 4,096 wakes the writer, which then takes all that waits: however fast this
        // machine appends, 20,000 appends make at most one transaction per full chunk plus the rest.
        QVERIFY2(writer.committedTransactions() >= 1 && writer.committedTransactions() <= n / 4096 + 1,
                 qPrintable(QString::number(writer.committedTransactions())));
        QCOMPARE(int(writer.committedTransactions()), signals_.loadAcquire());
        EventReader reader(path);
        QCOMPARE(reader.count({}), n);
    }

    void commitsWithinTheIntervalWithoutFlush()
    {
        const QString path = freshPath();
        StoreWriter writer(path);
        writer.setRetentionDays(0);
        writer.setFlushIntervalMs(50);
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        const qint64 id = writer.appendEvent(makeEvent(kT0));
        QTRY_COMPARE_WITH_TIMEOUT(writer.lastCommittedEventId(), id, 2000);
        EventReader reader(path);
        QCOMPARE(reader.count({}), 1);
    }

    void idsContinueAfterRestart()
    {
        const QString path = freshPath();
        {
            StoreWriter writer(path);
            writer.setRetentionDays(0);
            QVERIFY(writer.start(nullptr));
            for (int i = 0; i < 5; ++i)
                writer.appendEvent(makeEvent(kT0 + i));
        } // the destructor flushes
        StoreWriter writer(path);
        writer.setRetentionDays(0);
        QVERIFY(writer.start(nullptr));
        QCOMPARE(writer.lastCommittedEventId(), 5);
        QCOMPARE(writer.appendEvent(makeEvent(kT0 + 10)), 6);
        writer.stop();
        QCOMPARE(writer.appendEvent(makeEvent(kT0 + 11)), 0); // stopped: refused, not lost silently
        EventReader reader(path);
        QCOMPARE(reader.count({}), 6);
    }

    void readerSeesConsistentDataWhileWriting()
    {
        const QString path = freshPath();
        StoreWriter writer(path);
        writer.setRetentionDays(0);
        writer.setFlushIntervalMs(20);
        QVERIFY(writer.start(nullptr));
        EventReader reader(path); // on this (the main) thread
        QVERIFY2(reader.isOpen(), qPrintable(reader.error()));

        const int total = 60000;
        QThread *producer = QThread::create([&] {
            EventList chunk;
            for (int i = 0; i < total; i += 500) {
                chunk.clear();
                for (int j = i; j < i + 500; ++j)
                    chunk.append(makeEvent(kT0 + j, QStringLiteral("198.51.100.%1").arg(j % 50)));
                writer.appendEvents(chunk);
                QThread::usleep(500);
            }
        });
        producer->start();
        qint64 previous = 0;
        int reads = 0;
        while (!producer->isFinished() || previous < total) {
            const qint64 committedBefore = writer.lastCommittedEventId();
            const qint64 n = reader.count({});
            QVERIFY2(n >= previous, "the count never goes back");
            QVERIFY2(n >= committedBefore, "whatever was committed is visible");
            QVERIFY(n <= total);
            const EventList page = reader.page({}, 0, 50);
            if (n > 0) {
                QVERIFY(!page.isEmpty());
                // Newest first, and no row from an uncommitted batch (ids are contiguous). The writer
                // publishes its last id just after COMMIT returns, so a reader may be a moment ahead.
                QTRY_VERIFY_WITH_TIMEOUT(page.first().id <= writer.lastCommittedEventId(), 2000);
                for (int i = 1; i < page.size(); ++i)
                    QVERIFY(page.at(i - 1).timeMs >= page.at(i).timeMs);
            }
            previous = n;
            ++reads;
            if (producer->isFinished())
                writer.flush();
        }
        producer->wait();
        delete producer;
        QCOMPARE(reader.count({}), total);
        QVERIFY(reads > 3);
        QVERIFY(writer.committedTransactions() > 1);
    }

    void savesAlertsAndKeepsAnalystStatus()
    {
        const QString path = freshPath();
        StoreWriter writer(path);
        writer.setRetentionDays(0);
        QVERIFY(writer.start(nullptr));
        const qint64 e1 = writer.appendEvent(makeEvent(kT0));
        const qint64 e2 = writer.appendEvent(makeEvent(kT0 + 1));
        Alert a = bruteForceAlert(QStringLiteral("203.0.113.7"));
        a.lastSeenMs = kT0 + 1;
        a.count = 2;
        a.title = QStringLiteral("Brute force from 203.0.113.7");
        a.evidence = {e1, e2};
        a.id = writer.saveAlert(a);
        QCOMPARE(a.id, 1);
        writer.flush();

        const QString c = QStringLiteral("alerts-test");
        QVERIFY(Database::openExisting(path, c).ok);
        {
            AlertRepository repo(c);
            QCOMPARE(repo.byId(a.id).evidence, (QVector<qint64>{e1, e2}));
            QVERIFY(repo.setStatus(a.id, AlertStatus::Acknowledged, QStringLiteral("ana"), QStringLiteral("looking")));

            // The engine's next update (with its stale Open status) keeps the analyst's triage.
            const qint64 e3 = writer.appendEvent(makeEvent(kT0 + 2));
            a.count = 3;
            a.lastSeenMs = kT0 + 2;
            a.evidence = {e1, e2, e3};
            QCOMPARE(writer.saveAlert(a), a.id);
            writer.flush();
            const Alert back = repo.byId(a.id);
            QCOMPARE(back.count, 3);
            QCOMPARE(back.lastSeenMs, kT0 + 2);
            QCOMPARE(back.evidence.size(), 3);
            QCOMPARE(back.status, AlertStatus::Acknowledged);
            QCOMPARE(back.note, QStringLiteral("looking"));
        }
        Database::close(c);
    }

    void evidenceRowsFollowTheAlert()
    {
        // Updates write only the evidence rows that changed; the rows must still be exactly the
        // alert's evidence after rolling updates and after a restart (when nothing is known).
        const QString path = freshPath();
        QVector<qint64> ids;
        Alert a = bruteForceAlert(QStringLiteral("203.0.113.9"));
        const QString c = QStringLiteral("evidence-test");
        auto rowsOf = [&](qint64 alertId) {
            QVector<qint64> rows;
            if (!Database::openExisting(path, c).ok)
                return QVector<qint64>{-1};
            {
                QSqlQuery q(QSqlDatabase::database(c));
                q.exec(QStringLiteral("SELECT event_id FROM alert_evidence WHERE alert_id = %1 ORDER BY event_id").arg(alertId));
                while (q.next())
                    rows.append(q.value(0).toLongLong());
            }
            Database::close(c);
            return rows;
        };
        {
            StoreWriter writer(path);
            writer.setRetentionDays(0);
            QVERIFY(writer.start(nullptr));
            for (int i = 0; i < 8; ++i)
                ids.append(writer.appendEvent(makeEvent(kT0 + i)));
            a.evidence = ids.mid(0, 5);
            a.id = writer.saveAlert(a);
            a.evidence = {ids[0], ids[1], ids[3], ids[5], ids[5], ids[6]};   // two gone, two new, a repeat
            writer.saveAlert(a);                                               // in the same batch
            writer.flush();
            QCOMPARE(rowsOf(a.id), (QVector<qint64>{ids[0], ids[1], ids[3], ids[5], ids[6]}));
            a.evidence = {ids[7], ids[0]};
            writer.saveAlert(a);
            writer.flush();
            QCOMPARE(rowsOf(a.id), (QVector<qint64>{ids[0], ids[7]}));
        }
        StoreWriter again(path);
        again.setRetentionDays(0);
        QVERIFY(again.start(nullptr));
        a.evidence = {ids[2], ids[7]};
        again.saveAlert(a);
        again.flush();
        QCOMPARE(rowsOf(a.id), (QVector<qint64>{ids[2], ids[7]}));
    }

    void checkpointsWhileWriting()
    {
        // The WAL is checkpointed into the database file while the writer runs (on a thread of its
        // own), so the file holds the data before the writer stops. Under a steady stream of commits
        // the WAL is rarely idle long enough to start over, so it grows up to the writer's backstop
        // (64 MiB) and then restarts: it stays bounded however much is written. Twice as much data
        // as the bound is written, so a WAL that did not stay bounded would show.
        const QString path = freshPath();
        StoreWriter writer(path);
        writer.setRetentionDays(0);
        QVERIFY(writer.start(nullptr));
        const qint64 emptySize = QFileInfo(path).size();
        Event e = makeEvent(kT0);
        e.raw = QByteArray(2000, 'x');
        const int rounds = 16, perRound = 5000;   // 160 MB of rows in all, 10 MB per round
        for (int round = 0; round < rounds; ++round) {
            for (int i = 0; i < perRound; ++i) {
                e.timeMs = kT0 + round * perRound + i;
                writer.appendEvent(e);
            }
            writer.flush();
        }
        // Frames below the checkpointer's threshold (1,000 pages, 16 MB) may stay in the WAL once the
        // writer is idle, so the file need not hold all 160 MB; it holds at least half whether the
        // checkpointer or the writer's backstop moved them.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > emptySize + 80 * 1000 * 1000, 20000);
        // The backstop's checkpoint yields to one the checkpointer thread is running, and the WAL
        // restarts only after a checkpoint that took every frame: it can pass the backstop by a few
        // batches (up to about 100 MB seen here), never by the data written.
        const qint64 wal = QFileInfo(path + QStringLiteral("-wal")).size();
        QVERIFY2(wal < 2 * WalCheckpointer::kBackstopBytes, qPrintable(QString::number(wal)));
        EventReader reader(path);
        QCOMPARE(reader.count({}), rounds * perRound);
    }

    void checkpointerTakesTheCheckpoints()
    {
        // A commit past 1,000 WAL pages makes the checkpointer's thread copy them into the file;
        // the committing connection itself does not checkpoint (its WAL hook is the checkpointer's).
        const QString path = freshPath();
        QVERIFY(Database::open(path, QStringLiteral("ckpt-test")).ok);   // creates it, in WAL mode
        Database::close(QStringLiteral("ckpt-test"));
        SqliteConnection db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY(db.exec("CREATE TABLE t (b BLOB)"));
        WalCheckpointer checkpointer;
        QVERIFY2(checkpointer.start(path, db.handle(), &error), qPrintable(error));
        const qint64 before = QFileInfo(path).size();
        QVERIFY(db.exec("BEGIN"));
        for (int i = 0; i < 2000; ++i)   // 20 MB: past 1,000 pages of any size up to 16 KB
            QVERIFY(db.exec("INSERT INTO t VALUES (zeroblob(10000))"));
        QVERIFY(db.exec("COMMIT"));
        QTRY_VERIFY_WITH_TIMEOUT(checkpointer.checkpoints() >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > before + 2000 * 10000, 10000);
        checkpointer.stop();
        QVERIFY(db.exec("INSERT INTO t VALUES (x'00')"));   // the connection works on by itself
    }

    void prunesPastRetention()
    {
        const qint64 day = 24LL * 3600 * 1000;
        const qint64 now = kT0 + 400 * day;
        ManualClock clock(now);
        const QString path = freshPath();
        StoreWriter writer(path);
        writer.setClock(&clock);
        writer.setRetentionDays(0); // so the writer's own prune at start leaves the rows to us
        QVERIFY(writer.start(nullptr));
        for (qint64 age : {100, 91, 89, 1})
            writer.appendEvent(makeEvent(now - age * day));
        Alert closedOld, openOld;
        closedOld.rule = openOld.rule = QStringLiteral("brute_force_ip");
        closedOld.status = AlertStatus::Resolved;
        closedOld.firstSeenMs = closedOld.lastSeenMs = now - 100 * day;
        openOld.firstSeenMs = openOld.lastSeenMs = now - 100 * day;
        const qint64 closedId = writer.saveAlert(closedOld);
        const qint64 openId = writer.saveAlert(openOld);
        writer.flush();

        writer.setRetentionDays(90);
        QCOMPARE(writer.retentionDays(), 90);
        QCOMPARE(writer.pruneNow(), 2);
        EventReader reader(path);
        QCOMPARE(reader.count({}), 2);
        const EventList left = reader.page({}, 0, 10);
        QCOMPARE(left.at(0).timeMs, now - 1 * day);
        QCOMPARE(left.at(1).timeMs, now - 89 * day);
        const QString c = QStringLiteral("prune-test");
        QVERIFY(Database::openExisting(path, c).ok);
        {
            AlertRepository repo(c);
            QCOMPARE(repo.byId(closedId).id, 0);
            QCOMPARE(repo.byId(openId).id, openId);
        }
        Database::close(c);

        // 0 keeps everything.
        writer.setRetentionDays(0);
        clock.advanceMs(1000 * day);
        QCOMPARE(writer.pruneNow(), 0);
        QCOMPARE(reader.count({}), 2);
    }

    void benchmarkRuns()
    {
        const StoreBenchResult r = runStoreBenchmark(freshPath(), 5000, 50);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.events, 5000);
        QVERIFY(r.eventsPerSec > 0);
        QVERIFY(r.transactions >= 1);
        QVERIFY(r.fileBytes > 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreWriter)
#include "TestStoreWriter.moc"
