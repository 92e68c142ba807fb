// Parity with fail2ban: on the recorded Asterisk and FreeSWITCH logs, every address Debian's
// fail2ban would ban (its stock asterisk/freeswitch filters through fail2ban-regex, then the jail's
// maxretry 10 within findtime 10 min) must be flagged by Tollgate's detectors 1-3 (brute force per
// address, distributed brute force on an account, enumeration) on the same file.
#include "capture/CaptureReader.h"
#include "detect/AlertFormatter.h"
#include "detect/Analyzer.h"
#include "logs/AnalyzeBench.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace tg;

namespace {

// The asterisk and freeswitch jails of Debian's jail.conf.
constexpr int kMaxRetry = 10;
constexpr double kFindTimeSec = 600;

struct Match {
    QString ip;
    double time = 0;
};

QString dataPath(const QString &rel)
{
    return QStringLiteral(TOLLGATE_TEST_DATA "/") + rel;
}

// fail2ban-regex -o row prints one "['IP',\tTIME,\t{...}]," line per matched failure.
QVector<Match> fail2banMatches(const QString &log, const QString &filter, QString *error)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("fail2ban-regex"));
    QProcess p;
    p.start(exe, {QStringLiteral("-r"), QStringLiteral("-o"), QStringLiteral("row"), log, filter});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        p.kill();
        p.waitForFinished();
        *error = QStringLiteral("fail2ban-regex failed on %1: %2").arg(log, QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    static const QRegularExpression row(QStringLiteral(R"(^\['([^']+)',\s+([0-9.]+),)"));
    QVector<Match> out;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QRegularExpressionMatch m = row.match(QString::fromUtf8(line));
        if (m.hasMatch())
            out.append({m.captured(1), m.captured(2).toDouble()});
    }
    return out;
}

// What the jail does with the matches: ban an address once maxretry of them fall within findtime.
QSet<QString> jailBans(const QVector<Match> &matches)
{
    QHash<QString, QVector<double>> times;
    for (const Match &m : matches)
        times[m.ip].append(m.time);
    QSet<QString> banned;
    for (auto it = times.begin(); it != times.end(); ++it) {
        QVector<double> &t = it.value();
        std::sort(t.begin(), t.end());
        for (int i = 0; i + kMaxRetry - 1 < t.size(); ++i)
            if (t[i + kMaxRetry - 1] - t[i] <= kFindTimeSec) {
                banned.insert(it.key());
                break;
            }
    }
    return banned;
}

// Addresses flagged by detectors 1-3 on one file, through the same path as `tollgate-cli analyze`.
QSet<QString> tollgateFlags(const QString &log, QString *dump)
{
    const CaptureReader::Result read = CaptureReader::readFile(log, QStringLiteral("pbx"));
    Analyzer analyzer;
    analyzer.addEvents(read.events);
    const AnalysisResult r = analyzer.run();
    *dump = AlertFormatter::toText(r, true);
    QSet<QString> flagged;
    for (const Alert &a : r.alerts) {
        if (a.rule != QLatin1String("brute_force_ip") && a.rule != QLatin1String("brute_force_account")
            && a.rule != QLatin1String("enumeration"))
            continue;
        for (const QString &ip : r.sourceIps.value(AnalysisResult::keyOf(a)))
            flagged.insert(ip);
    }
    return flagged;
}

QString sorted(const QSet<QString> &s)
{
    QStringList l(s.cbegin(), s.cend());
    l.sort();
    return l.join(QStringLiteral(" "));
}

} // namespace

class TestFail2banParity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("fail2ban-regex")).isEmpty())
            QSKIP("fail2ban-regex is not installed (scripts/setup.sh installs Debian's fail2ban)");
    }

    void everyBanIsFlagged_data()
    {
        QTest::addColumn<QString>("log");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("minBans");   // guards against a filter that silently matches nothing
        QTest::newRow("asterisk messages, one source") << "asterisk-logs/messages-20.20.1.log" << "asterisk" << 1;
        QTest::newRow("asterisk security, one source") << "asterisk-logs/security-20.20.1.log" << "asterisk" << 1;
        QTest::newRow("asterisk messages, 25 sources") << "ami-multi/messages-20.20.1.log" << "asterisk" << 10;
        QTest::newRow("asterisk security, 25 sources") << "ami-multi/security-20.20.1.log" << "asterisk" << 10;
        QTest::newRow("freeswitch, normal mode") << "freeswitch-nocpu" << "freeswitch[mode=normal]" << 1;
        QTest::newRow("freeswitch, default (extra) mode") << "freeswitch-nocpu" << "freeswitch" << 1;
    }

    void everyBanIsFlagged()
    {
        QFETCH(QString, log);
        QFETCH(QString, filter);
        QFETCH(int, minBans);
        QString path = dataPath(log);
        if (log == QLatin1String("freeswitch-nocpu"))
            path = freeSwitchWithoutCpuColumn();
        QString error;
        const QVector<Match> matches = fail2banMatches(path, filter, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QSet<QString> bans = jailBans(matches);
        QString dump;
        const QSet<QString> flagged = tollgateFlags(path, &dump);
        qInfo("%s: fail2ban %d matches, would ban [%s]; Tollgate flags [%s]", qPrintable(log), int(matches.size()),
              qPrintable(sorted(bans)), qPrintable(sorted(flagged)));
        QVERIFY2(bans.size() >= minBans, qPrintable(sorted(bans)));
        const QSet<QString> missed = bans - flagged;
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("not flagged: %1\n%2").arg(sorted(missed), dump)));
    }

    // FreeSWITCH 1.10 writes the CPU-idle percentage after the time; fail2ban 1.0.2's stock filter
    // does not expect it and matches none of the real log's lines, while Tollgate reads them.
    void freeSwitchRealLogWithStockFilter()
    {
        QString error;
        const QString path = dataPath(QStringLiteral("esl/freeswitch-1.10.12.log"));
        const QVector<Match> matches = fail2banMatches(path, QStringLiteral("freeswitch"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QString dump;
        const QSet<QString> flagged = tollgateFlags(path, &dump);
        qInfo("freeswitch-1.10.12.log as written: fail2ban %d matches, would ban [%s]; Tollgate flags [%s]",
              int(matches.size()), qPrintable(sorted(jailBans(matches))), qPrintable(sorted(flagged)));
        QVERIFY((jailBans(matches) - flagged).isEmpty());
        QVERIFY2(flagged.contains(QStringLiteral("127.0.0.1")), qPrintable(dump));
    }

    // The benchmark's generated log: fail2ban's filter and Tollgate's reader find the same failures,
    // so the two lines/s figures of `tollgate-cli bench analyze` measure the same work.
    void benchLogCountsTheSameFailures()
    {
        const AnalyzeBench::Result r = AnalyzeBench::run(m_dir.path(), 20000);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY2(r.fail2banRan, qPrintable(r.fail2banNote));
        QCOMPARE(r.events, 12000);
        QCOMPARE(r.fail2banMatched, r.events);
        QVERIFY(r.linesPerSecond > 0 && r.fail2banLinesPerSecond > 0);
        // The figure is the median of several runs, which are reported too.
        QCOMPARE(r.runs, AnalyzeBench::kRuns);
        QVERIFY(r.fastestSeconds > 0 && r.fastestSeconds <= r.seconds && r.seconds <= r.slowestSeconds);
        qInfo("bench analyze, 20,000 lines: Tollgate %.0f lines/s, fail2ban-regex %.0f lines/s", r.linesPerSecond,
              r.fail2banLinesPerSecond);
    }

private:
    // The real log with " 97.07% " taken out after each time: the layout the stock filter expects.
    QString freeSwitchWithoutCpuColumn()
    {
        QFile in(dataPath(QStringLiteral("esl/freeswitch-1.10.12.log")));
        if (!in.open(QIODevice::ReadOnly))
            return QString();
        QString text = QString::fromUtf8(in.readAll());
        text.replace(QRegularExpression(QStringLiteral(R"( [0-9]+\.[0-9]+% \[)")), QStringLiteral(" ["));
        QFile out(m_dir.filePath(QStringLiteral("freeswitch-nocpu.log")));
        if (!out.open(QIODevice::WriteOnly))
            return QString();
        out.write(text.toUtf8());
        return out.fileName();
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestFail2banParity)
#include "TestFail2banParity.moc"
