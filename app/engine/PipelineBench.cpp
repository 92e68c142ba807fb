#include "PipelineBench.h"

#include "Engine.h"
#include "capture/CaptureReader.h"
#include "detect/DetectionEngine.h"
#include "store/StoreWriter.h"

#include <QElapsedTimer>
#include <QFile>

#include <ctime>

namespace tg {

namespace {

// Real attack traffic (the demo capture), repeated with its sources spread over many
// addresses so the detectors see a large, realistic population.
EventList workload(int n)
{
    QFile f(QStringLiteral(":/demo/multi-session-full.ami"));
    EventList base;
    if (f.open(QIODevice::ReadOnly))
        base = CaptureReader::readAmi(f.readAll(), QStringLiteral("bench")).events;
    EventList out;
    if (base.isEmpty())
        return out;
    out.reserve(n);
    const qint64 t0 = base.first().timeMs;
    const qint64 span = base.last().timeMs - t0 + 1000;
    for (int round = 0; out.size() < n; ++round) {
        for (const Event &src : base) {
            if (out.size() >= n)
                break;
            Event e = src;
            e.timeMs += qint64(round) * span;
            if (e.srcIp.startsWith(QLatin1String("203.0.113.")) || e.srcIp.startsWith(QLatin1String("198.51.100.")))
                e.srcIp = QStringLiteral("10.%1.%2.%3").arg(round % 200).arg(round / 200 % 250).arg(e.srcIp.section(QLatin1Char('.'), 3));
            out.append(std::move(e));
        }
    }
    return out;
}

} // namespace

PipelineBenchResult runPipelineBench(const QString &dbPath, int events)
{
    PipelineBenchResult r;
    EventList input = workload(events);
    if (input.isEmpty()) {
        r.error = QStringLiteral("The demo capture is missing from the resources.");
        return r;
    }
    StoreWriter writer(dbPath);
    if (!writer.start(&r.error))
        return r;
    ManualClock clock(input.first().timeMs);
    DetectionEngine detection(clock);
    QHash<QString, qint64> alertIds;
    QHash<qint64, Alert> dirty;
    // The engine saves alert updates once per snapshot, on the wall clock (its timer).
    const qint64 flushEveryNs = qint64(Engine::Options().snapshotIntervalMs) * 1000000;
    qint64 lastFlushNs = 0;

    QElapsedTimer timer;
    const std::clock_t cpuStart = std::clock();
    timer.start();
    qint64 lastTick = input.first().timeMs;
    for (Event &e : input) {   // the engine gets its events moved in, never copied
        clock.setMs(e.timeMs);
        detection.enrich(e);
        e.id = writer.appendEvent(e);
        AlertList alerts = detection.process(e);
        if (e.timeMs - lastTick >= 1000) {
            alerts += detection.tick();
            lastTick = e.timeMs;
        }
        // As the engine does: new alerts at once, updates coalesced per snapshot.
        for (Alert &a : alerts) {
            a.id = alertIds.value(a.key());
            if (!a.id) {
                a.id = writer.saveAlert(a);
                alertIds.insert(a.key(), a.id);
                ++r.alerts;
            }
            dirty.insert(a.id, a);
        }
        if (timer.nsecsElapsed() - lastFlushNs >= flushEveryNs) {
            for (const Alert &a : std::as_const(dirty))
                writer.saveAlert(a);
            r.alerts += dirty.size();
            dirty.clear();
            lastFlushNs = timer.nsecsElapsed();
        }
    }
    for (const Alert &a : std::as_const(dirty))
        writer.saveAlert(a);
    writer.flush();
    r.seconds = timer.nsecsElapsed() / 1e9;
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    r.events = input.size();
    r.eventsPerSec = r.seconds > 0 ? r.events / r.seconds : 0;
    r.eventsPerCpuSec = cpuSeconds > 0 ? r.events / cpuSeconds : 0;
    r.ok = true;
    return r;
}

} // namespace tg
