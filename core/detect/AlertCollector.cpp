#include "AlertCollector.h"

#include "geoip/GeoIpDatabase.h"

#include <algorithm>

namespace tg {

AlertCollector::AlertCollector(int ringSize)
{
    size_t n = 1;
    while (n < size_t(qMax(1, ringSize)))
        n <<= 1;
    m_ring.resize(n);
    m_mask = n - 1;
}

void AlertCollector::remember(const Event &e)
{
    Slot &s = m_ring[size_t(e.id) & m_mask];
    s.id = e.id;
    s.fields.srcIp = e.srcIp;       // implicitly shared: no copy of the text
    s.fields.account = e.account;
}

AlertCollector::Entry &AlertCollector::entryFor(const Alert &a)
{
    Key k = combineKeys(combineKeys(keyHash(a.pbx), keyHash(a.rule)), combineKeys(keyHash(a.subject), Key(a.firstSeenMs)));
    for (;;) {
        const auto [it, added] = m_index.try_emplace(k, m_alerts.size());
        if (added) {
            m_alerts.emplace_back();
            return m_alerts.back();
        }
        Entry &e = m_alerts[it->second];
        if (e.alert.firstSeenMs == a.firstSeenMs && e.alert.subject == a.subject && e.alert.rule == a.rule
            && e.alert.pbx == a.pbx)
            return e;
        k = mixKey(k);   // two alerts with one hash: the next slot
    }
}

void AlertCollector::collect(const AlertList &alerts)
{
    for (const Alert &a : alerts)
        collect(a);
}

void AlertCollector::collect(const Alert &a)
{
    Entry &entry = entryFor(a);
    note(entry, a);
    if (entry.filled) {
        keepLatest(entry.alert, a);
    } else {
        entry.alert = a;
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
    kept.evidence = latest.evidence;
}

const AlertCollector::Fields *AlertCollector::findField(const std::vector<IdFields> &fields, qint64 id)
{
    const auto it = std::lower_bound(fields.cbegin(), fields.cend(), id,
                                     [](const IdFields &f, qint64 v) { return f.first < v; });
    return it != fields.cend() && it->first == id ? &it->second : nullptr;
}

void AlertCollector::note(Entry &entry, const Alert &alert)
{
    const QVector<qint64> &before = entry.alert.evidence;
    const QVector<qint64> &after = alert.evidence;
    if (before == after)
        return;
    // Usually the last evidence with one id from the middle gone (the rolling half at its cap) and
    // one more at the end: after a common prefix, at most one id of before is skipped, and what is
    // left of after past the rest of before is new.
    qsizetype same = 0;
    while (same < before.size() && same < after.size() && before[same] == after[same])
        ++same;
    qsizetype newFrom = -1;
    if (same == before.size()) {
        newFrom = same;
    } else {
        const qsizetype rest = before.size() - same - 1;   // before without before[same]
        if (after.size() >= same + rest
            && std::equal(before.cbegin() + same + 1, before.cend(), after.cbegin() + same))
            newFrom = same + rest;
    }
    if (newFrom >= 0) {
        for (qsizetype i = newFrom; i < after.size(); ++i)
            noteNew(entry, after[i]);
    } else {
        noteChanged(entry, alert);
    }
    // Ids the alert has let go are dropped now and then, so the tables stay near its cap.
    if (entry.fields.size() > size_t(2 * alert.evidence.size() + 16)) {
        std::vector<IdFields> current;
        for (const IdFields &f : entry.fields)
            if (alert.evidence.contains(f.first))
                current.push_back(f);
        entry.fields = std::move(current);
    }
    if (!entry.lost.isEmpty())
        entry.lost.removeIf([&](qint64 id) { return !alert.evidence.contains(id); });
}

void AlertCollector::noteChanged(Entry &entry, const Alert &alert)
{
    // Any other change: walk both lists side by side and look up the ids not there last time.
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
            noteNew(entry, id);
    }
}

void AlertCollector::noteNew(Entry &entry, qint64 id)
{
    if (findField(entry.fields, id) || entry.lost.contains(id))
        return;
    const Slot &s = m_ring[size_t(id) & m_mask];
    if (s.id != id) {
        entry.lost.insert(id);
        return;
    }
    // Ids grow with time: the new one nearly always goes at the end.
    auto at = entry.fields.end();
    if (!entry.fields.empty() && entry.fields.back().first > id)
        at = std::lower_bound(entry.fields.begin(), entry.fields.end(), id,
                              [](const IdFields &f, qint64 v) { return f.first < v; });
    entry.fields.insert(at, {id, s.fields});
}

QSet<qint64> AlertCollector::missing() const
{
    QSet<qint64> ids;
    for (const Entry &e : m_alerts)
        ids.unite(e.lost);
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

void AlertCollector::fill(AnalysisResult &r, const GeoIpDatabase *geo) const
{
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
