#include "ConfigSnapshot.h"

#include <QSettings>

#include <QCoreApplication>

namespace tg {

QString snapshotTriggerName(SnapshotTrigger t)
{
    switch (t) {
    case SnapshotTrigger::Schedule: return QStringLiteral("schedule");
    case SnapshotTrigger::Reload: return QStringLiteral("reload");
    case SnapshotTrigger::OnDemand: return QStringLiteral("on_demand");
    case SnapshotTrigger::Revert: return QStringLiteral("revert");
    case SnapshotTrigger::Import: return QStringLiteral("import");
    }
    return QStringLiteral("on_demand");
}

SnapshotTrigger snapshotTriggerFromName(const QString &name)
{
    for (SnapshotTrigger t : {SnapshotTrigger::Schedule, SnapshotTrigger::Reload, SnapshotTrigger::OnDemand,
                              SnapshotTrigger::Revert, SnapshotTrigger::Import})
        if (snapshotTriggerName(t) == name)
            return t;
    return SnapshotTrigger::OnDemand;
}

QString snapshotTriggerLabel(SnapshotTrigger t)
{
    switch (t) {
    case SnapshotTrigger::Schedule: return QCoreApplication::translate("tg::ConfigSnapshot", "scheduled");
    case SnapshotTrigger::Reload: return QCoreApplication::translate("tg::ConfigSnapshot", "after a reload");
    case SnapshotTrigger::OnDemand: return QCoreApplication::translate("tg::ConfigSnapshot", "on demand");
    case SnapshotTrigger::Revert: return QCoreApplication::translate("tg::ConfigSnapshot", "after a revert");
    case SnapshotTrigger::Import: return QCoreApplication::translate("tg::ConfigSnapshot", "imported");
    }
    return QString();
}

SnapshotRetention SnapshotRetention::fromSettings()
{
    const QSettings s;
    SnapshotRetention r;
    r.keepLast = qBound(0, s.value(QStringLiteral("configHistory/keepSnapshots"), kDefaultKeepLast).toInt(), 100000);
    r.maxAgeDays = qBound(0, s.value(QStringLiteral("configHistory/keepDays"), 0).toInt(), 36500);
    return r;
}

void SnapshotRetention::toSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("configHistory/keepSnapshots"), keepLast);
    s.setValue(QStringLiteral("configHistory/keepDays"), maxAgeDays);
}

} // namespace tg
