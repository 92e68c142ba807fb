#include "Analyzer.h"

#include "Clock.h"
#include "DetectionEngine.h"
#include "AlertCollector.h"
#include "PrefetchSource.h"

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
        source.recycle(chunk);
    }
}

AnalysisResult Analyzer::run(const SourceFactory &open)
{
    AnalysisResult r;
    r.currency = m_settings.currency;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<DetectionEngine> engine;   // made at the first event, on its time
    AlertCollector alerts(m_evidenceMemory);
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
                engine->setFinalTextsOnly(true);   // the alerts are shown once, at the end
                r.warnings = engine->warnings();
            }
            ++r.events;
            r.lastMs = std::max(r.lastMs, e.timeMs);
            if (e.timeMs > clock->nowMs())
                clock->setMs(e.timeMs);
            if (clock->nowMs() - lastTick >= 1000) {
                alerts.collect(engine->tick());
                lastTick = clock->nowMs();
            }
            engine->enrich(e);
            engine->process(e, [&](const Alert &a, quint64 key) { alerts.collect(a, key, &e); });
            alerts.remember(e);   // takes its address and account: nothing reads e after this
            return true;
        });
    }
    if (!engine)
        return r;
    clock->advanceMs(1000);
    alerts.collect(engine->tick());
    alerts.collect(engine->flushTexts());

    // Evidence older than the collector remembers: one more pass, up to the last such event.
    QSet<qint64> missing = alerts.missing();
    if (!missing.isEmpty()) {
        PrefetchSource source(open());
        forEachEvent(source, [&](Event &e) {
            if (missing.remove(e.id))
                alerts.resolve(e.id, {e.srcIp, e.account});
            return !missing.isEmpty();
        });
    }

    alerts.fill(r, engine->geoIp());
    return r;
}

} // namespace tg
