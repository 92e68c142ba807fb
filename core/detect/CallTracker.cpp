#include "CallTracker.h"

#include <algorithm>

namespace tg {

void CallTracker::setLimits(int maxCalls, qint64 maxAgeMs)
{
    m_maxCalls = std::max(1, maxCalls);
    m_maxAgeMs = std::max<qint64>(60000, maxAgeMs);
}

TrackedCall *CallTracker::start(const Event &e, const Destination &d)
{
    const Key k = key(e.pbx, e.callId);
    auto it = m_calls.find(k);
    if (it != m_calls.end())
        return &it.value(); // a second CallStart for the same call: keep the first
    if (int(m_calls.size()) >= m_maxCalls) {
        // Drop the oldest call to stay bounded (a flood of calls that never end). m_order holds
        // keys in start order; keys of calls that already ended are skipped lazily.
        while (!m_order.empty()) {
            auto oldest = m_calls.find(m_order.front());
            m_order.pop_front();
            if (oldest != m_calls.end()) {
                drop(oldest);
                break;
            }
        }
    }
    m_order.push_back(k);
    if (int(m_order.size()) > 2 * m_maxCalls + 16) {
        // Compact: keep only keys of calls still in progress, oldest first.
        std::deque<Key> live;
        for (const Key old : m_order)
            if (m_calls.contains(old))
                live.push_back(old);
        m_order.swap(live);
    }
    TrackedCall c;
    c.pbx = e.pbx;
    c.callId = e.callId;
    c.account = e.account;
    c.srcIp = e.srcIp;
    c.destination = d;
    c.startMs = e.timeMs;
    c.startEventId = e.id;
    ++m_perAccount[key(e.pbx, e.account)];
    ++m_perPbx[e.pbx];
    return &m_calls.insert(k, c).value();
}

TrackedCall *CallTracker::answer(const Event &e)
{
    TrackedCall *c = find(e.pbx, e.callId);
    if (c && c->answerMs == 0)
        c->answerMs = e.timeMs;
    return c;
}

TrackedCall *CallTracker::find(const QString &pbx, const QString &callId)
{
    auto it = m_calls.find(key(pbx, callId));
    return it == m_calls.end() ? nullptr : &it.value();
}

const TrackedCall *CallTracker::find(const QString &pbx, const QString &callId) const
{
    auto it = m_calls.constFind(key(pbx, callId));
    return it == m_calls.cend() ? nullptr : &it.value();
}

const TrackedCall *CallTracker::end(const QString &pbx, const QString &callId, qint64 timeMs)
{
    const Key k = key(pbx, callId);
    auto it = m_calls.find(k);
    if (it == m_calls.end())
        return nullptr;
    m_lastEnded = it.value();
    drop(it);
    // Remember the end for ten minutes (or the last 20,000 ends) to ignore a duplicate end.
    m_ended.insert(k, timeMs);
    m_endedOrder.push_back({timeMs, k});
    pruneEnded(timeMs);
    return &m_lastEnded;
}

bool CallTracker::recentlyEnded(const QString &pbx, const QString &callId) const
{
    return m_ended.contains(key(pbx, callId));
}

int CallTracker::countForAccount(const QString &pbx, const QString &account) const
{
    return m_perAccount.value(key(pbx, account));
}

int CallTracker::expire(qint64 nowMs)
{
    int n = 0;
    // (begin() of a QHash makes room for entries, which the loop would then walk, at every tick.)
    for (auto it = m_calls.isEmpty() ? m_calls.end() : m_calls.begin(); it != m_calls.end();) {
        if (nowMs - it->startMs > m_maxAgeMs) {
            it = drop(it);
            ++n;
        } else {
            ++it;
        }
    }
    pruneEnded(nowMs);
    return n;
}

void CallTracker::pruneEnded(qint64 nowMs)
{
    while (!m_endedOrder.empty()
           && (nowMs - m_endedOrder.front().first > 600000 || m_endedOrder.size() > 20000)) {
        auto it = m_ended.find(m_endedOrder.front().second);
        if (it != m_ended.end() && it.value() == m_endedOrder.front().first)
            m_ended.erase(it);
        m_endedOrder.pop_front();
    }
}

qint64 CallTracker::billableSeconds(const TrackedCall &c, const Event &end)
{
    if (end.billSec > 0)
        return end.billSec;
    if (c.answerMs > 0 && end.timeMs > c.answerMs)
        return (end.timeMs - c.answerMs) / 1000;
    return 0;
}

QHash<Key, TrackedCall>::iterator CallTracker::drop(QHash<Key, TrackedCall>::iterator it)
{
    const Key ak = key(it->pbx, it->account);
    if (--m_perAccount[ak] <= 0)
        m_perAccount.remove(ak);
    if (--m_perPbx[it->pbx] <= 0)
        m_perPbx.remove(it->pbx);
    return m_calls.erase(it);
}

} // namespace tg
