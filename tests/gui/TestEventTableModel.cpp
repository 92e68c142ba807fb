// The paged events model over a store of 200,000 rows: counting, page fetching on demand,
// LRU of pages, live prepend without reset, filters applied in SQL, and QAbstractItemModelTester.

#include "EventTableModel.h"
#include "GuiTestUtil.h"
#include "StoreClient.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tg;

class TestEventTableModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_endMs = 0;
    static constexpr int kRows = 200000;

    // Waits until every row in [first, last] is loaded, touching them as a view would.
    static bool loadRows(EventTableModel &m, int first, int last, int timeoutMs = 20000)
    {
        return QTest::qWaitFor([&] {
            for (int r = first; r <= last; ++r)
                if (!m.index(r, 0).data(EventTableModel::LoadedRole).toBool())
                    return false;
            return true;
        }, timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("tollgate.sqlite"));
        // The newest stored event is a minute old, so live events are clearly newer.
        m_endMs = QDateTime::currentMSecsSinceEpoch() - 60000;
        QString error;
        QElapsedTimer t;
        t.start();
        QVERIFY2(guitest::fillStore(m_path, kRows, m_endMs, &error), qPrintable(error));
        qInfo("filled %d events in %lld ms", kRows, t.elapsed());
    }

    void countsAndPages()
    {
        StoreClient store(m_path);
        EventTableModel m(&store);
        // The tester walks every row on each structural signal (about a second at this size),
        // so it watches the count and the first pages; the smaller models below keep it on.
        auto tester = std::make_unique<QAbstractItemModelTester>(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), kRows, 20000);
        QVERIFY(!m.isLoading());

        // Newest first: row 0 is the last written event.
        QVERIFY(loadRows(m, 0, 5));
        tester.reset();
        QCOMPARE(m.index(0, 0).data(EventTableModel::TimeMsRole).toLongLong(), m_endMs);
        QVERIFY(m.index(0, 0).data(EventTableModel::TimeMsRole).toLongLong()
                > m.index(1, 0).data(EventTableModel::TimeMsRole).toLongLong());

        // A row deep down is fetched on demand, and only its page (and few others) is in memory.
        const int deep = kRows - 3;
        QVERIFY(!m.index(deep, 0).data(EventTableModel::LoadedRole).toBool());
        QCOMPARE(m.index(deep, EventTableModel::TimeColumn).data().toString(), QStringLiteral("Loading…"));
        QVERIFY(loadRows(m, deep, deep));
        QCOMPARE(m.index(deep, 0).data(EventTableModel::TimeMsRole).toLongLong(), m_endMs - qint64(deep) * 1000);
        QVERIFY(m.cachedPages() <= 4);

        // Scroll through the table like a user dragging the scrollbar: pages come and go,
        // the cache stays bounded.
        m.setMaxCachedPages(8);
        for (int r = 0; r < kRows; r += kRows / 40) {
            const int last = qMin(r + 30, kRows - 1);
            QVERIFY2(loadRows(m, r, last), qPrintable(QStringLiteral("rows %1..%2").arg(r).arg(last)));
            QCOMPARE(m.index(r, 0).data(EventTableModel::TimeMsRole).toLongLong(), m_endMs - qint64(r) * 1000);
        }
        QVERIFY(m.cachedPages() <= 8);

        // Sequential pages use keyset paging and agree with offsets.
        QVERIFY(loadRows(m, 1000, 1000 + 3 * m.pageSize()));
        for (int r = 1000; r < 1000 + 3 * m.pageSize(); ++r)
            QCOMPARE(m.index(r, 0).data(EventTableModel::TimeMsRole).toLongLong(), m_endMs - qint64(r) * 1000);
    }

    void filtersInSql()
    {
        StoreClient store(m_path);
        EventTableModel m(&store);
        QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), kRows, 20000);

        EventFilter f;
        f.kinds = {EventKind::CallEnd};
        f.pbx = QStringLiteral("branch");   // i % 20 == 0: 10,000 rows
        m.setFilter(f);
        QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), kRows / 20, 20000);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadRows(m, 0, 20));

        f = EventFilter{};
        f.pbx = QStringLiteral("branch");
        m.setFilter(f);
        QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), kRows / 4, 20000);
        QVERIFY(loadRows(m, 0, 20));
        for (int r = 0; r <= 20; ++r)
            QCOMPARE(m.index(r, EventTableModel::PbxColumn).data().toString(), QStringLiteral("branch"));

        f = EventFilter{};
        f.kinds = {EventKind::CallEnd};
        m.setFilter(f);
        QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), kRows / 10, 20000);
        QVERIFY(loadRows(m, 0, 0));
        QCOMPARE(EventKind(m.index(0, 0).data(EventTableModel::KindRole).toInt()), EventKind::CallEnd);
        QVERIFY(!m.index(0, EventTableModel::DurationColumn).data().toString().isEmpty());

        f = EventFilter{};
        f.srcIp = QStringLiteral("203.0.113.7");
        m.setFilter(f);
        QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), kRows / 50, 20000);

        f = EventFilter{};
        f.account = QStringLiteral("1003");
        f.text = QStringLiteral("FRIENDLY");   // case-insensitive substring (user agent)
        m.setFilter(f);
        // account 1003 is i % 20 == 3; friendly-scanner is i % 3 == 0: i % 60 == 3 ... one in 60.
        QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), kRows / 60 + (kRows % 60 > 3 ? 1 : 0), 20000);
    }

    void livePrependWithoutReset()
    {
        StoreClient store(m_path);
        EventTableModel m(&store);
        EventFilter f;
        f.pbx = QStringLiteral("office");
        f.srcIp = QStringLiteral("203.0.113.1");   // i % 50 == 1 (never i % 4 == 0)
        m.setFilter(f);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int stored = kRows / 50;
        QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), stored, 20000);
        QVERIFY(loadRows(m, 0, 0));
        const qint64 topBefore = m.index(0, 0).data(EventTableModel::TimeMsRole).toLongLong();

        QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&m, &QAbstractItemModel::rowsInserted);
        const qint64 now = QDateTime::currentMSecsSinceEpoch() + 1000;
        EventList live;
        for (int i = 0; i < 5; ++i)
            live.append(guitest::event(now + i, 1 + 50 * i));     // office, 203.0.113.1
        live.append(guitest::event(now + 10, 1, EventKind::AuthFailure, QStringLiteral("branch")));  // filtered out
        live.append(guitest::event(now + 11, 2));                 // another IP: filtered out
        m.addLiveEvents(live);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(m.rowCount(), stored + 5);
        QCOMPARE(m.liveRows(), 5);
        QCOMPARE(m.index(0, 0).data(EventTableModel::TimeMsRole).toLongLong(), now + 4);   // newest on top
        QCOMPARE(m.index(4, 0).data(EventTableModel::TimeMsRole).toLongLong(), now);
        QVERIFY(loadRows(m, 5, 5));
        QCOMPARE(m.index(5, 0).data(EventTableModel::TimeMsRole).toLongLong(), topBefore);

        // An older live event than the top cannot be prepended: it waits for the reconcile.
        m.addLiveEvents({guitest::event(now + 2, 51)});
        QCOMPARE(m.rowCount(), stored + 5);
    }

    void reconcileFoldsLiveRowsAndFindsDropped()
    {
        // A store of its own: this test writes to it while the model is open.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        const qint64 base = QDateTime::currentMSecsSinceEpoch() - 100000;
        QString error;
        QVERIFY2(guitest::fillStore(path, 100, base, &error), qPrintable(error));

        StoreClient store(path);
        EventTableModel m(&store);
        m.setReconcileDelayMs(50);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), 100, 10000);

        // The engine stores 30 new events, but the snapshot carried only the 10 newest.
        StoreWriter w(path);
        QVERIFY2(w.start(&error), qPrintable(error));
        QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
        const qint64 t1 = QDateTime::currentMSecsSinceEpoch() + 300;   // newer than the anchor
        EventList more;
        for (int i = 0; i < 30; ++i)
            more.append(guitest::event(t1 + i, i));
        w.appendEvents(more);
        w.flush();
        m.addLiveEvents(more.mid(20));
        m.noteDroppedEvents(20);
        QCOMPARE(m.rowCount(), 110);
        QCOMPARE(m.liveRows(), 10);
        // Once the commit margin has passed, the reconcile folds the live rows into the stored
        // part and the recount brings the 20 dropped rows in, without a reset.
        QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), 130, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m.liveRows(), 0, 10000);
        QCOMPARE(resets.count(), 0);
        QVERIFY(loadRows(m, 0, 129));
        QCOMPARE(m.index(0, 0).data(EventTableModel::TimeMsRole).toLongLong(), t1 + 29);
        for (int r = 1; r < 130; ++r)
            QVERIFY(m.index(r - 1, 0).data(EventTableModel::TimeMsRole).toLongLong()
                    > m.index(r, 0).data(EventTableModel::TimeMsRole).toLongLong());
        w.stop();
    }

    void matchesLikeTheStore()
    {
        Event e = guitest::event(1000, 3);
        EventFilter f;
        QVERIFY(f.matches(e));
        f.text = QStringLiteral("zoip");
        QVERIFY(!f.matches(e));   // i=3 is friendly-scanner
        f.text = QStringLiteral("SCANNER");
        QVERIFY(f.matches(e));
        f.toMs = 1000;                              // exclusive
        QVERIFY(!f.matches(e));
        f.toMs = 0;
        f.fromMs = 1000;                            // inclusive
        QVERIFY(f.matches(e));
        f.kinds = {EventKind::CallEnd};
        QVERIFY(!f.matches(e));
    }
};

QTEST_MAIN(TestEventTableModel)
#include "TestEventTableModel.moc"
