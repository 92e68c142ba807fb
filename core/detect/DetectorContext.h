#pragma once

#include "AlertDraft.h"
#include "CallTracker.h"
#include "DetectionSettings.h"
#include "PbxRuntime.h"

namespace tg {
class GeoIpDatabase;
}

namespace tg {

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
    virtual void noteEvictions(const QString &detector, qint64 count) = 0;
    virtual qint64 nowMs() const = 0;
    // "pbx\x1fsrcIp" and "pbx\x1faccount" of the event being processed, built once for all detectors.
    virtual const QString &sourceKey() = 0;
    virtual const QString &accountKey() = 0;
};

} // namespace tg
