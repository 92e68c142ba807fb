#include "TollFraudDetector.h"

#include "DetectFormat.h"

namespace tg {

void TollFraudDetector::process(const Event &e)
{
    if (e.kind == EventKind::CallEnd) {
        auto it = m_flaggedCalls.find(e.pbx + QLatin1Char('\x1f') + e.callId);
        if (it == m_flaggedCalls.end())
            return;
        const QString subject = it.value();
        m_flaggedCalls.erase(it);
        if (e.cost <= 0)
            return;
        AlertDraft d;
        d.pbx = e.pbx;
        d.rule = id();
        d.subject = subject;
        d.severity = Severity::Info; // never lowers the alert's severity
        d.timeMs = e.timeMs;
        d.count = 0;
        d.estimatedCost = e.cost;
        d.addCost = true;
        d.evidence = {e.id};
        d.account = e.account;
        m_ctx.raise(std::move(d));
        return;
    }
    if (e.kind != EventKind::CallStart)
        return;
    const PbxRuntime &rt = m_ctx.pbx(e.pbx);
    const TrackedCall *call = e.callId.isEmpty() ? nullptr : m_ctx.calls().find(e.pbx, e.callId);
    const Destination dest = call ? call->destination : rt.classifier().classify(e.destination);
    if (!dest.isExternal())
        return;
    const DetectionSettings &s = m_ctx.settings();
    const bool risky = dest.known && isHighRiskTier(dest.tier);
    const bool international = dest.scope == Destination::International;
    const bool notAllowed = international && !rt.allows(dest.country);
    const bool unknown = international && !dest.known && s.tollFraudAlertUnknownPrefix;
    if (!risky && !notAllowed && !unknown)
        return;

    const QString who = !e.account.isEmpty() ? e.account : (!e.srcIp.isEmpty() ? e.srcIp : tr("unknown caller"));
    const QString where = !dest.country.isEmpty() ? dest.country : QStringLiteral("+") + dest.e164.left(3);
    AlertDraft d;
    d.pbx = e.pbx;
    d.rule = id();
    d.subject = who + QStringLiteral(" \u2192 ") + where;
    d.account = e.account;
    d.destination = e.destination;
    d.e164 = dest.e164;
    d.severity = risky ? Severity::High : Severity::Medium;
    d.timeMs = e.timeMs;
    d.evidence = {e.id};
    if (m_ctx.textDue(d)) {
        QString reason;
        if (risky)
            reason = tr("%1 is a %2 range, a usual target of toll fraud (International Revenue Share Fraud).")
                         .arg(dest.description, riskTierName(dest.tier));
        else if (notAllowed)
            reason = tr("International calls to %1 are not allowed for PBX %2 (allowed: %3).")
                         .arg(dest.country, e.pbx,
                              rt.settings().allowedCountries.isEmpty()
                                  ? (rt.classifier().homeCountry().isEmpty() ? tr("none configured")
                                                                             : rt.classifier().homeCountry())
                                  : rt.settings().allowedCountries.join(QStringLiteral(", ")));
        else
            reason = tr("The number matches no prefix in the rate table.");
        const QString rate = dest.known ? DetectFormat::money(dest.ratePerMinute, s.currency) : tr("unknown");
        const QString hour = dest.known ? DetectFormat::money(dest.ratePerMinute * 60, s.currency) : tr("unknown");
        d.title = risky ? tr("Call to a high-risk destination: %1 (%2)").arg(where, dest.description)
                        : tr("International call to %1 from %2").arg(where, who);
        d.explanation = tr("%1 dialed %2 (+%3, %4, tier %5, about %6 per minute; one hour costs about %7). %8")
                            .arg(who, e.destination, dest.e164, dest.description.isEmpty() ? where : dest.description,
                                 riskTierName(dest.tier), rate, hour, reason);
        d.suggestedAction = tr("If nobody meant to call %1, hang up the calls of %2 now, change its password, and "
                               "block international and premium dialing for it in the dial plan or at the carrier. "
                               "If the calls are wanted, add %3 to the allowed countries of this PBX.")
                                .arg(where, who, where);
    }
    if (!e.callId.isEmpty()) {
        if (m_flaggedCalls.size() >= kMaxFlaggedCalls)
            m_flaggedCalls.clear(); // calls that never ended; losing their cost link is acceptable
        m_flaggedCalls.insert(e.pbx + QLatin1Char('\x1f') + e.callId, d.subject);
    }
    m_ctx.raise(std::move(d));
}

QStringList TollFraudDetector::status() const
{
    return {tr("toll fraud by destination: on (international calls outside each PBX's allowed countries, "
               "and premium, satellite and high-risk ranges)")};
}

} // namespace tg
