// libFuzzer target: the ESL parser and normalizer on arbitrary bytes split at arbitrary points.
// Invariants checked: no crash (ASan/UBSan), offsets inside the frame, buffer bounded, calls bounded.

#include "Clock.h"
#include "esl/EslNormalizer.h"
#include "esl/EslParser.h"

#include <cstddef>
#include <cstdint>

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tg;
    if (size < 2)
        return 0;
    // The first byte picks the feed size pattern, the second small or real limits.
    const uint8_t pattern = data[0];
    const bool small = data[1] & 1;
    data += 2;
    size -= 2;

    EslParser::Limits limits;
    if (small) {
        limits.maxLineBytes = 64;
        limits.maxBodyBytes = 512;
        limits.maxHeaderFields = 8;
    }
    EslParser parser(limits);
    EslParser::Output out;
    static ManualClock clock(1700000000000);
    EslNormalizer normalizer(QStringLiteral("fuzz"), clock);
    EventList events;

    size_t pos = 0;
    size_t step = 0;
    while (pos < size) {
        size_t n = pattern == 0 ? 1 : size_t(pattern) * (1 + step % 3);
        if (n > size - pos)
            n = size - pos;
        parser.feed(QByteArrayView(reinterpret_cast<const char *>(data) + pos, qsizetype(n)), out);
        pos += n;
        ++step;
        // At most one incomplete frame is held: its header block (bounded) and its body (bounded).
        check(parser.bufferedBytes()
              <= limits.maxLineBytes * (limits.maxHeaderFields + 2) + limits.maxBodyBytes + qsizetype(n) + 4);
        for (const EslMessage &m : out.messages) {
            check(m.bodyPos + m.bodyLen <= quint32(m.raw.size()));
            for (int i = 0; i < m.headerCount(); ++i) {
                check(m.headers[i].keyPos + m.headers[i].keyLen <= quint32(m.raw.size()));
                check(m.headers[i].valuePos + m.headers[i].valueLen <= quint32(m.raw.size()));
            }
            if (m.isEvent()) {
                check(m.eventFieldCount() <= EslMessage::kMaxEventFields);
                for (int i = 0; i < m.eventFieldCount(); ++i)
                    (void)m.eventValue(i);
                (void)m.eventBody();
            }
            normalizer.normalize(m, events);
        }
        out.clear();
        events.clear();
    }
    check(normalizer.activeCallCount() <= EslNormalizer::kMaxTrackedCalls);
    return 0;
}
