#include "NewSourceDetector.h"

#include "DetectFormat.h"

#include "IpAddress.h"

#include <algorithm>

namespace tg {

NewSourceDetector::NewSourceDetector(DetectorContext &ctx) : Detector(ctx), m_accounts(ctx.settings().maxTrackedKeys)
{
}

QString NewSourceDetector::networkOf(const QString &ip, int v4Prefix, int v6Prefix)
{
    const IpAddress a(ip);
    if (a.isNull())
        return QString();
    const int p = a.isV4() ? std::clamp(v4Prefix, 0, 32) : std::clamp(v6Prefix, 0, 128);
    return a.network(p).toString() + QLatin1Char('/') + QString::number(p);
}

void NewSourceDetector::process(const Event &e)
{
    // SIP SuccessfulAuth is not used: for an INVITE its AccountID is the dialed number.
    const bool relevant = (e.kind == EventKind::Registration)
                          || (e.kind == EventKind::AuthSuccess && !DetectFormat::isTelephonyService(e.service));
    if (!relevant || e.account.isEmpty() || e.srcIp.isEmpty())
        return;
    const DetectionSettings &s = m_ctx.settings();
    auto first = m_pbxFirstMs.find(e.pbx);
    if (first == m_pbxFirstMs.end())
        first = m_pbxFirstMs.insert(e.pbx, e.timeMs);
    const QString net = networkOf(e.srcIp, s.newSourceIpv4PrefixLength, s.newSourceIpv6PrefixLength);
    if (net.isEmpty())
        return;
    bool created = false;
    QVector<Seen> &seen = m_accounts.touch(e.pbx + QLatin1Char('\x1f') + e.account, &created);
    if (const qint64 ev = m_accounts.takeEvictions())
        m_ctx.noteEvictions(id(), ev);
    for (Seen &x : seen)
        if (x.network == net) {
            x.lastMs = e.timeMs;
            x.lastIp = e.srcIp;
            return;
        }
    const bool learning = e.timeMs - first.value() < qint64(s.newSourceLearningSec) * 1000;
    QStringList known;
    for (const Seen &x : qAsConst(seen))
        known << x.lastIp;
    if (!seen.isEmpty() && !learning) {
        AlertDraft d;
        d.pbx = e.pbx;
        d.rule = id();
        d.subject = e.account;
        d.srcIp = e.srcIp;
        d.account = e.account;
        d.severity = Severity::Medium;
        d.timeMs = e.timeMs;
        d.evidence = {e.id};
        d.title = tr("New source for account %1: %2").arg(e.account, e.srcIp);
        d.explanation = tr("%1 (%2) came from %3, a network (%4) never seen for this account; it was seen from "
                           "%5 before.")
                            .arg(e.account, e.service.isEmpty() ? eventKindName(e.kind) : e.service, e.srcIp, net,
                                 DetectFormat::list(known));
        d.suggestedAction = tr("Ask the user of %1 whether they moved. If not, change the password of %1 and "
                               "block %2.")
                                .arg(e.account, e.srcIp);
        m_ctx.raise(std::move(d));
    }
    if (seen.size() >= kMaxNetworksPerAccount) {
        int oldest = 0;
        for (int i = 1; i < seen.size(); ++i)
            if (seen[i].lastMs < seen[oldest].lastMs)
                oldest = i;
        seen.remove(oldest);
    }
    seen.append({net, e.srcIp, e.timeMs});
    if (m_pbxFirstMs.size() > 10000)
        m_pbxFirstMs.clear();
}

QStringList NewSourceDetector::status() const
{
    const DetectionSettings &s = m_ctx.settings();
    QStringList lines{tr("new source (network): on (learning %1 per PBX, /%2 and /%3 count as one source)")
                          .arg(DetectFormat::duration(s.newSourceLearningSec))
                          .arg(s.newSourceIpv4PrefixLength)
                          .arg(s.newSourceIpv6PrefixLength)};
    if (s.geoIpDatabase.isEmpty())
        lines << tr("new-source country: off (no GeoIP database configured, and this build has no "
                    "libmaxminddb support)");
    else
        lines << tr("new-source country: off (GeoIP database %1 is configured, but this build has no "
                    "libmaxminddb support)")
                     .arg(s.geoIpDatabase);
    return lines;
}

} // namespace tg
