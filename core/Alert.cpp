#include "Alert.h"

namespace tg {

namespace {
const char *const kSeverityNames[] = {"info", "low", "medium", "high", "critical"};
const char *const kStatusNames[] = {"open", "acknowledged", "resolved", "false_positive", "snoozed"};
} // namespace

QString severityName(Severity s)
{
    return QString::fromLatin1(kSeverityNames[static_cast<int>(s)]);
}

Severity severityFromName(const QString &name)
{
    for (int i = 0; i < 5; ++i)
        if (name == QLatin1String(kSeverityNames[i]))
            return static_cast<Severity>(i);
    return Severity::Medium;
}

QString alertStatusName(AlertStatus s)
{
    return QString::fromLatin1(kStatusNames[static_cast<int>(s)]);
}

AlertStatus alertStatusFromName(const QString &name)
{
    for (int i = 0; i < 5; ++i)
        if (name == QLatin1String(kStatusNames[i]))
            return static_cast<AlertStatus>(i);
    return AlertStatus::Open;
}

} // namespace tg
