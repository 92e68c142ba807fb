#pragma once

#include "EventSource.h"
#include "RingQueue.h"

#include <memory>
#include <vector>

namespace tg {

// Merges several event sources into one stream in time order, holding a bounded window of each:
// the k-way merge behind `tollgate-cli analyze FILE...`. Ties go to the earlier source, then to the
// order within a source, so the result is what a stable sort of all the events by time would
// give. Each source may be out of order by up to `window` events (a log whose lines carry another
// time, such as fail2ban's "Found IP - TIME"): those are put in place. An event later than that is
// passed on when it comes (the engine's clock never goes back). The window is 4,096 events per
// source for up to 16 sources; with more, 65,536 events are shared among them (at least 256 each),
// so many files at once do not multiply the memory.
class EventMerger : public EventSource
{
public:
    static constexpr int kDefaultWindow = 4096;
    static constexpr int kTotalWindow = 65536;
    static constexpr int kMinWindow = 256;
    static constexpr int kChunk = 4096;   // events per read()

    // window 0: as above; otherwise that many events per source.
    explicit EventMerger(std::vector<std::unique_ptr<EventSource>> sources, int window = 0);
    // The window per source for `sources` sources.
    static int windowFor(int sources);
    ~EventMerger() override;

    bool read(EventList &out) override;

    // Events held in the windows and the sources' last blocks now, and the most ever held: what
    // bounds the memory of an analysis whatever the size of its files.
    qsizetype bufferedEvents() const;
    qsizetype maxBufferedEvents() const { return m_maxBuffered; }

private:
    struct Lane {
        std::unique_ptr<EventSource> source;
        EventList block;           // last read from the source
        qsizetype blockPos = 0;
        RingQueue<Event> window;   // in time order
        bool exhausted = false;
    };
    void fill(Lane &lane);
    void place(Lane &lane, Event &&e);
    bool later(int a, int b) const;   // heap order: lane a's next event comes after lane b's

    std::vector<Lane> m_lanes;
    std::vector<int> m_heap;   // lanes with events, earliest next event on top
    bool m_started = false;
    int m_window;
    qsizetype m_maxBuffered = 0;
};

} // namespace tg
