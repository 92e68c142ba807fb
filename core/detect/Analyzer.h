#pragma once

#include "AnalysisResult.h"
#include "DetectionSettings.h"
#include "Event.h"

namespace tg {

// Offline analysis for `tollgate-cli analyze`: merges the events of several files in time order,
// replays them through the same DetectionEngine the GUI uses (with a clock that follows the
// events), and collects the alerts.
class Analyzer
{
public:
    explicit Analyzer(DetectionSettings settings = DetectionSettings::defaults());

    // Only events with sinceMs <= time < untilMs (0 = open).
    void setRange(qint64 sinceMs, qint64 untilMs);
    // One file's events; ids of 0 are assigned in time order. The raw protocol text is not kept:
    // detectors never read it, and on a large log it is most of the memory.
    void addEvents(EventList events);
    AnalysisResult run();

    const EventList &events() const { return m_events; }

private:
    DetectionSettings m_settings;
    EventList m_events;
    qint64 m_since = 0;
    qint64 m_until = 0;
};

} // namespace tg
