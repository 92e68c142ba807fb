#include "CostDetector.h"

#include "DetectFormat.h"

#include <QDate>

#include <algorithm>

namespace tg {

namespace {
constexpr qint64 kHourMs = 3600 * 1000LL;
}

void CostDetector::expire(Spend &s, qint64 nowMs) const
{
    while (!s.ended.empty() && (nowMs - s.ended.front().first > kHourMs || s.ended.size() > 100000)) {
        s.endedSum -= s.ended.front().second;
        s.ended.pop_front();
    }
    if (s.ended.empty())
        s.endedSum = 0.0; // no drift from floating-point subtraction
}

void CostDetector::rollDay(Spend &s, qint64 day) const
{
    if (s.day < 0) {
        s.day = day;
        return;
    }
    if (day <= s.day)
        return;
    // Days without calls taught a spend of zero (at most 60 of them).
    const qint64 steps = std::min<qint64>(day - s.day, 60);
    for (qint64 i = 0; i < steps; ++i) {
        const double spent = i == 0 ? s.dayTotal : 0.0;
        s.dayEwma = s.days == 0 ? spent : 0.3 * spent + 0.7 * s.dayEwma;
        ++s.days;
    }
    s.day = day;
    s.dayTotal = 0.0;
    s.byCountry.clear();
}

double CostDetector::runningCost(const QString &pbx, qint64 nowMs) const
{
    double sum = 0.0;
    m_ctx.calls().forEach([&](const TrackedCall &c) {
        if (c.pbx == pbx && c.answerMs > 0 && c.destination.ratePerMinute > 0 && nowMs > c.answerMs)
            sum += c.destination.ratePerMinute * double(std::min(nowMs - c.answerMs, kHourMs)) / 60000.0;
    });
    return sum;
}

double CostDetector::burnRate(const QString &pbx, qint64 nowMs) const
{
    auto it = m_pbx.constFind(pbx);
    return (it == m_pbx.cend() ? 0.0 : it->endedSum) + runningCost(pbx, nowMs);
}

QVector<CostExposure> CostDetector::exposure(qint64 nowMs) const
{
    QVector<CostExposure> out;
    for (auto it = m_pbx.cbegin(); it != m_pbx.cend(); ++it) {
        const Spend &sp = it.value();
        // A day with no call yet shows nothing of yesterday (rollDay runs on the next call).
        const bool today = sp.day == m_ctx.pbx(it.key()).localDay(nowMs);
        CostExposure x;
        x.pbx = it.key();
        x.spentToday = today ? sp.dayTotal : 0.0;
        x.burnPerHour = burnRate(it.key(), nowMs);
        x.dailyBaseline = sp.dayEwma;
        x.baselineDays = sp.days;
        if (today)
            x.byCountry = QVector<CountryCost>(sp.byCountry.cbegin(), sp.byCountry.cend());
        std::sort(x.byCountry.begin(), x.byCountry.end(), [](const CountryCost &a, const CountryCost &b) {
            return a.cost != b.cost ? a.cost > b.cost : a.calls > b.calls;
        });
        out.append(x);
    }
    return out;
}

void CostDetector::countCountry(Spend &sp, const Event &e) const
{
    const Destination dest = m_ctx.pbx(e.pbx).classifier().classify(e.destination);
    if (!dest.isExternal() || dest.country.isEmpty())
        return;
    if (sp.byCountry.size() >= 300 && !sp.byCountry.contains(dest.country))
        return; // there are fewer than 300 calling-code countries; garbage cannot grow this
    CountryCost &c = sp.byCountry[dest.country];
    c.country = dest.country;
    ++c.calls;
    c.cost += std::max(0.0, e.cost);
}

void CostDetector::process(const Event &e)
{
    if (e.kind != EventKind::CallEnd || e.destination.isEmpty())
        return;
    const DetectionSettings &s = m_ctx.settings();
    const PbxRuntime &rt = m_ctx.pbx(e.pbx);
    if (m_pbx.size() > 1000 && !m_pbx.contains(e.pbx))
        return;
    if (e.cost <= 0) {
        if (!rt.classifier().classify(e.destination).isExternal())
            return;
        Spend &sp = m_pbx[e.pbx];
        rollDay(sp, rt.localDay(e.timeMs));
        countCountry(sp, e);
        return;
    }
    Spend &sp = m_pbx[e.pbx];
    sp.ended.push_back({e.timeMs, e.cost});
    sp.endedSum += e.cost;
    expire(sp, e.timeMs);
    rollDay(sp, rt.localDay(e.timeMs));
    sp.dayTotal += e.cost;
    countCountry(sp, e);

    if (e.cost >= s.costPerCallLimit) {
        AlertDraft d;
        d.pbx = e.pbx;
        d.rule = QStringLiteral("expensive_call");
        d.subject = e.account.isEmpty() ? e.pbx : e.account;
        d.account = e.account;
        d.destination = e.destination;
        d.severity = e.cost >= 5 * s.costPerCallLimit ? Severity::High : Severity::Medium;
        d.timeMs = e.timeMs;
        d.evidence = {e.id};
        d.estimatedCost = e.cost;
        d.addCost = true;
        d.title = tr("Expensive call from %1").arg(d.subject);
        d.explanation = tr("A call to %1 lasting %2 cost about %3 (limit per call: %4).")
                            .arg(e.destination, DetectFormat::duration(e.billSec > 0 ? e.billSec : e.durationMs / 1000),
                                 DetectFormat::money(e.cost, s.currency), DetectFormat::money(s.costPerCallLimit, s.currency));
        d.suggestedAction = tr("Confirm the call with the user of %1; if nobody made it, treat the account as "
                               "compromised.")
                                .arg(d.subject);
        m_ctx.raise(std::move(d));
    }

    const bool history = sp.days >= s.dailySpendMinHistory;
    const double limit = history ? std::max(s.dailySpendMin, s.dailySpendFactor * sp.dayEwma) : s.dailySpendHardLimit;
    if (sp.dayTotal >= limit) {
        AlertDraft d;
        d.pbx = e.pbx;
        d.rule = QStringLiteral("daily_spend");
        d.subject = e.pbx;
        d.severity = sp.dayTotal >= 2 * limit ? Severity::High : Severity::Medium;
        d.timeMs = e.timeMs;
        d.evidence = {e.id};
        d.estimatedCost = sp.dayTotal;
        d.title = tr("Unusual daily spend on %1").arg(e.pbx);
        d.explanation = history
                            ? tr("Estimated spend today is %1, against about %2 per day learned over %3 days "
                                 "(threshold: %4 times that, at least %5).")
                                  .arg(DetectFormat::money(sp.dayTotal, s.currency),
                                       DetectFormat::money(sp.dayEwma, s.currency), QString::number(sp.days),
                                       QString::number(s.dailySpendFactor),
                                       DetectFormat::money(s.dailySpendMin, s.currency))
                            : tr("Estimated spend today is %1 (limit %2 until %3 days of history exist).")
                                  .arg(DetectFormat::money(sp.dayTotal, s.currency),
                                       DetectFormat::money(s.dailySpendHardLimit, s.currency),
                                       QString::number(s.dailySpendMinHistory));
        d.suggestedAction = tr("Review today's external calls of %1 by cost; set a spending limit at the carrier.")
                                .arg(e.pbx);
        m_ctx.raise(std::move(d));
    }
    checkBurn(e.pbx, e.timeMs, e.id);
}

void CostDetector::checkBurn(const QString &pbx, qint64 nowMs, qint64 evidenceId)
{
    const DetectionSettings &s = m_ctx.settings();
    Spend &sp = m_pbx[pbx];
    expire(sp, nowMs);
    if (sp.lastBurnAlertMs > 0 && nowMs - sp.lastBurnAlertMs < 60000)
        return; // at most one update a minute
    const double running = runningCost(pbx, nowMs);
    const double burn = sp.endedSum + running;
    if (burn < s.costBurnPerHourLimit)
        return;
    sp.lastBurnAlertMs = nowMs;
    AlertDraft d;
    d.pbx = pbx;
    d.rule = QStringLiteral("cost_burn_rate");
    d.subject = pbx;
    d.severity = burn >= 4 * s.costBurnPerHourLimit ? Severity::Critical : Severity::High;
    d.timeMs = nowMs;
    if (evidenceId > 0)
        d.evidence = {evidenceId};
    d.estimatedCost = burn;
    d.title = tr("Call costs burning fast on %1").arg(pbx);
    d.explanation = tr("About %1 spent in the last hour (%2 by ended calls, %3 by calls still running), limit %4 per "
                       "hour. At this rate a day costs about %5.")
                        .arg(DetectFormat::money(burn, s.currency), DetectFormat::money(sp.endedSum, s.currency),
                             DetectFormat::money(running, s.currency),
                             DetectFormat::money(s.costBurnPerHourLimit, s.currency),
                             DetectFormat::money(burn * 24, s.currency));
    d.suggestedAction = tr("Open the live calls of %1 and hang up the expensive ones you do not recognise; block "
                           "international dialing until it is explained.")
                            .arg(pbx);
    m_ctx.raise(std::move(d));
}

void CostDetector::tick(qint64 nowMs)
{
    if (nowMs - m_lastScanMs < 10000)
        return;
    m_lastScanMs = nowMs;
    const DetectionSettings &s = m_ctx.settings();
    // Running calls: burn rate per PBX with calls, and long billable calls.
    QSet<QString> pbxes;
    QSet<QString> live;
    QVector<TrackedCall> longCalls;
    m_ctx.calls().forEach([&](const TrackedCall &c) {
        if (c.answerMs <= 0 || c.destination.ratePerMinute <= 0)
            return;
        pbxes.insert(c.pbx);
        const QString key = c.pbx + QLatin1Char('\x1f') + c.callId;
        live.insert(key);
        if (nowMs - c.answerMs >= qint64(s.longCallMinutes) * 60000 && !m_longCallsAlerted.contains(key))
            longCalls.append(c);
    });
    for (const QString &p : qAsConst(pbxes))
        checkBurn(p, nowMs, 0);
    for (const TrackedCall &c : qAsConst(longCalls)) {
        m_longCallsAlerted.insert(c.pbx + QLatin1Char('\x1f') + c.callId);
        const double cost = c.destination.ratePerMinute * double(nowMs - c.answerMs) / 60000.0;
        const QString who = c.account.isEmpty() ? c.srcIp : c.account;
        AlertDraft d;
        d.pbx = c.pbx;
        d.rule = QStringLiteral("long_call");
        d.subject = who + QStringLiteral(" \u2192 ") + c.destination.dialed;
        d.account = c.account;
        d.destination = c.destination.dialed;
        d.e164 = c.destination.e164;
        d.severity = isHighRiskTier(c.destination.tier) ? Severity::High : Severity::Medium;
        d.timeMs = nowMs;
        d.evidence = {c.startEventId};
        d.estimatedCost = cost;
        d.title = tr("Long billable call from %1 to %2").arg(who, c.destination.dialed);
        d.explanation = tr("The call has been answered for %1 (limit %2) at about %3 per minute: %4 so far.")
                            .arg(DetectFormat::duration((nowMs - c.answerMs) / 1000),
                                 DetectFormat::duration(qint64(s.longCallMinutes) * 60),
                                 DetectFormat::money(c.destination.ratePerMinute, s.currency),
                                 DetectFormat::money(cost, s.currency));
        d.suggestedAction = tr("Check the call with the user of %1 and hang it up if it is not expected.").arg(who);
        m_ctx.raise(std::move(d));
    }
    // Forget alerted calls that have ended.
    for (auto it = m_longCallsAlerted.begin(); it != m_longCallsAlerted.end();)
        it = live.contains(*it) ? std::next(it) : m_longCallsAlerted.erase(it);
    for (auto it = m_pbx.begin(); it != m_pbx.end(); ++it)
        expire(it.value(), nowMs);
}

void CostDetector::saveLearned(LearnedState &state) const
{
    for (auto it = m_pbx.cbegin(); it != m_pbx.cend(); ++it)
        if (it->day >= 0)
            state.dailySpend.append({it.key(), it->day, it->dayTotal, it->dayEwma, it->days});
}

void CostDetector::restoreLearned(const LearnedState &state)
{
    for (const LearnedState::DailySpend &saved : state.dailySpend) {
        if (m_pbx.size() > 1000 || saved.days < 0)
            continue;
        Spend &sp = m_pbx[saved.pbx];
        sp.day = saved.day;
        sp.dayTotal = saved.dayTotal;
        sp.dayEwma = saved.dayEwma;
        sp.days = saved.days;
    }
}

QStringList CostDetector::status() const
{
    const DetectionSettings &s = m_ctx.settings();
    return {tr("cost: on (per call %1, per hour %2, daily %3 times the baseline after %4 days, else %5; long calls "
               "after %6 min)")
                .arg(DetectFormat::money(s.costPerCallLimit, s.currency),
                     DetectFormat::money(s.costBurnPerHourLimit, s.currency), QString::number(s.dailySpendFactor),
                     QString::number(s.dailySpendMinHistory), DetectFormat::money(s.dailySpendHardLimit, s.currency),
                     QString::number(s.longCallMinutes))};
}

} // namespace tg
