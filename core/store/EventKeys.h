#pragma once

#include "Event.h"

#include <QByteArray>
#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <unordered_map>
#include <vector>

class QSqlDatabase;

namespace tg {

// The events table's look-up by source address, account and PBX (table event_keys, schema v8).
// A B-tree index entry per event and key cost the writer about 1.5 us each (a random-position
// insert), more than the row itself. Instead the writer groups each batch by key and stores one
// row per key and batch: the (time, id) pairs of that key's events in the batch, packed. A flood
// from a few addresses then costs a few rows per batch instead of one index entry per event, and
// a store's few PBXes cost a row each per batch. ActiveAccount files only an account's
// registrations, successful logins and call starts, so the access review's "last activity"
// never reads the failures an attacker piles onto an account.
enum class EventKeyField { SourceIp = 1, Account = 2, Pbx = 3, ActiveAccount = 4 };

// The kinds ActiveAccount files.
bool isAccountActivity(EventKind kind);

struct EventKeyEntry {
    qint64 timeMs = 0;
    qint64 id = 0;
    bool operator<(const EventKeyEntry &o) const { return timeMs != o.timeMs ? timeMs < o.timeMs : id < o.id; }
};

// One row of event_keys. The primary key (field, value, max_ms, max_id) is unique because
// each event is in exactly one group per key.
struct EventKeyGroup {
    EventKeyField field = EventKeyField::SourceIp;
    QString value;
    qint64 minMs = 0, maxMs = 0, maxId = 0;
    int count = 0;
    QByteArray entries;   // encodeEntries()
};

// Collects the keys of one batch of events and turns them into groups. It runs on the store
// writer's thread for every event, so a key is looked up by its text only when it differs from
// the previous event's key of the same field (an attack's tries and a store's few PBXes come in
// runs), and then with a plain hash of the UTF-16 units rather than QHash's seeded one.
class EventKeyBatch
{
public:
    void add(const Event &e) { add(e.srcIp, e.account, e.pbx, e.kind, e.timeMs, e.id); }
    void add(const QString &srcIp, const QString &account, const QString &pbx, EventKind kind, qint64 timeMs,
             qint64 id);
    std::vector<EventKeyGroup> takeGroups();

private:
    struct ViewHash {
        size_t operator()(QStringView v) const;
    };
    // One field's groups in order of first appearance; index maps a key to its group (the views
    // point into the groups' own strings, whose data does not move).
    struct Field {
        std::vector<QString> values;
        std::vector<std::vector<EventKeyEntry>> entries;
        std::unordered_map<QStringView, size_t, ViewHash> index;
        size_t last = 0; // the group of the previous key; valid when values is not empty
        void add(const QString &value, EventKeyEntry entry);
        void takeGroups(EventKeyField field, std::vector<EventKeyGroup> &out);
    };
    Field m_ips, m_accounts, m_pbxes, m_activeAccounts;
};

// The table's DDL (migration 8) and the insert both the writer and the migration use.
extern const char kCreateEventKeysSql[];
extern const char kCreateEventKeysAgeSql[];
extern const char kInsertEventKeyGroupSql[];   // (field, value, max_ms, max_id, min_ms, n, entries)

// Entries sorted ascending, as zigzag varint deltas of time and id.
QByteArray encodeEventKeyEntries(const std::vector<EventKeyEntry> &sorted);
// False on a malformed blob (then *out holds what was read before the damage).
bool decodeEventKeyEntries(const QByteArray &blob, std::vector<EventKeyEntry> *out);

// Walks one key's entries newest first ((time, id) descending), strictly older than a bound
// and not older than fromMs. Groups are read lazily in order of their newest entry and merged,
// so groups that overlap in time (events that arrived late) still come out in order.
class EventKeyCursor
{
public:
    EventKeyCursor(const QSqlDatabase &db, EventKeyField field, const QString &value, qint64 fromMs,
                   qint64 beforeTimeMs, qint64 beforeId);
    bool next(EventKeyEntry *entry);   // false at the end or on an error
    QString error() const { return m_error; }

private:
    struct Open {
        std::vector<EventKeyEntry> entries;   // ascending; consumed from the back
    };
    bool loadNext();
    bool belowBound(const EventKeyEntry &e) const;

    QSqlQuery m_query;
    bool m_exhausted = false;
    bool m_havePending = false;
    EventKeyEntry m_pendingMax;      // the newest entry of the next unread group
    QByteArray m_pendingBlob;
    std::vector<Open> m_open;
    qint64 m_fromMs, m_beforeMs, m_beforeId;
    QString m_error;
};

} // namespace tg
