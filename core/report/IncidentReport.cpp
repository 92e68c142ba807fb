#include "IncidentReport.h"

namespace tg {

Severity IncidentReport::highestSeverity() const
{
    Severity s = Severity::Info;
    for (const Alert &a : alerts)
        s = std::max(s, a.severity);
    return s;
}

int IncidentReport::countWithStatus(AlertStatus s) const
{
    int n = 0;
    for (const Alert &a : alerts)
        n += a.status == s;
    return n;
}

} // namespace tg
