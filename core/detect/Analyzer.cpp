#include "Analyzer.h"

#include "Clock.h"
#include "DetectionEngine.h"
#include "geoip/GeoIpDatabase.h"

#include <QMap>
#include <algorithm>

namespace tg {

Analyzer::Analyzer(DetectionSettings settings) : m_settings(std::move(settings)) {}

void Analyzer::setRange(qint64 sinceMs, qint64 untilMs)
{
    m_since = sinceMs;
    m_until = untilMs;
}

void Analyzer::addEvents(EventList events)
{
    m_events.reserve(m_events.size() + events.size());
    for (Event &e : events) {
        if ((m_since > 0 && e.timeMs < m_since) || (m_until > 0 && e.timeMs >= m_until))
            continue;
        e.raw = QByteArray();
        m_events.append(std::move(e));
    }
}

AnalysisResult Analyzer::run()
{
    AnalysisResult r;
    r.currency = m_settings.currency;
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const Event &a, const Event &b) { return a.timeMs < b.timeMs; });
    qint64 nextId = 1;
    for (const Event &e : qAsConst(m_events))
        nextId = std::max(nextId, e.id + 1);
    QHash<qint64, int> byId;
    for (int i = 0; i < m_events.size(); ++i) {
        if (m_events[i].id <= 0)
            m_events[i].id = nextId++;
        byId.insert(m_events[i].id, i);
    }
    r.events = int(m_events.size());
    if (m_events.isEmpty())
        return r;
    r.firstMs = m_events.constFirst().timeMs;
    r.lastMs = m_events.constLast().timeMs;

    ManualClock clock(r.firstMs);
    DetectionEngine engine(clock, m_settings);
    r.warnings = engine.warnings();
    QMap<QString, Alert> all; // an alert can close and reopen: key by its first sighting too
    auto collect = [&](const AlertList &alerts) {
        for (const Alert &a : alerts)
            all.insert(AnalysisResult::keyOf(a), a);
    };
    qint64 lastTick = r.firstMs;
    for (Event &e : m_events) {
        if (e.timeMs > clock.nowMs())
            clock.setMs(e.timeMs);
        if (clock.nowMs() - lastTick >= 1000) {
            collect(engine.tick());
            lastTick = clock.nowMs();
        }
        engine.enrich(e);
        collect(engine.process(e));
    }
    clock.advanceMs(1000);
    collect(engine.tick());

    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const Alert &a = it.value();
        QStringList ips, accounts;
        for (qint64 id : a.evidence) {
            auto idx = byId.constFind(id);
            if (idx == byId.cend())
                continue;
            const Event &e = m_events.at(idx.value());
            if (!e.srcIp.isEmpty() && !ips.contains(e.srcIp)) {
                ips << e.srcIp;
                if (const GeoIpDatabase *geo = engine.geoIp(); geo && !r.countries.contains(e.srcIp)) {
                    const QString cc = geo->countryCode(e.srcIp);
                    if (!cc.isEmpty())
                        r.countries.insert(e.srcIp, cc);
                }
            }
            if (!e.account.isEmpty() && !accounts.contains(e.account))
                accounts << e.account;
        }
        r.sourceIps.insert(it.key(), ips);
        r.accounts.insert(it.key(), accounts);
        r.alerts.append(a);
    }
    std::stable_sort(r.alerts.begin(), r.alerts.end(), [](const Alert &a, const Alert &b) {
        return a.firstSeenMs != b.firstSeenMs ? a.firstSeenMs < b.firstSeenMs : a.key() < b.key();
    });
    return r;
}

} // namespace tg
