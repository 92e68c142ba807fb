#pragma once

#include <QString>

namespace tg {

// `tollgate-cli bench forward`: how fast alerts are formatted and go through a destination's
// disk queue (the work done before a socket is involved).
struct ForwardBenchResult {
    bool ok = false;
    QString error;
    int messages = 0;
    int avgBytes = 0;
    double jsonPerSec = 0;         // alerts formatted as RFC 5424 + JSON
    double cefPerSec = 0;          // alerts formatted as RFC 5424 + CEF
    double queuedPerSec = 0;       // one alert per transaction, as alerts arrive
    double queuedBatchPerSec = 0;  // batches of 500, as security events arrive
    double drainedPerSec = 0;      // peek + remove, as a sender confirms deliveries
};

ForwardBenchResult runForwardBench(const QString &queuePath, int count);

} // namespace tg
