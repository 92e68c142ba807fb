#include "EnumerationDetector.h"

#include "DetectFormat.h"

namespace tg {

EnumerationDetector::EnumerationDetector(DetectorContext &ctx)
    : Detector(ctx), m_sources(ctx.settings().maxTrackedKeys)
{
}

void EnumerationDetector::process(const Event &e)
{
    if (e.kind != EventKind::AuthFailure || e.account.isEmpty() || e.srcIp.isEmpty())
        return;
    const DetectionSettings &s = m_ctx.settings();
    const qint64 windowMs = qint64(s.enumerationWindowSec) * 1000;
    Source &src = m_sources.touch(e.pbx + QLatin1Char('\x1f') + e.srcIp);
    if (const qint64 ev = m_sources.takeEvictions())
        m_ctx.noteEvictions(id(), ev);
    src.lastMs = e.timeMs;
    const bool isNew = !src.accounts.contains(e.account);
    Tried &t = src.accounts[e.account];
    t.lastMs = e.timeMs;
    if (t.id == 0)
        t.id = e.id;
    t.unknown = t.unknown || e.type == QLatin1String("InvalidAccountID");
    if (!isNew && !src.triggered)
        return; // same account again: nothing new to judge
    for (auto it = src.accounts.begin(); it != src.accounts.end();)
        it = (e.timeMs - it->lastMs > windowMs) ? src.accounts.erase(it) : std::next(it);
    while (src.accounts.size() > kMaxAccountsPerSource) {
        auto oldest = src.accounts.begin();
        for (auto it = src.accounts.begin(); it != src.accounts.end(); ++it)
            if (it->lastMs < oldest->lastMs)
                oldest = it;
        src.accounts.erase(oldest);
    }
    const int distinct = int(src.accounts.size());
    if (distinct < s.enumerationMinAccounts) {
        src.triggered = false;
        return;
    }
    if (src.triggered && !isNew)
        return; // only new names bump the alert
    AlertDraft d;
    d.pbx = e.pbx;
    d.rule = id();
    d.subject = e.srcIp;
    d.srcIp = e.srcIp;
    d.severity = Severity::Medium;
    d.timeMs = e.timeMs;
    QStringList names;
    int unknown = 0;
    for (auto it = src.accounts.cbegin(); it != src.accounts.cend(); ++it) {
        names << it.key();
        unknown += it->unknown ? 1 : 0;
        if (!src.triggered)
            d.evidence.append(it->id);
    }
    names.sort();
    d.count = src.triggered ? 1 : distinct;
    if (src.triggered)
        d.evidence = {e.id};
    src.triggered = true;
    d.title = tr("Account enumeration from %1").arg(e.srcIp);
    d.explanation = tr("%1 tried %2 different account names within %3 (threshold: %4); %5 of them were reported "
                       "as unknown (InvalidAccountID). With alwaysauthreject=yes Asterisk reports unknown names "
                       "as wrong passwords, so the number of names tried is what shows the enumeration. "
                       "Names: %6.")
                        .arg(e.srcIp)
                        .arg(distinct)
                        .arg(DetectFormat::duration(s.enumerationWindowSec))
                        .arg(s.enumerationMinAccounts)
                        .arg(unknown)
                        .arg(DetectFormat::list(names, 10));
    d.suggestedAction = tr("Block %1; keep alwaysauthreject=yes and use extension names that are not "
                           "simple numbers or words.")
                            .arg(e.srcIp);
    m_ctx.raise(std::move(d));
}

void EnumerationDetector::tick(qint64 nowMs)
{
    const qint64 windowMs = qint64(m_ctx.settings().enumerationWindowSec) * 1000;
    m_sources.dropOldestWhile([&](const Source &s) { return nowMs - s.lastMs > windowMs; });
}

QStringList EnumerationDetector::status() const
{
    const DetectionSettings &s = m_ctx.settings();
    return {tr("account enumeration: on (%1 account names from one address in %2)")
                .arg(s.enumerationMinAccounts)
                .arg(DetectFormat::duration(s.enumerationWindowSec))};
}

} // namespace tg
