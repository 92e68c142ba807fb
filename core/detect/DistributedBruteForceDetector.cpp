#include "DistributedBruteForceDetector.h"

#include "AlertBook.h"
#include "DetectFormat.h"

#include <algorithm>

namespace tg {

DistributedBruteForceDetector::DistributedBruteForceDetector(DetectorContext &ctx)
    : Detector(ctx), m_accounts(ctx.settings().maxTrackedKeys), m_stale(ctx), m_rule(keyHash(id()))
{
}

void DistributedBruteForceDetector::expire(Target &t, qint64 nowMs) const
{
    const qint64 windowMs = qint64(m_ctx.settings().distributedWindowSec) * 1000;
    while (!t.failures.empty()
           && (nowMs - t.failures.front().timeMs > windowMs || int(t.failures.size()) > kMaxFailuresPerAccount)) {
        t.perIp.add(t.failures.front().ipKey, -1);
        t.failures.pop_front();
    }
}

void DistributedBruteForceDetector::noteSource(Target &t, Key key, const QString &ip)
{
    // A slot per source among the latest few; a new one takes the longest quiet one's slot.
    auto &recent = t.recentSources;
    const quint64 now = ++t.seen;
    qsizetype quietest = 0;
    for (qsizetype i = 0; i < recent.size(); ++i) {
        if (recent[i].key == key) {
            recent[i].seenAt = now;
            return;
        }
        if (recent[i].seenAt < recent[quietest].seenAt)
            quietest = i;
    }
    if (recent.size() < kShownSources)
        recent.append({key, ip, now});
    else
        recent[quietest] = {key, ip, now};
}

void DistributedBruteForceDetector::process(const Event &e)
{
    if (e.kind != EventKind::AuthFailure || e.account.isEmpty() || e.srcIp.isEmpty())
        return;
    const DetectionSettings &s = m_ctx.settings();
    const EventKeys &k = m_ctx.keys();
    Target &t = m_accounts.touch(k.pbxAccount);
    if (const qint64 ev = m_accounts.takeEvictions())
        m_ctx.noteEvictions(id(), ev);
    t.failures.push_back({e.timeMs, e.id, k.ip});
    t.perIp.add(k.ip, 1);
    noteSource(t, k.ip, e.srcIp);
    expire(t, e.timeMs);

    const int sources = int(t.perIp.size());
    const int failures = int(t.failures.size());
    if (sources < s.distributedMinSources || failures < s.distributedMinFailures) {
        t.triggered = false;
        return;
    }
    if (!t.alert.isSet())
        t.alert.set(e.pbx, e.account, AlertBook::hashOf(k.pbx, m_rule, k.account), AlertSubject::Account);
    // During an attack the text is refreshed now and then; tick() catches up at the end.
    if (t.triggered && m_stale.countQuietly(k.pbxAccount, t.alert, kSeverity, e.timeMs, e.id))
        return;
    AlertDraft d = t.alert.draft(id(), kSeverity, e.timeMs);
    if (!t.triggered) {
        d.count = failures;
        for (const Failure &f : t.failures)
            d.evidence.append(f.id);
        t.triggered = true;
    } else {
        d.evidence = {e.id};
    }
    explain(t, d);
    m_ctx.raise(std::move(d));
}

void DistributedBruteForceDetector::explain(Target &t, AlertDraft &d) const
{
    const DetectionSettings &s = m_ctx.settings();
    const int sources = int(t.perIp.size());
    const int failures = int(t.failures.size());
    t.alert.textStale = false;
    // The most recently active sources still in the window, latest first.
    QVarLengthArray<const Source *, kShownSources> recent;
    for (const Source &src : t.recentSources)
        if (t.perIp.contains(src.key))
            recent.append(&src);
    std::sort(recent.begin(), recent.end(), [](const Source *a, const Source *b) { return a->seenAt > b->seenAt; });
    QStringList ips;
    for (const Source *src : recent)
        ips.append(src->ip);

    int maxPerIp = 0;
    t.perIp.forEach([&](Key, int n) { maxPerIp = std::max(maxPerIp, n); });
    d.title = tr("Distributed brute force on account %1").arg(t.alert.name);
    const QString busiest = maxPerIp < s.bruteForceMaxRetry
                                ? tr("the busiest address failed only %1 times, under the per-address limit of %2")
                                      .arg(maxPerIp)
                                      .arg(s.bruteForceMaxRetry)
                                : tr("the busiest address failed %1 times").arg(maxPerIp);
    d.explanation = tr("%1 failed logins from %2 different addresses within %3 (threshold: %4 failures from "
                       "%5 addresses); %6. Account: %7. Sources: %8.")
                        .arg(QString::number(failures), QString::number(sources),
                             DetectFormat::duration((t.failures.back().timeMs - t.failures.front().timeMs) / 1000),
                             QString::number(s.distributedMinFailures), QString::number(s.distributedMinSources),
                             busiest, t.alert.name, DetectFormat::list(ips, 8, sources));
    d.suggestedAction = tr("Give account %1 a long random password, allow it only from the networks it uses "
                           "(permit/deny or an ACL), and consider blocking the listed sources.")
                            .arg(t.alert.name);
}

void DistributedBruteForceDetector::refreshTexts(qint64 nowMs)
{
    // A target's failures are never empty while it is held (a failure is added before anything else).
    const qint64 windowMs = qint64(m_ctx.settings().distributedWindowSec) * 1000;
    m_stale.refreshQuiet(m_accounts, nowMs, windowMs, [](const Target &t) { return t.failures.back().timeMs; },
                         id(), kSeverity, [this](Target &t, AlertDraft &d) { explain(t, d); });
}

void DistributedBruteForceDetector::flushTexts()
{
    refreshTexts(StaleTexts::kEnd);
}

void DistributedBruteForceDetector::tick(qint64 nowMs)
{
    refreshTexts(nowMs);
    const qint64 windowMs = qint64(m_ctx.settings().distributedWindowSec) * 1000;
    m_accounts.dropOldestWhile(
        [&](const Target &t) { return t.failures.empty() || nowMs - t.failures.back().timeMs > windowMs; });
}

QStringList DistributedBruteForceDetector::status() const
{
    const DetectionSettings &s = m_ctx.settings();
    return {tr("distributed brute force per account: on (%1 failures from %2 addresses in %3)")
                .arg(s.distributedMinFailures)
                .arg(s.distributedMinSources)
                .arg(DetectFormat::duration(s.distributedWindowSec))};
}

} // namespace tg
