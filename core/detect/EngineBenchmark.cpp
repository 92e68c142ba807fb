#include "EngineBenchmark.h"

#include "Clock.h"
#include "DetectionEngine.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <ctime>

namespace tg {

namespace {

struct BenchRun {
    int events = 0;
    qint64 nanos = 0;
    double cpuSeconds = 0.0;   // process CPU time: less disturbed by other load than wall time
    int openAlerts = 0;
};

EventList generate(int n)
{
    EventList out;
    out.reserve(n);
    QRandomGenerator rng(20261127);
    const qint64 start = 1795742858000LL;
    QStringList attackers, phones, phoneIps;
    for (int i = 0; i < 2000; ++i)
        attackers << QStringLiteral("203.0.%1.%2").arg(i / 250).arg(i % 250 + 1);
    for (int i = 0; i < 500; ++i) {
        phones << QString::number(1000 + i);
        phoneIps << QStringLiteral("192.0.2.%1").arg(i % 250 + 1);
    }
    const QStringList dests{QStringLiteral("1002"), QStringLiteral("02079460123"), QStringLiteral("0033142685300"),
                            QStringLiteral("0097150123456"), QStringLiteral("09098790123")};
    int call = 0;
    for (int i = 0; out.size() < n; ++i) {
        Event e;
        e.pbx = QStringLiteral("bench");
        e.timeMs = start + qint64(i) / 20; // 20,000 events a simulated second
        e.service = QStringLiteral("SIP");
        e.transport = QStringLiteral("UDP");
        const int r = int(rng.bounded(100));
        if (r < 45) {
            e.kind = EventKind::AuthFailure;
            e.type = QStringLiteral("InvalidPassword");
            e.srcIp = attackers.at(rng.bounded(attackers.size()));
            e.account = phones.at(rng.bounded(phones.size()));
        } else if (r < 75) {
            e.kind = EventKind::AuthChallenge;
            e.type = QStringLiteral("ChallengeSent");
            e.srcIp = attackers.at(rng.bounded(attackers.size()));
            e.account = QString::number(100 + rng.bounded(400));
        } else if (r < 97) {
            const int p = int(rng.bounded(phones.size()));
            e.kind = r < 90 ? EventKind::AuthSuccess : EventKind::Registration;
            e.type = r < 90 ? QStringLiteral("SuccessfulAuth") : QStringLiteral("PeerStatus");
            e.srcIp = phoneIps.at(p);
            e.account = phones.at(p);
        } else {
            // Start, answer and end of a call, a few events apart.
            const int p = int(rng.bounded(phones.size()));
            const QString id = QStringLiteral("bench-%1").arg(++call);
            e.kind = EventKind::CallStart;
            e.type = QStringLiteral("Newchannel");
            e.callId = id;
            e.account = phones.at(p);
            e.srcIp = phoneIps.at(p);
            e.destination = dests.at(rng.bounded(dests.size()));
            out.append(e);
            e.kind = EventKind::CallAnswer;
            e.timeMs += 2000;
            out.append(e);
            e.kind = EventKind::CallEnd;
            e.timeMs += 30000;
            e.billSec = 30;
            e.durationMs = 32000;
            e.detail = QStringLiteral("ANSWERED");
        }
        out.append(e);
    }
    out.resize(n);
    std::stable_sort(out.begin(), out.end(), [](const Event &a, const Event &b) { return a.timeMs < b.timeMs; });
    for (int i = 0; i < out.size(); ++i)
        out[i].id = i + 1;
    return out;
}

BenchRun run(int n)
{
    BenchRun r;
    EventList events = generate(std::max(1, n));
    ManualClock clock(events.constFirst().timeMs);
    DetectionEngine engine(clock);
    qint64 lastTick = clock.nowMs();
    QElapsedTimer timer;
    const std::clock_t cpuStart = std::clock();
    timer.start();
    for (Event &e : events) {
        if (e.timeMs > clock.nowMs())
            clock.setMs(e.timeMs);
        if (clock.nowMs() - lastTick >= 1000) {
            engine.tick();
            lastTick = clock.nowMs();
        }
        engine.enrich(e);
        engine.process(e);
    }
    r.nanos = std::max<qint64>(1, timer.nsecsElapsed());
    r.cpuSeconds = std::max(1e-9, double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    r.events = int(events.size());
    r.openAlerts = engine.openAlertCount();
    return r;
}

} // namespace

double benchEngineEventsPerSecond(int n)
{
    const BenchRun r = run(n);
    return double(r.events) * 1e9 / double(r.nanos);
}

QString benchEngineReport(int n)
{
    const BenchRun r = run(n);
    return QStringLiteral("engine: %1 events in %2 s = %3 events/s (CPU time %4 s = %5 events/s), %6 open alerts")
        .arg(r.events)
        .arg(double(r.nanos) / 1e9, 0, 'f', 3)
        .arg(qRound64(double(r.events) * 1e9 / double(r.nanos)))
        .arg(r.cpuSeconds, 0, 'f', 3)
        .arg(qRound64(double(r.events) / r.cpuSeconds))
        .arg(r.openAlerts);
}

} // namespace tg
