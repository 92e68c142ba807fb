#include "StoreBench.h"

#include "AccountActivityReader.h"
#include "Database.h"
#include "EventReader.h"
#include "StoreWriter.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <ctime>
#include <functional>

namespace tg {

namespace {

// A pool of distinct events, reused with fresh times, so the benchmark measures the store
// and not string building.
EventList makePool(qint64 startMs)
{
    static const EventKind kinds[] = {EventKind::AuthFailure, EventKind::AuthFailure,
                                      EventKind::AuthFailure, EventKind::AuthChallenge,
                                      EventKind::AuthSuccess, EventKind::CallStart,
                                      EventKind::CallEnd,     EventKind::Registration};
    EventList pool;
    const int n = 4096;
    pool.reserve(n);
    for (int i = 0; i < n; ++i) {
        Event e;
        e.timeMs = startMs;
        e.pbx = QStringLiteral("pbx-%1").arg(i % 3);
        e.kind = kinds[i % 8];
        e.type = e.kind == EventKind::AuthFailure ? QStringLiteral("InvalidPassword")
                                                  : eventKindName(e.kind);
        e.service = QStringLiteral("PJSIP");
        e.srcIp = QStringLiteral("198.51.%1.%2").arg((i * 7) % 256).arg((i * 13) % 254 + 1);
        e.srcPort = static_cast<quint16>(5060 + i % 100);
        e.transport = QStringLiteral("UDP");
        e.account = QStringLiteral("%1").arg(100 + (i * 31) % 1000);
        e.userAgent = QStringLiteral("friendly-scanner %1").arg(i % 17);
        e.callId = QStringLiteral("%1-%2").arg(startMs).arg(i);
        e.raw = QStringLiteral("Event: InvalidPassword\r\nPrivilege: security,all\r\n"
                               "EventTV: 2024-01-01T00:00:00.000+0000\r\nSeverity: Error\r\n"
                               "Service: PJSIP\r\nAccountID: %1\r\nSessionID: %2\r\n"
                               "RemoteAddress: IPV4/UDP/%3/5060\r\n\r\n")
                    .arg(e.account, e.callId, e.srcIp)
                    .toUtf8();
        pool.append(e);
    }
    return pool;
}

// Times what the events table, the dashboard, the access review and the incident report ask
// the store, each once on a fresh reader, on events made by makePool().
QVector<StoreQueryTime> timeQueries(const QString &path, qint64 startMs, qint64 endMs)
{
    QVector<StoreQueryTime> out;
    EventReader reader(path);
    if (!reader.isOpen())
        return out;
    auto time = [&](const QString &what, const std::function<void()> &query) {
        QElapsedTimer t;
        const std::clock_t cpu = std::clock();
        t.start();
        query();
        out.append({what, double(t.nsecsElapsed()) / 1e6, 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC});
    };
    auto deepPage = [&](const EventFilter &f, int pages) {
        EventList page = reader.page(f, 0, 200);
        for (int i = 1; i < pages && !page.isEmpty(); ++i)
            page = reader.pageBefore(f, page.last().timeMs, page.last().id, 200);
    };
    EventFilter ip, account, pbx, kind, ipKind, pbxKind, recent;
    ip.srcIp = QStringLiteral("198.51.7.14");            // pool entry 1: one event in 4096
    account.account = QStringLiteral("131");              // pool entries 1, 1001, ...: one in 1000
    pbx.pbx = QStringLiteral("pbx-2");                    // a third of the events
    kind.kinds = {EventKind::CallStart};                  // one in eight
    ipKind = ip;
    ipKind.kinds = {EventKind::AuthSuccess};              // never from that address: walks all of it
    pbxKind = pbx;
    pbxKind.kinds = {EventKind::CallStart};               // as the incident report counts calls
    recent.fromMs = endMs - 60000;                        // the last simulated minute
    time(QStringLiteral("first page"), [&] { reader.page({}, 0, 200); });
    time(QStringLiteral("page 50 by keyset"), [&] { deepPage({}, 50); });
    time(QStringLiteral("count all"), [&] { reader.count({}); });
    time(QStringLiteral("address: first page"), [&] { reader.page(ip, 0, 200); });
    time(QStringLiteral("address: page 5 by keyset"), [&] { deepPage(ip, 5); });
    time(QStringLiteral("address: count"), [&] { reader.count(ip); });
    time(QStringLiteral("address + kind: count"), [&] { reader.count(ipKind); });
    time(QStringLiteral("account: first page"), [&] { reader.page(account, 0, 200); });
    time(QStringLiteral("account: count"), [&] { reader.count(account); });
    time(QStringLiteral("PBX: first page"), [&] { reader.page(pbx, 0, 200); });
    time(QStringLiteral("PBX: page 50 by keyset"), [&] { deepPage(pbx, 50); });
    time(QStringLiteral("PBX: count"), [&] { reader.count(pbx); });
    time(QStringLiteral("PBX + kind: first page"), [&] { reader.page(pbxKind, 0, 200); });
    time(QStringLiteral("PBX + kind: count"), [&] { reader.count(pbxKind); });
    time(QStringLiteral("kind: first page"), [&] { reader.page(kind, 0, 200); });
    time(QStringLiteral("kind: count"), [&] { reader.count(kind); });
    time(QStringLiteral("last minute: count"), [&] { reader.count(recent); });
    time(QStringLiteral("dashboard: top addresses, last minute"), [&] { reader.topSourceIps(endMs - 60000, 10); });
    const QString connection = QStringLiteral("tg-store-bench-activity");
    if (Database::openExisting(path, connection).ok) {
        QStringList accounts;
        for (int a = 100; a < 1100; ++a)
            accounts << QString::number(a);
        time(QStringLiteral("access review: last seen of 1000 accounts"),
             [&] { AccountActivityReader(connection).read(QStringLiteral("pbx-1"), accounts, endMs); });
    }
    Database::close(connection);
    Q_UNUSED(startMs);
    return out;
}

} // namespace

StoreBenchResult runStoreBenchmark(const QString &path, qint64 count, int flushIntervalMs)
{
    StoreBenchResult r;
    StoreWriter writer(path);
    writer.setFlushIntervalMs(flushIntervalMs);
    writer.setRetentionDays(0); // generated times must not be pruned mid-run
    if (!writer.start(&r.error))
        return r;
    const qint64 t0 = 1700000000000LL;
    const EventList pool = makePool(t0);
    const qint64 firstTx = writer.committedTransactions();

    QElapsedTimer timer;
    const std::clock_t cpuStart = std::clock();
    timer.start();
    EventList chunk;
    chunk.reserve(1000);
    qint64 done = 0;
    while (done < count) {
        chunk.clear();
        const qint64 n = qMin<qint64>(1000, count - done);
        for (qint64 i = 0; i < n; ++i) {
            chunk.append(pool.at((done + i) % pool.size()));
            chunk.last().timeMs = t0 + (done + i) / 10; // ~10 events per millisecond
        }
        writer.appendEvents(chunk);
        done += n;
    }
    writer.flush();
    const qint64 ns = timer.nsecsElapsed();
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    r.eventsPerCpuSec = cpuSeconds > 0 ? double(count) / cpuSeconds : 0.0;

    r.events = count;
    r.seconds = double(ns) / 1e9;
    r.eventsPerSec = r.seconds > 0 ? double(count) / r.seconds : 0.0;
    r.transactions = writer.committedTransactions() - firstTx;
    writer.stop();
    r.fileBytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    r.queries = timeQueries(path, t0, t0 + count / 10);
    r.ok = true;
    return r;
}

} // namespace tg
