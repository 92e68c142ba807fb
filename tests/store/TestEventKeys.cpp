// Look-ups by source address, account and PBX through event_keys (schema v8): the packed entries,
// the results of every filter that uses them against a plain in-memory evaluation (with events
// that arrive late, so groups overlap in time), retention, and the migration of older stores.

#include "StoreTestUtil.h"

#include "Clock.h"
#include "store/AccountActivityReader.h"
#include "store/Database.h"
#include "store/EventKeys.h"
#include "store/EventReader.h"
#include "store/StoreWriter.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace tg;
using namespace tg::testutil;

namespace {

constexpr qint64 kT0 = 1790000000000LL;

bool newerFirst(const Event &a, const Event &b)
{
    return a.timeMs != b.timeMs ? a.timeMs > b.timeMs : a.id > b.id;
}

QVector<qint64> idsOf(const EventList &events)
{
    QVector<qint64> ids;
    for (const Event &e : events)
        ids << e.id;
    return ids;
}

// Addresses and accounts from small sets so each has many events; every fifth event has no
// address and every seventh no account (call legs, PBX-side events).
Event randomEvent(QRandomGenerator &rng, qint64 timeMs)
{
    static const EventKind kinds[] = {EventKind::AuthFailure, EventKind::AuthChallenge, EventKind::AuthSuccess,
                                      EventKind::Registration, EventKind::CallStart};
    Event e = makeEvent(timeMs, QStringLiteral("203.0.113.%1").arg(rng.bounded(6)),
                        kinds[rng.bounded(5)], QString::number(100 + rng.bounded(5)),
                        rng.bounded(3) == 0 ? QStringLiteral("lab") : QStringLiteral("office"));
    if (rng.bounded(5) == 0)
        e.srcIp.clear();
    if (rng.bounded(7) == 0)
        e.account.clear();
    e.userAgent = rng.bounded(4) == 0 ? QStringLiteral("sipvicious") : QStringLiteral("Yealink");
    return e;
}

} // namespace

class TestEventKeys : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    // Compares counts, offset pages and a whole keyset walk for many filters.
    void compareQueries(const QString &path, const EventList &stored)
    {
        EventReader reader(path);
        QVERIFY2(reader.isOpen(), qPrintable(reader.error()));
        QVector<EventFilter> filters;
        for (int ip = 0; ip < 7; ++ip) { // .6 never occurs
            EventFilter f;
            f.srcIp = QStringLiteral("203.0.113.%1").arg(ip);
            filters << f;
            f.kinds = {EventKind::AuthSuccess, EventKind::CallStart};
            filters << f;
            f.kinds.clear();
            f.pbx = QStringLiteral("lab");
            f.fromMs = kT0 + 20000;
            f.toMs = kT0 + 70000;
            filters << f;
            f = {};
            f.srcIp = QStringLiteral("203.0.113.%1").arg(ip);
            f.account = QStringLiteral("102");
            filters << f;
        }
        for (const QString &pbx : {QStringLiteral("office"), QStringLiteral("lab"), QStringLiteral("none")}) {
            EventFilter f;
            f.pbx = pbx;
            filters << f;
            f.kinds = {EventKind::CallStart};
            f.fromMs = kT0 + 30000;
            filters << f;
        }
        for (int a = 100; a < 106; ++a) {
            EventFilter f;
            f.account = QString::number(a);
            filters << f;
            f.text = QStringLiteral("VICIOUS");
            filters << f;
            f.text.clear();
            f.toMs = kT0 + 50000;
            filters << f;
        }
        for (const EventFilter &f : filters) {
            EventList expected;
            for (const Event &e : stored)
                if (f.matches(e))
                    expected << e;
            std::sort(expected.begin(), expected.end(), newerFirst);
            const QString what = QStringLiteral("ip=%1 account=%2 pbx=%3 kinds=%4 text=%5 from=%6 to=%7")
                                     .arg(f.srcIp, f.account, f.pbx)
                                     .arg(f.kinds.size())
                                     .arg(f.text)
                                     .arg(f.fromMs)
                                     .arg(f.toMs);
            QVERIFY2(reader.count(f) == expected.size(), qPrintable(what));
            QVERIFY2(idsOf(reader.page(f, 0, 9)) == idsOf(expected.mid(0, 9)), qPrintable(what));
            QVERIFY2(idsOf(reader.page(f, 5, 9)) == idsOf(expected.mid(5, 9)), qPrintable(what));
            EventList walked;
            EventList page = reader.page(f, 0, 13);
            while (!page.isEmpty()) {
                walked += page;
                page = reader.pageBefore(f, page.last().timeMs, page.last().id, 13);
            }
            QVERIFY2(idsOf(walked) == idsOf(expected), qPrintable(what));
            if (!expected.isEmpty())
                QCOMPARE(walked.first().raw, QByteArray()); // pages leave the raw text out, as before
        }
    }

    // The access review's question: when each account last registered, authenticated or called
    // on one PBX, and since when the store holds that PBX's events.
    void compareActivity(const QString &connection, const EventList &stored)
    {
        QStringList accounts;
        for (int a = 99; a < 106; ++a) // 99 never occurs
            accounts << QString::number(a);
        const AccountActivity activity = AccountActivityReader(connection).read(QStringLiteral("office"), accounts, kT0);
        QVERIFY(activity.known);
        for (const QString &account : accounts) {
            qint64 last = -1;
            for (const Event &e : stored)
                if (e.account == account && e.pbx == QLatin1String("office")
                    && (e.kind == EventKind::Registration || e.kind == EventKind::AuthSuccess
                        || e.kind == EventKind::CallStart))
                    last = qMax(last, e.timeMs);
            QCOMPARE(activity.lastSeenMs.value(account, -1), last);
        }
        qint64 first = LLONG_MAX;
        for (const Event &e : stored)
            if (e.pbx == QLatin1String("office"))
                first = qMin(first, e.timeMs);
        QCOMPARE(activity.historySinceMs, first);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void entriesRoundTrip()
    {
        std::vector<EventKeyEntry> entries{{-5, 9}, {0, 3}, {0, 4}, {kT0, 1}, {kT0, 100000000000LL}, {kT0 + 1, 2}};
        std::sort(entries.begin(), entries.end());
        std::vector<EventKeyEntry> back;
        QVERIFY(decodeEventKeyEntries(encodeEventKeyEntries(entries), &back));
        QCOMPARE(back.size(), entries.size());
        for (size_t i = 0; i < back.size(); ++i) {
            QCOMPARE(back[i].timeMs, entries[i].timeMs);
            QCOMPARE(back[i].id, entries[i].id);
        }
        QByteArray cut = encodeEventKeyEntries(entries);
        cut.chop(1);
        back.clear();
        QVERIFY(!decodeEventKeyEntries(cut, &back)); // damage is reported, never read past the end
        QVERIFY(!decodeEventKeyEntries(QByteArray(12, char(0xff)), &back));
    }

    // A batch's keys come back as one group per field and value, in (field, value) order, with
    // their entries sorted, whether the keys come in runs, interleaved, or as equal text in
    // separately allocated strings.
    void batchGroupsByFieldAndValue()
    {
        EventKeyBatch batch;
        const QString a = QStringLiteral("10.0.0.1"), b = QStringLiteral("10.0.0.2");
        const QString pbx = QStringLiteral("pbx-1"), acct = QStringLiteral("1001");
        batch.add(a, acct, pbx, EventKind::AuthFailure, kT0 + 5, 1);
        batch.add(a, acct, pbx, EventKind::AuthFailure, kT0 + 3, 2);
        batch.add(b, QString(), pbx, EventKind::AuthFailure, kT0 + 4, 3);
        batch.add(QString(a.constData(), a.size()), acct, pbx, EventKind::Registration, kT0 + 1, 4); // a copy
        batch.add(QString(), QStringLiteral("1002"), QString(), EventKind::CallStart, kT0 + 2, 5);
        batch.add(b, acct, pbx, EventKind::AuthFailure, kT0 + 6, 6);
        const std::vector<EventKeyGroup> groups = batch.takeGroups();
        auto ids = [](const EventKeyGroup &g) {
            std::vector<EventKeyEntry> entries;
            decodeEventKeyEntries(g.entries, &entries);
            QList<qint64> out;
            for (const EventKeyEntry &e : entries)
                out << e.id;
            return out;
        };
        QCOMPARE(groups.size(), size_t(7));
        const QList<std::pair<EventKeyField, QString>> expectedKeys{
            {EventKeyField::SourceIp, a}, {EventKeyField::SourceIp, b},
            {EventKeyField::Account, acct}, {EventKeyField::Account, QStringLiteral("1002")},
            {EventKeyField::Pbx, pbx},
            {EventKeyField::ActiveAccount, acct}, {EventKeyField::ActiveAccount, QStringLiteral("1002")}};
        const QList<QList<qint64>> expectedIds{{4, 2, 1}, {3, 6}, {4, 2, 1, 6}, {5}, {4, 2, 3, 1, 6}, {4}, {5}};
        for (size_t i = 0; i < groups.size(); ++i) {
            QCOMPARE(groups[i].field, expectedKeys[qsizetype(i)].first);
            QCOMPARE(groups[i].value, expectedKeys[qsizetype(i)].second);
            QCOMPARE(ids(groups[i]), expectedIds[qsizetype(i)]);
            QCOMPARE(groups[i].count, int(expectedIds[qsizetype(i)].size()));
        }
        QCOMPARE(groups[2].minMs, kT0 + 1);
        QCOMPARE(groups[2].maxMs, kT0 + 6);
        QCOMPARE(groups[2].maxId, qint64(6));
        QVERIFY(batch.takeGroups().empty()); // taking the groups empties the batch
        batch.add(b, QString(), QString(), EventKind::AuthFailure, kT0, 7);
        const std::vector<EventKeyGroup> again = batch.takeGroups();
        QCOMPARE(again.size(), size_t(1));
        QCOMPARE(again[0].value, b);
        QCOMPARE(ids(again[0]), QList<qint64>{7});
    }

    // Several batches, some with events older than those already stored: the groups of one key
    // overlap in time and the reader must still merge them into exact newest-first order.
    void queriesMatchPlainEvaluation()
    {
        const QString path = m_dir.filePath(QStringLiteral("keys%1.sqlite").arg(++m_n));
        StoreWriter writer(path);
        writer.setRetentionDays(0);
        writer.setFlushIntervalMs(60000); // batches end at flush() only
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        QRandomGenerator rng(6);
        EventList stored;
        for (int batch = 0; batch < 8; ++batch) {
            const qint64 base = kT0 + (batch % 2 ? batch * 10000 : (8 - batch) * 5000);
            for (int i = 0; i < 150; ++i) {
                Event e = randomEvent(rng, base + rng.bounded(20000)); // times overlap across batches
                e.id = writer.appendEvent(e);
                QVERIFY(e.id > 0);
                stored << e;
            }
            writer.flush();
        }
        writer.stop();
        compareQueries(path, stored);
        const QString c = QStringLiteral("test-activity");
        QVERIFY(Database::open(path, c).ok);
        compareActivity(c, stored);
        Database::close(c);
    }

    void prunedEventsAreNotFound()
    {
        const QString path = m_dir.filePath(QStringLiteral("keys%1.sqlite").arg(++m_n));
        const qint64 day = 24LL * 3600 * 1000;
        ManualClock clock(kT0);
        StoreWriter writer(path);
        writer.setClock(&clock);
        writer.setRetentionDays(0);
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        EventList kept;
        // One batch holding old and new events of the same address: its group outlives the
        // old rows, whose entries must then be ignored.
        for (int i = 0; i < 40; ++i) {
            Event e = makeEvent(i % 2 ? kT0 - 5 * day + i : kT0 + i, QStringLiteral("203.0.113.1"));
            e.id = writer.appendEvent(e);
            if (e.timeMs >= kT0)
                kept << e;
        }
        writer.flush();
        for (int i = 0; i < 10; ++i) // a batch of old events only: its group goes with them
            writer.appendEvent(makeEvent(kT0 - 6 * day + i, QStringLiteral("203.0.113.1")));
        writer.flush();
        writer.setRetentionDays(2);
        QCOMPARE(writer.pruneNow(), 30);
        writer.stop();
        {
            const QString c = QStringLiteral("test-pruned");
            QVERIFY(Database::open(path, c).ok);
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM event_keys WHERE max_ms < %1").arg(kT0 - 2 * day)), 0);
            QVERIFY(scalar(c, QStringLiteral("SELECT count(*) FROM event_keys")) > 0);
            Database::close(c);
        }

        EventReader reader(path);
        EventFilter f;
        f.srcIp = QStringLiteral("203.0.113.1");
        QCOMPARE(reader.count(f), kept.size());
        std::sort(kept.begin(), kept.end(), newerFirst);
        QCOMPARE(idsOf(reader.page(f, 0, 100)), idsOf(kept));
        f.kinds = {EventKind::AuthFailure};
        QCOMPARE(reader.count(f), kept.size());
    }

    // A store written before v8 (rows inserted with the old schema's SQL, the old indexes in
    // place) is migrated: its events are filed under their keys and found as before.
    void migratesOlderStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("keys%1.sqlite").arg(++m_n));
        const QString c = QStringLiteral("test-migrate");
        DbOpenResult r = Database::openAtVersion(path, c, 7);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'events_src_ip'")), 1);
        QRandomGenerator rng(7);
        EventList stored;
        {
            QSqlDatabase db = QSqlDatabase::database(c);
            QVERIFY(db.transaction());
            QSqlQuery q(db);
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO events (id, time_ms, pbx, kind, type, src_ip, account, user_agent, raw)"
                                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")));
            for (int i = 1; i <= 1200; ++i) {
                Event e = randomEvent(rng, kT0 + rng.bounded(100000));
                e.id = i;
                q.addBindValue(e.id);
                q.addBindValue(e.timeMs);
                q.addBindValue(e.pbx);
                q.addBindValue(eventKindName(e.kind));
                q.addBindValue(e.type);
                // Old writers stored a missing address as NULL or as ''.
                q.addBindValue(e.srcIp.isEmpty() && i % 2 ? QVariant() : QVariant(e.srcIp));
                q.addBindValue(e.account);
                q.addBindValue(e.userAgent);
                q.addBindValue(e.raw);
                QVERIFY(q.exec());
                stored << e;
            }
            QVERIFY(db.commit());
        }
        Database::close(c);

        r = Database::open(path, c);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.schemaVersion, 8);
        QVERIFY(scalar(c, QStringLiteral("SELECT count(*) FROM event_keys")) > 0);
        QCOMPARE(scalar(c, QStringLiteral("SELECT sum(n) FROM event_keys")),
                 scalar(c, QStringLiteral("SELECT count(*) FROM events WHERE src_ip <> ''"))
                     + scalar(c, QStringLiteral("SELECT count(*) FROM events WHERE account <> ''"))
                     + scalar(c, QStringLiteral("SELECT count(*) FROM events WHERE pbx <> ''"))
                     + scalar(c, QStringLiteral("SELECT count(*) FROM events WHERE account <> ''"
                                                " AND kind IN ('registration', 'auth_success', 'call_start')")));
        for (const char *gone : {"events_src_ip", "events_account", "events_pbx"})
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(gone))), 0);

        compareActivity(c, stored);
        Database::close(c);

        compareQueries(path, stored);

        // New events continue the ids and are found with the migrated ones.
        StoreWriter writer(path);
        writer.setRetentionDays(0);
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        Event e = makeEvent(kT0 + 5, QStringLiteral("203.0.113.2"));
        e.id = writer.appendEvent(e);
        QCOMPARE(e.id, 1201);
        writer.stop();
        stored << e;
        compareQueries(path, stored);
    }
};

QTEST_GUILESS_MAIN(TestEventKeys)
#include "TestEventKeys.moc"
