#include "IncidentLabels.h"

#include "Translations.h"
#include "audit/AuditReport.h"

namespace tg {

namespace {
QString tr(const char *text)
{
    return Translations::lookup({"tg::IncidentLabels", "tg"}, text);
}
} // namespace

QString IncidentLabels::severity(Severity s)
{
    return AuditReport::severityLabel(s);
}

QString IncidentLabels::status(AlertStatus s)
{
    switch (s) {
    case AlertStatus::Open: return tr("Open");
    case AlertStatus::Acknowledged: return tr("Acknowledged");
    case AlertStatus::Resolved: return tr("Resolved");
    case AlertStatus::FalsePositive: return tr("False positive");
    case AlertStatus::Snoozed: return tr("Snoozed");
    }
    return tr("Open");
}

QString IncidentLabels::blockState(BlockState s)
{
    switch (s) {
    case BlockState::Pending: return tr("pending");
    case BlockState::Active: return tr("blocked");
    case BlockState::Failed: return tr("failed");
    case BlockState::Removed: return tr("unblocked");
    case BlockState::Expired: return tr("expired");
    case BlockState::Refused: return tr("refused");
    }
    return tr("pending");
}

QString IncidentLabels::fixStatus(const QString &status)
{
    if (status == QLatin1String("applied"))
        return tr("applied");
    if (status == QLatin1String("verified"))
        return tr("applied and verified");
    if (status == QLatin1String("failed"))
        return tr("failed");
    if (status == QLatin1String("rolled_back"))
        return tr("rolled back");
    return status;
}

QString IncidentLabels::timelineKind(IncidentTimelineEntry::Kind k)
{
    switch (k) {
    case IncidentTimelineEntry::Kind::AlertOpened: return tr("Alert raised");
    case IncidentTimelineEntry::Kind::AlertLastSeen: return tr("Last seen");
    case IncidentTimelineEntry::Kind::Triage: return tr("Triage");
    case IncidentTimelineEntry::Kind::Block: return tr("Blocked");
    case IncidentTimelineEntry::Kind::Unblock: return tr("Block ended");
    case IncidentTimelineEntry::Kind::Fix: return tr("Audit fix");
    }
    return QString();
}

} // namespace tg
