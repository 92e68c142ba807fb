#pragma once

#include "Alert.h"
#include "Clock.h"
#include "DetectionSettings.h"
#include "Event.h"
#include "LearnedState.h"
#include "LiveSnapshot.h"
#include "NumberClassifier.h"

#include <QMap>
#include <QStringList>
#include <functional>
#include <memory>

namespace tg {

class GeoIpDatabase;

// The detectors behind one front door. Runs on the engine thread (not thread-safe); GUI-free,
// socket-free, no SQL. Feed it normalized events in time order and call tick() about once a second.
//
//   engine.enrich(e);                 // fills Event::cost of a CallEnd before it is stored
//   store(e);                         // assigns e.id
//   for (const Alert &a : engine.process(e)) upsert(a);   // by a.key()
//   every second: for (const Alert &a : engine.tick()) upsert(a);
class DetectionEngine
{
public:
    explicit DetectionEngine(const Clock &clock, DetectionSettings settings = DetectionSettings::defaults());
    ~DetectionEngine();
    DetectionEngine(const DetectionEngine &) = delete;
    DetectionEngine &operator=(const DetectionEngine &) = delete;

    // Feeds one normalized event (its id already assigned). Returns the alerts it created or updated,
    // each once, in their current aggregated state (one open alert per pbx + rule + subject).
    AlertList process(const Event &e);
    // The same, with each alert handed to visit as the engine holds it (no copy), with its key
    // (AlertBook::hashOf of pbx, rule and subject).
    void process(const Event &e, const std::function<void(const Alert &, quint64)> &visit);
    // Time-based checks (cost burn of running calls, long calls) and expiry of old state.
    AlertList tick();
    // Offline analysis: alert texts are built when an alert opens and at its end (flushTexts),
    // not refreshed in between (see DetectorContext::finalTextsOnly).
    void setFinalTextsOnly(bool on);
    // At the end of the input: every alert whose text is behind its count, brought up to date.
    AlertList flushTexts();

    // Estimated cost of a call from the prefix/rate table (billable seconds × rate); 0 when unknown.
    double estimateCost(const Event &callEnd) const;
    // Sets e.cost of a CallEnd when it is not known yet.
    void enrich(Event &e) const;
    // ISO country of a dialed number as seen from a PBX ("*" defaults when empty); "" for extensions.
    QString countryOf(const QString &number, const QString &pbx = QString()) const;
    Destination classify(const QString &number, const QString &pbx = QString()) const;

    // One line per detector: on with its thresholds, or off and why.
    QStringList status() const;
    // Problems met while loading data files and the allowlist (for a warning in the GUI/CLI).
    QStringList warnings() const;
    const DetectionSettings &settings() const;
    // New thresholds, allowlist and data tables from now on; open alerts and learned state stay.
    // Memory limits (limits.*) keep the values the engine was created with.
    void applySettings(DetectionSettings settings);
    // Spend today, burn rate, baseline and spend by destination country, per PBX.
    QVector<CostExposure> costExposure() const;
    // The configured GeoIP database, null when none is configured or it failed to open (see warnings()).
    // applySettings() opens it again.
    const GeoIpDatabase *geoIp() const;

    int openAlertCount() const;
    AlertList openAlerts() const;
    // The analyst resolved it or marked it a false positive: the next occurrence opens a new alert.
    void closeAlert(const QString &alertKey);
    // The store gave the alert a row id; later updates carry it.
    void setAlertId(const QString &alertKey, qint64 id);

    // The long-term learning (baselines, seen sources), to save now and then and at shutdown,
    // and to restore at start so a restart does not learn everything again.
    LearnedState learnedState() const;
    void restoreLearnedState(const LearnedState &state);

    // Keys held per detector, for the memory bound (tests, diagnostics).
    QMap<QString, int> trackedKeys() const;
    int activeCallCount() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tg
