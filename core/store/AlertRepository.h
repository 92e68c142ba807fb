#pragma once

#include "Alert.h"

#include <QString>
#include <QVector>

namespace tg {

// Empty fields match everything; pbx and rule match exactly, text is a case-insensitive
// substring of the subject, title or note. activeFromMs/activeToMs keep the alerts whose first
// to last sighting overlaps [from, to) (0 = unbounded).
struct AlertFilter {
    QString pbx;
    QString rule;
    QVector<AlertStatus> statuses;
    Severity minSeverity = Severity::Info;
    QString text;
    qint64 activeFromMs = 0;
    qint64 activeToMs = 0;
};

// One triage step recorded by AlertRepository::setStatus.
struct AlertHistoryEntry {
    qint64 alertId = 0;
    qint64 timeMs = 0;
    QString who;
    AlertStatus status = AlertStatus::Open;
    QString note;
};

// Reads alerts and records the analyst's triage on an already opened connection
// (Database::open / openExisting); use it on that connection's thread. The StoreWriter
// inserts and updates alerts; status and note are changed only here.
class AlertRepository
{
public:
    explicit AlertRepository(const QString &connectionName);

    AlertList list(const AlertFilter &f, int limit = 1000);   // newest last-seen first
    Alert byId(qint64 id);                                    // id 0 when absent
    // Sets status (and the note, when one is given) and records who/when/note in alert_history.
    bool setStatus(qint64 id, AlertStatus s, const QString &who, const QString &note);
    QVector<AlertHistoryEntry> history(qint64 alertId);       // oldest first
    QString error() const;                                    // a sentence after a failure

    void setNowMs(qint64 nowMs);   // fixes the history time (tests); 0 = the wall clock

private:
    QString m_connection;
    QString m_error;
    qint64 m_nowMs = 0;
};

} // namespace tg
