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
    for (const Alert &a : alerts) {
        Entry &entry = entryFor(a);
        note(entry, a);
        entry.alert = a;
    }
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
    if (before == alert.evidence)
        return;
    // Usually the last evidence with one id from the middle gone and one more at the end: walk
    // both lists side by side and look up only the ids that were not there last time.
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
        if (seen || findField(entry.fields, id) || entry.lost.contains(id))
            continue;
        const Slot &s = m_ring[size_t(id) & m_mask];
        if (s.id != id) {
            entry.lost.insert(id);
            continue;
        }
        // Ids grow with time: the new one nearly always goes at the end.
        auto at = entry.fields.end();
        if (!entry.fields.empty() && entry.fields.back().first > id)
            at = std::lower_bound(entry.fields.begin(), entry.fields.end(), id,
                                  [](const IdFields &f, qint64 v) { return f.first < v; });
        entry.fields.insert(at, {id, s.fields});
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
