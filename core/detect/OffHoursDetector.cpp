#include "OffHoursDetector.h"

#include "DetectFormat.h"

#include <QDateTime>

namespace tg {

OffHoursDetector::OffHoursDetector(DetectorContext &ctx) : Detector(ctx), m_accounts(ctx.settings().maxTrackedKeys)
{
}

int OffHoursDetector::weightOf(const Destination &d)
{
    if (d.known && isHighRiskTier(d.tier))
        return 5;
    return d.scope == Destination::International ? 3 : 1;
}

void OffHoursDetector::process(const Event &e)
{
    if (e.kind != EventKind::CallStart)
        return;
    const PbxRuntime &rt = m_ctx.pbx(e.pbx);
    if (!rt.hasBusinessHours() || rt.isBusinessTime(e.timeMs))
        return;
    const TrackedCall *call = e.callId.isEmpty() ? nullptr : m_ctx.calls().find(e.pbx, e.callId);
    const Destination dest = call ? call->destination : rt.classifier().classify(e.destination);
    if (!dest.isExternal())
        return;
    const DetectionSettings &s = m_ctx.settings();
    const qint64 windowMs = qint64(s.offHoursWindowSec) * 1000;
    const QString who = e.account.isEmpty() ? e.srcIp : e.account;
    auto &calls = m_accounts.touch(e.pbx + QLatin1Char('\x1f') + who);
    if (const qint64 ev = m_accounts.takeEvictions())
        m_ctx.noteEvictions(id(), ev);
    const int weight = weightOf(dest);
    calls.push_back({e.timeMs, e.id, weight});
    while (!calls.empty() && (e.timeMs - calls.front().timeMs > windowMs || calls.size() > 256))
        calls.pop_front();
    int score = 0;
    int maxWeight = 0;
    for (const Call &c : calls) {
        score += c.weight;
        maxWeight = std::max(maxWeight, c.weight);
    }
    if (score < s.offHoursMinScore)
        return;
    AlertDraft d;
    d.pbx = e.pbx;
    d.rule = id();
    d.subject = who;
    d.account = e.account;
    d.destination = e.destination;
    d.e164 = dest.e164;
    d.severity = maxWeight >= 5 ? Severity::High : (maxWeight >= 3 ? Severity::Medium : Severity::Low);
    d.timeMs = e.timeMs;
    d.evidence = {e.id};
    m_ctx.raiseExplained(std::move(d), [who, n = calls.size(), spanSec = (calls.back().timeMs - calls.front().timeMs) / 1000,
                                        hours = rt.settings().businessHours, zoneName = rt.settings().timeZone,
                                        zone = rt.settings().zone(), score, minScore = s.offHoursMinScore,
                                        destination = e.destination, timeMs = e.timeMs](AlertDraft &x) {
        const QString local = QDateTime::fromMSecsSinceEpoch(timeMs, zone).toString(QStringLiteral("ddd HH:mm"));
        x.title = tr("Calls outside business hours from %1").arg(who);
        x.explanation = tr("%1 outbound calls within %2 outside business hours (%3, %4), risk score %5 (threshold %6; "
                           "domestic 1, international 3, high-risk 5). Latest: %7 at %8 local time from %9.")
                            .arg(QString::number(n), DetectFormat::duration(spanSec), hours,
                                 zoneName.isEmpty() ? QStringLiteral("UTC") : zoneName, QString::number(score),
                                 QString::number(minScore), destination, local, who);
        x.suggestedAction = tr("Check with the user of %1 whether these calls were made by someone at work. If not, "
                               "disable the account and block its outbound dialing until it is investigated.")
                                .arg(who);
    });
}

void OffHoursDetector::tick(qint64 nowMs)
{
    const qint64 windowMs = qint64(m_ctx.settings().offHoursWindowSec) * 1000;
    m_accounts.dropOldestWhile([&](const std::deque<Call> &c) { return c.empty() || nowMs - c.back().timeMs > windowMs; });
}

QStringList OffHoursDetector::status() const
{
    const DetectionSettings &s = m_ctx.settings();
    QStringList with;
    QStringList problems;
    for (auto it = s.pbx.cbegin(); it != s.pbx.cend(); ++it) {
        int a = 0, b = 0, c = 0;
        QString why;
        if (it->parseBusinessHours(&a, &b, &c, &why))
            with << it.key();
        else if (!it->businessHours.isEmpty())
            problems << QStringLiteral("%1: %2").arg(it.key(), why);
    }
    if (with.isEmpty())
        return {tr("off-hours calls: off (no business hours configured; set pbx.<name>.businessHours, e.g. "
                   "\"Mon-Fri 08:00-18:00\", and timeZone)%1")
                    .arg(problems.isEmpty() ? QString() : QStringLiteral("; ") + problems.join(QStringLiteral("; ")))};
    return {tr("off-hours calls: on for %1 (score %2 in %3)")
                .arg(with.join(QStringLiteral(", ")))
                .arg(s.offHoursMinScore)
                .arg(DetectFormat::duration(s.offHoursWindowSec))};
}

} // namespace tg
