#include "EventReader.h"

#include "Database.h"
#include "EventSql.h"
#include "KeyedEventQuery.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <climits>

namespace tg {

namespace {

std::atomic<int> s_readerCount{0};

using eventsql::fromQuery;
using eventsql::run;

} // namespace

EventReader::EventReader(const QString &path)
    : m_connection(QStringLiteral("tg-event-reader-%1").arg(++s_readerCount))
{
    const DbOpenResult r = Database::openExisting(path, m_connection);
    m_open = r.ok;
    m_error = r.error;
}

EventReader::~EventReader()
{
    Database::close(m_connection);
}

bool EventReader::isOpen() const
{
    return m_open;
}

QString EventReader::error() const
{
    return m_error;
}


qint64 EventReader::count(const EventFilter &f)
{
    if (!m_open)
        return 0;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (KeyedEventQuery::applies(f)) {
        KeyedEventQuery keyed(db, f);
        if (keyed.isSelective())
            return qMax<qint64>(0, keyed.count(&m_error));
    }
    const eventsql::Where w = eventsql::where(f);
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT count(*) FROM events") + w.sql, w.values, &m_error) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

EventList EventReader::page(const EventFilter &f, qint64 offset, int limit)
{
    EventList out;
    if (!m_open || limit <= 0)
        return out;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (KeyedEventQuery::applies(f)) {
        KeyedEventQuery keyed(db, f);
        if (keyed.isSelective())
            return keyed.page(LLONG_MAX, LLONG_MAX, qMax<qint64>(0, offset), limit, &m_error);
    }
    eventsql::Where w = eventsql::where(f);
    w.values << limit << qMax<qint64>(0, offset);
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("SELECT %1 FROM events%2 ORDER BY time_ms DESC, id DESC LIMIT ? OFFSET ?")
                 .arg(QLatin1String(eventsql::kColumns), w.sql),
             w.values, &m_error))
        return out;
    out.reserve(limit);
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

EventList EventReader::pageBefore(const EventFilter &f, qint64 beforeTimeMs, qint64 beforeId,
                                  int limit)
{
    EventList out;
    if (!m_open || limit <= 0)
        return out;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (KeyedEventQuery::applies(f)) {
        KeyedEventQuery keyed(db, f);
        if (keyed.isSelective())
            return keyed.page(beforeTimeMs, beforeId, 0, limit, &m_error);
    }
    eventsql::Where w = eventsql::where(f);
    w.add(QStringLiteral("(time_ms < ? OR (time_ms = ? AND id < ?))"));
    w.values << beforeTimeMs << beforeTimeMs << beforeId << limit;
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("SELECT %1 FROM events%2 ORDER BY time_ms DESC, id DESC LIMIT ?")
                 .arg(QLatin1String(eventsql::kColumns), w.sql),
             w.values, &m_error))
        return out;
    out.reserve(limit);
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

Event EventReader::byId(qint64 id)
{
    if (!m_open)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!run(q, QStringLiteral("SELECT %1, raw FROM events WHERE id = ?").arg(QLatin1String(eventsql::kColumns)),
             {id}, &m_error)
        || !q.next())
        return {};
    Event e = fromQuery(q);
    e.raw = q.value(17).toByteArray();
    return e;
}

QVector<QPair<QString, int>> EventReader::topSourceIps(qint64 sinceMs, int limit, EventKind kind)
{
    QVector<QPair<QString, int>> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!run(q,
             QStringLiteral("SELECT src_ip, count(*) AS n FROM events"
                            " WHERE kind = ? AND time_ms >= ? AND src_ip IS NOT NULL AND src_ip <> ''"
                            " GROUP BY src_ip ORDER BY n DESC, src_ip LIMIT ?"),
             {eventKindName(kind), sinceMs, limit}, &m_error))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt()});
    return out;
}

QVector<QPair<qint64, int>> EventReader::countPerMinute(qint64 sinceMs, EventKind kind,
                                                        const QString &pbx)
{
    QVector<QPair<qint64, int>> out;
    if (!m_open)
        return out;
    QVariantList values{eventKindName(kind), sinceMs};
    QString sql = QStringLiteral("SELECT (time_ms / 60000) * 60000 AS m, count(*) FROM events"
                                 " WHERE kind = ? AND time_ms >= ?");
    if (!pbx.isEmpty()) {
        sql += QStringLiteral(" AND pbx = ?");
        values << pbx;
    }
    sql += QStringLiteral(" GROUP BY m ORDER BY m");
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!run(q, sql, values, &m_error))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toInt()});
    return out;
}

} // namespace tg
