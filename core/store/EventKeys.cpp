#include "EventKeys.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <string_view>

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

std::u16string_view units(QStringView v)
{
    return std::u16string_view(v.utf16(), size_t(v.size()));
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

} // namespace

bool isAccountActivity(EventKind kind)
{
    return kind == EventKind::Registration || kind == EventKind::AuthSuccess || kind == EventKind::CallStart;
}

size_t EventKeyBatch::ViewHash::operator()(QStringView v) const
{
    return std::hash<std::u16string_view>()(units(v));
}

void EventKeyBatch::Field::add(const QString &value, EventKeyEntry entry)
{
    if (!values.empty()) {
        const QString &previous = values[last];
        if (previous.constData() == value.constData() ? previous.size() == value.size() : previous == value) {
            entries[last].push_back(entry);
            return;
        }
    }
    const auto it = index.find(QStringView(value));
    if (it != index.end()) {
        last = it->second;
    } else {
        last = values.size();
        values.push_back(value);
        entries.emplace_back();
        index.emplace(QStringView(values.back()), last);
    }
    entries[last].push_back(entry);
}

void EventKeyBatch::Field::takeGroups(EventKeyField field, std::vector<EventKeyGroup> &out)
{
    for (size_t i = 0; i < values.size(); ++i) {
        std::vector<EventKeyEntry> &sorted = entries[i];
        std::sort(sorted.begin(), sorted.end());
        EventKeyGroup g;
        g.field = field;
        g.value = std::move(values[i]);
        g.minMs = sorted.front().timeMs;
        g.maxMs = sorted.back().timeMs;
        g.maxId = sorted.back().id;
        g.count = int(sorted.size());
        g.entries = encodeEventKeyEntries(sorted);
        out.push_back(std::move(g));
    }
    index.clear();
    values.clear();
    entries.clear();
}

void EventKeyBatch::add(const QString &srcIp, const QString &account, const QString &pbx, EventKind kind,
                        qint64 timeMs, qint64 id)
{
    const EventKeyEntry entry{timeMs, id};
    if (!srcIp.isEmpty())
        m_ips.add(srcIp, entry);
    if (!account.isEmpty()) {
        m_accounts.add(account, entry);
        if (isAccountActivity(kind))
            m_activeAccounts.add(account, entry);
    }
    if (!pbx.isEmpty())
        m_pbxes.add(pbx, entry);
}

std::vector<EventKeyGroup> EventKeyBatch::takeGroups()
{
    std::vector<EventKeyGroup> out;
    out.reserve(m_ips.values.size() + m_accounts.values.size() + m_pbxes.values.size()
                + m_activeAccounts.values.size());
    m_ips.takeGroups(EventKeyField::SourceIp, out);
    m_accounts.takeGroups(EventKeyField::Account, out);
    m_pbxes.takeGroups(EventKeyField::Pbx, out);
    m_activeAccounts.takeGroups(EventKeyField::ActiveAccount, out);
    // In key order, so consecutive inserts land next to each other in the B-tree. UTF-16 unit
    // order, as QString's operator<, without its out-of-line call per comparison.
    std::sort(out.begin(), out.end(), [](const EventKeyGroup &a, const EventKeyGroup &b) {
        if (a.field != b.field)
            return a.field < b.field;
        return units(a.value) < units(b.value);
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
