#pragma once

#include <QString>
#include <QVector>

namespace tg {

struct StoreQueryTime {
    QString what;
    double ms = 0.0;      // wall time
    double cpuMs = 0.0;   // process CPU time: less disturbed when other programs share the cores
};

struct StoreBenchResult {
    bool ok = false;
    QString error;            // a sentence when !ok
    qint64 events = 0;
    double seconds = 0.0;     // first append to last commit
    double eventsPerSec = 0.0;
    double eventsPerCpuSec = 0.0; // per second of process CPU time (producer and writer)
    qint64 transactions = 0;
    qint64 fileBytes = 0;     // database plus WAL after the run
    // The console's and the reports' queries on the database just written.
    QVector<StoreQueryTime> queries;
};

// Inserts `count` generated events (varied IPs, accounts, PBXes, ~200-byte raw text) through a
// StoreWriter into the database at `path` (use a fresh file) and measures committed events per
// second, then times the queries the console and reports run on it (filters by address,
// account, PBX, kind and time; first and deep pages; counts). Prints nothing;
// `tollgate-cli bench store` shows the numbers.
StoreBenchResult runStoreBenchmark(const QString &path, qint64 count, int flushIntervalMs = 250);

} // namespace tg
