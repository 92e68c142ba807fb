#pragma once

#include <QByteArray>
#include <QString>

namespace tg {

// Benchmark of the ESL parser. It measures and returns figures; printing is the caller's
// (tollgate-cli bench esl-parser, tests/esl's tollgate-esl-bench). Needs no event loop.
class EslBench
{
public:
    struct Capture {
        QString name;
        QByteArray bytes;   // an ESL capture; leading "# " comment lines are allowed
    };

    struct ParserResult {
        // inputs
        QString capture;
        double minSeconds = 0;
        int chunkBytes = 0;            // bytes per feed(), like one socket read
        // framing: headers + Content-Length (what the connector needs to route every frame)
        int rounds = 0;                // passes over the capture
        qint64 bytes = 0;
        qint64 frames = 0;
        qint64 events = 0;             // of which text/event-* frames
        double seconds = 0;
        double eventsPerSec = 0;       // one core
        double mbPerSec = 0;           // MB = 10^6 bytes
        // framing + splitting every event's own headers (offsets, no decoding)
        double splitSeconds = 0;
        double splitEventsPerSec = 0;
        double splitMbPerSec = 0;
        // framing + normalizing (splitting, URL-decoding the values used, call tracking)
        qint64 normalizedEvents = 0;   // Events produced
        double normalizeSeconds = 0;
        double normalizedEslEventsPerSec = 0;   // ESL events through parser and normalizer per second
    };

    // The session capture compiled into nothing: the caller reads it (tests/data/esl or a file).
    static ParserResult parser(const Capture &capture, double minSeconds = 2.0, int chunkBytes = 64 * 1024);
};

} // namespace tg
