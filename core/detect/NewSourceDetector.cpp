#include "NewSourceDetector.h"

#include "DetectFormat.h"
#include "IpAddress.h"
#include "geoip/GeoIpDatabase.h"

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
    // A phone re-registering from its last address (the usual case) needs no parsing.
    const int prefix = s.newSourceIpv4PrefixLength * 1000 + s.newSourceIpv6PrefixLength; // what net depends on
    QString net;
    if (const History *known = m_accounts.find(m_ctx.keys().pbxAccount))
        for (const Seen &x : known->networks)
            if (x.prefix == prefix && x.lastIp == e.srcIp) {
                net = x.network;
                break;
            }
    if (net.isEmpty())
        net = networkOf(e.srcIp, s.newSourceIpv4PrefixLength, s.newSourceIpv6PrefixLength);
    if (net.isEmpty())
        return;
    bool created = false;
    History &h = m_accounts.touch(m_ctx.keys().pbxAccount, &created);
    if (created) {
        h.pbx = e.pbx;
        h.account = e.account;
    }
    if (const qint64 ev = m_accounts.takeEvictions())
        m_ctx.noteEvictions(id(), ev);
    GeoIpDatabase::Country country;
    if (const GeoIpDatabase *geo = m_ctx.geoIp()) {
        country = geo->lookup(e.srcIp);
        // Networks learned before a database was set (or only private ones): their countries now.
        if (h.countries.isEmpty())
            for (const Seen &x : qAsConst(h.networks))
                if (const QString cc = geo->countryCode(x.lastIp); !cc.isEmpty() && !h.countries.contains(cc))
                    h.countries << cc;
    }
    const bool knownNetwork = std::any_of(h.networks.cbegin(), h.networks.cend(),
                                          [&](const Seen &x) { return x.network == net; });
    const bool newCountry = !country.isNull() && !h.countries.contains(country.isoCode);
    const bool learning = e.timeMs - first.value() < qint64(s.newSourceLearningSec) * 1000;
    if (!h.networks.isEmpty() && !learning) {
        // An account seen only from private networks (no country) that shows up from its PBX's
        // own country is a remote worker, not a new country: the network alert covers it.
        const bool firstCountryAtHome = h.countries.isEmpty()
                                        && country.isoCode == m_ctx.pbx(e.pbx).classifier().homeCountry();
        if (newCountry && !firstCountryAtHome)
            raiseCountry(e, country.isoCode, country.name, h);
        else if (!knownNetwork)
            raiseNetwork(e, net, h);
    }
    if (newCountry) {
        if (h.countries.size() >= kMaxCountriesPerAccount)
            h.countries.removeFirst();
        h.countries << country.isoCode;
    }
    remember(h, net, prefix, e);
    if (m_pbxFirstMs.size() > 10000)
        m_pbxFirstMs.clear();
}

void NewSourceDetector::remember(History &h, const QString &net, int prefix, const Event &e)
{
    for (Seen &x : h.networks)
        if (x.network == net) {
            x.lastMs = e.timeMs;
            x.lastIp = e.srcIp;
            x.prefix = prefix;
            return;
        }
    if (h.networks.size() >= kMaxNetworksPerAccount) {
        const auto oldest = std::min_element(h.networks.begin(), h.networks.end(),
                                             [](const Seen &a, const Seen &b) { return a.lastMs < b.lastMs; });
        h.networks.erase(oldest);
    }
    h.networks.append({net, e.srcIp, e.timeMs, prefix});
}

void NewSourceDetector::raiseNetwork(const Event &e, const QString &net, const History &h)
{
    QStringList known;
    for (const Seen &x : h.networks)
        known << x.lastIp;
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

void NewSourceDetector::raiseCountry(const Event &e, const QString &country, const QString &countryName,
                                     const History &h)
{
    QStringList known;
    for (const Seen &x : h.networks)
        known << x.lastIp;
    const QString where = countryName.isEmpty() ? country : QStringLiteral("%1 (%2)").arg(countryName, country);
    AlertDraft d;
    d.pbx = e.pbx;
    d.rule = countryRule();
    d.subject = e.account;
    d.srcIp = e.srcIp;
    d.account = e.account;
    d.severity = Severity::High;
    d.timeMs = e.timeMs;
    d.evidence = {e.id};
    d.title = tr("New country for account %1: %2 from %3").arg(e.account, country, e.srcIp);
    d.explanation = h.countries.isEmpty()
        ? tr("%1 (%2) came from %3 in %4; until now it was seen only from addresses without a country "
             "(private networks: %5).")
              .arg(e.account, e.service.isEmpty() ? eventKindName(e.kind) : e.service, e.srcIp, where,
                   DetectFormat::list(known))
        : tr("%1 (%2) came from %3 in %4, a country never seen for this account; it was seen from %5 "
             "(%6) before.")
              .arg(e.account, e.service.isEmpty() ? eventKindName(e.kind) : e.service, e.srcIp, where,
                   h.countries.join(QStringLiteral(", ")), DetectFormat::list(known));
    d.suggestedAction = tr("Unless the user of %1 is travelling, treat the password of %1 as stolen: change it, "
                           "block %2 and check the calls of %1.")
                            .arg(e.account, e.srcIp);
    m_ctx.raise(std::move(d));
}

void NewSourceDetector::saveLearned(LearnedState &state) const
{
    for (auto it = m_pbxFirstMs.cbegin(); it != m_pbxFirstMs.cend(); ++it)
        state.pbxFirstSeen.append({it.key(), it.value()});
    state.accountSources.reserve(m_accounts.size());
    m_accounts.forEach([&](Key, const History &h) {
        LearnedState::AccountSources a{h.pbx, h.account, {}, h.countries};
        for (const Seen &x : h.networks)
            a.sources.append({x.network, x.lastIp, x.lastMs});
        state.accountSources.append(std::move(a));
    });
}

void NewSourceDetector::restoreLearned(const LearnedState &state)
{
    for (const LearnedState::PbxFirstSeen &p : state.pbxFirstSeen)
        if (m_pbxFirstMs.size() < 10000)
            m_pbxFirstMs.insert(p.pbx, p.firstMs);
    // Oldest first, so the most recently active accounts are the newest in the LRU; the cap holds.
    QVector<const LearnedState::AccountSources *> order;
    for (const LearnedState::AccountSources &a : state.accountSources)
        if (!a.sources.isEmpty() && !a.account.isEmpty())
            order.append(&a);
    auto lastSeen = [](const LearnedState::AccountSources *a) {
        qint64 t = 0;
        for (const LearnedState::Source &x : a->sources)
            t = std::max(t, x.lastMs);
        return t;
    };
    std::stable_sort(order.begin(), order.end(), [&](auto *x, auto *y) { return lastSeen(x) < lastSeen(y); });
    for (const LearnedState::AccountSources *a : order) {
        History &h = m_accounts.touch(combineKeys(keyHash(a->pbx), keyHash(a->account)));
        h = History();
        h.pbx = a->pbx;
        h.account = a->account;
        for (const LearnedState::Source &x : a->sources.mid(std::max<qsizetype>(0, a->sources.size() - kMaxNetworksPerAccount)))
            h.networks.append({x.network, x.lastIp, x.lastMs});
        h.countries = a->countries.mid(std::max<qsizetype>(0, a->countries.size() - kMaxCountriesPerAccount));
    }
    m_accounts.takeEvictions(); // over the cap: the least recent were dropped, which is the bound working
}

QStringList NewSourceDetector::status() const
{
    const DetectionSettings &s = m_ctx.settings();
    QStringList lines{tr("new source (network): on (learning %1 per PBX, /%2 and /%3 count as one source)")
                          .arg(DetectFormat::duration(s.newSourceLearningSec))
                          .arg(s.newSourceIpv4PrefixLength)
                          .arg(s.newSourceIpv6PrefixLength)};
    if (const GeoIpDatabase *geo = m_ctx.geoIp())
        lines << tr("new-source country: on (GeoIP database %1: %2)").arg(geo->info().path, geo->describe());
    else if (s.geoIpDatabase.isEmpty())
        lines << tr("new-source country: off (no GeoIP database configured; set one in Settings → GeoIP "
                    "or with --geoip, e.g. a GeoLite2-Country or DB-IP Country Lite .mmdb)");
    else
        lines << tr("new-source country: off (%1)").arg(m_ctx.geoIpProblem());
    return lines;
}

} // namespace tg
