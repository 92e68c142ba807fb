#pragma once

#include "DetectorContext.h"
#include "Event.h"
#include "LearnedState.h"

#include <QString>

namespace tg {

// One rule over the event stream. Detectors keep bounded state and never block.
class Detector
{
public:
    explicit Detector(DetectorContext &ctx) : m_ctx(ctx) {}
    virtual ~Detector() = default;
    Detector(const Detector &) = delete;
    Detector &operator=(const Detector &) = delete;

    virtual QString id() const = 0;
    // The kinds of event process() looks at; the engine hands it no others (every event passes
    // a dozen detectors, most of which want only a few kinds).
    virtual bool wants(EventKind kind) const
    {
        Q_UNUSED(kind);
        return true;
    }
    virtual void process(const Event &e) = 0;
    // Time-based checks and expiry of old state.
    virtual void tick(qint64 nowMs) { Q_UNUSED(nowMs); }
    // At the end of an offline analysis: bring every alert text left behind its count up to date.
    virtual void flushTexts() {}
    // Keys held in memory (IPs, accounts, ...), for the memory bound.
    virtual int trackedKeys() const { return 0; }
    // "name: on (thresholds)" or "name: off (why)".
    virtual QStringList status() const = 0;
    // Long-term learning (baselines, seen sources) that survives a restart; most detectors have none.
    virtual void saveLearned(LearnedState &state) const { Q_UNUSED(state); }
    virtual void restoreLearned(const LearnedState &state) { Q_UNUSED(state); }

protected:
    DetectorContext &m_ctx;
};

} // namespace tg
