#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tg {

// Benchmarks of the AMI connector. They measure and return figures; printing is the caller's
// (tollgate-cli bench ami-parser | ami-e2e | ami-fleet). Each needs a QCoreApplication; the
// network ones use loopback (127.0.0.1) only and end on their own.
class AmiBench
{
public:
    struct Capture {
        QString name;
        QByteArray bytes;
    };
    // The demo captures compiled into the binaries (":/demo/..."), the default input.
    static QVector<Capture> defaultCaptures();

    struct ParserResult {
        // inputs
        QStringList captures;
        double minSeconds = 0;
        int chunkBytes = 0;          // bytes per feed(), like one socket read
        // figures
        int rounds = 0;              // passes over all captures
        qint64 bytes = 0;
        qint64 messages = 0;         // AMI packets framed
        qint64 amiEvents = 0;        // of which "Event:" packets
        double seconds = 0;
        double eventsPerSec = 0;     // AMI events framed per second, one core
        double mbPerSec = 0;         // MB = 10^6 bytes
        // parse + normalize, on the same input
        qint64 normalizedEvents = 0;
        double normalizeSeconds = 0;
        double normalizedAmiEventsPerSec = 0;   // AMI events through parser and normalizer per second
    };
    static ParserResult parser(const QVector<Capture> &captures, double minSeconds = 2.0, int chunkBytes = 64 * 1024);

    struct EndToEndResult {
        // inputs
        QString capture;
        int repeat = 0;              // passes of the capture on one connection
        int maxChunk = 0;            // the server writes random chunks of 1..maxChunk bytes
        // figures
        qint64 bytes = 0;
        qint64 amiEvents = 0;
        qint64 normalizedEvents = 0;
        double seconds = 0;          // from login to the last Event
        double amiEventsPerSec = 0;
        double normalizedEventsPerSec = 0;
        double mbPerSec = 0;
        bool completed = false;      // every expected Event arrived before the time limit
        QString error;
    };
    // Socket -> parser -> normalized Event over loopback; the replay server runs on its own thread.
    static EndToEndResult endToEnd(const Capture &capture, int repeat = 200, int maxChunk = 16384,
                                   int timeLimitMs = 120000);

    struct FleetResult {
        // inputs
        QString capture;
        int connections = 0;
        double amiEventsPerSecPerConnection = 0;
        int seconds = 0;
        // figures
        int connected = 0;               // clients logged in when the measurement started
        int stillConnected = 0;          // ... and at its end
        double connectSeconds = 0;       // until all were logged in
        qint64 amiEventsSent = 0;        // by the servers during the measurement
        qint64 eventsReceived = 0;       // normalized Events the clients produced in it
        double processCpuPercent = -1;   // whole process (clients + replay servers), 100 = one core; -1 unknown
        double clientThreadCpuPercent = -1;   // the thread running the clients (the engine's share)
        double serverThreadCpuPercent = -1;
        double slowestConnectionLagMs = 0;    // the worst per-connection maximum lag
        double slowestConnectionMeanLagMs = 0;
        double p99LagMs = 0;                  // over all Events
        QString error;
    };
    // N clients to replay servers (own thread) sending at a fixed rate with live timestamps;
    // lag = arrival of the normalized Event minus the time the server stamped into it.
    static FleetResult fleet(const Capture &capture, int connections = 200, double amiEventsPerSec = 50,
                             int seconds = 10);
};

} // namespace tg
