#pragma once

#include "Alert.h"
#include "Event.h"

#include <QMetaType>
#include <QString>
#include <QVector>

namespace tg {

// Connection state of one PBX as the engine sees it.
enum class LinkState : int { Disabled = 0, Connecting, Connected, Reconnecting, AuthFailed, Error };
QString linkStateName(LinkState s);

struct PbxStatus {
    QString name;
    bool demo = false;
    LinkState state = LinkState::Disabled;
    QString reason;            // a sentence when not connected: what failed and what to do
    QString version;           // PBX software/banner version when known
    double eventsPerSec = 0.0;
    qint64 lastEventMs = 0;
    qint64 totalEvents = 0;
    int activeCalls = 0;
    int openCritical = 0;
};

// A call in progress, as tracked by the connector (one per Linkedid / call UUID).
struct ActiveCall {
    QString pbx;
    QString callId;
    QString channel;
    QString caller;
    QString destination;
    QString srcIp;
    qint64 startMs = 0;
    qint64 answerMs = 0;       // 0 while ringing
};

// Calls and estimated spend to one destination country today (the PBX's local day).
struct CountryCost {
    QString country;           // ISO 3166 alpha-2 (or the prefix table's code for non-geographic ranges)
    int calls = 0;
    double cost = 0.0;

    bool operator==(const CountryCost &o) const { return country == o.country && calls == o.calls && cost == o.cost; }
    bool operator!=(const CountryCost &o) const { return !(*this == o); }
};

// What one PBX's calls cost: today, the last hour's burn rate, and the learned daily baseline.
struct CostExposure {
    QString pbx;
    double spentToday = 0.0;
    double burnPerHour = 0.0;      // ended calls of the last hour plus calls still running
    double dailyBaseline = 0.0;    // learned daily spend (EWMA), valid once baselineDays > 0
    int baselineDays = 0;
    QVector<CountryCost> byCountry; // external calls today, most expensive first

    bool operator==(const CostExposure &o) const
    {
        return pbx == o.pbx && spentToday == o.spentToday && burnPerHour == o.burnPerHour
            && dailyBaseline == o.dailyBaseline && baselineDays == o.baselineDays && byCountry == o.byCountry;
    }
    bool operator!=(const CostExposure &o) const { return !(*this == o); }
};

// What the engine hands the GUI a few times per second. The GUI never gets one signal per event.
struct LiveSnapshot {
    qint64 timeMs = 0;
    QVector<PbxStatus> pbxes;
    EventList newEvents;       // events since the previous snapshot (capped; see droppedEvents)
    int droppedEvents = 0;     // events not included because the cap was hit (they are stored)
    AlertList changedAlerts;   // alerts created or updated since the previous snapshot
    QVector<ActiveCall> activeCalls;
    qint64 totalEvents = 0;
    double eventsPerSec = 0.0;
    QVector<CostExposure> costs;   // one per PBX with external calls
    QString currency;              // of every cost figure
};

} // namespace tg

Q_DECLARE_METATYPE(tg::LiveSnapshot)
