#pragma once

#include "Event.h"
#include "KeyHash.h"
#include "NumberClassifier.h"

#include <QHash>
#include <QPair>
#include <QString>

#include <deque>

namespace tg {

// A call in progress (or the one that just ended), as the detectors see it.
struct TrackedCall {
    QString pbx;
    QString callId;
    QString account;
    QString srcIp;
    Destination destination;
    qint64 startMs = 0;
    qint64 answerMs = 0;       // 0 while unanswered
    qint64 startEventId = 0;
    double cost = 0.0;         // set when it ends
};

// Calls in progress per PBX, keyed by call id (AMI Linkedid, ESL UUID). Bounded: the oldest calls
// are dropped past the cap, and calls older than the maximum age are forgotten in expire().
class CallTracker
{
public:
    void setLimits(int maxCalls, qint64 maxAgeMs);

    TrackedCall *start(const Event &e, const Destination &d);
    TrackedCall *answer(const Event &e);
    TrackedCall *find(const QString &pbx, const QString &callId);
    const TrackedCall *find(const QString &pbx, const QString &callId) const;
    // Removes the call; it stays readable as lastEnded() until the next end().
    const TrackedCall *end(const QString &pbx, const QString &callId, qint64 timeMs);
    const TrackedCall &lastEnded() const { return m_lastEnded; }
    bool recentlyEnded(const QString &pbx, const QString &callId) const;

    int countForAccount(const QString &pbx, const QString &account) const;
    int countForPbx(const QString &pbx) const { return m_perPbx.value(pbx); }
    int size() const { return int(m_calls.size()); }

    // Forgets calls that started before nowMs - maxAge. Returns how many.
    int expire(qint64 nowMs);
    // Billable seconds of a call ending with e (billSec, else answer to end).
    static qint64 billableSeconds(const TrackedCall &c, const Event &end);

    template<class F>
    void forEach(F f) const
    {
        for (const TrackedCall &c : m_calls)
            f(c);
    }

private:
    // Calls and accounts by a hash of pbx and call id (or account): no key string per look-up.
    static Key key(const QString &pbx, const QString &id) { return combineKeys(keyHash(pbx), keyHash(id)); }
    QHash<Key, TrackedCall>::iterator drop(QHash<Key, TrackedCall>::iterator it);

    QHash<Key, TrackedCall> m_calls;
    QHash<Key, int> m_perAccount;
    QHash<QString, int> m_perPbx;
    void pruneEnded(qint64 nowMs);

    QHash<Key, qint64> m_ended;   // recently ended, to ignore duplicate ends
    std::deque<QPair<qint64, Key>> m_endedOrder;
    std::deque<Key> m_order;      // call keys in start order (may hold ended ones)
    TrackedCall m_lastEnded;
    int m_maxCalls = 50000;
    qint64 m_maxAgeMs = 6 * 3600 * 1000LL;
};

} // namespace tg
