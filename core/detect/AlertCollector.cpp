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

void AlertCollector::collect(const AlertList &alerts)
{
    for (const Alert &a : alerts) {
        Entry &entry = m_alerts[Id{a.pbx, a.rule, a.subject, a.firstSeenMs}];
        note(entry, a);
        entry.alert = a;
    }
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
        if (seen || entry.fields.contains(id) || entry.lost.contains(id))
            continue;
        const Slot &s = m_ring[size_t(id) & m_mask];
        if (s.id == id)
            entry.fields.insert(id, s.fields);
        else
            entry.lost.insert(id);
    }
    // Ids the alert has let go are dropped now and then, so the tables stay near its cap.
    if (entry.fields.size() > 2 * alert.evidence.size() + 16) {
        QHash<qint64, Fields> current;
        for (qint64 id : alert.evidence)
            if (auto it = entry.fields.constFind(id); it != entry.fields.cend())
                current.insert(id, it.value());
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
    if (auto it = entry.fields.constFind(id); it != entry.fields.cend())
        return &it.value();
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
