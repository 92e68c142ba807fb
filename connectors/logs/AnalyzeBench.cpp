#include "AnalyzeBench.h"

#include "capture/CaptureReader.h"
#include "detect/Analyzer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace tg {

namespace {

qint64 peakRssKb()
{
#ifdef Q_OS_UNIX
    rusage u{};
    if (getrusage(RUSAGE_SELF, &u) == 0)
        return qint64(u.ru_maxrss);   // kilobytes on Linux
#endif
    return 0;
}

QByteArray two(int v)
{
    return (v < 10 ? "0" : "") + QByteArray::number(v);
}

} // namespace

QByteArray AnalyzeBench::generateMessagesLog(int lines, int sources)
{
    sources = qMax(1, sources);
    QByteArray text;
    text.reserve(qsizetype(lines) * 130);
    for (int i = 0; i < lines; ++i) {
        // 20 lines per second from 2026-11-27 00:00:00 on.
        const int sec = i / 20;
        const QByteArray stamp = "[2026-11-27 " + two(sec / 3600 % 24) + ':' + two(sec / 60 % 60) + ':' + two(sec % 60)
                                 + '.' + QByteArray::number(100 + i % 900) + "] ";
        const int src = int(qint64(i) * 7919 % sources);   // 64-bit: i * 7919 overflows int past 271,000 lines
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
    return text;
}

AnalyzeBench::Result AnalyzeBench::run(const QString &dir, int lines, bool withFail2ban, int fail2banTimeoutSec)
{
    Result r;
    const QString path = QDir(dir).filePath(QStringLiteral("bench-messages.log"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            r.error = QStringLiteral("Cannot write %1: %2").arg(path, f.errorString());
            return r;
        }
        const QByteArray text = generateMessagesLog(lines);
        r.bytes = text.size();
        f.write(text);
    }
    r.lines = lines;

    // The same path as `tollgate-cli analyze FILE`: detect, read, replay through every detector.
    QElapsedTimer timer;
    timer.start();
    CaptureReader::Result read = CaptureReader::readFile(path, QStringLiteral("bench"));
    r.events = read.events.size();
    Analyzer analyzer;
    analyzer.addEvents(std::move(read.events));
    const AnalysisResult result = analyzer.run();
    r.seconds = double(qMax<qint64>(1, timer.nsecsElapsed() / 1000)) / 1e6;
    r.alerts = int(result.alerts.size());
    r.linesPerSecond = double(r.lines) / r.seconds;
    r.peakRssKb = peakRssKb();

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
            // "Lines: 1000000 lines, 0 ignored, 600000 matched, 400000 missed"
            static const QRegularExpression matched(QStringLiteral(R"(Lines: \d+ lines, \d+ ignored, (\d+) matched)"));
            const QRegularExpressionMatch m = matched.match(QString::fromUtf8(p.readAllStandardOutput()));
            r.fail2banMatched = m.hasMatch() ? m.captured(1).toLongLong() : -1;
            r.fail2banNote = QStringLiteral("stock asterisk filter");
        }
    }
    QFile::remove(path);
    return r;
}

} // namespace tg
