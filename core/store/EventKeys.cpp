#include "EventKeys.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

#include <algorithm>

namespace tg {

const char kCreateEventKeysSql[] = "CREATE TABLE event_keys ("
                                   " field INTEGER NOT NULL,"   // EventKeyField
                                   " value TEXT NOT NULL,"      // the address, account or PBX
                                   " max_ms INTEGER NOT NULL,"  // newest entry: time, id
                                   " max_id INTEGER NOT NULL,"
                                   " min_ms INTEGER NOT NULL,"  // oldest entry's time
                                   " n INTEGER NOT NULL,"
                                   " entries BLOB NOT NULL,"    // encodeEventKeyEntries()
                                   " PRIMARY KEY (field, value, max_ms, max_id)) WITHOUT ROWID";
// Retention deletes groups by age.
const char kCreateEventKeysAgeSql[] = "CREATE INDEX event_keys_age ON event_keys(max_ms)";
const char kInsertEventKeyGroupSql[] = "INSERT INTO event_keys (field, value, max_ms, max_id, min_ms, n, entries)"
                                       " VALUES (?,?,?,?,?,?,?)";

namespace {

void putVarint(QByteArray &out, qint64 value)
{
    quint64 z = (quint64(value) << 1) ^ quint64(value >> 63); // zigzag: small negatives stay small
    while (z >= 0x80) {
        out.append(char(z | 0x80));
        z >>= 7;
    }
    out.append(char(z));
}

bool getVarint(const char *&p, const char *end, qint64 *value)
{
    quint64 z = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (p == end)
            return false;
        const quint8 b = quint8(*p++);
        z |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *value = qint64(z >> 1) ^ -qint64(z & 1);
            return true;
        }
    }
    return false;
}

void groupsOf(EventKeyField field, QHash<QString, std::vector<EventKeyEntry>> &keys, std::vector<EventKeyGroup> &out)
{
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        std::vector<EventKeyEntry> &entries = it.value();
        std::sort(entries.begin(), entries.end());
        EventKeyGroup g;
        g.field = field;
        g.value = it.key();
        g.minMs = entries.front().timeMs;
        g.maxMs = entries.back().timeMs;
        g.maxId = entries.back().id;
        g.count = int(entries.size());
        g.entries = encodeEventKeyEntries(entries);
        out.push_back(std::move(g));
    }
    keys.clear();
}

} // namespace

bool isAccountActivity(EventKind kind)
{
    return kind == EventKind::Registration || kind == EventKind::AuthSuccess || kind == EventKind::CallStart;
}

void EventKeyBatch::add(const QString &srcIp, const QString &account, const QString &pbx, EventKind kind,
                        qint64 timeMs, qint64 id)
{
    if (!srcIp.isEmpty())
        m_ips[srcIp].push_back({timeMs, id});
    if (!account.isEmpty()) {
        m_accounts[account].push_back({timeMs, id});
        if (isAccountActivity(kind))
            m_activeAccounts[account].push_back({timeMs, id});
    }
    if (!pbx.isEmpty())
        m_pbxes[pbx].push_back({timeMs, id});
}

std::vector<EventKeyGroup> EventKeyBatch::takeGroups()
{
    std::vector<EventKeyGroup> out;
    out.reserve(size_t(m_ips.size() + m_accounts.size() + m_pbxes.size() + m_activeAccounts.size()));
    groupsOf(EventKeyField::SourceIp, m_ips, out);
    groupsOf(EventKeyField::Account, m_accounts, out);
    groupsOf(EventKeyField::Pbx, m_pbxes, out);
    groupsOf(EventKeyField::ActiveAccount, m_activeAccounts, out);
    // In key order, so consecutive inserts land next to each other in the B-tree.
    std::sort(out.begin(), out.end(), [](const EventKeyGroup &a, const EventKeyGroup &b) {
        return a.field != b.field ? a.field < b.field : a.value < b.value;
    });
    return out;
}

QByteArray encodeEventKeyEntries(const std::vector<EventKeyEntry> &sorted)
{
    QByteArray out;
    out.reserve(int(sorted.size()) * 4 + 16);
    EventKeyEntry prev;
    for (const EventKeyEntry &e : sorted) {
        putVarint(out, e.timeMs - prev.timeMs);
        putVarint(out, e.id - prev.id);
        prev = e;
    }
    return out;
}

bool decodeEventKeyEntries(const QByteArray &blob, std::vector<EventKeyEntry> *out)
{
    const char *p = blob.constData();
    const char *end = p + blob.size();
    EventKeyEntry cur;
    while (p != end) {
        qint64 dt = 0, did = 0;
        if (!getVarint(p, end, &dt) || !getVarint(p, end, &did))
            return false;
        cur.timeMs += dt;
        cur.id += did;
        out->push_back(cur);
    }
    return true;
}

EventKeyCursor::EventKeyCursor(const QSqlDatabase &db, EventKeyField field, const QString &value, qint64 fromMs,
                               qint64 beforeTimeMs, qint64 beforeId)
    : m_query(db), m_fromMs(fromMs), m_beforeMs(beforeTimeMs), m_beforeId(beforeId)
{
    // Groups whose newest entry is older than fromMs, or whose oldest is newer than the bound,
    // hold nothing wanted; (field, value, max_ms) is the primary key's prefix, so this is a range.
    m_query.setForwardOnly(true);
    m_query.prepare(QStringLiteral("SELECT max_ms, max_id, entries FROM event_keys"
                                   " WHERE field = ? AND value = ? AND max_ms >= ? AND min_ms <= ?"
                                   " ORDER BY max_ms DESC, max_id DESC"));
    m_query.addBindValue(int(field));
    m_query.addBindValue(value);
    m_query.addBindValue(fromMs);
    m_query.addBindValue(beforeTimeMs);
    if (!m_query.exec()) {
        m_error = QCoreApplication::translate("tg::EventReader", "Could not read events: %1.")
                      .arg(m_query.lastError().text());
        m_exhausted = true;
    }
    loadNext();
}

bool EventKeyCursor::belowBound(const EventKeyEntry &e) const
{
    return e.timeMs >= m_fromMs && (e.timeMs < m_beforeMs || (e.timeMs == m_beforeMs && e.id < m_beforeId));
}

// Reads the next group's header; its entries are decoded only when they can come next.
bool EventKeyCursor::loadNext()
{
    m_havePending = false;
    if (m_exhausted || !m_query.next()) {
        m_exhausted = true;
        return false;
    }
    m_pendingMax = {m_query.value(0).toLongLong(), m_query.value(1).toLongLong()};
    m_pendingBlob = m_query.value(2).toByteArray();
    m_havePending = true;
    return true;
}

bool EventKeyCursor::next(EventKeyEntry *entry)
{
    for (;;) {
        int best = -1;
        for (int i = 0; i < int(m_open.size()); ++i)
            if (best < 0 || m_open[size_t(best)].entries.back() < m_open[size_t(i)].entries.back())
                best = i;
        // A group not yet read may hold a newer entry than any open one: open it first.
        if (m_havePending && (best < 0 || !(m_pendingMax < m_open[size_t(best)].entries.back()))) {
            Open g;
            std::vector<EventKeyEntry> all;
            if (!decodeEventKeyEntries(m_pendingBlob, &all))
                m_error = QCoreApplication::translate("tg::EventReader",
                                                      "Some stored look-up data is damaged; run \"tollgate-cli db check\".");
            for (const EventKeyEntry &e : all)
                if (belowBound(e))
                    g.entries.push_back(e);
            if (!g.entries.empty())
                m_open.push_back(std::move(g));
            loadNext();
            continue;
        }
        if (best < 0)
            return false;
        std::vector<EventKeyEntry> &v = m_open[size_t(best)].entries;
        *entry = v.back();
        v.pop_back();
        if (v.empty())
            m_open.erase(m_open.begin() + best);
        return true;
    }
}

} // namespace tg
