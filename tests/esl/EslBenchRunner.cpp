// Prints the ESL parser benchmark (not a test: performance is shown by numbers, not asserted).
// Usage: tollgate-esl-bench [capture.esl] [seconds]; default: the FreeSWITCH 1.10.12 session capture.

#include "esl/EslBench.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path = args.value(1, QStringLiteral(TOLLGATE_TEST_DATA "/esl/freeswitch-1.10.12-session.esl"));
    const double seconds = args.size() > 2 ? args.at(2).toDouble() : 2.0;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    const tg::EslBench::ParserResult r = tg::EslBench::parser({path, f.readAll()}, seconds > 0 ? seconds : 2.0);
    QTextStream out(stdout);
    out << "esl-parser  " << QFile(path).fileName().section(QLatin1Char('/'), -1) << ", " << r.chunkBytes
        << "-byte feeds, " << r.rounds << " passes, " << r.events << " events, " << r.bytes / 1000000.0 << " MB\n";
    out << QStringLiteral("  framing:             %1 events/s  %2 MB/s\n")
               .arg(r.eventsPerSec, 12, 'f', 0)
               .arg(r.mbPerSec, 8, 'f', 1);
    out << QStringLiteral("  + event headers:     %1 events/s  %2 MB/s\n")
               .arg(r.splitEventsPerSec, 12, 'f', 0)
               .arg(r.splitMbPerSec, 8, 'f', 1);
    out << QStringLiteral("  + normalize:         %1 events/s  (%2 Events)\n")
               .arg(r.normalizedEslEventsPerSec, 12, 'f', 0)
               .arg(r.normalizedEvents);
    return 0;
}
