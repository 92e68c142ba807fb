#pragma once

#include <QtGlobal>

namespace tg {

// Source of "now" for everything time-based, so tests can replay a day in a millisecond.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;

    // The wall clock (UTC milliseconds since the epoch).
    static const Clock &system();
};

// A clock that only moves when told to.
class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0) : m_now(startMs) {}
    qint64 nowMs() const override { return m_now; }
    void setMs(qint64 ms) { m_now = ms; }
    void advanceMs(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};

} // namespace tg
