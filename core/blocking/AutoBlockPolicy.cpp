#include "AutoBlockPolicy.h"

#include "BlockAddress.h"
#include "Translations.h"

#include <algorithm>

namespace tg {

namespace {
QString tr(const char *text)
{
    return Translations::lookup({"tg::AutoBlockPolicy", "tg"}, text);
}

const qint64 kHourMs = 3600 * 1000;
} // namespace

AutoBlockPolicy::AutoBlockPolicy(const Clock &clock)
    : m_clock(clock)
{
}

void AutoBlockPolicy::prune(qint64 nowMs)
{
    const auto firstKept = std::find_if(m_made.begin(), m_made.end(), [nowMs](const Made &m) {
        return m.timeMs > nowMs - kHourMs;
    });
    m_made.erase(m_made.begin(), firstKept);
}

int AutoBlockPolicy::madeInLastHour(const QString &pbx) const
{
    const qint64 since = m_clock.nowMs() - kHourMs;
    return int(std::count_if(m_made.cbegin(), m_made.cend(), [&](const Made &m) {
        return m.timeMs > since && (pbx.isEmpty() || m.pbxes.contains(pbx));
    }));
}

AutoBlockPolicy::Decision AutoBlockPolicy::consider(const Alert &alert, const QStringList &pbxes,
                                                    const BlockedCheck &isBlocked)
{
    Decision d;
    if (!m_settings.rules.contains(alert.rule))
        return d;
    // Only an alert about one host address: the runner validates it again, strictly.
    const BlockAddress address = BlockAddress::parse(alert.subject);
    if (address.isNull() || !address.isHost())
        return d;
    const QString addr = address.toString();

    d.request.action = BlockRequest::Action::Block;
    d.request.addresses = {addr};
    d.request.ttlS = m_settings.ttlS;
    d.request.who = who();
    d.request.alertId = alert.id;
    d.request.reason = tr("Automatic block: rule %1, alert #%2 (%3)").arg(alert.rule).arg(alert.id).arg(alert.title);

    QStringList targets;
    if (m_settings.target == AutoBlockSettings::Target::AllPbxes)
        targets = pbxes;
    else if (pbxes.contains(alert.pbx))
        targets = {alert.pbx};
    if (targets.isEmpty()) {
        d.kind = Decision::Kind::NoPbx;
        d.request.pbxes = {alert.pbx};
        d.note = tr("%1 was not blocked automatically: PBX %2 has no SSH access set up, and blocking runs over SSH.")
                     .arg(addr, alert.pbx);
        return d;
    }
    if (isBlocked) {
        targets.erase(std::remove_if(targets.begin(), targets.end(),
                                     [&](const QString &pbx) { return isBlocked(addr, pbx); }),
                      targets.end());
        if (targets.isEmpty())
            return d;   // blocked already everywhere it would go: nothing to do or say
    }

    const qint64 now = m_clock.nowMs();
    prune(now);
    d.request.pbxes = targets;
    if (madeInLastHour() >= m_settings.maxPerHour) {
        d.kind = Decision::Kind::RateLimited;
        d.note = tr("%1 was not blocked automatically: the limit of %2 automatic blocks per hour was reached. "
                    "Block it by hand if it should be.").arg(addr).arg(m_settings.maxPerHour);
        return d;
    }
    QStringList allowed;
    for (const QString &pbx : std::as_const(targets)) {
        if (madeInLastHour(pbx) >= m_settings.maxPerHourPerPbx)
            d.skippedPbxes << pbx;
        else
            allowed << pbx;
    }
    if (allowed.isEmpty()) {
        d.kind = Decision::Kind::RateLimited;
        d.note = tr("%1 was not blocked automatically: the limit of %2 automatic blocks per hour on PBX %3 was reached. "
                    "Block it by hand if it should be.").arg(addr).arg(m_settings.maxPerHourPerPbx)
                     .arg(d.skippedPbxes.join(QStringLiteral(", ")));
        return d;
    }
    if (!d.skippedPbxes.isEmpty())
        d.note = tr("%1 was not blocked automatically on %2: the limit of %3 automatic blocks per hour there was reached.")
                     .arg(addr, d.skippedPbxes.join(QStringLiteral(", "))).arg(m_settings.maxPerHourPerPbx);
    d.kind = Decision::Kind::Block;
    d.request.pbxes = allowed;
    m_made.append({now, allowed});
    return d;
}

} // namespace tg
