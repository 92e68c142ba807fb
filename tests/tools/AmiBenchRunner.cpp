// Prints the AMI benchmarks until tollgate-cli wires them (bench ami-parser | ami-e2e | ami-fleet).
// Usage: tollgate-ami-bench [parser|e2e|fleet|all] [connections] [seconds]

#include "ami/AmiBench.h"

#include <QCoreApplication>
#include <cstdio>

using tg::AmiBench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString what = args.value(1, QStringLiteral("all"));
    const auto captures = AmiBench::defaultCaptures();
    if (captures.isEmpty()) {
        std::fprintf(stderr, "no demo captures in the resources\n");
        return 1;
    }
    if (what == QLatin1String("parser") || what == QLatin1String("all")) {
        const auto r = AmiBench::parser(captures);
        std::printf("ami-parser: %d rounds, %.1f MB, %lld AMI events in %.2f s: %.0f events/s, %.1f MB/s (one core); "
                    "with normalizer: %.0f AMI events/s -> %lld Events\n",
                    r.rounds, r.bytes / 1e6, static_cast<long long>(r.amiEvents), r.seconds, r.eventsPerSec, r.mbPerSec,
                    r.normalizedAmiEventsPerSec, static_cast<long long>(r.normalizedEvents));
    }
    if (what == QLatin1String("e2e") || what == QLatin1String("all")) {
        const auto r = AmiBench::endToEnd(captures.first());
        std::printf("ami-e2e: %s x%d, %.1f MB over loopback in %.2f s: %.0f AMI events/s, %.0f Events/s, %.1f MB/s%s%s\n",
                    qPrintable(r.capture), r.repeat, r.bytes / 1e6, r.seconds, r.amiEventsPerSec,
                    r.normalizedEventsPerSec, r.mbPerSec, r.completed ? "" : " INCOMPLETE: ", qPrintable(r.error));
    }
    if (what == QLatin1String("fleet") || what == QLatin1String("all")) {
        const int n = args.value(2, QStringLiteral("200")).toInt();
        const int secs = args.value(3, QStringLiteral("10")).toInt();
        const auto r = AmiBench::fleet(captures.first(), n, 50, secs);
        std::printf("ami-fleet: %d connections (%d connected in %.2f s, %d at the end) at %.0f AMI events/s each for %d s: "
                    "sent %lld, %lld Events; CPU process %.1f%%, client thread %.1f%%, server thread %.1f%%; "
                    "lag: slowest connection max %.0f ms (mean %.1f ms), p99 %.0f ms%s%s\n",
                    r.connections, r.connected, r.connectSeconds, r.stillConnected, r.amiEventsPerSecPerConnection,
                    r.seconds, static_cast<long long>(r.amiEventsSent), static_cast<long long>(r.eventsReceived),
                    r.processCpuPercent, r.clientThreadCpuPercent, r.serverThreadCpuPercent, r.slowestConnectionLagMs,
                    r.slowestConnectionMeanLagMs, r.p99LagMs, r.error.isEmpty() ? "" : " ERROR: ", qPrintable(r.error));
    }
    return 0;
}
