#include "AlertBook.h"

#include <algorithm>

namespace tg {

Key AlertBook::hashOf(const QString &alertKey)
{
    // pbx and rule never hold the separator; the subject (from the network) may.
    const qsizetype a = alertKey.indexOf(QLatin1Char('\x1f'));
    const qsizetype b = a < 0 ? -1 : alertKey.indexOf(QLatin1Char('\x1f'), a + 1);
    if (b < 0)
        return hashOf(alertKey, QStringView(), QStringView());
    const QStringView v(alertKey);
    return hashOf(v.left(a), v.mid(a + 1, b - a - 1), v.mid(b + 1));
}

const Alert &AlertBook::apply(const AlertDraft &d, bool *created)
{
    return apply(d, hashOf(d.pbx, d.rule, d.subject), created);
}

const Alert *AlertBook::find(Key key) const
{
    const Entry *e = m_open.find(key);
    return e ? &e->alert : nullptr;
}

bool AlertBook::textDue(const AlertDraft &d, Key key) const
{
    return textDue(key, d.severity, d.timeMs);
}

bool AlertBook::textDue(Key key, Severity severity, qint64 timeMs) const
{
    const Entry *e = m_open.find(key);
    if (!e || e->textMs == 0 || severity > e->alert.severity || timeMs < e->textMs)
        return true;
    const qint64 minAgeMs = timeMs - e->alert.firstSeenMs < 10000 ? 1000 : 10000;
    return timeMs - e->textMs >= minAgeMs;
}

bool AlertBook::countOnce(Key key, Severity severity, qint64 timeMs, qint64 eventId)
{
    Entry *e = m_open.touchIfPresent(key);
    if (!e || e->generation != m_generation)
        return false;
    Alert &a = e->alert;
    a.severity = std::max(a.severity, severity);
    a.lastSeenMs = std::max(a.lastSeenMs, timeMs);
    ++a.count;
    addEvidence(*e, eventId);
    return true;
}

const Alert &AlertBook::apply(const AlertDraft &d, Key key, bool *created)
{
    bool isNew = false;
    Entry &e = m_open.touch(key, &isNew);
    e.generation = m_generation;
    Alert &a = e.alert;
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
    if (!d.explanation.isEmpty()) {
        a.explanation = d.explanation;
        e.textMs = d.timeMs;
    }
    if (!d.suggestedAction.isEmpty())
        a.suggestedAction = d.suggestedAction;
    if (d.addCost)
        a.estimatedCost += d.estimatedCost;
    else if (d.estimatedCost > 0)
        a.estimatedCost = d.estimatedCost;
    for (qint64 id : d.evidence)
        addEvidence(e, id);
    if (created)
        *created = isNew;
    return a;
}

void AlertBook::addEvidence(Entry &e, qint64 id) const
{
    Alert &a = e.alert;
    if (id <= 0)
        return;
    // Ids grow with time, so the usual new id is past every id held and needs no search.
    if (id <= e.maxEvidenceId && a.evidence.contains(id))
        return;
    e.maxEvidenceId = std::max(e.maxEvidenceId, id);
    if (a.evidence.size() >= m_maxEvidence) {
        // Keep the first events (how it started) and roll the most recent ones.
        a.evidence.remove(std::max(0, m_maxEvidence / 2));
    }
    if (a.evidence.size() < m_maxEvidence)
        a.evidence.append(id);
}

void AlertBook::setId(const QString &alertKey, qint64 id)
{
    if (Entry *e = m_open.find(hashOf(alertKey)))
        e->alert.id = id;
}

AlertList AlertBook::openAlerts() const
{
    AlertList out;
    out.reserve(m_open.size());
    m_open.forEach([&](Key, const Entry &e) { out.append(e.alert); });
    std::sort(out.begin(), out.end(), [](const Alert &x, const Alert &y) {
        return x.firstSeenMs != y.firstSeenMs ? x.firstSeenMs < y.firstSeenMs : x.key() < y.key();
    });
    return out;
}

int AlertBook::forgetIdle(qint64 cutoffMs)
{
    return m_open.dropOldestWhile([&](const Entry &e) { return e.alert.lastSeenMs < cutoffMs; });
}

} // namespace tg
