#pragma once

#include <QString>

namespace tg {

// `tollgate-cli bench analyze`: the offline analysis of a generated Asterisk messages log (read,
// parse, all detectors), in lines/s, and fail2ban-regex with its stock asterisk filter on the same
// file in the same run when it is installed, so the two figures come from one machine and moment.
class AnalyzeBench
{
public:
    struct Result {
        qint64 lines = 0;
        qint64 bytes = 0;
        qint64 events = 0;
        int alerts = 0;
        double seconds = 0;                 // the median of `runs` analyses of the log
        double linesPerSecond = 0;
        int runs = 0;
        double fastestSeconds = 0;
        double slowestSeconds = 0;
        double cpuSeconds = 0;              // CPU time of the analysis, all threads
        double readCpuSeconds = 0;          // CPU time of reading and parsing the log alone
        qint64 peakRssKb = 0;               // of this process during the analysis (0 where unknown)
        qint64 scaleLines = 0;              // the same analysis on a log `scale` times as long:
        double scaleSeconds = 0;            // memory must not grow with it
        double scaleLinesPerSecond = 0;
        qint64 scalePeakRssKb = 0;
        bool fail2banRan = false;
        QString fail2banNote;               // why it did not run, or its version
        double fail2banSeconds = 0;
        double fail2banLinesPerSecond = 0;
        double fail2banCpuSeconds = 0;      // its user + system time (0 where unknown)
        qint64 fail2banMatched = 0;
        QString error;
    };

    // `lines` lines of an Asterisk messages log under a distributed attack: about half are
    // authentication failures (chan_sip, PJSIP, manager) from `sources` addresses, the rest the
    // ordinary notices of a working PBX. The same bytes for the same arguments.
    static QByteArray generateMessagesLog(int lines, int sources = 2000);
    // The same bytes written to `path` a piece at a time (the generator's memory stays out of the
    // analysis' peak). False with a sentence in *error when it cannot be written.
    static bool writeMessagesLog(const QString &path, qint64 lines, QString *error, int sources = 2000);
    static constexpr int kRuns = 3;
    // Writes the log into `dir`, analyzes it kRuns times (as `tollgate-cli analyze` does; the median
    // run is reported), then runs fail2ban-regex on it (when present and `withFail2ban`), bounded by
    // `fail2banTimeoutSec`; then, when `scale` > 1, analyzes a log `scale` times as long to show the
    // memory does not grow with it.
    static Result run(const QString &dir, int lines, bool withFail2ban = true, int fail2banTimeoutSec = 900,
                      int scale = 3);
};

} // namespace tg
