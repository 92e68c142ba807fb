#pragma once

#include <QHash>
#include <QObject>

#include <optional>
#include <utility>

namespace tg {

// Requests sent to a PBX that wait for their answer, each with a deadline: the AMI actions by
// ActionID, the ESL commands by serial. Deadlines are QObject timers of the connector (owner), so
// the owner's timerEvent() asks expire() which request a timer belonged to.
// Request is any struct with an `int timerId` member.
template<typename Key, typename Request>
class PendingRequests
{
public:
    explicit PendingRequests(QObject *owner) : m_owner(owner) {}
    PendingRequests(const PendingRequests &) = delete;
    PendingRequests &operator=(const PendingRequests &) = delete;

    void add(const Key &key, Request r, int timeoutMs)
    {
        r.timerId = m_owner->startTimer(timeoutMs);
        m_keyOfTimer.insert(r.timerId, key);
        m_requests.insert(key, std::move(r));
    }

    Request *find(const Key &key)
    {
        auto it = m_requests.find(key);
        return it == m_requests.end() ? nullptr : &it.value();
    }

    // Removes a request (answered, or given up) and stops its deadline.
    std::optional<Request> take(const Key &key)
    {
        auto it = m_requests.find(key);
        if (it == m_requests.end())
            return std::nullopt;
        Request r = std::move(it.value());
        m_requests.erase(it);
        stopTimer(r.timerId);
        return r;
    }

    bool ownsTimer(int timerId) const { return m_keyOfTimer.contains(timerId); }

    // The deadline of timerId passed: the timer is stopped and the key of its request returned
    // (still pending: the caller decides how it ends), or nothing when it is gone already.
    std::optional<Key> expire(int timerId)
    {
        const auto t = m_keyOfTimer.find(timerId);
        if (t == m_keyOfTimer.end())
            return std::nullopt;
        const Key key = t.value();
        stopTimer(timerId);
        auto it = m_requests.find(key);
        if (it == m_requests.end())
            return std::nullopt;
        it->timerId = 0;
        return key;
    }

    // Every request, for failing them all when the connection drops; deadlines stopped.
    QHash<Key, Request> takeAll()
    {
        for (auto it = m_keyOfTimer.cbegin(); it != m_keyOfTimer.cend(); ++it)
            m_owner->killTimer(it.key());
        m_keyOfTimer.clear();
        return std::exchange(m_requests, {});
    }

    qsizetype size() const { return m_requests.size(); }

private:
    void stopTimer(int timerId)
    {
        if (timerId > 0 && m_keyOfTimer.remove(timerId))
            m_owner->killTimer(timerId);
    }

    QObject *m_owner;
    QHash<Key, Request> m_requests;
    QHash<int, Key> m_keyOfTimer;
};

} // namespace tg
