#include "CliCommands.h"

#include "ami/AmiBench.h"
#include "configdiff/ConfigDiffBench.h"
#include "detect/EngineBenchmark.h"
#include "esl/EslBench.h"
#include "forward/ForwardBench.h"
#include "engine/PipelineBench.h"
#include "logs/AnalyzeBench.h"
#include "logs/LogReaderBench.h"
#include "store/StoreBench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <functional>

namespace tg::cli {

namespace {

// One figure: what was measured, its unit and the inputs it was measured on.
struct Figure {
    QString name;
    double value = 0;
    QString unit;
    QJsonObject inputs;
};

struct Bench {
    const char *name;
    const char *description;
    std::function<QVector<Figure>(const QStringList &args, QString *error)> run;
};

int intOption(const QStringList &args, const QString &name, int def)
{
    bool ok = false;
    const int v = optionValue(args, name).toInt(&ok);
    return ok && v > 0 ? v : def;
}

QVector<Figure> benchStore(const QStringList &args, QString *error)
{
    const int count = intOption(args, QStringLiteral("--count"), 300000);
    QTemporaryDir dir;
    const StoreBenchResult r = runStoreBenchmark(dir.filePath(QStringLiteral("bench.sqlite")), count);
    if (!r.ok) {
        *error = r.error;
        return {};
    }
    const QJsonObject in{{QStringLiteral("events"), r.events}, {QStringLiteral("flush_interval_ms"), 250}};
    QVector<Figure> figures{{QStringLiteral("store"), r.eventsPerSec, QStringLiteral("events/s"), in},
                            {QStringLiteral("store.cpu"), r.eventsPerCpuSec, QStringLiteral("events per CPU second"), in},
                            {QStringLiteral("store.transactions"), double(r.transactions), QStringLiteral("transactions"), in},
                            {QStringLiteral("store.file_size"), double(r.fileBytes), QStringLiteral("bytes"), in}};
    for (const StoreQueryTime &q : r.queries)
        figures.append({QStringLiteral("store.query"), q.ms, QStringLiteral("ms"),
                        QJsonObject{{QStringLiteral("events"), r.events}, {QStringLiteral("query"), q.what},
                                    {QStringLiteral("cpu_ms"), qRound(q.cpuMs * 100) / 100.0}}});
    return figures;
}

QVector<Figure> benchDetect(const QStringList &args, QString *)
{
    const int n = intOption(args, QStringLiteral("--count"), 1000000);
    return {{QStringLiteral("detect"), benchEngineEventsPerSecond(n), QStringLiteral("events/s"),
             QJsonObject{{QStringLiteral("events"), n}, {QStringLiteral("workload"), QStringLiteral("generated mix")}}}};
}

QVector<Figure> benchEngine(const QStringList &args, QString *error)
{
    const int n = intOption(args, QStringLiteral("--count"), 300000);
    QTemporaryDir dir;
    const PipelineBenchResult r = runPipelineBench(dir.filePath(QStringLiteral("bench.sqlite")), n);
    if (!r.ok) {
        *error = r.error;
        return {};
    }
    const QJsonObject in{{QStringLiteral("events"), r.events},
                         {QStringLiteral("workload"), QStringLiteral("demo capture, sources spread")}};
    return {{QStringLiteral("engine"), r.eventsPerSec, QStringLiteral("events/s"), in},
            {QStringLiteral("engine.cpu"), r.eventsPerCpuSec, QStringLiteral("events per CPU second"), in},
            {QStringLiteral("engine.alert_saves"), double(r.alerts), QStringLiteral("alerts"), in}};
}

QVector<Figure> benchLogs(const QStringList &args, QString *)
{
    const int n = intOption(args, QStringLiteral("--count"), 200000);
    const LogReaderBench::Result r = LogReaderBench::runSecurityLog(n);
    return {{QStringLiteral("log-reader"), r.linesPerSecond, QStringLiteral("lines/s"),
             QJsonObject{{QStringLiteral("lines"), r.lines}, {QStringLiteral("format"), QStringLiteral("asterisk security log")}}}};
}

QVector<Figure> benchAnalyze(const QStringList &args, QString *error)
{
    const int n = intOption(args, QStringLiteral("--count"), 1000000);
    QTemporaryDir dir;
    const int scale = intOption(args, QStringLiteral("--scale"), 3);   // 1: no second, longer log
    const AnalyzeBench::Result r = AnalyzeBench::run(dir.path(), n, !args.contains(QStringLiteral("--no-fail2ban")), 900, scale);
    if (!r.error.isEmpty()) {
        *error = r.error;
        return {};
    }
    const QJsonObject in{{QStringLiteral("lines"), r.lines}, {QStringLiteral("bytes"), r.bytes},
                         {QStringLiteral("events"), r.events}, {QStringLiteral("alerts"), r.alerts},
                         {QStringLiteral("format"), QStringLiteral("generated asterisk messages log")},
                         {QStringLiteral("fail2ban"), r.fail2banNote}, {QStringLiteral("runs"), r.runs},
                         {QStringLiteral("fastest_s"), r.fastestSeconds}, {QStringLiteral("slowest_s"), r.slowestSeconds}};
    QVector<Figure> figures{{QStringLiteral("analyze"), r.linesPerSecond, QStringLiteral("lines/s"), in},
                            {QStringLiteral("analyze.seconds"), r.seconds, QStringLiteral("s"), in},
                            {QStringLiteral("analyze.cpu"), double(r.lines) / r.cpuSeconds, QStringLiteral("lines per CPU second"), in},
                            {QStringLiteral("analyze.cpu_seconds"), r.cpuSeconds, QStringLiteral("s"), in},
                            {QStringLiteral("analyze.read.cpu"), double(r.lines) / r.readCpuSeconds,
                             QStringLiteral("lines per CPU second, reading and parsing alone"), in}};
    if (r.peakRssKb > 0)
        figures.append({QStringLiteral("analyze.peak_rss"), double(r.peakRssKb) / 1024.0, QStringLiteral("MB"), in});
    if (r.fail2banRan) {
        const QJsonObject f2b{{QStringLiteral("lines"), r.lines}, {QStringLiteral("matched"), r.fail2banMatched},
                              {QStringLiteral("filter"), QStringLiteral("asterisk")}};
        figures.append({QStringLiteral("analyze.fail2ban-regex"), r.fail2banLinesPerSecond, QStringLiteral("lines/s"), f2b});
        figures.append({QStringLiteral("analyze.speedup"), r.linesPerSecond / r.fail2banLinesPerSecond,
                        QStringLiteral("x fail2ban-regex"), in});
        if (r.fail2banCpuSeconds > 0) {
            // Per CPU second both sides are less disturbed by other load (analyze's two threads together).
            figures.append({QStringLiteral("analyze.fail2ban-regex.cpu"), double(r.lines) / r.fail2banCpuSeconds,
                            QStringLiteral("lines per CPU second"), f2b});
            figures.append({QStringLiteral("analyze.speedup.cpu"), r.fail2banCpuSeconds / r.cpuSeconds,
                            QStringLiteral("x fail2ban-regex per CPU second"), in});
        }
    }
    if (r.scaleLines > 0) {
        const QJsonObject big{{QStringLiteral("lines"), r.scaleLines},
                              {QStringLiteral("format"), QStringLiteral("generated asterisk messages log")}};
        figures.append({QStringLiteral("analyze.long"), r.scaleLinesPerSecond, QStringLiteral("lines/s"), big});
        if (r.scalePeakRssKb > 0)
            figures.append({QStringLiteral("analyze.long.peak_rss"), double(r.scalePeakRssKb) / 1024.0, QStringLiteral("MB"), big});
    }
    return figures;
}

// The AMI benchmarks' input: the demo captures compiled into the binary.
QVector<AmiBench::Capture> demoCaptures(QString *error)
{
    const QVector<AmiBench::Capture> captures = AmiBench::defaultCaptures();
    if (captures.isEmpty())
        *error = QStringLiteral("The demo captures are missing from the resources.");
    return captures;
}

QVector<Figure> benchAmiParser(const QStringList &args, QString *error)
{
    const auto captures = demoCaptures(error);
    if (captures.isEmpty())
        return {};
    const double seconds = intOption(args, QStringLiteral("--seconds"), 2);
    const AmiBench::ParserResult r = AmiBench::parser(captures, seconds);
    const QJsonObject in{{QStringLiteral("captures"), QJsonArray::fromStringList(r.captures)},
                         {QStringLiteral("bytes"), r.bytes}, {QStringLiteral("chunk_bytes"), r.chunkBytes},
                         {QStringLiteral("rounds"), r.rounds}};
    return {{QStringLiteral("ami-parser"), r.eventsPerSec, QStringLiteral("events/s"), in},
            {QStringLiteral("ami-parser.throughput"), r.mbPerSec, QStringLiteral("MB/s"), in},
            {QStringLiteral("ami-parser+normalizer"), r.normalizedAmiEventsPerSec, QStringLiteral("events/s"), in}};
}

QVector<Figure> benchAmiEndToEnd(const QStringList &args, QString *error)
{
    const auto captures = demoCaptures(error);
    if (captures.isEmpty())
        return {};
    const AmiBench::EndToEndResult r = AmiBench::endToEnd(captures.first(), intOption(args, QStringLiteral("--count"), 200));
    if (!r.error.isEmpty()) {
        *error = r.error;
        return {};
    }
    const QJsonObject in{{QStringLiteral("capture"), r.capture}, {QStringLiteral("repeat"), r.repeat},
                         {QStringLiteral("bytes"), r.bytes}, {QStringLiteral("max_chunk"), r.maxChunk},
                         {QStringLiteral("completed"), r.completed}};
    return {{QStringLiteral("ami-e2e"), r.amiEventsPerSec, QStringLiteral("AMI events/s"), in},
            {QStringLiteral("ami-e2e.normalized"), r.normalizedEventsPerSec, QStringLiteral("events/s"), in},
            {QStringLiteral("ami-e2e.throughput"), r.mbPerSec, QStringLiteral("MB/s"), in}};
}

QVector<Figure> benchAmiFleet(const QStringList &args, QString *error)
{
    const auto captures = demoCaptures(error);
    if (captures.isEmpty())
        return {};
    const AmiBench::FleetResult r = AmiBench::fleet(captures.first(), intOption(args, QStringLiteral("--count"), 200), 50,
                                                    intOption(args, QStringLiteral("--seconds"), 10));
    if (!r.error.isEmpty()) {
        *error = r.error;
        return {};
    }
    const QJsonObject in{{QStringLiteral("capture"), r.capture}, {QStringLiteral("connections"), r.connections},
                         {QStringLiteral("ami_events_per_sec_per_connection"), r.amiEventsPerSecPerConnection},
                         {QStringLiteral("seconds"), r.seconds}, {QStringLiteral("still_connected"), r.stillConnected}};
    return {{QStringLiteral("ami-fleet.process_cpu"), r.processCpuPercent, QStringLiteral("% of one core"), in},
            {QStringLiteral("ami-fleet.client_thread_cpu"), r.clientThreadCpuPercent, QStringLiteral("% of one core"), in},
            {QStringLiteral("ami-fleet.slowest_lag"), r.slowestConnectionLagMs, QStringLiteral("ms"), in},
            {QStringLiteral("ami-fleet.p99_lag"), r.p99LagMs, QStringLiteral("ms"), in}};
}

QVector<Figure> benchEslParser(const QStringList &args, QString *error)
{
    QFile f(QStringLiteral(":/demo/freeswitch-session.esl"));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("The FreeSWITCH capture is missing from the resources.");
        return {};
    }
    const EslBench::ParserResult r = EslBench::parser({QStringLiteral("freeswitch-1.10.12-session.esl"), f.readAll()},
                                                      intOption(args, QStringLiteral("--seconds"), 2));
    const QJsonObject in{{QStringLiteral("capture"), r.capture}, {QStringLiteral("bytes"), r.bytes},
                         {QStringLiteral("chunk_bytes"), r.chunkBytes}, {QStringLiteral("rounds"), r.rounds}};
    return {{QStringLiteral("esl-parser"), r.eventsPerSec, QStringLiteral("events/s"), in},
            {QStringLiteral("esl-parser.throughput"), r.mbPerSec, QStringLiteral("MB/s"), in},
            {QStringLiteral("esl-parser+headers"), r.splitEventsPerSec, QStringLiteral("events/s"), in},
            {QStringLiteral("esl-parser+normalizer"), r.normalizedEslEventsPerSec, QStringLiteral("events/s"), in}};
}

QVector<Figure> benchConfigDiff(const QStringList &args, QString *)
{
    const int mb = qBound(1, intOption(args, QStringLiteral("--mb"), 10), 512);
    const QJsonObject r = ConfigDiffBench::run(qint64(mb) * 1024 * 1024);
    QVector<Figure> figures;
    for (const QJsonValue &v : r.value(QStringLiteral("cases")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString name = QStringLiteral("config-diff.") + c.value(QStringLiteral("case")).toString();
        const QJsonObject in{{QStringLiteral("old_bytes"), c.value(QStringLiteral("old_bytes"))},
                             {QStringLiteral("lines"), c.value(QStringLiteral("lines"))},
                             {QStringLiteral("hunks"), c.value(QStringLiteral("hunks"))}};
        for (const char *step : {"diff_ms", "annotate_ms", "classify_ms"})
            if (c.contains(QLatin1String(step)))
                figures.append({name + QLatin1Char('.') + QString::fromLatin1(step).chopped(3),
                                c.value(QLatin1String(step)).toDouble(), QStringLiteral("ms"), in});
    }
    return figures;
}

// The storm benchmark needs a window, so it is its own program (tollgate-bench-gui); the CLI
// stays free of widgets and runs it from beside itself (installed) or from the build tree.
QVector<Figure> benchGui(const QStringList &args, QString *error)
{
    const QString here = QCoreApplication::applicationDirPath();
    QString program;
    for (const QString &candidate : {here + QStringLiteral("/tollgate-bench-gui"),
                                     here + QStringLiteral("/../tools/tollgate-bench-gui")})
        if (QFileInfo(candidate).isExecutable())
            program = candidate;
    if (program.isEmpty()) {
        *error = QCoreApplication::translate("tg::cli", "tollgate-bench-gui was not found beside tollgate-cli; build "
                                                        "the tools target.");
        return {};
    }
    const int seconds = intOption(args, QStringLiteral("--seconds"), 30);
    const QStringList pass{QStringLiteral("--seconds"), QString::number(seconds), QStringLiteral("--rate"),
                           QString::number(intOption(args, QStringLiteral("--rate"), 20000)), QStringLiteral("--events"),
                           QString::number(intOption(args, QStringLiteral("--events"), 0))};
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, pass);
    if (!p.waitForFinished((seconds + 660) * 1000) || p.exitCode() != 0) {
        p.kill();
        p.waitForFinished(5000);
        *error = QCoreApplication::translate("tg::cli", "The GUI storm benchmark failed (exit code %1).").arg(p.exitCode());
        return {};
    }
    const QJsonObject r = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonObject in{{QStringLiteral("seconds"), r.value(QStringLiteral("seconds"))},
                         {QStringLiteral("rate_requested"), r.value(QStringLiteral("rate_requested"))},
                         {QStringLiteral("events_stored"), r.value(QStringLiteral("events_stored"))},
                         {QStringLiteral("load_average_1m"), r.value(QStringLiteral("load_average_1m"))},
                         {QStringLiteral("cpu_cores"), r.value(QStringLiteral("cpu_cores"))}};
    QVector<Figure> figures{{QStringLiteral("gui.events"), r.value(QStringLiteral("events_per_sec")).toDouble(),
                             QStringLiteral("events/s"), in}};
    for (const char *group : {"gui_stall_ms", "socket_to_alert_row_ms"}) {
        const QJsonObject g = r.value(QLatin1String(group)).toObject();
        for (const char *q : {"p50", "p99", "max"})
            figures.append({QStringLiteral("%1.%2").arg(QLatin1String(group).chopped(3), QLatin1String(q)),
                            g.value(QLatin1String(q)).toDouble(), QStringLiteral("ms"), in});
    }
    figures.append({QStringLiteral("gui.rss_peak"), r.value(QStringLiteral("rss_peak_mb")).toDouble(), QStringLiteral("MB"), in});
    return figures;
}

QVector<Figure> benchForward(const QStringList &args, QString *error)
{
    const int n = intOption(args, QStringLiteral("--count"), 100000);
    QTemporaryDir dir;
    const ForwardBenchResult r = runForwardBench(dir.filePath(QStringLiteral("forward-bench.sqlite")), n);
    if (!r.ok) {
        *error = r.error;
        return {};
    }
    const QJsonObject in{{QStringLiteral("alerts"), r.messages}, {QStringLiteral("avg_message_bytes"), r.avgBytes}};
    return {{QStringLiteral("forward.format_json"), r.jsonPerSec, QStringLiteral("messages/s"), in},
            {QStringLiteral("forward.format_cef"), r.cefPerSec, QStringLiteral("messages/s"), in},
            {QStringLiteral("forward.queue_one_per_tx"), r.queuedPerSec, QStringLiteral("messages/s"), in},
            {QStringLiteral("forward.queue_batched"), r.queuedBatchPerSec, QStringLiteral("messages/s"), in},
            {QStringLiteral("forward.drain"), r.drainedPerSec, QStringLiteral("messages/s"), in}};
}

const QVector<Bench> &benches()
{
    static const QVector<Bench> all = {
        {"ami-parser", "AMI parser (and normalizer) throughput on the captures, one core", benchAmiParser},
        {"ami-e2e", "socket -> parser -> normalized Event over loopback", benchAmiEndToEnd},
        {"ami-fleet", "200 PBX connections at 50 events/s each: CPU use and lag of the slowest", benchAmiFleet},
        {"esl-parser", "ESL (FreeSWITCH) parser throughput on the capture, one core", benchEslParser},
        {"config-diff", "config diff, section context and classification of generated N MB files (--mb N)", benchConfigDiff},
        {"store", "events committed to SQLite per second through the store writer", benchStore},
        {"engine", "events/s from normalized Events to committed events and alerts (detectors + store)", benchEngine},
        {"detect", "events/s through the detectors alone", benchDetect},
        {"log-reader", "Asterisk security log lines parsed per second", benchLogs},
        {"gui", "the console under a 20,000 events/s storm: GUI stall, alert latency, memory (--seconds, --rate, --events)", benchGui},
        {"forward", "alerts formatted (RFC 5424 + JSON/CEF) and through a SIEM destination's disk queue", benchForward},
        {"analyze", "analyze on a generated Asterisk log (--count N; median of three runs), beside fail2ban-regex when installed, then on one --scale times as long", benchAnalyze},
    };
    return all;
}

} // namespace

// tollgate-cli bench [NAME] [--json] [--count N]
int runBench(const QStringList &args)
{
    const QStringList pos = positional(args, {QStringLiteral("--count"), QStringLiteral("--seconds"), QStringLiteral("--mb"),
                                              QStringLiteral("--rate"), QStringLiteral("--events")});
    const bool json = args.contains(QStringLiteral("--json"));
    if (pos.isEmpty()) {
        out() << QCoreApplication::translate("tg::cli", "Benchmarks (tollgate-cli bench NAME [--json] [--count N]):") << '\n';
        for (const Bench &b : benches())
            out() << "  " << QString::fromLatin1(b.name).leftJustified(14) << QCoreApplication::translate("tg::cli", b.description) << '\n';
        out().flush();
        return 0;
    }
    for (const Bench &b : benches()) {
        if (pos.first() != QLatin1String(b.name))
            continue;
        QString error;
        const QVector<Figure> figures = b.run(args, &error);
        if (!error.isEmpty()) {
            err() << error << Qt::endl;
            return 1;
        }
        for (const Figure &f : figures) {
            if (json) {
                const QJsonObject o{{QStringLiteral("name"), f.name}, {QStringLiteral("value"), f.value},
                                    {QStringLiteral("unit"), f.unit}, {QStringLiteral("inputs"), f.inputs}};
                out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
            } else {
                out() << f.name << ": " << QString::number(f.value, 'f', f.value < 100 ? 2 : 0) << ' ' << f.unit
                      << "  " << QJsonDocument(f.inputs).toJson(QJsonDocument::Compact) << '\n';
            }
        }
        out().flush();
        return 0;
    }
    err() << QCoreApplication::translate("tg::cli", "No benchmark is called \"%1\"; run tollgate-cli bench to list them.").arg(pos.first()) << Qt::endl;
    return 2;
}

} // namespace tg::cli
