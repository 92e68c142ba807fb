#include "EvidenceIndex.h"

namespace tg {

EvidenceIndex::EvidenceIndex(int ringSize)
{
    size_t n = 1;
    while (n < size_t(qMax(1, ringSize)))
        n <<= 1;
    m_ring.resize(n);
    m_mask = n - 1;
}

void EvidenceIndex::remember(const Event &e)
{
    Slot &s = m_ring[size_t(e.id) & m_mask];
    s.id = e.id;
    s.fields.srcIp = e.srcIp;       // implicitly shared: no copy of the text
    s.fields.account = e.account;
}

void EvidenceIndex::noteAlert(const QString &key, const Alert &alert)
{
    Noted &noted = m_byAlert[key];
    if (noted.evidence == alert.evidence)
        return;
    // Usually the last evidence with one id from the middle gone and one more at the end: walk
    // both lists side by side and look up only the ids that were not there last time.
    const QVector<qint64> &before = noted.evidence;
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
        if (seen || noted.fields.contains(id) || noted.lost.contains(id))
            continue;
        const Slot &s = m_ring[size_t(id) & m_mask];
        if (s.id == id)
            noted.fields.insert(id, s.fields);
        else
            noted.lost.insert(id);
    }
    noted.evidence = alert.evidence;
    // Ids the alert has let go are dropped now and then, so the tables stay near its cap.
    if (noted.fields.size() > 2 * alert.evidence.size() + 16) {
        QHash<qint64, Fields> current;
        for (qint64 id : alert.evidence)
            if (auto it = noted.fields.constFind(id); it != noted.fields.cend())
                current.insert(id, it.value());
        noted.fields = std::move(current);
    }
    if (!noted.lost.isEmpty())
        noted.lost.removeIf([&](qint64 id) { return !alert.evidence.contains(id); });
}

QSet<qint64> EvidenceIndex::missing() const
{
    QSet<qint64> ids;
    for (const Noted &n : m_byAlert)
        ids.unite(n.lost);
    return ids;
}

void EvidenceIndex::resolve(qint64 id, const Fields &fields)
{
    m_secondPass.insert(id, fields);
}

const EvidenceIndex::Fields *EvidenceIndex::find(const QString &key, qint64 id) const
{
    const auto alert = m_byAlert.constFind(key);
    if (alert != m_byAlert.cend())
        if (auto it = alert->fields.constFind(id); it != alert->fields.cend())
            return &it.value();
    if (auto it = m_secondPass.constFind(id); it != m_secondPass.cend())
        return &it.value();
    return nullptr;
}

void EvidenceIndex::collect(const QString &key, const Alert &alert, QStringList *ips, QStringList *accounts) const
{
    for (qint64 id : alert.evidence) {
        const Fields *f = find(key, id);
        if (!f)
            continue;
        if (!f->srcIp.isEmpty() && !ips->contains(f->srcIp))
            ips->append(f->srcIp);
        if (!f->account.isEmpty() && !accounts->contains(f->account))
            accounts->append(f->account);
    }
}

} // namespace tg
