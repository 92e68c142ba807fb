#include "AlertCollector.h"

#include "AlertBook.h"
#include "geoip/GeoIpDatabase.h"

#include <algorithm>
#include <cstring>

namespace tg {

AlertCollector::AlertCollector(int ringSize)
{
    size_t n = 1;
    while (n < size_t(qMax(1, ringSize)))
        n <<= 1;
    m_ring.resize(n);
    m_mask = n - 1;
}

void AlertCollector::remember(Event &e)
{
    Slot &s = m_ring[size_t(e.id) & m_mask];
    s.id = e.id;
    s.fields.srcIp.swap(e.srcIp);   // the slot's old texts go with the event
    s.fields.account.swap(e.account);
    if (++m_sinceCapture >= m_ring.size() / 2)
        capture();
}

void AlertCollector::capture()
{
    for (Entry *pending : m_pending) {
        Entry &entry = *pending;
        entry.queued = false;
        keepOnly(entry.pending, entry.alert.evidence, [](qint64 id) { return id; });   // the ids it still holds
        for (const qint64 id : entry.pending) {
            const Slot &s = m_ring[size_t(id) & m_mask];
            if (s.id != id) {
                entry.lost.insert(id);   // ids that are not a running count can share a slot
                continue;
            }
            // Ids grow with time: the new one nearly always goes at the end.
            auto pos = entry.fields.end();
            if (!entry.fields.empty() && entry.fields.back().first > id)
                pos = std::lower_bound(entry.fields.begin(), entry.fields.end(), id,
                                       [](const IdFields &f, qint64 v) { return f.first < v; });
            if (pos == entry.fields.end() || pos->first != id)
                entry.fields.insert(pos, {id, s.fields});
        }
        entry.pending.clear();
    }
    m_pending.clear();
    m_sinceCapture = 0;
}

AlertCollector::Entry &AlertCollector::entryFor(const Alert &a, Key key)
{
    Key k = combineKeys(key, Key(a.firstSeenMs));
    for (;;) {
        const int at = m_index.value(k);
        if (at == 0) {
            m_index.add(k, int(m_alerts.size()) + 1);
            return m_alerts.emplace_back();
        }
        Entry &e = m_alerts[size_t(at - 1)];
        const auto same = [](const QString &x, const QString &y) { return x.isSharedWith(y) || x == y; };
        if (e.alert.firstSeenMs == a.firstSeenMs && same(e.alert.subject, a.subject) && same(e.alert.rule, a.rule)
            && same(e.alert.pbx, a.pbx))
            return e;
        k = mixKey(k);   // two alerts with one hash: the next slot
    }
}

void AlertCollector::collect(const AlertList &alerts)
{
    for (const Alert &a : alerts)
        collect(a, AlertBook::hashOf(a.pbx, a.rule, a.subject));
}

void AlertCollector::collect(const Alert &a, Key key, const Event *current)
{
    Entry &entry = entryFor(a, key);
    note(entry, a, current);
    if (entry.filled) {
        keepLatest(entry.alert, a);
    } else {
        entry.alert = a;
        entry.alert.evidence = QVector<qint64>(a.evidence.cbegin(), a.evidence.cend());   // see keepLatest
        entry.filled = true;
    }
}

void AlertCollector::keepLatest(Alert &kept, const Alert &latest)
{
    // pbx, rule, subject and first sighting are the entry's identity. Most updates leave the texts
    // as they were (the same shared strings): copying only what changed saves their reference counts.
    kept.id = latest.id;
    kept.severity = latest.severity;
    kept.status = latest.status;
    kept.lastSeenMs = latest.lastSeenMs;
    kept.count = latest.count;
    kept.estimatedCost = latest.estimatedCost;
    for (auto field : {&Alert::title, &Alert::explanation, &Alert::suggestedAction, &Alert::note})
        if (!(kept.*field).isSharedWith(latest.*field))
            kept.*field = latest.*field;
    // A copy of its own: sharing the engine's list would make the engine copy it (allocate) at its
    // next evidence id.
    kept.evidence.resize(latest.evidence.size());
    if (!latest.evidence.isEmpty())
        memcpy(kept.evidence.data(), latest.evidence.constData(), size_t(latest.evidence.size()) * sizeof(qint64));
}

const AlertCollector::Fields *AlertCollector::findField(const std::vector<IdFields> &fields, qint64 id)
{
    const auto it = std::lower_bound(fields.cbegin(), fields.cend(), id,
                                     [](const IdFields &f, qint64 v) { return f.first < v; });
    return it != fields.cend() && it->first == id ? &it->second : nullptr;
}

void AlertCollector::note(Entry &entry, const Alert &alert, const Event *current)
{
    const QVector<qint64> &before = entry.alert.evidence;
    const QVector<qint64> &after = alert.evidence;
    if (after.isEmpty() || (!before.isEmpty() && before.last() == after.last()))
        return;   // nothing appended
    // The engine's evidence lists only grow at the end (and lose ids from the middle at their cap):
    // the ids past the one that ended the list last time are the new ones.
    qsizetype newFrom = 0;
    if (!before.isEmpty()) {
        newFrom = -1;
        for (qsizetype i = after.size() - 1; i >= 0 && i >= after.size() - 8; --i) {
            if (after[i] == before.last()) {
                newFrom = i + 1;
                break;
            }
        }
    }
    if (newFrom >= 0) {
        for (qsizetype i = newFrom; i < after.size(); ++i)
            noteNew(entry, after[i], current);
    } else {
        noteWalk(entry, alert, current);
    }
    // Ids the alert has let go are dropped now and then, so the tables stay near its cap.
    const size_t cap = size_t(2 * after.size() + 16);
    if (entry.fields.size() > cap)
        keepOnly(entry.fields, after, [](const IdFields &f) { return f.first; });
    if (entry.pending.size() > cap)
        keepOnly(entry.pending, after, [](qint64 id) { return id; });
    if (size_t(entry.lost.size()) > cap)
        entry.lost.removeIf([&](qint64 id) { return !after.contains(id); });
}

template<class T, class IdOf>
void AlertCollector::keepOnly(std::vector<T> &entries, const QVector<qint64> &ids, IdOf idOf)
{
    // Both in ascending order as a rule (the engine appends ever newer events): one merge pass.
    const bool sorted = std::is_sorted(ids.cbegin(), ids.cend());
    size_t kept = 0;
    qsizetype j = 0;
    for (size_t i = 0; i < entries.size(); ++i) {
        const qint64 id = idOf(entries[i]);
        bool wanted;
        if (sorted) {
            while (j < ids.size() && ids[j] < id)
                ++j;
            wanted = j < ids.size() && ids[j] == id;
        } else {
            wanted = ids.contains(id);
        }
        if (wanted)
            entries[kept++] = std::move(entries[i]);
    }
    entries.resize(kept);
}

void AlertCollector::noteWalk(Entry &entry, const Alert &alert, const Event *current)
{
    // Any other change (the list started over): walk both lists side by side and look up the ids
    // not there last time.
    const QVector<qint64> &before = entry.alert.evidence;
    qsizetype j = 0;
    for (qint64 id : alert.evidence) {
        bool seen = false;
        for (qsizetype k = j; k < before.size() && k < j + 3; ++k) {
            if (before[k] == id) {
                seen = true;
                j = k + 1;
                break;
            }
        }
        if (!seen)
            noteNew(entry, id, current);
    }
}

void AlertCollector::noteNew(Entry &entry, qint64 id, const Event *current)
{
    // The usual case: the event being processed (remembered right after), newer than any noted.
    const bool newest = (entry.fields.empty() || entry.fields.back().first < id)
                        && (entry.pending.empty() || entry.pending.back() < id);
    if (!newest
        && (findField(entry.fields, id) || std::binary_search(entry.pending.cbegin(), entry.pending.cend(), id)
            || entry.lost.contains(id)))
        return;
    if (!(current && current->id == id) && m_ring[size_t(id) & m_mask].id != id) {
        entry.lost.insert(id);
        return;
    }
    entry.pending.insert(newest ? entry.pending.end() : std::lower_bound(entry.pending.begin(), entry.pending.end(), id),
                         id);
    if (!entry.queued) {
        entry.queued = true;
        m_pending.push_back(&entry);
    }
}

QSet<qint64> AlertCollector::missing()
{
    capture();
    QSet<qint64> ids;
    for (const Entry &e : m_alerts)
        for (qint64 id : e.lost)
            if (e.alert.evidence.contains(id))   // lost ids are pruned only now and then
                ids.insert(id);
    return ids;
}

void AlertCollector::resolve(qint64 id, const Fields &fields)
{
    m_secondPass.insert(id, fields);
}

const AlertCollector::Fields *AlertCollector::find(const Entry &entry, qint64 id) const
{
    if (const Fields *f = findField(entry.fields, id))
        return f;
    if (auto it = m_secondPass.constFind(id); it != m_secondPass.cend())
        return &it.value();
    return nullptr;
}

void AlertCollector::fill(AnalysisResult &r, const GeoIpDatabase *geo)
{
    capture();
    for (const Entry &entry : m_alerts) {
        const Alert &a = entry.alert;
        const QString key = AnalysisResult::keyOf(a);
        QStringList ips, accounts;
        for (qint64 id : a.evidence) {
            const Fields *f = find(entry, id);
            if (!f)
                continue;
            if (!f->srcIp.isEmpty() && !ips.contains(f->srcIp)) {
                ips.append(f->srcIp);
                if (geo && !r.countries.contains(f->srcIp))
                    if (const QString cc = geo->countryCode(f->srcIp); !cc.isEmpty())
                        r.countries.insert(f->srcIp, cc);
            }
            if (!f->account.isEmpty() && !accounts.contains(f->account))
                accounts.append(f->account);
        }
        r.sourceIps.insert(key, ips);
        r.accounts.insert(key, accounts);
        r.alerts.append(a);
    }
    std::stable_sort(r.alerts.begin(), r.alerts.end(), [](const Alert &a, const Alert &b) {
        return a.firstSeenMs != b.firstSeenMs ? a.firstSeenMs < b.firstSeenMs : a.key() < b.key();
    });
}

} // namespace tg
