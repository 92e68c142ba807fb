#pragma once

#include "EventSource.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace tg {

// Reads another source on a thread of its own, a bounded number of chunks ahead of the reader:
// an analysis parses its files on one core while the detectors run on another. The queue holds at
// most `maxChunks` chunks, so memory stays bounded however fast one side is.
class PrefetchSource : public EventSource
{
public:
    explicit PrefetchSource(std::unique_ptr<EventSource> source, int maxChunks = 4);
    ~PrefetchSource() override;   // stops the thread, even mid-source
    PrefetchSource(const PrefetchSource &) = delete;
    PrefetchSource &operator=(const PrefetchSource &) = delete;

    bool read(EventList &out) override;
    // Hands the list back to the reading thread, which destroys its events and refills it: the
    // consuming thread (the detectors) sets an analysis's pace, and destroying the events was about a
    // twentieth of its time.
    void recycle(EventList &done) override;

private:
    void produce();

    std::unique_ptr<EventSource> m_source;
    const size_t m_maxChunks;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<EventList> m_queue;
    std::vector<EventList> m_returned;   // lists the reader is done with
    bool m_done = false;       // the source is exhausted
    bool m_stopping = false;   // the reader is gone
    std::thread m_thread;
};

} // namespace tg
