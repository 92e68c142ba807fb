#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace tg {

enum class Severity : int { Info = 0, Low, Medium, High, Critical };
enum class AlertStatus : int { Open = 0, Acknowledged, Resolved, FalsePositive, Snoozed };

QString severityName(Severity s);
Severity severityFromName(const QString &name);
QString alertStatusName(AlertStatus s);
AlertStatus alertStatusFromName(const QString &name);

// What a detector concluded. One open alert per (pbx, rule, subject); repeats raise count and lastSeen.
struct Alert {
    qint64 id = 0;               // row id once stored
    QString pbx;
    QString rule;                // detector id, e.g. "brute_force_ip"
    QString subject;             // what it is about: an IP, an account, a destination
    Severity severity = Severity::Medium;
    AlertStatus status = AlertStatus::Open;
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    int count = 0;               // how many times the rule fired for this subject
    QString title;               // one line
    QString explanation;         // why this matters, with the numbers that triggered it
    QString suggestedAction;
    double estimatedCost = 0.0;  // money at stake, 0 when none
    QVector<qint64> evidence;    // event row ids
    QString note;                // analyst's note

    QString key() const { return pbx + QLatin1Char('\x1f') + rule + QLatin1Char('\x1f') + subject; }
};

using AlertList = QVector<Alert>;

} // namespace tg

Q_DECLARE_TYPEINFO(tg::Alert, Q_RELOCATABLE_TYPE); // every member is relocatable
Q_DECLARE_METATYPE(tg::Alert)
Q_DECLARE_METATYPE(tg::AlertList)
