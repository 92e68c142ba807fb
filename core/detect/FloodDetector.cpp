#include "FloodDetector.h"

#include "DetectFormat.h"

#include <algorithm>

namespace tg {

double FloodDetector::Rate::add(qint64 nowMs, qint64 windowMs)
{
    // (Only an event outside the current window pays for the divisions.)
    const qint64 start = windowLength == windowMs && nowMs >= windowStart && nowMs - windowStart < windowMs
                             ? windowStart
                             : nowMs - (nowMs % windowMs + windowMs) % windowMs;
    windowLength = windowMs;
    if (start != windowStart) {
        previous = (start - windowStart == windowMs) ? current : 0;
        current = 0;
        windowStart = start;
    }
    ++current;
    ++sinceAlert;
    const double elapsed = double(nowMs - windowStart) / double(windowMs);
    return current + previous * (1.0 - elapsed);
}

FloodDetector::FloodDetector(DetectorContext &ctx)
    : Detector(ctx), m_sources(ctx.settings().maxTrackedKeys), m_badRequests(ctx.settings().maxTrackedKeys)
{
}

bool FloodDetector::isFailedCall(const Event &e)
{
    // Hangup causes and CDR dispositions that mean "the call could not be placed", not
    // "nobody answered" (16 normal, 17 busy, 18/19 no answer are everyday outcomes).
    static const QStringList words{QStringLiteral("FAILED"), QStringLiteral("CONGESTION"),
                                   QStringLiteral("CHANUNAVAIL"), QStringLiteral("NO_ROUTE"),
                                   QStringLiteral("UNALLOCATED"), QStringLiteral("REJECTED"),
                                   QStringLiteral("NORMAL_TEMPORARY_FAILURE"), QStringLiteral("INVALID_NUMBER")};
    static const QList<int> causes{1, 2, 3, 21, 27, 28, 34, 38, 41, 42, 44, 50, 57, 58, 65, 66, 69, 79, 88, 102, 111, 127};
    const QString d = e.detail.toUpper();
    for (const QString &w : words)
        if (d.contains(w))
            return true;
    bool ok = false;
    const int cause = d.section(QLatin1Char(' '), 0, 0).toInt(&ok);
    return ok && causes.contains(cause);
}

bool FloodDetector::isConnectorDrop(const Event &e)
{
    const QString t = (e.type + QLatin1Char(' ') + e.detail).toLower();
    static const char *const words[] = {"disconnect", "lost", "closed", "down", "timeout", "timed out", "refused"};
    for (const char *w : words)
        if (t.contains(QLatin1String(w)))
            return true;
    return false;
}

void FloodDetector::raiseRate(const Event &e, Rate &r, double rate, int limit, const QString &rule,
                              const QString &subject, int windowSec)
{
    r.lastId = e.id;
    if (rate <= limit)
        return;
    if (r.lastAlertMs > 0 && e.timeMs - r.lastAlertMs < 1000)
        return; // under a flood, one update a second is plenty
    AlertDraft d;
    d.pbx = e.pbx;
    d.rule = rule;
    d.subject = subject;
    d.timeMs = e.timeMs;
    d.count = r.sinceAlert;
    d.evidence = {e.id};
    r.sinceAlert = 0;
    r.lastAlertMs = e.timeMs;
    const QString window = DetectFormat::duration(windowSec);
    if (rule == QLatin1String("flood_source")) {
        d.srcIp = subject;
        d.severity = Severity::High;
        d.title = tr("Request flood from %1").arg(subject);
        d.explanation = tr("About %1 security events from %2 in the last %3 (limit %4), latest %5. A flood like this "
                           "loads the PBX and can crowd out real phones.")
                            .arg(QString::number(qRound(rate)), subject, window, QString::number(limit), e.type);
        d.suggestedAction = tr("Block %1 or rate-limit SIP at the firewall.").arg(subject);
    } else if (rule == QLatin1String("flood_pbx")) {
        d.severity = Severity::High;
        d.title = tr("Request flood on %1").arg(subject);
        d.explanation = tr("About %1 security events on %2 in the last %3 (limit %4), from many sources.")
                            .arg(QString::number(qRound(rate)), subject, window, QString::number(limit));
        d.suggestedAction = tr("Rate-limit SIP at the firewall and look at the top sources in the event list.");
    } else if (rule == QLatin1String("bad_requests")) {
        d.srcIp = subject;
        d.severity = Severity::Medium;
        d.title = tr("Malformed or forbidden requests from %1").arg(subject);
        d.explanation = tr("About %1 rejected requests (%2) from %3 in the last %4 (limit %5): fuzzing or a broken "
                           "client.")
                            .arg(QString::number(qRound(rate)), e.type, subject, window, QString::number(limit));
        d.suggestedAction = tr("Block %1 unless it is one of your devices.").arg(subject);
    } else {
        d.severity = Severity::Medium;
        d.title = tr("Burst of failed calls on %1").arg(subject);
        d.explanation = tr("About %1 calls failed on %2 in the last %3 (limit %4), latest cause: %5. A trunk may be "
                           "down, or someone is probing destinations.")
                            .arg(QString::number(qRound(rate)), subject, window, QString::number(limit), e.detail);
        d.suggestedAction = tr("Check the trunk's registration and the destinations of the failed calls.");
    }
    m_ctx.raise(std::move(d));
}

FloodDetector::Rate *FloodDetector::pbxTotal(Key pbx)
{
    // Events come from one PBX after another for long runs: the last one's rate is at hand without
    // a look-up (the map's nodes never move).
    if (m_lastPbxRate && pbx == m_lastPbx)
        return m_lastPbxRate;
    auto total = m_pbxTotal.find(pbx);
    if (total == m_pbxTotal.end() && m_pbxTotal.size() < 1000)
        total = m_pbxTotal.try_emplace(pbx).first;
    if (total == m_pbxTotal.end())
        return nullptr;
    m_lastPbx = pbx;
    m_lastPbxRate = &total->second;
    return m_lastPbxRate;
}

void FloodDetector::process(const Event &e)
{
    const DetectionSettings &s = m_ctx.settings();
    switch (e.kind) {
    case EventKind::AuthFailure:
    case EventKind::AuthSuccess:
    case EventKind::AuthChallenge:
    case EventKind::AclReject:
    case EventKind::ProtocolAbuse:
    case EventKind::ResourceLimit: {
        const qint64 windowMs = qint64(s.floodWindowSec) * 1000;
        if (!e.srcIp.isEmpty()) {
            Rate &r = m_sources.touch(m_ctx.keys().source);
            if (const qint64 ev = m_sources.takeEvictions())
                m_ctx.noteEvictions(id(), ev);
            raiseRate(e, r, r.add(e.timeMs, windowMs), s.floodPerSourceLimit, QStringLiteral("flood_source"), e.srcIp,
                      s.floodWindowSec);
        }
        if (Rate *t = pbxTotal(m_ctx.keys().pbx))
            raiseRate(e, *t, t->add(e.timeMs, windowMs), s.floodTotalLimit, QStringLiteral("flood_pbx"), e.pbx,
                      s.floodWindowSec);
        if ((e.kind == EventKind::ProtocolAbuse || e.kind == EventKind::AclReject) && !e.srcIp.isEmpty()) {
            Rate &b = m_badRequests.touch(m_ctx.keys().source);
            if (const qint64 ev = m_badRequests.takeEvictions())
                m_ctx.noteEvictions(id(), ev);
            raiseRate(e, b, b.add(e.timeMs, 60000), s.badRequestLimit, QStringLiteral("bad_requests"), e.srcIp, 60);
        }
        break;
    }
    case EventKind::CallEnd:
        if (isFailedCall(e) && (m_failedCalls.size() < 1000 || m_failedCalls.contains(e.pbx))) {
            Rate &r = m_failedCalls[e.pbx];
            raiseRate(e, r, r.add(e.timeMs, qint64(s.failedCallBurstWindowSec) * 1000), s.failedCallBurstLimit,
                      QStringLiteral("failed_call_burst"), e.pbx, s.failedCallBurstWindowSec);
        }
        break;
    case EventKind::ConnectorState: {
        if (!isConnectorDrop(e) || (m_drops.size() >= 1000 && !m_drops.contains(e.pbx)))
            break;
        auto &drops = m_drops[e.pbx];
        drops.push_back(e.timeMs);
        const qint64 windowMs = qint64(s.connectorFlapWindowSec) * 1000;
        while (!drops.empty() && (e.timeMs - drops.front() > windowMs || drops.size() > 1000))
            drops.pop_front();
        if (int(drops.size()) >= s.connectorFlapLimit) {
            AlertDraft d;
            d.pbx = e.pbx;
            d.rule = QStringLiteral("connector_flapping");
            d.subject = e.pbx;
            d.severity = Severity::Medium;
            d.timeMs = e.timeMs;
            d.evidence = {e.id};
            d.title = tr("Connection to %1 keeps dropping").arg(e.pbx);
            d.explanation = tr("The connection to %1 dropped %2 times within %3 (limit %4); events are lost while it "
                               "is down. Latest: %5.")
                                .arg(e.pbx, QString::number(drops.size()),
                                     DetectFormat::duration(s.connectorFlapWindowSec),
                                     QString::number(s.connectorFlapLimit), e.detail);
            d.suggestedAction = tr("Check the network path to %1 and whether the PBX is overloaded or restarting.")
                                    .arg(e.pbx);
            m_ctx.raise(std::move(d));
        }
        break;
    }
    default:
        break;
    }
}

void FloodDetector::tick(qint64 nowMs)
{
    const qint64 floodMs = qint64(m_ctx.settings().floodWindowSec) * 1000;
    // A source is forgotten ten minutes after its last window, not two windows: a source that comes
    // back every few minutes was otherwise dropped and made again at every visit.
    const qint64 idleMs = std::max<qint64>(2 * floodMs, 600000);
    m_sources.dropOldestWhile([&](const Rate &r) { return nowMs - r.windowStart > idleMs; });
    m_badRequests.dropOldestWhile([&](const Rate &r) { return nowMs - r.windowStart > 120000; });
}

QStringList FloodDetector::status() const
{
    const DetectionSettings &s = m_ctx.settings();
    return {tr("floods: on (%1 events per source and %2 per PBX in %3; %4 bad requests per source a minute; %5 "
               "failed calls in %6; %7 connector drops in %8)")
                .arg(QString::number(s.floodPerSourceLimit), QString::number(s.floodTotalLimit),
                     DetectFormat::duration(s.floodWindowSec), QString::number(s.badRequestLimit),
                     QString::number(s.failedCallBurstLimit), DetectFormat::duration(s.failedCallBurstWindowSec),
                     QString::number(s.connectorFlapLimit), DetectFormat::duration(s.connectorFlapWindowSec))};
}

} // namespace tg
