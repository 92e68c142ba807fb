#include "EventMerger.h"

#include <algorithm>

namespace tg {

int EventMerger::windowFor(int sources)
{
    return std::clamp(kTotalWindow / qMax(1, sources), kMinWindow, kDefaultWindow);
}

EventMerger::EventMerger(std::vector<std::unique_ptr<EventSource>> sources, int window)
    : m_window(window > 0 ? window : windowFor(int(sources.size())))
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
    // After the last one not later than e: ties keep their order within the source.
    size_t lo = 0, hi = lane.window.size();
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (e.timeMs < lane.window[mid].timeMs)
            hi = mid;
        else
            lo = mid + 1;
    }
    lane.window.insert(lo, std::move(e));
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

bool EventMerger::later(int a, int b) const
{
    const qint64 ta = m_lanes[size_t(a)].window.front().timeMs, tb = m_lanes[size_t(b)].window.front().timeMs;
    return ta != tb ? ta > tb : a > b;   // a tie goes to the earlier source
}

bool EventMerger::read(EventList &out)
{
    const auto heapOrder = [this](int a, int b) { return later(a, b); };
    if (!m_started) {
        m_started = true;
        for (int i = 0; i < int(m_lanes.size()); ++i) {
            fill(m_lanes[size_t(i)]);
            if (!m_lanes[size_t(i)].window.empty())
                m_heap.push_back(i);
        }
        std::make_heap(m_heap.begin(), m_heap.end(), heapOrder);
    }
    const qsizetype before = out.size();
    out.reserve(before + kChunk);   // growing it step by step moved every event a few times
    while (out.size() - before < kChunk && !m_heap.empty()) {
        std::pop_heap(m_heap.begin(), m_heap.end(), heapOrder);
        const int i = m_heap.back();
        Lane &lane = m_lanes[size_t(i)];
        out.append(std::move(lane.window.front()));
        lane.window.pop_front();
        fill(lane);
        if (lane.window.empty()) {
            m_heap.pop_back();
        } else {
            std::push_heap(m_heap.begin(), m_heap.end(), heapOrder);
        }
    }
    return out.size() > before;
}

} // namespace tg
