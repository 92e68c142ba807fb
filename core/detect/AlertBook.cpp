#include "AlertBook.h"

#include <algorithm>

namespace tg {

const Alert &AlertBook::apply(const AlertDraft &d, bool *created)
{
    return apply(d, keyOf(d.pbx, d.rule, d.subject), created);
}

const Alert &AlertBook::apply(const AlertDraft &d, const QString &key, bool *created)
{
    bool isNew = false;
    Alert &a = m_open.touch(key, &isNew);
    if (isNew) {
        a.pbx = d.pbx;
        a.rule = d.rule;
        a.subject = d.subject;
        a.severity = d.severity;
        a.status = AlertStatus::Open;
        a.firstSeenMs = d.timeMs;
        a.count = 0;
    } else if (d.severity > a.severity) {
        a.severity = d.severity;
    }
    a.lastSeenMs = std::max(a.lastSeenMs, d.timeMs);
    a.count += std::max(0, d.count); // 0: an update (e.g. a cost) that is not a new occurrence
    if (isNew && a.count == 0)
        a.count = 1;
    if (!d.title.isEmpty())
        a.title = d.title;
    if (!d.explanation.isEmpty())
        a.explanation = d.explanation;
    if (!d.suggestedAction.isEmpty())
        a.suggestedAction = d.suggestedAction;
    if (d.addCost)
        a.estimatedCost += d.estimatedCost;
    else if (d.estimatedCost > 0)
        a.estimatedCost = d.estimatedCost;
    for (qint64 id : d.evidence)
        addEvidence(a, id);
    if (created)
        *created = isNew;
    return a;
}

void AlertBook::addEvidence(Alert &a, qint64 id) const
{
    if (id <= 0 || (!a.evidence.isEmpty() && a.evidence.constLast() == id) || a.evidence.contains(id))
        return;
    if (a.evidence.size() >= m_maxEvidence) {
        // Keep the first events (how it started) and roll the most recent ones.
        a.evidence.remove(std::max(0, m_maxEvidence / 2));
    }
    if (a.evidence.size() < m_maxEvidence)
        a.evidence.append(id);
}

void AlertBook::setId(const QString &key, qint64 id)
{
    if (Alert *a = m_open.find(key))
        a->id = id;
}

AlertList AlertBook::openAlerts() const
{
    AlertList out;
    out.reserve(m_open.size());
    m_open.forEach([&](const QString &, const Alert &a) { out.append(a); });
    std::sort(out.begin(), out.end(), [](const Alert &x, const Alert &y) {
        return x.firstSeenMs != y.firstSeenMs ? x.firstSeenMs < y.firstSeenMs : x.key() < y.key();
    });
    return out;
}

int AlertBook::forgetIdle(qint64 cutoffMs)
{
    return m_open.dropOldestWhile([&](const Alert &a) { return a.lastSeenMs < cutoffMs; });
}

void AlertBook::addCost(const QString &key, double cost, qint64 timeMs)
{
    if (Alert *a = m_open.find(key)) {
        a->estimatedCost += cost;
        a->lastSeenMs = std::max(a->lastSeenMs, timeMs);
    }
}

} // namespace tg
