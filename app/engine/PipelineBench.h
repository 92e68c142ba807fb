#pragma once

#include <QJsonObject>
#include <QString>

namespace tg {

// Events -> store writer (ids, batched commits) -> detectors -> alerts saved, as the engine
// thread does it, without sockets: the figure behind `tollgate-cli bench engine`.
struct PipelineBenchResult {
    bool ok = false;
    QString error;
    qint64 events = 0;
    qint64 alerts = 0;         // alert saves (creations and updates)
    double seconds = 0.0;      // first event to last commit
    double eventsPerSec = 0.0;
    // Events per second of process CPU time (both threads): what the work costs, less
    // disturbed than wall time when other programs share the cores.
    double eventsPerCpuSec = 0.0;
};

PipelineBenchResult runPipelineBench(const QString &dbPath, int events);

} // namespace tg
