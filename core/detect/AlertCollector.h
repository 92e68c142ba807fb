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
// remembered in a ring of the most recent ones. When an alert names an evidence event, the id is
// noted; every half ring of events (before the ring forgets them), the fields of the noted ids the
// alert still holds are copied from the ring into the alert's own small table (bounded by the
// alert's evidence cap). Most noted ids have left a busy alert's rolling evidence by then, so most
// events are never copied at all.
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
    QSet<qint64> missing();
    // Fields found for missing() ids in a second pass.
    void resolve(qint64 id, const Fields &fields);
    // The alerts by first seen, with the distinct addresses and accounts of their evidence (in
    // evidence order) and, with a GeoIP database, the addresses' countries.
    void fill(AnalysisResult &r, const GeoIpDatabase *geo);

private:
    using IdFields = std::pair<qint64, Fields>;
    struct Entry {
        Alert alert;
        std::vector<IdFields> fields;   // its evidence found in the ring, by id
        std::vector<qint64> pending;    // its evidence noted since the last capture, ascending, in the ring
        QSet<qint64> lost;              // its evidence gone from the ring when it came
        bool filled = false;            // alert holds a first state
        bool queued = false;            // in m_pending
    };
    struct Slot {
        qint64 id = 0;
        Fields fields;
    };
    void note(Entry &entry, const Alert &alert, const Event *current);
    void noteWalk(Entry &entry, const Alert &alert, const Event *current);
    void noteNew(Entry &entry, qint64 id, const Event *current);
    // Copies from the ring the fields of the pending ids each alert still holds.
    void capture();
    static void keepLatest(Alert &kept, const Alert &latest);
    // Drops the entries (fields, or ids) of ids no longer in ids.
    template<class T, class IdOf>
    static void keepOnly(std::vector<T> &entries, const QVector<qint64> &ids, IdOf idOf);
    Entry &entryFor(const Alert &a, Key key);
    static const Fields *findField(const std::vector<IdFields> &fields, qint64 id);
    const Fields *find(const Entry &entry, qint64 id) const;

    std::vector<Slot> m_ring;
    size_t m_mask;
    // One entry per alert: what Alert::key() names plus its first sighting, looked up by a hash of
    // those (every update of every alert comes through here, so no key string is built).
    std::deque<Entry> m_alerts;      // grows at the end only: its entries never move
    KeyCounts m_index;   // key -> 1 + position in m_alerts
    std::vector<Entry *> m_pending;  // the entries with pending ids
    size_t m_sinceCapture = 0;       // events remembered since
    QHash<qint64, Fields> m_secondPass;
};

} // namespace tg
