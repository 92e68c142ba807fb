#include "PrefetchSource.h"

namespace tg {

PrefetchSource::PrefetchSource(std::unique_ptr<EventSource> source, int maxChunks)
    : m_source(std::move(source)), m_maxChunks(size_t(qMax(1, maxChunks)))
{
    m_thread = std::thread([this] { produce(); });
}

PrefetchSource::~PrefetchSource()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void PrefetchSource::produce()
{
    for (;;) {
        EventList chunk;
        const bool more = m_source->read(chunk);
        std::unique_lock<std::mutex> lock(m_mutex);
        if (!more) {
            m_done = true;
            lock.unlock();
            m_changed.notify_all();
            break;
        }
        m_changed.wait(lock, [this] { return m_stopping || m_queue.size() < m_maxChunks; });
        if (m_stopping)
            break;
        m_queue.push_back(std::move(chunk));
        lock.unlock();
        m_changed.notify_all();
    }
    m_source.reset();   // close the files on this thread, where they were read
}

bool PrefetchSource::read(EventList &out)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
    if (m_queue.empty())
        return false;
    EventList chunk = std::move(m_queue.front());
    m_queue.pop_front();
    lock.unlock();
    m_changed.notify_all();
    if (out.isEmpty())
        out = std::move(chunk);
    else
        out.append(chunk);
    return true;
}

} // namespace tg
