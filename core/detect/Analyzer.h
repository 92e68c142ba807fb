#pragma once

#include "AnalysisResult.h"
#include "DetectionSettings.h"
#include "Event.h"
#include "EventSource.h"

#include <functional>
#include <memory>

namespace tg {

// Offline analysis for `tollgate-cli analyze`: replays events in time order through the same
// DetectionEngine the GUI uses (with a clock that follows the events) and collects the alerts.
// The events stream through: memory holds the detectors' bounded state and a bounded window of the
// input, not the input (see EventMerger for several files). The input is read on a second thread
// (PrefetchSource) while the detectors run on the calling one.
class Analyzer
{
public:
    // Opens the input from its start. Called once, and a second time only when an alert's evidence
    // event was too old to be remembered (its address and account are then looked up again).
    // Each call must give the same events in the same order.
    using SourceFactory = std::function<std::unique_ptr<EventSource>()>;

    explicit Analyzer(DetectionSettings settings = DetectionSettings::defaults());

    // Only events with sinceMs <= time < untilMs (0 = open).
    void setRange(qint64 sinceMs, qint64 untilMs);
    // How many recent events' address and account are kept for the alerts' evidence (tests make it
    // small to exercise the second pass).
    void setEvidenceMemory(int events) { m_evidenceMemory = events; }
    // Streams the input through the detectors. Event ids of 0 are assigned in stream order from 1
    // (file readers leave them 0). The raw protocol text is dropped: detectors never read it.
    AnalysisResult run(const SourceFactory &open);

    // In-memory input, for tests and small callers: one file's events; run() sorts them all by
    // time (stable) and assigns ids of 0 after the largest id given.
    void addEvents(EventList events);
    AnalysisResult run();

private:
    // Calls fn(e) for each event of `source` in range, with its id assigned, until fn returns false.
    void forEachEvent(EventSource &source, const std::function<bool(Event &)> &fn) const;

    DetectionSettings m_settings;
    EventList m_events;
    qint64 m_since = 0;
    qint64 m_until = 0;
    qint64 m_firstId = 1;
    int m_evidenceMemory = 1 << 16;
};

} // namespace tg
