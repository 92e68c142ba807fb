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
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (!m_returned.empty()) {
                chunk = std::move(m_returned.back());
                m_returned.pop_back();
            }
        }
        chunk.clear();   // destroys the events here, keeps the list's capacity
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

void PrefetchSource::recycle(EventList &done)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_done && !m_stopping && m_returned.size() < m_maxChunks) {
            m_returned.push_back(std::move(done));
            done = EventList();
            return;
        }
    }
    done.clear();   // nobody left to take it
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
