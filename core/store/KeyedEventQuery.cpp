#include "KeyedEventQuery.h"

#include "EventKeys.h"
#include "EventSql.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <climits>
#include <vector>

namespace tg {

namespace {

constexpr int kMaxChunk = 4096;   // candidate ids per look-up of the rows
// Fetching a row by id costs about as much as six rows of a scan (bench store, 1 M events).
constexpr qint64 kScanRowsPerLookup = 6;

// The residual filter's terms and "id IN" the ids. The ids go in as one JSON array parameter:
// thousands of separate parameters cost QtSql a look-up of each one's name (quadratic).
eventsql::Where withIds(const EventFilter &residual, const std::vector<qint64> &ids)
{
    eventsql::Where w = eventsql::where(residual);
    QByteArray list;
    list.reserve(int(ids.size()) * 8 + 2);
    list.append('[');
    for (qint64 id : ids) {
        if (list.size() > 1)
            list.append(',');
        list.append(QByteArray::number(id));
    }
    list.append(']');
    w.add(QStringLiteral("id IN (SELECT value FROM json_each(?))"));
    w.values << QString::fromLatin1(list);
    return w;
}

bool selectIds(const QSqlDatabase &db, const EventFilter &residual, const std::vector<qint64> &ids, QSet<qint64> *out,
               QString *error)
{
    const eventsql::Where w = withIds(residual, ids);
    QSqlQuery q(db);
    if (!eventsql::run(q, QStringLiteral("SELECT id FROM events") + w.sql, w.values, error))
        return false;
    out->reserve(int(ids.size()));
    while (q.next())
        out->insert(q.value(0).toLongLong());
    return true;
}

bool residualIsEmpty(const EventFilter &f)
{
    return f.pbx.isEmpty() && f.srcIp.isEmpty() && f.account.isEmpty() && f.kinds.isEmpty() && f.text.isEmpty();
}

} // namespace

KeyedEventQuery::KeyedEventQuery(const QSqlDatabase &db, const EventFilter &f)
    : m_db(db), m_residual(f)
{
    // The most selective key walks (an address before an account before a PBX); the others
    // stay row filters.
    if (!f.srcIp.isEmpty()) {
        m_field = EventKeyField::SourceIp;
        m_value = f.srcIp;
        m_residual.srcIp.clear();
    } else if (!f.account.isEmpty()) {
        m_field = EventKeyField::Account;
        m_value = f.account;
        m_residual.account.clear();
    } else {
        m_field = EventKeyField::Pbx;
        m_value = f.pbx;
        m_residual.pbx.clear();
    }
    m_fromMs = f.fromMs > 0 ? f.fromMs : LLONG_MIN;
    m_toMs = f.toMs > 0 ? f.toMs : LLONG_MAX;
    m_residual.fromMs = m_residual.toMs = 0;
}

KeyedEventQuery::KeyedEventQuery(const QSqlDatabase &db, EventKeyField field, const QString &value,
                                 const EventFilter &rest)
    : m_db(db), m_residual(rest), m_field(field), m_value(value)
{
    m_fromMs = rest.fromMs > 0 ? rest.fromMs : LLONG_MIN;
    m_toMs = rest.toMs > 0 ? rest.toMs : LLONG_MAX;
    m_residual.fromMs = m_residual.toMs = 0;
}

bool KeyedEventQuery::isSelective()
{
    if (residualIsEmpty(m_residual))
        return true; // every entry is an answer
    QString error;
    // Estimates, each short: groups that reach into the range count whole (at most 100,000 of
    // them are read), and the rows in the range are the span of ids between its oldest and
    // newest event (two look-ups in events_time).
    QSqlQuery keyed(m_db);
    if (!eventsql::run(keyed,
                       QStringLiteral("SELECT coalesce(sum(n), 0) FROM (SELECT n FROM event_keys"
                                      " WHERE field = ? AND value = ? AND max_ms >= ? AND min_ms < ? LIMIT 100000)"),
                       {int(m_field), m_value, m_fromMs, m_toMs}, &error)
        || !keyed.next())
        return false;
    QSqlQuery rows(m_db);
    if (!eventsql::run(rows,
                       QStringLiteral("SELECT coalesce((SELECT id FROM events WHERE time_ms < ? ORDER BY time_ms DESC LIMIT 1)"
                                      " - (SELECT id FROM events WHERE time_ms >= ? ORDER BY time_ms LIMIT 1) + 1, 0)"),
                       {m_toMs, m_fromMs}, &error)
        || !rows.next())
        return false;
    return keyed.value(0).toLongLong() * kScanRowsPerLookup <= rows.value(0).toLongLong();
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
    // Start with what the page needs (a look-up costs more than a few dozen rows); grow when the
    // row filter rejects many candidates.
    int chunk = int(qBound<qint64>(64, limit + skip + 8, qint64(kMaxChunk)));
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
        // First which candidates match (ids only), then the rows of those the page takes, so
        // a chunk larger than the page costs no row conversions.
        QSet<qint64> matching;
        if (!selectIds(m_db, m_residual, ids, &matching, error))
            return out;
        std::vector<qint64> wanted;
        for (qint64 id : ids) { // the cursor's order; pruned or filtered rows are absent
            if (!matching.contains(id))
                continue;
            if (skip > 0) {
                --skip;
                continue;
            }
            wanted.push_back(id);
            if (out.size() + int(wanted.size()) == limit)
                break;
        }
        if (!wanted.empty()) {
            const eventsql::Where w = withIds({}, wanted);
            QSqlQuery q(m_db);
            if (!eventsql::run(q, QStringLiteral("SELECT %1 FROM events%2").arg(QLatin1String(eventsql::kColumns), w.sql),
                               w.values, error))
                return out;
            QHash<qint64, Event> rows;
            while (q.next()) {
                Event e = eventsql::fromQuery(q);
                rows.insert(e.id, std::move(e));
            }
            for (qint64 id : wanted) {
                auto it = rows.find(id);
                if (it != rows.end())
                    out.append(std::move(it.value()));
            }
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
