#include "EslBench.h"

#include "EslNormalizer.h"
#include "EslParser.h"

#include <QElapsedTimer>

namespace tg {

namespace {

// The capture without its comment and its auth/reply frames, so passes can be concatenated.
QByteArray eventsOnly(const QByteArray &capture)
{
    EslParser p;
    EslParser::Output out;
    p.feed(EslParser::skipCaptureComments(capture), out);
    QByteArray pass;
    for (const EslMessage &m : out.messages)
        if (m.isEvent())
            pass += m.raw;
    return pass;
}

template<typename PerMessage>
void feedRounds(const QByteArray &pass, qsizetype chunk, int rounds, PerMessage perMessage)
{
    EslParser parser;
    EslParser::Output out;
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype pos = 0; pos < pass.size(); pos += chunk) {
            parser.feed(QByteArrayView(pass.constData() + pos, qMin(chunk, pass.size() - pos)), out);
            for (const EslMessage &m : out.messages)
                perMessage(m);
            out.messages.clear();
        }
    }
}

} // namespace

EslBench::ParserResult EslBench::parser(const Capture &capture, double minSeconds, int chunkBytes)
{
    ParserResult r;
    r.capture = capture.name;
    r.minSeconds = minSeconds;
    r.chunkBytes = qMax(1, chunkBytes);
    const QByteArray pass = eventsOnly(capture.bytes);
    if (pass.isEmpty())
        return r;
    const qsizetype chunk = r.chunkBytes;

    // Framing only.
    EslParser parser;
    EslParser::Output out;
    QElapsedTimer t;
    t.start();
    do {
        for (qsizetype pos = 0; pos < pass.size(); pos += chunk) {
            parser.feed(QByteArrayView(pass.constData() + pos, qMin(chunk, pass.size() - pos)), out);
            r.frames += out.messages.size();
            for (const EslMessage &m : out.messages)
                r.events += m.isEvent() ? 1 : 0;
            out.messages.clear();
        }
        r.bytes += pass.size();
        ++r.rounds;
    } while (t.nsecsElapsed() < qint64(minSeconds * 1e9));
    r.seconds = t.nsecsElapsed() / 1e9;
    r.eventsPerSec = r.events / r.seconds;
    r.mbPerSec = r.bytes / 1e6 / r.seconds;

    // Framing and splitting each event's headers.
    qint64 fields = 0;
    t.restart();
    feedRounds(pass, chunk, r.rounds, [&fields](const EslMessage &m) { fields += m.eventFieldCount(); });
    r.splitSeconds = t.nsecsElapsed() / 1e9;
    r.splitEventsPerSec = r.events / r.splitSeconds;
    r.splitMbPerSec = r.bytes / 1e6 / r.splitSeconds;
    Q_UNUSED(fields);

    // Framing and normalizing, as the connector does per read.
    EslNormalizer normalizer(QStringLiteral("bench"));
    EventList events;
    t.restart();
    feedRounds(pass, chunk, r.rounds, [&](const EslMessage &m) {
        normalizer.normalize(m, events);
        if (events.size() > 4096) {
            r.normalizedEvents += events.size();
            events.clear();
        }
    });
    r.normalizedEvents += events.size();
    r.normalizeSeconds = t.nsecsElapsed() / 1e9;
    r.normalizedEslEventsPerSec = r.events / r.normalizeSeconds;
    return r;
}

} // namespace tg
