#pragma once

#include "Event.h"

namespace tg {

// A stream of events read a bounded piece at a time (a log file, a capture, a merge of several),
// so that an offline analysis holds a window of the input, never all of it.
class EventSource
{
public:
    virtual ~EventSource() = default;
    // Appends the next events to `out` (a bounded number: one block of input's worth). False once
    // the source is exhausted and nothing more will come.
    virtual bool read(EventList &out) = 0;
    // The reader is done with these events (read() gave them): by default they are destroyed now;
    // a source on another thread may take them back to destroy there and reuse the list.
    virtual void recycle(EventList &done) { done.clear(); }
};

// Events already in memory, handed out in chunks (tests, and callers that built an EventList).
class EventListSource : public EventSource
{
public:
    explicit EventListSource(const EventList &events, qsizetype chunk = 4096) : m_events(events), m_chunk(chunk) {}
    bool read(EventList &out) override
    {
        if (m_pos >= m_events.size())
            return false;
        const qsizetype n = qMin(m_chunk, m_events.size() - m_pos);
        out.append(m_events.sliced(m_pos, n));
        m_pos += n;
        return true;
    }

private:
    const EventList &m_events;
    qsizetype m_chunk;
    qsizetype m_pos = 0;
};

} // namespace tg
