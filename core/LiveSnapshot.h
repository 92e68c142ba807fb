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
};

} // namespace tg

Q_DECLARE_METATYPE(tg::LiveSnapshot)
