#pragma once

#include <QtGlobal>

namespace tg {

// Throughput of the security-log reader on generated lines (for `tollgate-cli bench`).
class LogReaderBench
{
public:
    struct Result {
        qint64 lines = 0;
        qint64 events = 0;
        qint64 elapsedMs = 0;
        double linesPerSecond = 0;
    };

    // Generates `lines` security-log lines (a brute force from a few hundred sources, mixed
    // event names, IPv4 and IPv6) and reads them in 64 KiB chunks, as a log follow would.
    static Result runSecurityLog(int lines = 200000);
};

} // namespace tg
