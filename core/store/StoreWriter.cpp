#include "StoreWriter.h"

#include "Clock.h"
#include "Database.h"
#include "EventKeys.h"
#include "LearnedStateRepository.h"
#include "SavedEvidence.h"
#include "SqliteConnection.h"
#include "WalCheckpointer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <optional>

namespace tg {

namespace {
constexpr int kChunk = 4096;             // events per queue chunk; the writer takes whole chunks
constexpr int kMaxBatch = 50000;         // events per transaction at most, so one lasts < 1 s
// A full chunk wakes the writer before its interval: under a burst the writer starts at once and
// stays busy (its batches grow while it commits) instead of idling until a whole batch is queued.
constexpr int kWakeAt = kChunk;
constexpr int kMaxPending = 500000;      // producers wait (back-pressure) above this
constexpr int kMaxAttempts = 3;          // a failed batch is retried, then dropped
constexpr qint64 kPruneEveryMs = 10 * 60 * 1000;
constexpr int kPruneChunk = 20000;       // rows per delete transaction, so readers are not starved
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

std::atomic<int> s_writerCount{0};
} // namespace

struct StoreWriter::Private {
    QString path;
    QThread *thread = nullptr;

    mutable QMutex mutex;
    QWaitCondition wake;      // writer waits for work
    QWaitCondition progress;  // producers and flush() wait for the writer

    // Guarded by mutex.
    bool opened = false;
    bool running = false;
    bool stopping = false;
    QString openError;
    QVector<EventList> pendingEvents; // FIFO chunks, so taking a batch never copies events
    qint64 pendingCount = 0;
    AlertList pendingAlerts;
    std::optional<LearnedState> pendingLearned;
    qint64 enqueuedLearned = 0, processedLearned = 0;
    qint64 nextEventId = 1;
    qint64 nextAlertId = 1;
    // Events and alerts are each committed in FIFO order; flush() waits for both counters.
    qint64 enqueuedEvents = 0, processedEvents = 0;  // processed = committed or dropped
    qint64 enqueuedAlerts = 0, processedAlerts = 0;
    int flushWaiters = 0;
    int pruneRequests = 0;
    quint64 pruneDone = 0;
    qint64 lastPruned = 0;
    int intervalMs = 250;
    int retentionDays = 90;
    const Clock *clock = &Clock::system();

    std::atomic<qint64> lastCommittedEventId{0};
    std::atomic<qint64> transactions{0};

    // Writer thread only.
    QString connection;
};

StoreWriter::StoreWriter(const QString &path, QObject *parent) : QObject(parent), d(new Private)
{
    d->path = path;
    d->connection = QStringLiteral("tg-store-writer-%1").arg(++s_writerCount);
}

StoreWriter::~StoreWriter()
{
    stop();
}

QString StoreWriter::path() const
{
    return d->path;
}

bool StoreWriter::start(QString *error)
{
    QMutexLocker lock(&d->mutex);
    if (d->thread) {
        if (error && !d->running)
            *error = d->openError;
        return d->running;
    }
    d->thread = QThread::create([this] { run(); });
    d->thread->setObjectName(QStringLiteral("StoreWriter"));
    d->thread->start();
    while (!d->opened)
        d->progress.wait(&d->mutex);
    if (!d->running && error)
        *error = d->openError;
    return d->running;
}

bool StoreWriter::isRunning() const
{
    QMutexLocker lock(&d->mutex);
    return d->running;
}

void StoreWriter::stop()
{
    {
        QMutexLocker lock(&d->mutex);
        if (!d->thread)
            return;
        d->stopping = true;
        d->wake.wakeAll();
    }
    d->thread->wait();
    delete d->thread;
    QMutexLocker lock(&d->mutex);
    d->thread = nullptr;
    d->running = false;
    d->progress.wakeAll();
}

namespace {
void enqueue(QVector<EventList> &chunks, const Event &e, qint64 id)
{
    if (chunks.isEmpty() || chunks.constLast().size() >= kChunk) {
        chunks.append(EventList());
        chunks.last().reserve(kChunk);
    }
    EventList &chunk = chunks.last();
    chunk.append(e);
    chunk.last().id = id;
}
} // namespace

qint64 StoreWriter::appendEvent(const Event &e)
{
    QMutexLocker lock(&d->mutex);
    while (d->running && !d->stopping && d->pendingCount >= kMaxPending)
        d->progress.wait(&d->mutex);
    if (!d->running || d->stopping)
        return 0;
    const qint64 id = d->nextEventId++;
    enqueue(d->pendingEvents, e, id);
    ++d->enqueuedEvents;
    if (++d->pendingCount == kWakeAt)
        d->wake.wakeOne();
    return id;
}

void StoreWriter::appendEvents(EventList &events)
{
    QMutexLocker lock(&d->mutex);
    while (d->running && !d->stopping && d->pendingCount >= kMaxPending)
        d->progress.wait(&d->mutex);
    if (!d->running || d->stopping) {
        for (Event &e : events)
            e.id = 0;
        return;
    }
    const bool wasSmall = d->pendingCount < kWakeAt;
    for (Event &e : events) {
        e.id = d->nextEventId++;
        enqueue(d->pendingEvents, e, e.id);
    }
    d->enqueuedEvents += events.size();
    d->pendingCount += events.size();
    if (wasSmall && d->pendingCount >= kWakeAt)
        d->wake.wakeOne();
}

qint64 StoreWriter::saveAlert(const Alert &a)
{
    QMutexLocker lock(&d->mutex);
    if (!d->running || d->stopping)
        return 0;
    d->pendingAlerts.append(a);
    Alert &queued = d->pendingAlerts.last();
    if (queued.id <= 0)
        queued.id = d->nextAlertId++;
    else if (queued.id >= d->nextAlertId)
        d->nextAlertId = queued.id + 1;
    ++d->enqueuedAlerts;
    return queued.id;
}

void StoreWriter::saveLearnedState(const LearnedState &state)
{
    QMutexLocker lock(&d->mutex);
    if (!d->running || d->stopping)
        return;
    d->pendingLearned = state;
    ++d->enqueuedLearned;
}

void StoreWriter::flush()
{
    QMutexLocker lock(&d->mutex);
    const qint64 events = d->enqueuedEvents, alerts = d->enqueuedAlerts, learned = d->enqueuedLearned;
    ++d->flushWaiters;
    d->wake.wakeOne();
    while (d->running
           && (d->processedEvents < events || d->processedAlerts < alerts || d->processedLearned < learned))
        d->progress.wait(&d->mutex);
    --d->flushWaiters;
}

void StoreWriter::setFlushIntervalMs(int ms)
{
    QMutexLocker lock(&d->mutex);
    d->intervalMs = qMax(1, ms);
    d->wake.wakeOne();
}

int StoreWriter::flushIntervalMs() const
{
    QMutexLocker lock(&d->mutex);
    return d->intervalMs;
}

int StoreWriter::retentionDays() const
{
    QMutexLocker lock(&d->mutex);
    return d->retentionDays;
}

void StoreWriter::setRetentionDays(int days)
{
    QMutexLocker lock(&d->mutex);
    d->retentionDays = qMax(0, days);
}

void StoreWriter::setClock(const Clock *clock)
{
    QMutexLocker lock(&d->mutex);
    d->clock = clock ? clock : &Clock::system();
}

qint64 StoreWriter::pruneNow()
{
    QMutexLocker lock(&d->mutex);
    if (!d->running)
        return 0;
    const quint64 target = d->pruneDone + 1;
    ++d->pruneRequests;
    d->wake.wakeOne();
    while (d->running && d->pruneDone < target)
        d->progress.wait(&d->mutex);
    return d->lastPruned;
}

qint64 StoreWriter::lastCommittedEventId() const
{
    return d->lastCommittedEventId.load();
}

qint64 StoreWriter::committedTransactions() const
{
    return d->transactions.load();
}

namespace {

qint64 maxId(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    // Table names are ours, never user input.
    if (q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM ") + table) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

// Prepared once per writer on its plain SQLite connection; reused for every row of every batch.
struct Statements {
    SqliteStatement insertEvent, insertKeys, upsertAlert, deleteEvidence, deleteOneEvidence, insertEvidence;
    std::vector<std::string> kindNames; // UTF-8, by EventKind

    bool prepare(SqliteConnection &db, QString *error)
    {
        for (int k = 0; k <= static_cast<int>(EventKind::Raw); ++k)
            kindNames.push_back(eventKindName(static_cast<EventKind>(k)).toStdString());
        return insertEvent.prepare(db,
                   "INSERT INTO events (id, time_ms, pbx, kind, type, service, src_ip, src_port,"
                   " transport, account, user_agent, destination, call_id, detail, duration_ms,"
                   " billsec, cost, raw) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", error)
            && insertKeys.prepare(db, kInsertEventKeyGroupSql, error)
            && upsertAlert.prepare(db,
                   "INSERT INTO alerts (id, pbx, rule, subject, severity, status, first_seen_ms,"
                   " last_seen_ms, count, title, explanation, suggested_action, estimated_cost, note)"
                   " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                   " ON CONFLICT(id) DO UPDATE SET pbx = excluded.pbx, rule = excluded.rule,"
                   " subject = excluded.subject, severity = excluded.severity,"
                   " first_seen_ms = excluded.first_seen_ms, last_seen_ms = excluded.last_seen_ms,"
                   " count = excluded.count, title = excluded.title,"
                   " explanation = excluded.explanation,"
                   " suggested_action = excluded.suggested_action,"
                   " estimated_cost = excluded.estimated_cost", error)
            && deleteEvidence.prepare(db, "DELETE FROM alert_evidence WHERE alert_id = ?", error)
            && deleteOneEvidence.prepare(db, "DELETE FROM alert_evidence WHERE alert_id = ? AND event_id = ?", error)
            && insertEvidence.prepare(db,
                   "INSERT OR IGNORE INTO alert_evidence (alert_id, event_id) VALUES (?, ?)", error);
    }
};

void bindEvent(SqliteStatement &q, const std::vector<std::string> &kindNames, const Event &e)
{
    const size_t kind = size_t(e.kind);
    q.bind(0, e.id);
    q.bind(1, e.timeMs);
    q.bind(2, e.pbx);
    q.bindUtf8(3, kind < kindNames.size() ? kindNames[kind] : kindNames.front());
    q.bind(4, e.type);
    q.bind(5, e.service);
    q.bind(6, e.srcIp);
    q.bind(7, qint64(e.srcPort));
    q.bind(8, e.transport);
    q.bind(9, e.account);
    q.bind(10, e.userAgent);
    q.bind(11, e.destination);
    q.bind(12, e.callId);
    q.bind(13, e.detail);
    q.bind(14, e.durationMs);
    q.bind(15, e.billSec);
    q.bind(16, e.cost);
    q.bindBlob(17, e.raw);
}

void bindAlert(SqliteStatement &q, const Alert &a)
{
    q.bind(0, a.id);
    q.bind(1, a.pbx);
    q.bind(2, a.rule.isNull() ? QStringLiteral("") : a.rule);
    q.bind(3, a.subject);
    q.bind(4, qint64(a.severity));
    q.bind(5, alertStatusName(a.status));
    q.bind(6, a.firstSeenMs);
    q.bind(7, a.lastSeenMs);
    q.bind(8, qint64(a.count));
    q.bind(9, a.title);
    q.bind(10, a.explanation);
    q.bind(11, a.suggestedAction);
    q.bind(12, a.estimatedCost);
    q.bind(13, a.note);
}

// One transaction for the batch. Null strings go in as SQL NULL and come back as null
// strings, so round trips are exact.
bool writeEvidence(Statements &st, qint64 alertId, const SavedEvidence::Change &c, QString *error)
{
    if (c.rewrite) {
        st.deleteEvidence.bind(0, alertId);
        if (!st.deleteEvidence.step(error))
            return false;
    }
    for (qint64 eventId : c.remove) {
        st.deleteOneEvidence.bind(0, alertId);
        st.deleteOneEvidence.bind(1, eventId);
        if (!st.deleteOneEvidence.step(error))
            return false;
    }
    for (qint64 eventId : c.add) {
        st.insertEvidence.bind(0, alertId);
        st.insertEvidence.bind(1, eventId);
        if (!st.insertEvidence.step(error))
            return false;
    }
    return true;
}

bool commit(SqliteConnection &db, Statements &st, SavedEvidence &saved, const QVector<EventList> &chunks,
            const AlertList &alerts, QString *error)
{
    if (!db.exec("BEGIN IMMEDIATE", error))
        return false;
    auto fail = [&] {
        db.exec("ROLLBACK");
        saved.rollback();
        return false;
    };
    EventKeyBatch keys;
    for (const EventList &chunk : chunks) {
        for (const Event &e : chunk) {
            bindEvent(st.insertEvent, st.kindNames, e);
            if (!st.insertEvent.step(error))
                return fail();
            keys.add(e);
        }
    }
    for (const EventKeyGroup &g : keys.takeGroups()) {
        st.insertKeys.bind(0, qint64(g.field));
        st.insertKeys.bind(1, g.value);
        st.insertKeys.bind(2, g.maxMs);
        st.insertKeys.bind(3, g.maxId);
        st.insertKeys.bind(4, g.minMs);
        st.insertKeys.bind(5, qint64(g.count));
        st.insertKeys.bindBlob(6, g.entries);
        if (!st.insertKeys.step(error))
            return fail();
    }
    for (const Alert &a : alerts) {
        bindAlert(st.upsertAlert, a);
        if (!st.upsertAlert.step(error))
            return fail();
        if (!writeEvidence(st, a.id, saved.change(a.id, a.evidence), error))
            return fail();
    }
    if (!db.exec("COMMIT", error))
        return fail();
    saved.commit();
    return true;
}

// Deletes in chunks, each its own transaction, so concurrent readers and the next batch
// never wait long. Closed alerts past the retention go too; open ones stay whatever their age.
qint64 prune(QSqlDatabase &db, qint64 cutoffMs)
{
    qint64 total = 0;
    for (;;) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM events WHERE id IN"
                                 " (SELECT id FROM events WHERE time_ms < ? LIMIT ?)"));
        q.addBindValue(cutoffMs);
        q.addBindValue(kPruneChunk);
        if (!q.exec())
            break;
        const int n = q.numRowsAffected();
        total += qMax(0, n);
        if (n < kPruneChunk)
            break;
    }
    // Look-up groups whose newest event is gone; a group that still has newer events stays, and
    // readers skip its entries for pruned rows.
    for (;;) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM event_keys WHERE (field, value, max_ms, max_id) IN"
                                 " (SELECT field, value, max_ms, max_id FROM event_keys WHERE max_ms < ? LIMIT ?)"));
        q.addBindValue(cutoffMs);
        q.addBindValue(kPruneChunk);
        if (!q.exec() || q.numRowsAffected() < kPruneChunk)
            break;
    }
    const QString closed = QStringLiteral("SELECT id FROM alerts WHERE last_seen_ms < ?"
                                          " AND status IN ('resolved', 'false_positive')");
    if (Database::exec(db, QStringLiteral("BEGIN IMMEDIATE"))) {
        bool ok = true;
        for (const QString &table : {QStringLiteral("alert_evidence"), QStringLiteral("alert_history")}) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE alert_id IN (%2)").arg(table, closed));
            q.addBindValue(cutoffMs);
            ok = ok && q.exec();
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM alerts WHERE id IN (%1)").arg(closed));
        q.addBindValue(cutoffMs);
        ok = ok && q.exec();
        Database::exec(db, ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    }
    return total;
}

} // namespace

void StoreWriter::run()
{
    const DbOpenResult opened = Database::open(d->path, d->connection);
    {
        QMutexLocker lock(&d->mutex);
        d->opened = true;
        d->openError = opened.error;
        if (!opened.ok) {
            d->progress.wakeAll();
            return;
        }
    }

    QString prepareError;
    {
        QSqlDatabase db = QSqlDatabase::database(d->connection, false);
        Database::exec(db, QStringLiteral("PRAGMA journal_size_limit = 67108864"));
        // Events and alerts go through a plain connection (QtSql keeps pruning); it benefits
        // from a larger page cache for the secondary indexes.
        SqliteConnection fast;
        Statements st;
        const bool prepared = fast.open(d->path, &prepareError)
            && fast.exec("PRAGMA cache_size = -65536", &prepareError)
            && fast.exec("PRAGMA temp_store = MEMORY", &prepareError)
            && fast.exec("PRAGMA journal_size_limit = 67108864", &prepareError)
            && st.prepare(fast, &prepareError);
        // Without its own thread (it could not open) the writer checkpoints as SQLite does by default.
        WalCheckpointer checkpointer;
        if (prepared)
            checkpointer.start(d->path, fast.handle(), nullptr);
        {
            QMutexLocker lock(&d->mutex);
            d->nextEventId = maxId(db, QStringLiteral("events")) + 1;
            d->nextAlertId = maxId(db, QStringLiteral("alerts")) + 1;
            d->lastCommittedEventId = d->nextEventId - 1;
            d->running = prepared;
            if (!prepared)
                d->openError = tr("Could not prepare the database statements: %1.").arg(prepareError);
            d->progress.wakeAll();
        }

        SavedEvidence evidence;
        QVector<EventList> chunks; // the batch being committed (or retried)
        qint64 batchEvents = 0;
        AlertList alerts;
        int attempts = 0;
        QElapsedTimer sincePrune;
        sincePrune.start();
        bool pruneOnStart = true;

        while (prepared) {
            QMutexLocker lock(&d->mutex);
            QDeadlineTimer deadline(d->intervalMs);
            while (!d->stopping && d->flushWaiters == 0 && d->pruneRequests == 0
                   && d->pendingCount < kWakeAt && !deadline.hasExpired())
                d->wake.wait(&d->mutex, deadline);
            // Whole chunks up to kMaxBatch events; a failed batch is retried with what came since.
            while (!d->pendingEvents.isEmpty()
                   && batchEvents + d->pendingEvents.constFirst().size() <= kMaxBatch + kChunk) {
                chunks.append(d->pendingEvents.takeFirst());
                batchEvents += chunks.constLast().size();
                d->pendingCount -= chunks.constLast().size();
            }
            alerts += d->pendingAlerts;
            d->pendingAlerts.clear();
            std::optional<LearnedState> learned = std::move(d->pendingLearned);
            d->pendingLearned.reset();
            const qint64 learnedUpTo = d->enqueuedLearned;
            const bool stopping = d->stopping;
            const bool pruneRequested = d->pruneRequests > 0;
            const int retention = d->retentionDays;
            const Clock *clock = d->clock;
            d->progress.wakeAll(); // room for producers held back by kMaxPending
            lock.unlock();

            bool done = true;
            const qint64 batchAlerts = alerts.size();
            if (batchEvents > 0 || batchAlerts > 0) {
                QString error;
                if (commit(fast, st, evidence, chunks, alerts, &error)) {
                    d->transactions.fetch_add(1);
                    if (batchEvents > 0)
                        d->lastCommittedEventId = chunks.constLast().constLast().id;
                    Q_EMIT committed(int(batchEvents), int(batchAlerts));
                    checkpointer.checkpointIfFarBehind();
                    attempts = 0;
                } else if (++attempts < kMaxAttempts && !stopping) {
                    done = false; // keep the batch and retry after the next interval
                    Q_EMIT failed(tr("Could not save %1 events to the database (%2); "
                                     "retrying. Free some disk space if the disk is full.")
                                      .arg(batchEvents)
                                      .arg(error));
                } else {
                    Q_EMIT failed(tr("Could not save %1 events and %2 alerts to the database "
                                     "(%3); they were dropped. Free some disk space and check "
                                     "the database with \"tollgate-cli db check\".")
                                      .arg(batchEvents)
                                      .arg(batchAlerts)
                                      .arg(error));
                    attempts = 0;
                }
            }

            if (learned) {
                QString error;
                if (!LearnedStateRepository(d->connection).save(*learned, clock->nowMs(), &error))
                    Q_EMIT failed(tr("Could not save what the detectors learned (%1); it is saved again "
                                     "at the next interval.")
                                      .arg(error));
            }

            qint64 pruned = -1;
            if (pruneRequested || pruneOnStart || sincePrune.elapsed() > kPruneEveryMs) {
                pruneOnStart = false;
                sincePrune.restart();
                pruned = 0;
                if (retention > 0) {
                    pruned = prune(db, clock->nowMs() - retention * kDayMs);
                    evidence.clear();   // closed alerts' rows went
                }
            }

            lock.relock();
            d->processedLearned = learnedUpTo;
            if (done) {
                d->processedEvents += batchEvents;
                d->processedAlerts += batchAlerts;
                chunks.clear();
                batchEvents = 0;
                alerts.clear();
            }
            if (pruned >= 0) {
                d->lastPruned = pruned;
                if (pruneRequested) {
                    d->pruneRequests = 0;
                    ++d->pruneDone;
                }
            }
            d->progress.wakeAll();
            if (stopping && d->pendingEvents.isEmpty() && d->pendingAlerts.isEmpty() && !d->pendingLearned && done)
                break;
        }
    }
    Database::close(d->connection);
    QMutexLocker lock(&d->mutex);
    d->running = false;
    d->progress.wakeAll();
}

} // namespace tg
