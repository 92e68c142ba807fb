#pragma once

#include "AlertDraft.h"
#include "CallTracker.h"
#include "DetectionSettings.h"
#include "KeyHash.h"
#include "PbxRuntime.h"

#include <functional>

namespace tg {
class GeoIpDatabase;
}

namespace tg {

// Hashed keys of the event being processed (see KeyHash.h), computed once for all detectors.
// A field that is empty in the event has key 0.
struct EventKeys {
    Key pbx = 0;
    Key ip = 0;
    Key account = 0;
    Key source = 0;        // pbx + srcIp
    Key pbxAccount = 0;    // pbx + account
};

// What a detector may use from the engine: settings, per-PBX rules, the calls in progress,
// the GeoIP database, and a way to raise alerts and report evicted keys. The engine implements it.
class DetectorContext
{
public:
    virtual ~DetectorContext() = default;
    virtual const DetectionSettings &settings() const = 0;
    virtual const PbxRuntime &pbx(const QString &name) = 0;
    virtual const CallTracker &calls() const = 0;
    // Null when no GeoIP database is configured or it could not be opened (see geoIpProblem()).
    virtual const GeoIpDatabase *geoIp() const = 0;
    // Why geoIp() is null: empty when none is configured, else the error opening it.
    virtual QString geoIpProblem() const = 0;
    virtual void raise(AlertDraft draft) = 0;
    // Whether the draft (pbx, rule and subject set) should carry a freshly built text: its alert is
    // not open, the draft raises its severity, or the text is old enough: a second during the alert's
    // first ten seconds, ten seconds after that. Under an attack building the text costs more than all
    // the rest an event does; between refreshes a draft brings only count, evidence and cost, and the
    // alert keeps its last text (its count is always current).
    virtual bool textDue(AlertDraft &draft) = 0;
    // raise() with the text built by explain(draft) when it is due (textDue; in an offline analysis
    // only for a new alert); otherwise without it, keeping explain to build the text a second after
    // the alert's last draft (at the end in an offline analysis), so its explanation ends up
    // matching its count. explain must capture what it needs by value.
    virtual void raiseExplained(AlertDraft draft, std::function<void(AlertDraft &)> explain) = 0;
    // The same for the alert with that key, without a draft.
    virtual bool textDue(Key alertKey, Severity severity, qint64 timeMs) = 0;
    // One more occurrence of an open alert that needs no new text (AlertBook::countOnce): most events
    // of an attack are this, and a draft with its strings cost more than the rest of the update.
    // False when a full draft must be raised instead.
    virtual bool countOnce(Key alertKey, Severity severity, qint64 timeMs, qint64 eventId) = 0;
    // Offline analysis shows each alert once, at the end: detectors that bring their texts up to
    // date themselves (StaleTexts) then build a text when an alert opens and when its subject's
    // state ends, none between (replayed hours made that most of an analysis's work).
    virtual bool finalTextsOnly() const = 0;
    virtual void noteEvictions(const QString &detector, qint64 count) = 0;
    virtual qint64 nowMs() const = 0;
    // The keys of the event being processed.
    virtual const EventKeys &keys() const = 0;
};

} // namespace tg
