#include "EventMerger.h"

#include <algorithm>

namespace tg {

EventMerger::EventMerger(std::vector<std::unique_ptr<EventSource>> sources, int window)
    : m_window(qMax(1, window))
{
    m_lanes.resize(sources.size());
    for (size_t i = 0; i < sources.size(); ++i)
        m_lanes[i].source = std::move(sources[i]);
}

EventMerger::~EventMerger() = default;

qsizetype EventMerger::bufferedEvents() const
{
    qsizetype n = 0;
    for (const Lane &l : m_lanes)
        n += qsizetype(l.window.size()) + l.block.size() - l.blockPos;
    return n;
}

void EventMerger::place(Lane &lane, Event &&e)
{
    // Nearly always in order already: then it goes at the back.
    if (lane.window.empty() || lane.window.back().timeMs <= e.timeMs) {
        lane.window.push_back(std::move(e));
        return;
    }
    const auto at = std::upper_bound(lane.window.begin(), lane.window.end(), e.timeMs,
                                     [](qint64 t, const Event &x) { return t < x.timeMs; });
    lane.window.insert(at, std::move(e));
}

// Tops the lane's window up to m_window events (or the end of its source), so that its front is
// the earliest event the lane can still produce.
void EventMerger::fill(Lane &lane)
{
    while (qsizetype(lane.window.size()) < m_window) {
        if (lane.blockPos >= lane.block.size()) {
            if (lane.exhausted)
                return;
            lane.block.clear();
            lane.blockPos = 0;
            if (!lane.source->read(lane.block)) {
                lane.exhausted = true;
                lane.block = EventList();
                lane.source.reset();   // close the file now
                return;
            }
            m_maxBuffered = qMax(m_maxBuffered, bufferedEvents());
            continue;
        }
        place(lane, std::move(lane.block[lane.blockPos++]));
    }
}

bool EventMerger::read(EventList &out)
{
    const qsizetype before = out.size();
    while (out.size() - before < kChunk) {
        Lane *best = nullptr;
        for (Lane &lane : m_lanes) {
            fill(lane);
            // Strictly earlier only: a tie goes to the earlier source.
            if (!lane.window.empty() && (!best || lane.window.front().timeMs < best->window.front().timeMs))
                best = &lane;
        }
        if (!best)
            break;
        out.append(std::move(best->window.front()));
        best->window.pop_front();
    }
    return out.size() > before;
}

} // namespace tg
