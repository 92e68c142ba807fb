#pragma once

#include <QtGlobal>
#include <atomic>

namespace tg {

// Bounds what one thread hands another faster than it can be taken: the producer asks before
// posting a batch, the consumer releases it when done. Batches over the bound are refused and
// counted, so a storm is skipped (and said so) instead of piling up in the consumer's event queue.
// Thread-safe.
class BacklogGate
{
public:
    explicit BacklogGate(qint64 limit) : m_limit(limit) {}

    // True: post the batch (and release() it later). False: skip it; it was counted.
    bool tryTake(qint64 n)
    {
        if (m_pending.fetch_add(n) + n > m_limit) {
            m_pending.fetch_sub(n);
            m_skipped.fetch_add(n);
            return false;
        }
        return true;
    }
    void release(qint64 n) { m_pending.fetch_sub(n); }
    // How many were skipped since the last call.
    qint64 takeSkipped() { return m_skipped.exchange(0); }
    qint64 pending() const { return m_pending.load(); }

private:
    const qint64 m_limit;
    std::atomic<qint64> m_pending{0};
    std::atomic<qint64> m_skipped{0};
};

} // namespace tg
