#include "StoreQueryWorker.h"

#include "store/Database.h"
#include "store/EventReader.h"

#include <QDateTime>
#include <QFile>
#include <QMutexLocker>
#include <QSaveFile>
#include <QTextStream>

namespace tg {

namespace {
std::atomic<int> s_workerCount{0};

// Quotes a CSV field. A leading = + - @ is defused so a spreadsheet does not run an
// attacker's user agent or account name as a formula.
QString csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.at(0)))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}
} // namespace

StoreQueryWorker::StoreQueryWorker(const QString &dbPath)
    : m_dbPath(dbPath)
    , m_connection(QStringLiteral("tg-gui-query-%1").arg(++s_workerCount))
{
}

StoreQueryWorker::~StoreQueryWorker()
{
    // Runs on the worker thread (deleteLater on QThread::finished), which owns the connections.
    m_alerts.reset();
    m_reader.reset();
    if (m_open)
        Database::close(m_connection);
}

void StoreQueryWorker::enqueuePage(const EventPageRequest &r)
{
    QMutexLocker lock(&m_pagesMutex);
    m_pages.append(r);
}

void StoreQueryWorker::cancelExport()
{
    m_cancelExport = true;
}

void StoreQueryWorker::open()
{
    if (m_open)
        return;
    m_reader = std::make_unique<EventReader>(m_dbPath);
    if (!m_reader->isOpen()) {
        m_error = m_reader->error();
        m_reader.reset();
        Q_EMIT opened(false, m_error);
        return;
    }
    const DbOpenResult r = Database::openExisting(m_dbPath, m_connection);
    if (!r.ok) {
        m_error = r.error;
        m_reader.reset();
        Q_EMIT opened(false, m_error);
        return;
    }
    m_alerts = std::make_unique<AlertRepository>(m_connection);
    m_open = true;
    Q_EMIT opened(true, QString());
}

bool StoreQueryWorker::ensureOpen()
{
    if (!m_open)
        open();
    return m_open;
}

void StoreQueryWorker::countEvents(int client, int generation, const EventFilter &f)
{
    if (!ensureOpen()) {
        Q_EMIT eventsCounted(client, generation, 0);
        return;
    }
    const qint64 n = m_reader->count(f);
    if (n < 0)
        Q_EMIT queryFailed(m_reader->error());
    Q_EMIT eventsCounted(client, generation, qMax<qint64>(0, n));
}

void StoreQueryWorker::processPages()
{
    EventPageRequest req;
    QVector<EventPageRequest> dropped;
    {
        QMutexLocker lock(&m_pagesMutex);
        if (m_pages.isEmpty())
            return;
        req = m_pages.takeLast();
        // The view has moved on from anything this old.
        while (m_pages.size() > kMaxPendingPages)
            dropped.append(m_pages.takeFirst());
    }
    for (const EventPageRequest &d : dropped)
        Q_EMIT pageDropped(d.client, d.generation, d.offset);
    if (!ensureOpen()) {
        Q_EMIT pageDropped(req.client, req.generation, req.offset);
        return;
    }
    const EventList events = req.beforeId > 0
        ? m_reader->pageBefore(req.filter, req.beforeTimeMs, req.beforeId, req.limit)
        : m_reader->page(req.filter, req.offset, req.limit);
    Q_EMIT pageReady(req.client, req.generation, req.offset, events);
}

void StoreQueryWorker::loadEvents(int requestId, const QVector<qint64> &ids)
{
    EventList out;
    if (ensureOpen()) {
        for (qint64 id : ids) {
            Event e = m_reader->byId(id);
            if (e.id != 0)
                out.append(e);
        }
    }
    Q_EMIT eventsLoaded(requestId, out);
}

void StoreQueryWorker::loadAlerts(int generation, const AlertFilter &f, int limit)
{
    if (!ensureOpen()) {
        Q_EMIT alertsLoaded(generation, {});
        return;
    }
    Q_EMIT alertsLoaded(generation, m_alerts->list(f, limit));
}

void StoreQueryWorker::setAlertStatus(int requestId, const QVector<qint64> &ids, AlertStatus s,
                                      const QString &who, const QString &note)
{
    if (!ensureOpen()) {
        Q_EMIT alertStatusSet(requestId, false, {}, m_error);
        return;
    }
    AlertList changed;
    QString error;
    for (qint64 id : ids) {
        if (!m_alerts->setStatus(id, s, who, note)) {
            error = m_alerts->error();
            continue;
        }
        const Alert a = m_alerts->byId(id);
        if (a.id != 0)
            changed.append(a);
    }
    Q_EMIT alertStatusSet(requestId, error.isEmpty(), changed, error);
}

void StoreQueryWorker::loadDashboard(int generation, qint64 sinceMs)
{
    DashboardSeed seed;
    seed.sinceMs = sinceMs;
    if (ensureOpen()) {
        seed.authFailuresPerMinute = m_reader->countPerMinute(sinceMs, EventKind::AuthFailure);
        seed.callsPerMinute = m_reader->countPerMinute(sinceMs, EventKind::CallStart);
        seed.topSourceIps = m_reader->topSourceIps(sinceMs, 10, EventKind::AuthFailure);
    }
    Q_EMIT dashboardLoaded(generation, seed);
}

void StoreQueryWorker::exportCsv(int requestId, const EventFilter &filter, const QString &path)
{
    m_cancelExport = false;
    if (!ensureOpen()) {
        Q_EMIT exportFinished(requestId, false, 0, m_error);
        return;
    }
    // Freeze the set at the moment of the request so rows arriving meanwhile do not shift pages.
    EventFilter f = filter;
    if (f.toMs == 0)
        f.toMs = QDateTime::currentMSecsSinceEpoch() + 1;
    const qint64 total = m_reader->count(f);

    // QSaveFile: a cancelled or failed export never leaves a half-written file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        Q_EMIT exportFinished(requestId, false, 0,
                              tr("Could not write %1: %2. Choose another folder.")
                                  .arg(path, file.errorString()));
        return;
    }
    QTextStream out(&file);
    out << "time_utc,pbx,kind,type,service,src_ip,src_port,transport,account,user_agent,"
           "destination,call_id,detail,duration_ms,billsec,cost\n";
    qint64 rows = 0;
    qint64 beforeTime = 0, beforeId = 0;
    const int chunk = 5000;
    while (true) {
        if (m_cancelExport) {
            file.cancelWriting();
            Q_EMIT exportFinished(requestId, false, rows, tr("Export cancelled."));
            return;
        }
        const EventList page = beforeId > 0 ? m_reader->pageBefore(f, beforeTime, beforeId, chunk)
                                            : m_reader->page(f, 0, chunk);
        for (const Event &e : page) {
            out << QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC).toString(Qt::ISODateWithMs) << ',' << csvField(e.pbx) << ','
                << eventKindName(e.kind) << ',' << csvField(e.type) << ',' << csvField(e.service)
                << ',' << csvField(e.srcIp) << ',' << e.srcPort << ',' << csvField(e.transport)
                << ',' << csvField(e.account) << ',' << csvField(e.userAgent) << ','
                << csvField(e.destination) << ',' << csvField(e.callId) << ','
                << csvField(e.detail) << ',' << e.durationMs << ',' << e.billSec << ','
                << QString::number(e.cost, 'f', 4) << '\n';
        }
        rows += page.size();
        Q_EMIT exportProgress(requestId, rows, total);
        if (page.size() < chunk)
            break;
        beforeTime = page.last().timeMs;
        beforeId = page.last().id;
    }
    out.flush();
    if (!file.commit()) {
        Q_EMIT exportFinished(requestId, false, rows,
                              tr("Could not write %1: %2. Check the free disk space.")
                                  .arg(path, file.errorString()));
        return;
    }
    Q_EMIT exportFinished(requestId, true, rows, QString());
}

} // namespace tg
