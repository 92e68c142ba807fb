#pragma once

#include "Alert.h"
#include "blocking/BlockTypes.h"
#include "report/IncidentReport.h"

#include <QString>

namespace tg {

// The words an incident report uses for states and steps, translated; GUI-free, so the report
// reads the same from the console and from tollgate-cli.
class IncidentLabels
{
public:
    static QString severity(Severity s);
    static QString status(AlertStatus s);
    static QString blockState(BlockState s);
    static QString fixStatus(const QString &status);      // AuditHistory::Fix::status
    static QString timelineKind(IncidentTimelineEntry::Kind k);
};

} // namespace tg
