#include "KeyedEventQuery.h"

#include "EventKeys.h"
#include "EventSql.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <climits>
#include <vector>

namespace tg {

namespace {

constexpr int kMaxChunk = 4096;   // candidate ids per look-up of the rows

// " AND id IN (?,...)" plus the ids, after the residual filter's own terms.
eventsql::Where withIds(const EventFilter &residual, const std::vector<qint64> &ids)
{
    eventsql::Where w = eventsql::where(residual);
    QString marks;
    marks.reserve(int(ids.size()) * 2);
    for (qint64 id : ids) {
        marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
        w.values << id;
    }
    w.add(QStringLiteral("id IN (%1)").arg(marks));
    return w;
}

bool residualIsEmpty(const EventFilter &f)
{
    return f.pbx.isEmpty() && f.srcIp.isEmpty() && f.account.isEmpty() && f.kinds.isEmpty() && f.text.isEmpty();
}

} // namespace

KeyedEventQuery::KeyedEventQuery(const QSqlDatabase &db, const EventFilter &f)
    : m_db(db), m_residual(f)
{
    // The address is usually the more selective key; the account then stays a row filter.
    m_field = f.srcIp.isEmpty() ? EventKeyField::Account : EventKeyField::SourceIp;
    m_value = f.srcIp.isEmpty() ? f.account : f.srcIp;
    (f.srcIp.isEmpty() ? m_residual.account : m_residual.srcIp).clear();
    m_fromMs = f.fromMs > 0 ? f.fromMs : LLONG_MIN;
    m_toMs = f.toMs > 0 ? f.toMs : LLONG_MAX;
    m_residual.fromMs = m_residual.toMs = 0;
}

EventList KeyedEventQuery::page(qint64 beforeTimeMs, qint64 beforeId, qint64 skip, int limit, QString *error)
{
    EventList out;
    if (limit <= 0)
        return out;
    if (m_toMs <= beforeTimeMs) { // the range's end is the tighter bound
        beforeTimeMs = m_toMs;
        beforeId = LLONG_MIN;
    }
    EventKeyCursor cursor(m_db, m_field, m_value, m_fromMs, beforeTimeMs, beforeId);
    // Start with what the page needs; grow when the row filter rejects many candidates.
    int chunk = int(qMin<qint64>(kMaxChunk, limit + skip + 8));
    std::vector<qint64> ids;
    EventKeyEntry entry;
    bool more = true;
    while (more && out.size() < limit) {
        ids.clear();
        while (int(ids.size()) < chunk && (more = cursor.next(&entry)))
            ids.push_back(entry.id);
        if (!cursor.error().isEmpty()) {
            *error = cursor.error();
            return out;
        }
        if (ids.empty())
            break;
        const eventsql::Where w = withIds(m_residual, ids);
        QSqlQuery q(m_db);
        if (!eventsql::run(q, QStringLiteral("SELECT %1 FROM events%2").arg(QLatin1String(eventsql::kColumns), w.sql),
                           w.values, error))
            return out;
        QHash<qint64, Event> rows;
        while (q.next()) {
            Event e = eventsql::fromQuery(q);
            rows.insert(e.id, std::move(e));
        }
        for (qint64 id : ids) { // the cursor's order; pruned or filtered rows are absent
            auto it = rows.find(id);
            if (it == rows.end())
                continue;
            if (skip > 0) {
                --skip;
                continue;
            }
            out.append(std::move(it.value()));
            if (out.size() == limit)
                break;
        }
        chunk = qMin(kMaxChunk, chunk * 4);
    }
    return out;
}

qint64 KeyedEventQuery::count(QString *error)
{
    qint64 fromMs = m_fromMs;
    const bool entriesOnly = residualIsEmpty(m_residual);
    if (entriesOnly) {
        // Entries older than the oldest stored event point at pruned rows.
        QSqlQuery oldest(m_db);
        if (!eventsql::run(oldest, QStringLiteral("SELECT min(time_ms) FROM events"), {}, error))
            return -1;
        if (!oldest.next() || oldest.value(0).isNull())
            return 0;
        fromMs = qMax(fromMs, oldest.value(0).toLongLong());
    }
    EventKeyCursor cursor(m_db, m_field, m_value, fromMs, m_toMs, LLONG_MIN);
    EventKeyEntry entry;
    qint64 n = 0;
    if (entriesOnly) {
        while (cursor.next(&entry))
            ++n;
    } else {
        std::vector<qint64> ids;
        bool more = true;
        while (more) {
            ids.clear();
            while (int(ids.size()) < kMaxChunk && (more = cursor.next(&entry)))
                ids.push_back(entry.id);
            if (ids.empty())
                break;
            const eventsql::Where w = withIds(m_residual, ids);
            QSqlQuery q(m_db);
            if (!eventsql::run(q, QStringLiteral("SELECT count(*) FROM events") + w.sql, w.values, error) || !q.next())
                return -1;
            n += q.value(0).toLongLong();
        }
    }
    if (!cursor.error().isEmpty()) {
        *error = cursor.error();
        return -1;
    }
    return n;
}

} // namespace tg
