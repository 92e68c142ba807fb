#pragma once

#include "AnalysisResult.h"
#include "Event.h"

#include <QHash>
#include <QSet>

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

    void remember(const Event &e);
    // Alerts as the engine returned them. An alert that closed and reopened is a new one (its first
    // sighting differs).
    void collect(const AlertList &alerts);
    // Evidence ids of the alerts' latest state that the ring no longer had.
    QSet<qint64> missing() const;
    // Fields found for missing() ids in a second pass.
    void resolve(qint64 id, const Fields &fields);
    // The alerts by first seen, with the distinct addresses and accounts of their evidence (in
    // evidence order) and, with a GeoIP database, the addresses' countries.
    void fill(AnalysisResult &r, const GeoIpDatabase *geo) const;

private:
    // One alert: what Alert::key() names, plus its first sighting. Hashed without building a string.
    struct Id {
        QString pbx;
        QString rule;
        QString subject;
        qint64 firstSeenMs = 0;
        bool operator==(const Id &o) const
        {
            return firstSeenMs == o.firstSeenMs && subject == o.subject && rule == o.rule && pbx == o.pbx;
        }
    };
    friend size_t qHash(const Id &id, size_t seed) { return qHashMulti(seed, id.pbx, id.rule, id.subject, id.firstSeenMs); }

    struct Entry {
        Alert alert;
        QHash<qint64, Fields> fields;   // its evidence found in the ring
        QSet<qint64> lost;              // its evidence gone from the ring when it came
    };
    struct Slot {
        qint64 id = 0;
        Fields fields;
    };
    void note(Entry &entry, const Alert &alert);
    const Fields *find(const Entry &entry, qint64 id) const;

    std::vector<Slot> m_ring;
    size_t m_mask;
    QHash<Id, Entry> m_alerts;
    QHash<qint64, Fields> m_secondPass;
};

} // namespace tg
