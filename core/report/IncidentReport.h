#pragma once

#include "Alert.h"
#include "Event.h"
#include "audit/AuditHistory.h"
#include "blocking/BlockRecord.h"
#include "store/AlertRepository.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace tg {

// What an incident report covers: the chosen alerts, or every alert active in a time range
// (optionally on one PBX).
struct IncidentScope {
    QVector<qint64> alertIds;
    qint64 fromMs = 0;   // inclusive; used when alertIds is empty
    qint64 toMs = 0;     // exclusive
    QString pbx;         // empty: every PBX

    bool isTimeRange() const { return alertIds.isEmpty(); }
};

// One address the evidence came from.
struct IncidentSource {
    QString address;
    QString country;          // ISO code when known, else empty
    int evidenceEvents = 0;   // among the evidence events
    qint64 eventsInPeriod = -1;   // all stored events from it in the period; -1 when not counted
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    QStringList accounts;     // accounts it tried (distinct, first few)
    QStringList userAgents;
    QString blockState;       // blockStateName() of its newest block, empty when never blocked
};

// One account the evidence is about.
struct IncidentAccount {
    QString pbx;
    QString account;
    int failures = 0;
    int successes = 0;
    int calls = 0;
    double cost = 0.0;
    QStringList sources;      // distinct addresses, first few
    int sourceCount = 0;
};

// One dialed number among the evidence calls.
struct IncidentDestination {
    QString pbx;
    QString number;
    QString country;          // from the prefix table, empty when unknown or internal
    QString account;          // who called it (the first one seen)
    int calls = 0;
    qint64 billSec = 0;
    double cost = 0.0;
};

// One line of the timeline: something seen or something done, with who did it.
struct IncidentTimelineEntry {
    enum class Kind { AlertOpened, AlertLastSeen, Triage, Block, Unblock, Fix };
    qint64 timeMs = 0;
    Kind kind = Kind::AlertOpened;
    Severity severity = Severity::Info;   // of the alert, for alert entries
    QString text;             // a sentence (already translated)
    QString who;              // empty for what detectors saw
};

// The evidence shown for one alert: its first and newest events, raw text bounded.
struct IncidentEvidence {
    qint64 alertId = 0;
    EventList events;
    int total = 0;            // evidence events the alert references
};

// Everything an incident report shows, read from the store; GUI-free. IncidentReportHtml
// turns it into a document.
struct IncidentReport {
    IncidentScope scope;
    qint64 generatedMs = 0;
    QString generatedBy;
    qint64 periodFromMs = 0;  // first to last activity of the alerts (or the asked range)
    qint64 periodToMs = 0;
    QStringList pbxes;
    QString currency;

    AlertList alerts;                          // by first seen
    QVector<AlertHistoryEntry> history;        // triage of those alerts, oldest first
    QVector<IncidentEvidence> evidence;        // per alert, in the order of alerts
    int evidenceReferenced = 0;                // distinct evidence ids of the alerts
    int evidenceRead = 0;                      // of those, read for the tables and the cost
    int evidenceMissing = 0;                   // referenced but no longer stored (retention)
    QVector<IncidentSource> sources;           // most evidence first
    int sourcesTotal = 0;
    QVector<IncidentAccount> accounts;         // most events first
    int accountsTotal = 0;
    QVector<IncidentDestination> destinations;
    double estimatedCost = 0.0;
    qint64 authFailuresInPeriod = -1;          // stored events in the period (and PBX), -1 unknown
    qint64 callsInPeriod = -1;
    BlockRecordList blocks;                    // for the sources or the alerts
    QVector<AuditHistory::Fix> fixes;          // guided fixes on the PBXes since the period began
    QVector<IncidentTimelineEntry> timeline;   // oldest first
    QStringList warnings;                      // what could not be read, in sentences

    Severity highestSeverity() const;
    int countWithStatus(AlertStatus s) const;
};

} // namespace tg
