// libFuzzer target: the AMI parser and normalizer on arbitrary bytes split at arbitrary points.
// Invariants checked: no crash (ASan/UBSan), field offsets inside the message, buffer bounded.

#include "ami/AmiNormalizer.h"
#include "ami/AmiParser.h"
#include "Clock.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

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

    AmiParser::Limits limits;
    if (small) {
        limits.maxLineBytes = 64;
        limits.maxMessageBytes = 512;
        limits.maxFields = 16;
    }
    AmiParser parser(limits);
    AmiParser::Output out;
    static ManualClock clock(1700000000000);
    AmiNormalizer normalizer(QStringLiteral("fuzz"), clock);
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
        check(parser.bufferedBytes() <= limits.maxMessageBytes + limits.maxLineBytes + qsizetype(n) + 2);
        for (const AmiMessage &m : out.messages) {
            check(m.size() <= limits.maxFields);
            for (int i = 0; i < m.size(); ++i) {
                check(m.fields[i].keyPos + m.fields[i].keyLen <= quint32(m.raw.size()));
                check(m.fields[i].valuePos + m.fields[i].valueLen <= quint32(m.raw.size()));
            }
            (void)m.outputLines();
            normalizer.normalize(m, events);
        }
        out.clear();
        events.clear();
    }
    check(normalizer.activeCallCount() <= AmiNormalizer::kMaxTrackedCalls);
    return 0;
}
