#include "CallPatternDetector.h"

#include "DetectFormat.h"

#include <QSet>

namespace tg {

namespace {
constexpr qint64 kHourMs = 3600 * 1000LL;
}

CallPatternDetector::CallPatternDetector(DetectorContext &ctx) : Detector(ctx), m_dialed(ctx.settings().maxTrackedKeys)
{
}

void CallPatternDetector::process(const Event &e)
{
    if (e.kind != EventKind::CallStart)
        return;
    const PbxRuntime &rt = m_ctx.pbx(e.pbx);
    const TrackedCall *call = e.callId.isEmpty() ? nullptr : m_ctx.calls().find(e.pbx, e.callId);
    const Destination dest = call ? call->destination : rt.classifier().classify(e.destination);
    spike(e, rt);
    concurrency(e, rt, dest);
    if (dest.isExternal())
        sequential(e, dest);
}

void CallPatternDetector::roll(Baseline &b, const PbxRuntime &rt, qint64 nowMs) const
{
    const qint64 hour = nowMs - (nowMs % kHourMs + kHourMs) % kHourMs;
    if (b.hourStartMs < 0) {
        b.hourStartMs = hour;
        return;
    }
    if (hour <= b.hourStartMs)
        return;
    const double alpha = m_ctx.settings().spikeEwmaAlpha;
    auto learn = [&](qint64 start, int count) {
        const int slot = rt.hourOfWeek(start);
        double &avg = b.ewma[slot];
        avg = b.weeks[slot] == 0 ? count : alpha * count + (1 - alpha) * avg;
        ++b.weeks[slot];
    };
    if (!b.partial)
        learn(b.hourStartMs, b.count);
    // Quiet hours in between taught us "zero calls" (at most one week of them).
    const qint64 gap = std::min<qint64>((hour - b.hourStartMs) / kHourMs - 1, 168);
    for (qint64 i = 1; i <= gap; ++i)
        learn(hour - i * kHourMs, 0);
    b.hourStartMs = hour;
    b.count = 0;
    b.partial = false;
}

void CallPatternDetector::spike(const Event &e, const PbxRuntime &rt)
{
    const DetectionSettings &s = m_ctx.settings();
    if (m_baselines.size() > 1000 && !m_baselines.contains(e.pbx))
        return; // more PBXes than anyone runs: do not grow without bound
    Baseline &b = m_baselines[e.pbx];
    roll(b, rt, e.timeMs);
    ++b.count;
    // A partial hour (the first one seen) is judged too: its count can only be low. On a fresh
    // start no hour has history yet; after a restart the restored history applies at once.
    const int slot = rt.hourOfWeek(b.hourStartMs);
    if (b.weeks[slot] < s.spikeMinHistory)
        return;
    const double expected = b.ewma[slot];
    const double limit = std::max<double>(s.spikeMinCalls, s.spikeFactor * expected);
    if (b.count < limit)
        return;
    AlertDraft d;
    d.pbx = e.pbx;
    d.rule = QStringLiteral("call_spike");
    d.subject = e.pbx;
    d.severity = b.count >= 2 * limit ? Severity::High : Severity::Medium;
    d.timeMs = e.timeMs;
    d.evidence = {e.id};
    m_ctx.raiseExplained(std::move(d), [pbx = e.pbx, count = b.count, expected, weeks = b.weeks[slot],
                                        factor = s.spikeFactor, minCalls = s.spikeMinCalls](AlertDraft &x) {
        x.title = tr("Call volume spike on %1").arg(pbx);
        x.explanation = tr("%1 calls so far in this hour, against about %2 learned for this hour of the week over %3 "
                           "weeks (threshold: %4 times the baseline and at least %5 calls).")
                            .arg(count)
                            .arg(expected, 0, 'f', 1)
                            .arg(weeks)
                            .arg(factor)
                            .arg(minCalls);
        x.suggestedAction = tr("Look at the live calls of %1: who is calling, and where. A sudden burst at an unusual "
                               "hour is how toll fraud starts.")
                                .arg(pbx);
    });
}

void CallPatternDetector::concurrency(const Event &e, const PbxRuntime &rt, const Destination &dest)
{
    const DetectionSettings &s = m_ctx.settings();
    const CallTracker &calls = m_ctx.calls();
    if (!e.account.isEmpty() && s.maxConcurrentPerAccount > 0) {
        const int n = calls.countForAccount(e.pbx, e.account);
        if (n > s.maxConcurrentPerAccount) {
            AlertDraft d;
            d.pbx = e.pbx;
            d.rule = QStringLiteral("concurrent_calls");
            d.subject = e.account;
            d.account = e.account;
            d.severity = dest.isExternal() ? Severity::High : Severity::Medium;
            d.timeMs = e.timeMs;
            d.evidence = {e.id};
            m_ctx.raiseExplained(std::move(d), [account = e.account, n, limit = s.maxConcurrentPerAccount](AlertDraft &x) {
                x.title = tr("Too many simultaneous calls from %1").arg(account);
                x.explanation = tr("%1 has %2 calls in progress (limit %3). A phone rarely holds more than two; many "
                                   "parallel calls from one account is how stolen credentials are used.")
                                    .arg(account, QString::number(n), QString::number(limit));
                x.suggestedAction = tr("Check the live calls of %1 and hang them up if they are not expected; limit the "
                                       "account's call-limit in the PBX.")
                                        .arg(account);
            });
        }
    }
    const int limit = rt.settings().maxConcurrentCalls;
    const int total = calls.countForPbx(e.pbx);
    if (limit > 0 && total > limit) {
        AlertDraft d;
        d.pbx = e.pbx;
        d.rule = QStringLiteral("concurrent_calls");
        d.subject = e.pbx;
        d.severity = Severity::High;
        d.timeMs = e.timeMs;
        d.evidence = {e.id};
        m_ctx.raiseExplained(std::move(d), [pbx = e.pbx, total, limit](AlertDraft &x) {
            x.title = tr("Too many simultaneous calls on %1").arg(pbx);
            x.explanation = tr("%1 calls in progress on %2 (limit %3).").arg(QString::number(total), pbx, QString::number(limit));
            x.suggestedAction = tr("Check the live calls for unexpected destinations; raise the limit in the PBX's "
                                   "detection settings if this volume is normal.");
        });
    }
}

void CallPatternDetector::sequential(const Event &e, const Destination &dest)
{
    const DetectionSettings &s = m_ctx.settings();
    const int suffix = s.sequentialSuffixDigits;
    if (dest.e164.size() < suffix + 4)
        return;
    const qint64 windowMs = qint64(s.sequentialWindowSec) * 1000;
    const QString who = e.account.isEmpty() ? e.srcIp : e.account;
    auto &list = m_dialed.touch(e.pbx + QLatin1Char('\x1f') + who);
    if (const qint64 ev = m_dialed.takeEvictions())
        m_ctx.noteEvictions(id(), ev);
    list.push_back({e.timeMs, e.id, dest.e164});
    while (!list.empty() && (e.timeMs - list.front().timeMs > windowMs || list.size() > 256))
        list.pop_front();
    const QString range = dest.e164.left(dest.e164.size() - suffix);
    QSet<QString> numbers;
    QVector<qint64> ids;
    for (const Dialed &x : list)
        if (x.e164.size() == dest.e164.size() && x.e164.startsWith(range)) {
            numbers.insert(x.e164);
            ids.append(x.id);
        }
    if (numbers.size() < s.sequentialMinNumbers)
        return;
    AlertDraft d;
    d.pbx = e.pbx;
    d.rule = QStringLiteral("sequential_dialing");
    d.subject = who + QStringLiteral(" \u2192 +") + range + QString(suffix, QLatin1Char('x'));
    d.account = e.account;
    d.destination = e.destination;
    d.e164 = dest.e164;
    d.severity = Severity::High;
    d.timeMs = e.timeMs;
    for (qsizetype i = std::max<qsizetype>(0, ids.size() - 20); i < ids.size(); ++i)
        d.evidence.append(ids.at(i));
    d.count = 1;
    m_ctx.raiseExplained(std::move(d), [who, distinct = numbers.size(), range, suffix, windowSec = s.sequentialWindowSec,
                                        minNumbers = s.sequentialMinNumbers](AlertDraft &x) {
        x.title = tr("Sequential dialing from %1").arg(who);
        x.explanation = tr("%1 called %2 different numbers in the range +%3%4 within %5 (threshold: %6). Walking "
                           "through a number range is how fraudsters test revenue-share numbers.")
                            .arg(who)
                            .arg(distinct)
                            .arg(range, QString(suffix, QLatin1Char('x')), DetectFormat::duration(windowSec))
                            .arg(minNumbers);
        x.suggestedAction = tr("Hang up the calls of %1, change its password and block the range +%2 in the dial plan.")
                                .arg(who, range);
    });
}

void CallPatternDetector::tick(qint64 nowMs)
{
    const qint64 windowMs = qint64(m_ctx.settings().sequentialWindowSec) * 1000;
    m_dialed.dropOldestWhile(
        [&](const std::deque<Dialed> &l) { return l.empty() || nowMs - l.back().timeMs > windowMs; });
}

void CallPatternDetector::saveLearned(LearnedState &state) const
{
    for (auto it = m_baselines.cbegin(); it != m_baselines.cend(); ++it)
        state.callBaselines.append({it.key(), it->ewma, it->weeks});
}

void CallPatternDetector::restoreLearned(const LearnedState &state)
{
    for (const LearnedState::CallBaseline &saved : state.callBaselines) {
        if (saved.ewma.size() != 168 || saved.weeks.size() != 168 || m_baselines.size() > 1000)
            continue;
        // The hour running now is incomplete (Tollgate was down for part of it): not learned.
        Baseline &b = m_baselines[saved.pbx];
        b = Baseline();
        b.ewma = saved.ewma;
        b.weeks = saved.weeks;
    }
}

double CallPatternDetector::baseline(const QString &pbx, int hourOfWeek) const
{
    auto it = m_baselines.constFind(pbx);
    if (it == m_baselines.cend() || hourOfWeek < 0 || hourOfWeek >= 168
        || it->weeks[hourOfWeek] < m_ctx.settings().spikeMinHistory)
        return -1;
    return it->ewma[hourOfWeek];
}

QStringList CallPatternDetector::status() const
{
    const DetectionSettings &s = m_ctx.settings();
    return {tr("call spikes: on (%1 times the hour-of-week baseline, at least %2 calls, after %3 weeks of history)")
                .arg(s.spikeFactor)
                .arg(s.spikeMinCalls)
                .arg(s.spikeMinHistory),
            tr("concurrent calls: on (%1 per account; per PBX as configured)").arg(s.maxConcurrentPerAccount),
            tr("sequential dialing: on (%1 numbers of one range in %2)")
                .arg(s.sequentialMinNumbers)
                .arg(DetectFormat::duration(s.sequentialWindowSec))};
}

} // namespace tg
