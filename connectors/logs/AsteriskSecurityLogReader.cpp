#include "AsteriskSecurityLogReader.h"

#include "ami/AmiMessage.h"

#include <cstring>

namespace tg {

namespace {

bool isKeyChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// Writes "Key: Value\r\n" at *pos of the message's raw bytes (sized for it) and records its offsets.
void putField(AmiMessage &msg, qsizetype *pos, QByteArrayView key, QByteArrayView value)
{
    char *const p = msg.raw.data();
    const auto put = [&](QByteArrayView bytes) {
        memcpy(p + *pos, bytes.data(), size_t(bytes.size()));
        *pos += bytes.size();
    };
    AmiMessage::Field f;
    f.keyPos = quint32(*pos);
    f.keyLen = quint32(key.size());
    put(key);
    put(": ");
    f.valuePos = quint32(*pos);
    f.valueLen = quint32(value.size());
    put(value);
    put("\r\n");
    msg.fields.append(f);
}

} // namespace

AsteriskSecurityLogReader::AsteriskSecurityLogReader(QString pbx, QTimeZone zone, const Clock &clock,
                                                     int maxLineBytes)
    : LogReader(pbx, std::move(zone), clock, maxLineBytes), m_normalizer(pbx, clock)
{
}

void AsteriskSecurityLogReader::parseLine(QByteArrayView line, QByteArrayView raw, bool truncated,
                                          EventList &out)
{
    const qsizetype start = indexOf(line, "SecurityEvent=\"");
    if (start < 0)
        return;   // not a security event line (the log holds nothing else, but be lenient)
    QByteArrayView rest;
    const qint64 lineTime = parseBracketTime(line, &rest);

    // key="value",key="value",... A value ends at a quote followed by a comma and the next
    // key, or by the end of the line, so a stray quote inside a user agent does not derail it.
    qsizetype pos = start;
    QByteArrayView name;
    QByteArrayView eventTv;
    QVarLengthArray<std::pair<QByteArrayView, QByteArrayView>, 24> pairs;
    while (pos < line.size() && pairs.size() < kMaxFields) {
        qsizetype k = pos;
        while (k < line.size() && isKeyChar(line[k]))
            ++k;
        if (k == pos || k + 1 >= line.size() || line[k] != '=' || line[k + 1] != '"')
            break;
        const QByteArrayView key = line.sliced(pos, k - pos);
        const qsizetype vStart = k + 2;
        qsizetype vEnd = -1;
        for (qsizetype q = indexOf(line, '"', vStart); q >= 0; q = indexOf(line, '"', q + 1)) {
            if (q + 1 == line.size()) {
                vEnd = q;
                break;
            }
            if (line[q + 1] == ',') {
                qsizetype n = q + 2;
                while (n < line.size() && isKeyChar(line[n]))
                    ++n;
                if (n > q + 2 && n + 1 < line.size() && line[n] == '=' && line[n + 1] == '"') {
                    vEnd = q;
                    break;
                }
            }
        }
        if (vEnd < 0) {
            // A cut line: keep what is there of the last value only if it is not the address.
            if (!truncated)
                break;
            vEnd = line.size();
        }
        const QByteArrayView value = line.sliced(vStart, vEnd - vStart);
        if (key == "SecurityEvent")
            name = value;
        else if (key == "EventTV")
            eventTv = value;
        pairs.append({key, value});
        pos = vEnd + 2;
    }
    if (name.isEmpty()) {
        Event e = makeEvent(EventKind::ProtocolError, raw);
        e.timeMs = lineTime ? lineTime : m_clock.nowMs();
        e.type = QStringLiteral("UnreadableSecurityLogLine");
        e.detail = QStringLiteral("security log line without a readable SecurityEvent");
        out.append(e);
        return;
    }
    // The fields as an AMI event, for the same normalizer: sized once and copied in place, into the
    // buffer of the line before (the events made from it have let go of it by now).
    // The name goes first, as Event; the time is this reader's to read (EventTV, else the line's),
    // so the normalizer is not handed EventTV to read a second time.
    const auto passedOn = [](QByteArrayView key) { return key != "SecurityEvent" && key != "EventTV"; };
    AmiMessage &msg = m_msg;
    msg.fields.clear();
    qsizetype size = 5 + 4 + name.size();   // "Event: NAME\r\n"
    for (const auto &[key, value] : pairs)
        if (passedOn(key))
            size += key.size() + 4 + value.size();
    msg.raw.resize(size);
    qsizetype at = 0;
    putField(msg, &at, "Event", name);
    for (const auto &[key, value] : pairs)
        if (passedOn(key))
            putField(msg, &at, key, value);

    const qsizetype before = out.size();
    m_normalizer.normalize(msg, out);
    qint64 t = AmiNormalizer::parseEventTv(eventTv);
    if (!t)
        t = lineTime ? lineTime : m_clock.nowMs();
    for (qsizetype i = before; i < out.size(); ++i) {
        Event &e = out[i];
        e.timeMs = t;
        e.raw = keepRaw() ? raw.toByteArray() : QByteArray();
        if (truncated)
            e.detail = (e.detail + QStringLiteral(" (line cut: too long)")).trimmed();
    }
}

} // namespace tg
