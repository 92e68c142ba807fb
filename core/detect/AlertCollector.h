#pragma once

#include "AnalysisResult.h"
#include "Event.h"
#include "KeyHash.h"

#include <QHash>
#include <QSet>

#include <deque>
#include <vector>

namespace tg {

class GeoIpDatabase;

// The alerts of an offline analysis, latest state of each, with the source address and account of
// their evidence events, while the events themselves stream past and are not kept. Events are
// remembered in a ring of the most recent ones; when an alert names an evidence event, its fields
// are copied from the ring into the alert's own small table (bounded by the alert's evidence cap).
// An evidence event older than the ring (a detector with a long window, such as the 6 h distributed
// brute force) is listed in missing() so the caller can find it in a second pass over the input.
class AlertCollector
{
public:
    struct Fields {
        QString srcIp;
        QString account;
    };

    explicit AlertCollector(int ringSize = 1 << 16);

    // After the engine has seen e: its address and account are moved into the ring.
    void remember(Event &e);
    // Alerts as the engine returned them. An alert that closed and reopened is a new one (its first
    // sighting differs).
    void collect(const AlertList &alerts);
    // One alert with its key (AlertBook::hashOf of pbx, rule and subject), as the engine hands it.
    // current: the event being processed (not yet remembered), whose id may be new evidence.
    void collect(const Alert &alert, Key key, const Event *current = nullptr);
    // Evidence ids of the alerts' latest state that the ring no longer had.
    QSet<qint64> missing() const;
    // Fields found for missing() ids in a second pass.
    void resolve(qint64 id, const Fields &fields);
    // The alerts by first seen, with the distinct addresses and accounts of their evidence (in
    // evidence order) and, with a GeoIP database, the addresses' countries.
    void fill(AnalysisResult &r, const GeoIpDatabase *geo) const;

private:
    using IdFields = std::pair<qint64, Fields>;
    struct Entry {
        Alert alert;
        std::vector<IdFields> fields;   // its evidence found in the ring, by id
        QSet<qint64> lost;              // its evidence gone from the ring when it came
        bool filled = false;            // alert holds a first state
    };
    struct Slot {
        qint64 id = 0;
        Fields fields;
    };
    void note(Entry &entry, const Alert &alert, const Event *current);
    void noteWalk(Entry &entry, const Alert &alert, const Event *current);
    void noteNew(Entry &entry, qint64 id, const Event *current);
    static void keepLatest(Alert &kept, const Alert &latest);
    // Drops the fields of ids no longer in ids.
    static void keepOnly(std::vector<IdFields> &fields, const QVector<qint64> &ids);
    Entry &entryFor(const Alert &a, Key key);
    static const Fields *findField(const std::vector<IdFields> &fields, qint64 id);
    const Fields *find(const Entry &entry, qint64 id) const;

    std::vector<Slot> m_ring;
    size_t m_mask;
    // One entry per alert: what Alert::key() names plus its first sighting, looked up by a hash of
    // those (every update of every alert comes through here, so no key string is built).
    std::deque<Entry> m_alerts;
    KeyCounts m_index;   // key -> 1 + position in m_alerts
    QHash<qint64, Fields> m_secondPass;
};

} // namespace tg
