#pragma once

#include "AlertDraft.h"
#include "BoundedLru.h"

namespace tg {

// The open alerts: one per pbx + rule + subject. A draft for an open alert bumps its count,
// lastSeen, severity (never down) and evidence (capped: the first half is kept, the rest rolls).
class AlertBook
{
public:
    AlertBook(int maxOpen, int maxEvidence) : m_open(maxOpen), m_maxEvidence(maxEvidence) {}

    const Alert &apply(const AlertDraft &d, bool *created = nullptr);
    // Same, with the key already built (keyOf(d.pbx, d.rule, d.subject)).
    const Alert &apply(const AlertDraft &d, const QString &key, bool *created = nullptr);
    const Alert *find(const QString &key) const { return m_open.find(key); }
    // The alert was resolved or marked false positive: the next draft opens a new one.
    void close(const QString &key) { m_open.remove(key); }
    void setId(const QString &key, qint64 id);
    int openCount() const { return m_open.size(); }
    AlertList openAlerts() const;
    // Forget alerts not updated since cutoffMs (they stay in the store).
    int forgetIdle(qint64 cutoffMs);
    qint64 takeEvictions() { return m_open.takeEvictions(); }
    void addCost(const QString &key, double cost, qint64 timeMs);
    Alert *findMutable(const QString &key) { return m_open.find(key); }

    static QString keyOf(const QString &pbx, const QString &rule, const QString &subject)
    {
        return pbx + QLatin1Char('\x1f') + rule + QLatin1Char('\x1f') + subject;
    }

private:
    void addEvidence(Alert &a, qint64 id) const;

    BoundedLru<Alert> m_open;
    int m_maxEvidence;
};

} // namespace tg
