#include "AnalyzeBench.h"

#include "capture/CaptureFiles.h"
#include "detect/Analyzer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <vector>
#include <ctime>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace tg {

namespace {

// Linux keeps a resettable peak (VmHWM), so each analysis gets its own figure.
void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (f.open(QIODevice::ReadOnly | QIODevice::Text))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
#ifdef Q_OS_LINUX
    rusage u{};
    if (getrusage(RUSAGE_SELF, &u) == 0)
        return qint64(u.ru_maxrss);   // kilobytes
#endif
    return 0;
}

// CPU time of the finished child processes (fail2ban-regex), 0 where unknown.
double childrenCpuSeconds()
{
#ifdef Q_OS_LINUX
    rusage u{};
    if (getrusage(RUSAGE_CHILDREN, &u) == 0)
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
#endif
    return 0;
}

struct Timed {
    qint64 events = 0;
    int alerts = 0;
    double seconds = 0;
    double cpuSeconds = 0;
    qint64 peakRssKb = 0;
};

// The same path as `tollgate-cli analyze FILE`: detect, stream, replay through every detector.
Timed analyzeFile(const QString &path)
{
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();   // all threads of the process
    CaptureFiles files({{path, QStringLiteral("bench")}}, CaptureReader::Format::Auto);
    QStringList errors;
    files.open(&errors);
    Analyzer analyzer;
    const AnalysisResult result = analyzer.run([&files] { return files.stream(); });
    Timed t;
    t.seconds = double(qMax<qint64>(1, timer.nsecsElapsed() / 1000)) / 1e6;
    t.cpuSeconds = std::max(1e-6, double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    t.events = result.events;
    t.alerts = int(result.alerts.size());
    t.peakRssKb = peakRssKb();
    return t;
}

// Reading and parsing alone (no detector), the same stream the analysis reads: its share of the work.
double readCpuSeconds(const QString &path, qint64 *events)
{
    const std::clock_t cpuStart = std::clock();
    CaptureFiles files({{path, QStringLiteral("bench")}}, CaptureReader::Format::Auto);
    QStringList errors;
    files.open(&errors);
    const std::unique_ptr<EventSource> source = files.stream();
    EventList chunk;
    *events = 0;
    while (source->read(chunk)) {
        *events += chunk.size();
        chunk.clear();
    }
    return std::max(1e-6, double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
}

QByteArray two(int v)
{
    return (v < 10 ? "0" : "") + QByteArray::number(v);
}

// Line i of the generated log.
void appendLine(QByteArray &text, qint64 i, int sources)
{
    {
        // 20 lines per second from 2026-11-27 00:00:00 on (past 24 h, on the next days).
        const int sec = int(i / 20);
        const QByteArray stamp = "[2026-11-" + two(27 + sec / 86400) + ' ' + two(sec / 3600 % 24) + ':' + two(sec / 60 % 60) + ':' + two(sec % 60)
                                 + '.' + QByteArray::number(100 + i % 900) + "] ";
        const int src = int(i * 7919 % sources);   // 64-bit: i * 7919 overflows int past 271,000 lines
        const QByteArray ip = "203.0." + QByteArray::number(113 + src / 250) + '.' + QByteArray::number(src % 250 + 1);
        const QByteArray account = QByteArray::number(1000 + i % 60);
        text += stamp;
        switch (i % 10) {
        case 0:
        case 1:
        case 2:
            text += "NOTICE[4740] chan_sip.c: Registration from '<sip:" + account + "@192.0.2.1>' failed for '" + ip
                  + ":5060' - Wrong password\n";
            break;
        case 3:
            text += "NOTICE[4740] chan_sip.c: Registration from '<sip:admin" + account + "@192.0.2.1>' failed for '"
                  + ip + ":5060' - No matching peer found\n";
            break;
        case 4:
            text += "NOTICE[5301] res_pjsip/pjsip_distributor.c: Request 'REGISTER' from '<sip:" + account
                  + "@192.0.2.1>' failed for '" + ip + ":5062' (callid: " + QByteArray::number(i)
                  + "-bench) - No matching endpoint found\n";
            break;
        case 5:
            text += "VERBOSE[5301][C-0000" + QByteArray::number(i % 9000 + 1000)
                  + "] pbx.c: Executing [1002@default:1] Dial(\"SIP/1001-00000001\", \"SIP/1002,30\") in new stack\n";
            break;
        case 6:
            text += "NOTICE[4740] chan_sip.c: Peer '" + account + "' is now Reachable. (12ms / 2000ms)\n";
            break;
        case 7:
            text += "VERBOSE[4740] chan_sip.c: Registered SIP '" + account + "' at 192.0.2." + QByteArray::number(10 + i % 200)
                  + ":5060\n";
            break;
        case 8:
            text += "WARNING[4751] chan_sip.c: Received response: \"Forbidden\" from '\"" + account + "\" <sip:" + account
                  + "@192.0.2.1>;tag=as" + QByteArray::number(i, 16) + "'\n";
            break;
        default:
            text += "NOTICE[4740] manager.c: " + ip + " failed to authenticate as 'admin'\n";
            break;
        }
    }
}

} // namespace

QByteArray AnalyzeBench::generateMessagesLog(int lines, int sources)
{
    sources = qMax(1, sources);
    QByteArray text;
    text.reserve(qsizetype(lines) * 130);
    for (int i = 0; i < lines; ++i)
        appendLine(text, i, sources);
    return text;
}

bool AnalyzeBench::writeMessagesLog(const QString &path, qint64 lines, QString *error, int sources)
{
    sources = qMax(1, sources);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    QByteArray piece;
    for (qint64 i = 0; i < lines; ++i) {
        appendLine(piece, i, sources);
        if (piece.size() >= (1 << 20) || i + 1 == lines) {
            if (f.write(piece) != piece.size()) {
                *error = QStringLiteral("Cannot write %1: %2").arg(path, f.errorString());
                return false;
            }
            piece.clear();
        }
    }
    // On disk before anything is timed: the kernel writing 130 MB back while an analysis runs
    // slowed that analysis by a tenth or more.
    f.flush();
#ifdef Q_OS_UNIX
    ::fsync(f.handle());
#endif
    return true;
}


AnalyzeBench::Result AnalyzeBench::run(const QString &dir, int lines, bool withFail2ban, int fail2banTimeoutSec,
                                       int scale)
{
    Result r;
    const QString path = QDir(dir).filePath(QStringLiteral("bench-messages.log"));
    if (!writeMessagesLog(path, lines, &r.error))
        return r;
    r.bytes = QFileInfo(path).size();
    r.lines = lines;

    // The median of three runs: one run of half a second is at the mercy of whatever else the machine
    // does in that half second (fail2ban-regex's single run takes half a minute and averages it out).
    std::vector<Timed> runs;
    for (int i = 0; i < kRuns; ++i)
        runs.push_back(analyzeFile(path));
    std::sort(runs.begin(), runs.end(), [](const Timed &a, const Timed &b) { return a.seconds < b.seconds; });
    const Timed &t = runs[runs.size() / 2];
    r.runs = kRuns;
    r.fastestSeconds = runs.front().seconds;
    r.slowestSeconds = runs.back().seconds;
    r.seconds = t.seconds;
    r.events = t.events;
    r.alerts = t.alerts;
    r.linesPerSecond = double(r.lines) / r.seconds;
    r.cpuSeconds = t.cpuSeconds;
    r.peakRssKb = t.peakRssKb;
    qint64 readEvents = 0;
    r.readCpuSeconds = readCpuSeconds(path, &readEvents);

    const QString exe = QStandardPaths::findExecutable(QStringLiteral("fail2ban-regex"));
    if (!withFail2ban) {
        r.fail2banNote = QStringLiteral("not asked for");
    } else if (exe.isEmpty()) {
        r.fail2banNote = QStringLiteral("fail2ban-regex is not installed");
    } else {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer f2bTimer;
        f2bTimer.start();
        const double childCpuBefore = childrenCpuSeconds();
        p.start(exe, {QStringLiteral("-r"), path, QStringLiteral("asterisk")});
        if (!p.waitForFinished(fail2banTimeoutSec * 1000)) {
            p.kill();
            p.waitForFinished();
            r.fail2banNote = QStringLiteral("fail2ban-regex did not finish within %1 s").arg(fail2banTimeoutSec);
        } else if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            r.fail2banNote = QStringLiteral("fail2ban-regex failed: %1")
                                 .arg(QString::fromUtf8(p.readAllStandardError().trimmed().right(300)));
        } else {
            r.fail2banRan = true;
            r.fail2banSeconds = double(f2bTimer.nsecsElapsed()) / 1e9;
            r.fail2banLinesPerSecond = double(r.lines) / r.fail2banSeconds;
            r.fail2banCpuSeconds = childrenCpuSeconds() - childCpuBefore;
            // "Lines: 1000000 lines, 0 ignored, 600000 matched, 400000 missed"
            static const QRegularExpression matched(QStringLiteral(R"(Lines: \d+ lines, \d+ ignored, (\d+) matched)"));
            const QRegularExpressionMatch m = matched.match(QString::fromUtf8(p.readAllStandardOutput()));
            r.fail2banMatched = m.hasMatch() ? m.captured(1).toLongLong() : -1;
            r.fail2banNote = QStringLiteral("stock asterisk filter");
        }
    }
    QFile::remove(path);

    if (scale > 1) {
        r.scaleLines = qint64(lines) * scale;
        if (!writeMessagesLog(path, r.scaleLines, &r.error))
            return r;
        const Timed big = analyzeFile(path);
        r.scaleSeconds = big.seconds;
        r.scaleLinesPerSecond = double(r.scaleLines) / big.seconds;
        r.scalePeakRssKb = big.peakRssKb;
        QFile::remove(path);
    }
    return r;
}

} // namespace tg
