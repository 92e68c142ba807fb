#include "StoreWriter.h"

#include "Clock.h"
#include "Database.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>

#include <atomic>

namespace tg {

namespace {
constexpr int kChunk = 4096;             // events per queue chunk; the writer takes whole chunks
constexpr int kMaxBatch = 50000;         // events per transaction at most, so one lasts < 1 s
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
    QVector<QString> kindNames;
};

StoreWriter::StoreWriter(const QString &path, QObject *parent) : QObject(parent), d(new Private)
{
    d->path = path;
    d->connection = QStringLiteral("tg-store-writer-%1").arg(++s_writerCount);
    for (int k = 0; k <= static_cast<int>(EventKind::Raw); ++k)
        d->kindNames.append(eventKindName(static_cast<EventKind>(k)));
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
    if (++d->pendingCount == kMaxBatch)
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
    const bool wasSmall = d->pendingCount < kMaxBatch;
    for (Event &e : events) {
        e.id = d->nextEventId++;
        enqueue(d->pendingEvents, e, e.id);
    }
    d->enqueuedEvents += events.size();
    d->pendingCount += events.size();
    if (wasSmall && d->pendingCount >= kMaxBatch)
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

void StoreWriter::flush()
{
    QMutexLocker lock(&d->mutex);
    const qint64 events = d->enqueuedEvents, alerts = d->enqueuedAlerts;
    ++d->flushWaiters;
    d->wake.wakeOne();
    while (d->running && (d->processedEvents < events || d->processedAlerts < alerts))
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

constexpr int kEventColumns = 18;

// QtSql's per-bind cost dominates inserts (a positional bind formats and hashes a placeholder
// name each time), so events bind by prebuilt name and a column is rebound only when its value
// differs from the previous row's; bound values persist across exec() calls.
struct EventBinder {
    QSqlQuery &q;
    QString names[kEventColumns];
    bool bound[kEventColumns] = {};
    QString lastStr[kEventColumns];
    qint64 lastNum[kEventColumns] = {};
    double lastReal = 0.0;
    QByteArray lastBlob;

    explicit EventBinder(QSqlQuery &query) : q(query)
    {
        for (int i = 0; i < kEventColumns; ++i)
            names[i] = QStringLiteral(":c%1").arg(i);
    }
    QString placeholders() const
    {
        QStringList l;
        for (const QString &n : names)
            l << n;
        return l.join(QLatin1Char(','));
    }
    void str(int c, const QString &v)
    {
        if (bound[c] && lastStr[c].isNull() == v.isNull() && lastStr[c] == v)
            return;
        q.bindValue(names[c], v);
        lastStr[c] = v;
        bound[c] = true;
    }
    void num(int c, qint64 v)
    {
        if (bound[c] && lastNum[c] == v)
            return;
        q.bindValue(names[c], v);
        lastNum[c] = v;
        bound[c] = true;
    }
    void real(int c, double v)
    {
        if (bound[c] && lastReal == v)
            return;
        q.bindValue(names[c], v);
        lastReal = v;
        bound[c] = true;
    }
    void blob(int c, const QByteArray &v)
    {
        if (bound[c] && lastBlob.isNull() == v.isNull() && lastBlob == v)
            return;
        q.bindValue(names[c], v);
        lastBlob = v;
        bound[c] = true;
    }
};

// Prepared once per writer; reused for every row of every batch.
struct Statements {
    QSqlQuery insertEvent, upsertAlert, deleteEvidence, insertEvidence;
    EventBinder eventBinder;
    explicit Statements(QSqlDatabase &db)
        : insertEvent(db), upsertAlert(db), deleteEvidence(db), insertEvidence(db),
          eventBinder(insertEvent)
    {
    }
    bool prepare(QString *error)
    {
        const bool ok =
            insertEvent.prepare(QStringLiteral(
                "INSERT INTO events (id, time_ms, pbx, kind, type, service, src_ip, src_port,"
                " transport, account, user_agent, destination, call_id, detail, duration_ms,"
                " billsec, cost, raw) VALUES (") + eventBinder.placeholders() + QStringLiteral(")"))
            && upsertAlert.prepare(QStringLiteral(
                "INSERT INTO alerts (id, pbx, rule, subject, severity, status, first_seen_ms,"
                " last_seen_ms, count, title, explanation, suggested_action, estimated_cost, note)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(id) DO UPDATE SET pbx = excluded.pbx, rule = excluded.rule,"
                " subject = excluded.subject, severity = excluded.severity,"
                " first_seen_ms = excluded.first_seen_ms, last_seen_ms = excluded.last_seen_ms,"
                " count = excluded.count, title = excluded.title,"
                " explanation = excluded.explanation,"
                " suggested_action = excluded.suggested_action,"
                " estimated_cost = excluded.estimated_cost"))
            && deleteEvidence.prepare(
                QStringLiteral("DELETE FROM alert_evidence WHERE alert_id = ?"))
            && insertEvidence.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO alert_evidence (alert_id, event_id) VALUES (?, ?)"));
        if (!ok && error)
            *error = insertEvent.lastError().text() + upsertAlert.lastError().text()
                + deleteEvidence.lastError().text() + insertEvidence.lastError().text();
        return ok;
    }
};

// Null strings go in as SQL NULL and come back as null strings, so round trips are exact.
bool commit(QSqlDatabase &db, Statements &st, const QVector<QString> &kindNames,
            const QVector<EventList> &chunks, const AlertList &alerts, QString *error)
{
    if (!Database::exec(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    auto failWith = [&](const QSqlQuery &q) {
        *error = q.lastError().text();
        Database::exec(db, QStringLiteral("ROLLBACK"));
        return false;
    };
    EventBinder &b = st.eventBinder;
    const QString unknown = kindNames.value(0);
    for (const EventList &chunk : chunks) {
        for (const Event &e : chunk) {
            const int kind = static_cast<int>(e.kind);
            b.num(0, e.id);
            b.num(1, e.timeMs);
            b.str(2, e.pbx);
            b.str(3, kind >= 0 && kind < kindNames.size() ? kindNames.at(kind) : unknown);
            b.str(4, e.type);
            b.str(5, e.service);
            b.str(6, e.srcIp);
            b.num(7, e.srcPort);
            b.str(8, e.transport);
            b.str(9, e.account);
            b.str(10, e.userAgent);
            b.str(11, e.destination);
            b.str(12, e.callId);
            b.str(13, e.detail);
            b.num(14, e.durationMs);
            b.num(15, e.billSec);
            b.real(16, e.cost);
            b.blob(17, e.raw);
            if (!st.insertEvent.exec())
                return failWith(st.insertEvent);
        }
    }
    for (const Alert &a : alerts) {
        QSqlQuery &up = st.upsertAlert;
        up.bindValue(0, a.id);
        up.bindValue(1, a.pbx);
        up.bindValue(2, a.rule.isNull() ? QStringLiteral("") : a.rule);
        up.bindValue(3, a.subject);
        up.bindValue(4, static_cast<int>(a.severity));
        up.bindValue(5, alertStatusName(a.status));
        up.bindValue(6, a.firstSeenMs);
        up.bindValue(7, a.lastSeenMs);
        up.bindValue(8, a.count);
        up.bindValue(9, a.title);
        up.bindValue(10, a.explanation);
        up.bindValue(11, a.suggestedAction);
        up.bindValue(12, a.estimatedCost);
        up.bindValue(13, a.note);
        if (!up.exec())
            return failWith(up);
        st.deleteEvidence.bindValue(0, a.id);
        if (!st.deleteEvidence.exec())
            return failWith(st.deleteEvidence);
        for (qint64 eventId : a.evidence) {
            st.insertEvidence.bindValue(0, a.id);
            st.insertEvidence.bindValue(1, eventId);
            if (!st.insertEvidence.exec())
                return failWith(st.insertEvidence);
        }
    }
    if (!Database::exec(db, QStringLiteral("COMMIT"), error)) {
        Database::exec(db, QStringLiteral("ROLLBACK"));
        return false;
    }
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
        // The writer benefits from a larger page cache for the secondary indexes.
        Database::exec(db, QStringLiteral("PRAGMA cache_size = -65536"));
        Database::exec(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
        Database::exec(db, QStringLiteral("PRAGMA journal_size_limit = 67108864"));
        Statements st(db);
        const bool prepared = st.prepare(&prepareError);
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
                   && d->pendingCount < kMaxBatch && !deadline.hasExpired())
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
                if (commit(db, st, d->kindNames, chunks, alerts, &error)) {
                    d->transactions.fetch_add(1);
                    if (batchEvents > 0)
                        d->lastCommittedEventId = chunks.constLast().constLast().id;
                    Q_EMIT committed(int(batchEvents), int(batchAlerts));
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

            qint64 pruned = -1;
            if (pruneRequested || pruneOnStart || sincePrune.elapsed() > kPruneEveryMs) {
                pruneOnStart = false;
                sincePrune.restart();
                pruned = 0;
                if (retention > 0)
                    pruned = prune(db, clock->nowMs() - retention * kDayMs);
            }

            lock.relock();
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
            if (stopping && d->pendingEvents.isEmpty() && d->pendingAlerts.isEmpty() && done)
                break;
        }
    }
    Database::close(d->connection);
    QMutexLocker lock(&d->mutex);
    d->running = false;
    d->progress.wakeAll();
}

} // namespace tg
