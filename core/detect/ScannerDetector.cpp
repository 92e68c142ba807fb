#include "ScannerDetector.h"

#include "AlertBook.h"
#include "DetectFormat.h"

namespace tg {

ScannerDetector::ScannerDetector(DetectorContext &ctx, const ScannerUserAgents *userAgents)
    : Detector(ctx), m_userAgents(userAgents), m_sources(ctx.settings().maxTrackedKeys), m_stale(ctx)
{
}

void ScannerDetector::process(const Event &e)
{
    if (e.srcIp.isEmpty())
        return;
    if (!e.userAgent.isEmpty())
        userAgent(e);
    if (e.kind == EventKind::AuthChallenge || e.kind == EventKind::AuthFailure || e.kind == EventKind::AuthSuccess)
        sweep(e);
}

void ScannerDetector::userAgent(const Event &e)
{
    if (!m_userAgents)
        return;
    const ScannerUserAgents::Pattern *p = m_userAgents->match(e.userAgent);
    if (!p)
        return;
    AlertDraft d;
    d.pbx = e.pbx;
    d.rule = QStringLiteral("scanner_user_agent");
    d.subject = e.srcIp;
    d.srcIp = e.srcIp;
    d.severity = p->severity;
    d.timeMs = e.timeMs;
    d.evidence = {e.id};
    d.title = tr("SIP scanner %1 at %2").arg(p->text, e.srcIp);
    d.explanation = tr("Requests from %1 carry the User-Agent of a known SIP scanner or attack tool (matches "
                       "\"%2\"). Scanners look for open accounts and dial plans before brute force and toll "
                       "fraud. User-Agent: %3")
                        .arg(e.srcIp, p->text, e.userAgent.left(200));
    d.suggestedAction = tr("Block %1. Scanners rotate addresses, so also keep SIP closed to the internet where "
                           "possible (firewall allowlist, non-default port, TLS).")
                            .arg(e.srcIp);
    m_ctx.raise(std::move(d));
}

void ScannerDetector::sweep(const Event &e)
{
    const DetectionSettings &s = m_ctx.settings();
    const qint64 windowMs = qint64(s.sweepWindowSec) * 1000;
    const Key key = m_ctx.keys().source;
    if (e.kind != EventKind::AuthChallenge) {
        // An answer to a challenge: only matters for addresses we already watch.
        if (Source *src = m_sources.find(key)) {
            src->answers.push_back(e.timeMs);
            if (int(src->answers.size()) > kMaxPerSource)
                src->answers.pop_front();
        }
        return;
    }
    if (!DetectFormat::isTelephonyService(e.service))
        return;
    Source &src = m_sources.touch(key);
    if (const qint64 ev = m_sources.takeEvictions())
        m_ctx.noteEvictions(id(), ev);
    src.lastMs = e.timeMs;
    src.challenges.push_back(e.timeMs);
    src.ids.push_back(e.id);
    if (!e.account.isEmpty()) {
        src.challenged[m_ctx.keys().account] = {e.account, e.timeMs};
        src.oldestChallengeMs = std::min(src.oldestChallengeMs, e.timeMs);
    }
    while (!src.challenges.empty()
           && (e.timeMs - src.challenges.front() > windowMs || int(src.challenges.size()) > kMaxPerSource))
        src.challenges.pop_front();
    while (!src.answers.empty() && e.timeMs - src.answers.front() > windowMs)
        src.answers.pop_front();
    while (int(src.ids.size()) > 64)
        src.ids.pop_front();
    // The scan for expired accounts is skipped while none can be expired (the oldest is a lower
    // bound: entries only get newer), which spares a full scan per challenge at the cap.
    if (int(src.challenged.size()) >= s.sweepMinAccounts
        && (e.timeMs - src.lastPrunedMs >= 1000 || int(src.challenged.size()) > kMaxPerSource)
        && e.timeMs - src.oldestChallengeMs > windowMs) {
        src.lastPrunedMs = e.timeMs;
        src.oldestChallengeMs = std::numeric_limits<qint64>::max();
        for (auto it = src.challenged.begin(); it != src.challenged.end();) {
            if (e.timeMs - it->lastMs > windowMs) {
                it = src.challenged.erase(it);
            } else {
                src.oldestChallengeMs = std::min(src.oldestChallengeMs, it->lastMs);
                ++it;
            }
        }
    }
    while (int(src.challenged.size()) > kMaxPerSource)
        src.challenged.erase(src.challenged.begin());
    const int accounts = int(src.challenged.size());
    const int challenges = int(src.challenges.size());
    const int answers = int(src.answers.size());
    if (accounts < s.sweepMinAccounts || answers > s.sweepMaxAnswerRatio * challenges) {
        src.triggered = false;
        return;
    }
    if (!src.alert.isSet())
        src.alert.set(e.pbx, e.srcIp, AlertBook::hashOf(m_ctx.keys().pbx, keyHash(kRule), m_ctx.keys().ip),
                      AlertSubject::Address);
    // During a sweep the text is refreshed now and then; tick() catches up a second after it pauses.
    if (src.triggered && m_stale.countQuietly(key, src.alert, kSeverity, e.timeMs, e.id))
        return;
    AlertDraft d = src.alert.draft(kRule, kSeverity, e.timeMs);
    if (!src.triggered) {
        d.count = challenges;
        for (qint64 id : src.ids)
            d.evidence.append(id);
        src.triggered = true;
    } else {
        d.evidence = {e.id};
    }
    explain(src, d);
    m_ctx.raise(std::move(d));
}

void ScannerDetector::explain(Source &src, AlertDraft &d) const
{
    const DetectionSettings &s = m_ctx.settings();
    const QString &ip = src.alert.name;
    src.alert.textStale = false;
    QStringList names;
    names.reserve(src.challenged.size());
    for (const Source::Challenge &c : std::as_const(src.challenged))
        names.append(c.account);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    d.title = tr("SIP scanner sweep from %1").arg(ip);
    d.explanation = tr("%1 was challenged for %2 different accounts within %3 and answered %4 of %5 "
                       "challenges (threshold: %6 accounts, at most %7% answered): a scanner collecting "
                       "extension names, not a phone. Accounts: %8.")
                        .arg(ip)
                        .arg(int(src.challenged.size()))
                        .arg(DetectFormat::duration(s.sweepWindowSec))
                        .arg(int(src.answers.size()))
                        .arg(int(src.challenges.size()))
                        .arg(s.sweepMinAccounts)
                        .arg(int(s.sweepMaxAnswerRatio * 100))
                        .arg(DetectFormat::list(names, 10));
    d.suggestedAction = tr("Block %1; keep alwaysauthreject=yes so the sweep learns nothing, and expect brute "
                           "force on the accounts it found next.")
                            .arg(ip);
}

void ScannerDetector::refreshTexts(qint64 nowMs)
{
    const qint64 windowMs = qint64(m_ctx.settings().sweepWindowSec) * 1000;
    m_stale.refreshQuiet(m_sources, nowMs, windowMs, [](const Source &s) { return s.lastMs; },
                         kRule, kSeverity, [this](Source &s, AlertDraft &d) { explain(s, d); });
}

void ScannerDetector::flushTexts()
{
    refreshTexts(StaleTexts::kEnd);
}

void ScannerDetector::tick(qint64 nowMs)
{
    refreshTexts(nowMs);
    const qint64 windowMs = qint64(m_ctx.settings().sweepWindowSec) * 1000;
    m_sources.dropOldestWhile([&](const Source &s) { return nowMs - s.lastMs > windowMs; });
}

QStringList ScannerDetector::status() const
{
    const DetectionSettings &s = m_ctx.settings();
    return {tr("scanner by User-Agent: %1").arg(m_userAgents && m_userAgents->size() > 0
                                                   ? tr("on (%n patterns; needs a source that reports "
                                                        "User-Agents: logs or ESL)", nullptr, m_userAgents->size())
                                                   : tr("off (no User-Agent list loaded)")),
            tr("scanner sweep: on (%1 accounts challenged from one address in %2, at most %3% answered)")
                .arg(s.sweepMinAccounts)
                .arg(DetectFormat::duration(s.sweepWindowSec))
                .arg(int(s.sweepMaxAnswerRatio * 100))};
}

} // namespace tg
