#include "BlockPlan.h"

#include <QCoreApplication>

namespace tg {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tg::BlockPlan", text);
}
} // namespace

QString BlockPlan::text() const
{
    QString t;
    const bool block = request.action == BlockRequest::Action::Block;
    QStringList addrs;
    for (const BlockAddress &a : addresses)
        addrs << a.toString();
    if (!addrs.isEmpty())
        t += (block ? tr("Block %1") : tr("Unblock %1")).arg(addrs.join(QStringLiteral(", ")));
    if (block && !addrs.isEmpty())
        t += request.ttlS > 0 ? tr(" for %1 s").arg(request.ttlS) : tr(" until unblocked");
    t += QLatin1Char('\n');
    for (const BlockRefusal &r : invalid)
        t += tr("Refused: %1").arg(r.explanation) + QLatin1Char('\n');
    for (const PbxPlan &p : pbxes) {
        t += QLatin1Char('\n') + tr("PBX %1 (%2):").arg(p.pbx, blockBackendName(p.backend)) + QLatin1Char('\n');
        if (!p.error.isEmpty())
            t += QStringLiteral("  ") + p.error + QLatin1Char('\n');
        for (const BlockRefusal &r : p.refusals)
            t += QStringLiteral("  ") + tr("Refused: %1").arg(r.explanation) + QLatin1Char('\n');
        for (const PbxPlan::Covered &c : p.covered)
            t += QStringLiteral("  ") + tr("%1 is already covered by %2.").arg(c.address.toString(), c.by) + QLatin1Char('\n');
        for (const BlockAddress &a : p.absent)
            t += QStringLiteral("  ") + tr("%1 is not blocked here.").arg(a.toString()) + QLatin1Char('\n');
        for (const RemoteCommand &c : p.commands) {
            const QString sudo = c.root && p.settings.useSudo ? QStringLiteral("sudo -n ") : QString();
            t += QStringLiteral("  $ ") + sudo + c.display().replace(QLatin1Char('\n'), QStringLiteral("\n    "))
                + QLatin1Char('\n');
        }
        if (p.hasWork()) {
            const QString sudo = p.verify.root && p.settings.useSudo ? QStringLiteral("sudo -n ") : QString();
            t += QStringLiteral("  ") + tr("then verify with: %1").arg(sudo + p.verify.display()) + QLatin1Char('\n');
        }
        for (const QString &n : p.notes)
            t += QStringLiteral("  ") + tr("Note: %1").arg(n) + QLatin1Char('\n');
    }
    return t;
}

} // namespace tg
