#include "EventReader.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace tg {

namespace {

std::atomic<int> s_readerCount{0};

const char kColumns[] = "id, time_ms, pbx, kind, type, service, src_ip, src_port, transport,"
                        " account, user_agent, destination, call_id, detail, duration_ms,"
                        " billsec, cost";

struct Where {
    QString sql;              // " WHERE ..." or empty
    QVariantList values;
};

// Escapes LIKE wildcards so the user's text is matched literally.
QString likePattern(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    t.replace(QLatin1Char('%'), QLatin1String("\\%"));
    t.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + t + QLatin1Char('%');
}

Where buildWhere(const EventFilter &f)
{
    QStringList parts;
    Where w;
    if (!f.pbx.isEmpty()) {
        parts << QStringLiteral("pbx = ?");
        w.values << f.pbx;
    }
    if (!f.srcIp.isEmpty()) {
        parts << QStringLiteral("src_ip = ?");
        w.values << f.srcIp;
    }
    if (!f.account.isEmpty()) {
        parts << QStringLiteral("account = ?");
        w.values << f.account;
    }
    if (!f.kinds.isEmpty()) {
        QStringList marks;
        for (EventKind k : f.kinds) {
            marks << QStringLiteral("?");
            w.values << eventKindName(k);
        }
        parts << QStringLiteral("kind IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (f.fromMs > 0) {
        parts << QStringLiteral("time_ms >= ?");
        w.values << f.fromMs;
    }
    if (f.toMs > 0) {
        parts << QStringLiteral("time_ms < ?");
        w.values << f.toMs;
    }
    if (!f.text.isEmpty()) {
        QStringList ors;
        const QString pattern = likePattern(f.text);
        for (const char *col : {"type", "account", "src_ip", "user_agent", "destination",
                                "call_id", "detail"}) {
            ors << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(col));
            w.values << pattern;
        }
        parts << QLatin1Char('(') + ors.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

Event eventFromQuery(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.timeMs = q.value(1).toLongLong();
    e.pbx = q.value(2).toString();
    e.kind = eventKindFromName(q.value(3).toString());
    e.type = q.value(4).toString();
    e.service = q.value(5).toString();
    e.srcIp = q.value(6).toString();
    e.srcPort = static_cast<quint16>(q.value(7).toUInt());
    e.transport = q.value(8).toString();
    e.account = q.value(9).toString();
    e.userAgent = q.value(10).toString();
    e.destination = q.value(11).toString();
    e.callId = q.value(12).toString();
    e.detail = q.value(13).toString();
    e.durationMs = q.value(14).toLongLong();
    e.billSec = q.value(15).toLongLong();
    e.cost = q.value(16).toDouble();
    return e;
}

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

namespace {
bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = QCoreApplication::translate("tg::EventReader", "Could not read events: %1.")
                     .arg(q.lastError().text());
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = QCoreApplication::translate("tg::EventReader", "Could not read events: %1.")
                     .arg(q.lastError().text());
        return false;
    }
    return true;
}
} // namespace

qint64 EventReader::count(const EventFilter &f)
{
    if (!m_open)
        return 0;
    const Where w = buildWhere(f);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!run(q, QStringLiteral("SELECT count(*) FROM events") + w.sql, w.values, &m_error) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

EventList EventReader::page(const EventFilter &f, qint64 offset, int limit)
{
    EventList out;
    if (!m_open || limit <= 0)
        return out;
    Where w = buildWhere(f);
    w.values << limit << qMax<qint64>(0, offset);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!run(q,
             QStringLiteral("SELECT %1 FROM events%2 ORDER BY time_ms DESC, id DESC LIMIT ? OFFSET ?")
                 .arg(QLatin1String(kColumns), w.sql),
             w.values, &m_error))
        return out;
    out.reserve(limit);
    while (q.next())
        out.append(eventFromQuery(q));
    return out;
}

EventList EventReader::pageBefore(const EventFilter &f, qint64 beforeTimeMs, qint64 beforeId,
                                  int limit)
{
    EventList out;
    if (!m_open || limit <= 0)
        return out;
    Where w = buildWhere(f);
    const QString keyset = QStringLiteral("(time_ms < ? OR (time_ms = ? AND id < ?))");
    w.sql += (w.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + keyset;
    w.values << beforeTimeMs << beforeTimeMs << beforeId << limit;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!run(q,
             QStringLiteral("SELECT %1 FROM events%2 ORDER BY time_ms DESC, id DESC LIMIT ?")
                 .arg(QLatin1String(kColumns), w.sql),
             w.values, &m_error))
        return out;
    out.reserve(limit);
    while (q.next())
        out.append(eventFromQuery(q));
    return out;
}

Event EventReader::byId(qint64 id)
{
    if (!m_open)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!run(q, QStringLiteral("SELECT %1, raw FROM events WHERE id = ?").arg(QLatin1String(kColumns)),
             {id}, &m_error)
        || !q.next())
        return {};
    Event e = eventFromQuery(q);
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
