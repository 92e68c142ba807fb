#include "Analyzer.h"

#include "Clock.h"
#include "DetectionEngine.h"
#include "EvidenceIndex.h"
#include "PrefetchSource.h"
#include "geoip/GeoIpDatabase.h"

#include <QHash>
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
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const Event &a, const Event &b) { return a.timeMs < b.timeMs; });
    m_firstId = 1;
    for (const Event &e : qAsConst(m_events))
        m_firstId = std::max(m_firstId, e.id + 1);
    return run([this] { return std::make_unique<EventListSource>(m_events); });
}

void Analyzer::forEachEvent(EventSource &source, const std::function<bool(Event &)> &fn) const
{
    qint64 nextId = m_firstId;
    EventList chunk;
    while (source.read(chunk)) {
        for (Event &e : chunk) {
            if ((m_since > 0 && e.timeMs < m_since) || (m_until > 0 && e.timeMs >= m_until))
                continue;
            if (e.id <= 0)
                e.id = nextId++;
            if (!fn(e))
                return;
        }
        chunk.clear();
    }
}

AnalysisResult Analyzer::run(const SourceFactory &open)
{
    AnalysisResult r;
    r.currency = m_settings.currency;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<DetectionEngine> engine;   // made at the first event, on its time
    EvidenceIndex evidence(m_evidenceMemory);
    QHash<QString, Alert> all;   // an alert can close and reopen: key by its first sighting too
    auto collect = [&](const AlertList &alerts) {
        for (const Alert &a : alerts) {
            const QString key = AnalysisResult::keyOf(a);
            evidence.noteAlert(key, a);
            all.insert(key, a);
        }
    };
    qint64 lastTick = 0;
    {
        // Reading and parsing on a second thread, the detectors on this one.
        PrefetchSource source(open());
        forEachEvent(source, [&](Event &e) {
            e.raw = QByteArray();
            if (!engine) {
                r.firstMs = r.lastMs = lastTick = e.timeMs;
                clock = std::make_unique<ManualClock>(e.timeMs);
                engine = std::make_unique<DetectionEngine>(*clock, m_settings);
                r.warnings = engine->warnings();
            }
            ++r.events;
            r.lastMs = std::max(r.lastMs, e.timeMs);
            if (e.timeMs > clock->nowMs())
                clock->setMs(e.timeMs);
            if (clock->nowMs() - lastTick >= 1000) {
                collect(engine->tick());
                lastTick = clock->nowMs();
            }
            engine->enrich(e);
            evidence.remember(e);
            collect(engine->process(e));
            return true;
        });
    }
    if (!engine)
        return r;
    clock->advanceMs(1000);
    collect(engine->tick());

    // Evidence older than the index remembers: one more pass, up to the last such event.
    QSet<qint64> missing = evidence.missing();
    if (!missing.isEmpty()) {
        PrefetchSource source(open());
        forEachEvent(source, [&](Event &e) {
            if (missing.remove(e.id))
                evidence.resolve(e.id, {e.srcIp, e.account});
            return !missing.isEmpty();
        });
    }

    const GeoIpDatabase *geo = engine->geoIp();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        QStringList ips, accounts;
        evidence.collect(it.key(), it.value(), &ips, &accounts);
        if (geo)
            for (const QString &ip : qAsConst(ips))
                if (!r.countries.contains(ip))
                    if (const QString cc = geo->countryCode(ip); !cc.isEmpty())
                        r.countries.insert(ip, cc);
        r.sourceIps.insert(it.key(), ips);
        r.accounts.insert(it.key(), accounts);
        r.alerts.append(it.value());
    }
    std::stable_sort(r.alerts.begin(), r.alerts.end(), [](const Alert &a, const Alert &b) {
        return a.firstSeenMs != b.firstSeenMs ? a.firstSeenMs < b.firstSeenMs : a.key() < b.key();
    });
    return r;
}

} // namespace tg
