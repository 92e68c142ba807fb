#pragma once

#include <QString>

namespace tg {

// Engine throughput on n generated normalized events (45% failures from a 2,000-address brute force, 30% challenges,
// 22% logins and registrations of 500 phones, 3% calls with start, answer and end): events per second through
// DetectionEngine::enrich + process, with a tick per simulated second. Generation is not timed.
// `tollgate-cli bench engine` prints it.
double benchEngineEventsPerSecond(int n);

// The same run as one line for people: "engine: 1000000 events in 1.23 s = 812345 events/s, 57 open alerts".
QString benchEngineReport(int n);

} // namespace tg
