// Event queries: filters, paging, top talkers, per-minute counts.

#include "StoreTestUtil.h"

#include "store/EventReader.h"
#include "store/StoreWriter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tg;
using namespace tg::testutil;

class TestEventReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    static constexpr qint64 kT0 = 1700000040000LL; // a whole minute

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("reader.sqlite"));
        StoreWriter writer(m_path);
        writer.setRetentionDays(0);
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        // 30 auth failures from .1 (minute 0), 20 from .2 (minute 1), 10 from .3 on pbx "lab".
        for (int i = 0; i < 30; ++i)
            writer.appendEvent(makeEvent(kT0 + i * 1000, QStringLiteral("203.0.113.1"), EventKind::AuthFailure, QStringLiteral("100")));
        for (int i = 0; i < 20; ++i)
            writer.appendEvent(makeEvent(kT0 + 60000 + i * 1000, QStringLiteral("203.0.113.2"), EventKind::AuthFailure, QStringLiteral("200")));
        for (int i = 0; i < 10; ++i)
            writer.appendEvent(makeEvent(kT0 + 60000 + i, QStringLiteral("203.0.113.3"), EventKind::AuthFailure, QStringLiteral("300"), QStringLiteral("lab")));
        Event call = makeEvent(kT0 + 120000, QStringLiteral("192.0.2.9"), EventKind::CallStart, QStringLiteral("1001"));
        call.destination = QStringLiteral("0090_5%1");
        call.detail = QStringLiteral("International 100% premium");
        writer.appendEvent(call);
        // Same time as the previous event: ordering falls back to id.
        writer.appendEvent(makeEvent(kT0 + 120000, QStringLiteral("192.0.2.9"), EventKind::AuthSuccess, QStringLiteral("1001")));
    }

    void counts()
    {
        EventReader r(m_path);
        QVERIFY2(r.isOpen(), qPrintable(r.error()));
        QCOMPARE(r.count({}), 62);
        EventFilter f;
        f.pbx = QStringLiteral("lab");
        QCOMPARE(r.count(f), 10);
        f = {};
        f.srcIp = QStringLiteral("203.0.113.2");
        QCOMPARE(r.count(f), 20);
        f = {};
        f.account = QStringLiteral("100");
        QCOMPARE(r.count(f), 30);
        f = {};
        f.kinds = {EventKind::CallStart, EventKind::AuthSuccess};
        QCOMPARE(r.count(f), 2);
        f = {};
        f.fromMs = kT0 + 60000;
        f.toMs = kT0 + 120000; // exclusive
        QCOMPARE(r.count(f), 30);
        f = {};
        f.text = QStringLiteral("100%"); // % is literal, not a wildcard
        QCOMPARE(r.count(f), 1);
        f.text = QStringLiteral("0090_5"); // so is _
        QCOMPARE(r.count(f), 1);
        f.text = QStringLiteral("FRIENDLY"); // case-insensitive, user agent
        QCOMPARE(r.count(f), 62);
        f.text = QStringLiteral("'; DROP TABLE events; --");
        QCOMPARE(r.count(f), 0);
        QCOMPARE(r.count({}), 62);
    }

    void pagesNewestFirst()
    {
        EventReader r(m_path);
        const EventList first = r.page({}, 0, 5);
        QCOMPARE(first.size(), 5);
        QCOMPARE(first.at(0).id, 62); // same time as 61, higher id first
        QCOMPARE(first.at(1).id, 61);
        QCOMPARE(first.at(0).kind, EventKind::AuthSuccess);
        for (int i = 1; i < first.size(); ++i)
            QVERIFY(first.at(i - 1).timeMs > first.at(i).timeMs
                    || (first.at(i - 1).timeMs == first.at(i).timeMs && first.at(i - 1).id > first.at(i).id));

        // Offset paging and keyset paging agree.
        EventList byOffset, byKeyset;
        for (int off = 0; off < 62; off += 7)
            byOffset += r.page({}, off, 7);
        EventList page = r.page({}, 0, 7);
        while (!page.isEmpty()) {
            byKeyset += page;
            page = r.pageBefore({}, page.last().timeMs, page.last().id, 7);
        }
        QCOMPARE(byOffset.size(), 62);
        QCOMPARE(byKeyset.size(), 62);
        for (int i = 0; i < 62; ++i)
            QCOMPARE(byKeyset.at(i).id, byOffset.at(i).id);

        EventFilter lab;
        lab.pbx = QStringLiteral("lab");
        const EventList labPage = r.page(lab, 0, 100);
        QCOMPARE(labPage.size(), 10);
        for (const Event &e : labPage)
            QCOMPARE(e.pbx, QStringLiteral("lab"));
        QVERIFY(r.page({}, 100, 10).isEmpty());
    }

    void topSourceIps()
    {
        EventReader r(m_path);
        const auto top = r.topSourceIps(kT0, 2);
        QCOMPARE(top.size(), 2);
        QCOMPARE(top.at(0), qMakePair(QStringLiteral("203.0.113.1"), 30));
        QCOMPARE(top.at(1), qMakePair(QStringLiteral("203.0.113.2"), 20));
        const auto recent = r.topSourceIps(kT0 + 60000, 10);
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.at(0).first, QStringLiteral("203.0.113.2"));
        const auto calls = r.topSourceIps(kT0, 10, EventKind::CallStart);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0), qMakePair(QStringLiteral("192.0.2.9"), 1));
    }

    void countPerMinute()
    {
        EventReader r(m_path);
        const auto all = r.countPerMinute(kT0, EventKind::AuthFailure);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), qMakePair(kT0, 30));
        QCOMPARE(all.at(1), qMakePair(kT0 + 60000, 30));
        const auto lab = r.countPerMinute(kT0, EventKind::AuthFailure, QStringLiteral("lab"));
        QCOMPARE(lab.size(), 1);
        QCOMPARE(lab.at(0), qMakePair(kT0 + 60000, 10));
    }

    void missingFileIsCreatedEmpty()
    {
        EventReader r(m_dir.filePath(QStringLiteral("sub/new.sqlite")));
        QVERIFY2(r.isOpen(), qPrintable(r.error()));
        QCOMPARE(r.count({}), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventReader)
#include "TestEventReader.moc"
