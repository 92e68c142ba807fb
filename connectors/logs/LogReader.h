#pragma once

#include "Clock.h"
#include "Event.h"
#include "LogLineBuffer.h"
#include "PbxProfile.h"
#include "TextCache.h"

#include <QString>
#include <QTimeZone>

#include <cstring>
#include <memory>
#include <optional>

namespace tg {

// The log files Tollgate knows how to follow or read.
enum class LogFormat : int { AsteriskSecurity = 0, AsteriskMessages, FreeSwitch, Fail2ban };

// Turns a PBX log, line by line, into normalized Events. Incremental: feed() takes bytes in
// any chunking (an SSH `tail -F` stream or a file read in blocks); memory stays bounded by
// the longest allowed line. Hostile input (escapes, huge lines, invalid UTF-8) is cleaned
// before any field reaches an Event; Event::raw keeps the line's bytes (bounded) as evidence.
//
// Time zone: Asterisk writes its log timestamps in the PBX's local time without a zone.
// `zone` says which zone that is (default UTC); give the PBX's zone, e.g.
// QTimeZone("Europe/Berlin"), to get correct UTC event times. Fields that carry their own
// offset (the security log's EventTV) are used as they are.
class LogReader
{
public:
    struct Stats {
        qint64 lines = 0;
        qint64 events = 0;
        qint64 truncatedLines = 0;
    };

    LogReader(QString pbx, QTimeZone zone, const Clock &clock, int maxLineBytes);
    virtual ~LogReader();
    LogReader(const LogReader &) = delete;
    LogReader &operator=(const LogReader &) = delete;

    void feed(QByteArrayView bytes, EventList &out);
    void finish(EventList &out);
    // One complete line, without its line ending.
    void readLine(QByteArrayView line, EventList &out);
    // Reads a whole file in blocks. False with a sentence in *error when it cannot be opened.
    bool readFile(const QString &path, EventList &out, QString *error = nullptr);

    const Stats &stats() const { return m_stats; }
    // Keep each line's bytes in Event::raw (default). An offline analysis does not need them.
    void setKeepRaw(bool keep) { m_keepRaw = keep; }
    bool keepRaw() const { return m_keepRaw; }
    const QString &pbx() const { return m_pbx; }
    const QTimeZone &zone() const { return m_zone; }

    static std::unique_ptr<LogReader> create(LogFormat format, const QString &pbx,
                                             const QTimeZone &zone = QTimeZone::utc());
    static bool hasReader(LogFormat format);
    // The logs to follow (SshLogFollower + create()) on a PBX of this type, most useful first.
    static QVector<LogFormat> followedFormats(PbxType type);
    // The format of a log from its first bytes; nullopt when it is none of these.
    static std::optional<LogFormat> detect(QByteArrayView head);
    static QString formatName(LogFormat format);
    // The usual path of each log on a Debian PBX.
    static QString defaultPath(LogFormat format);

    // "[2026-11-27 01:27:37.301] ..." (or "[Nov 27 01:27:37] ...") in `zone` -> UTC ms;
    // 0 when there is no such prefix. *rest is set to the text after "] ".
    qint64 parseBracketTime(QByteArrayView line, QByteArrayView *rest) const;
    // parseBracketTime without the time: "[STAMP] REST" -> STAMP, REST. False without the brackets.
    static bool splitBracket(QByteArrayView line, QByteArrayView *stamp, QByteArrayView *rest);
    // "2026-11-27 01:27:37[.301|.301234|,301]" or "Nov 27 01:27:37" at the start of `t`, in `zone`
    // -> UTC ms; 0 when it is not there. *length is set to the characters it took.
    qint64 parseLocalTime(QByteArrayView t, qsizetype *length = nullptr) const;

    // Where `needle` first starts in `line` at or after `from` / last starts, -1 when it does not.
    // For the short phrases of log lines: memchr (memrchr) for the needle's first byte and a compare,
    // where Qt's searches hash their way over the whole line.
    static qsizetype indexOf(QByteArrayView line, QByteArrayView needle, qsizetype from = 0);
    static qsizetype indexOf(QByteArrayView line, char c, qsizetype from = 0)
    {
        if (from < 0 || from >= line.size())
            return -1;
        const void *hit = memchr(line.data() + from, c, size_t(line.size() - from));
        return hit ? static_cast<const char *>(hit) - line.data() : -1;
    }
    static qsizetype lastIndexOf(QByteArrayView line, QByteArrayView needle);

    // "203.0.113.5:5060" / "[2001:db8::a2]:5062" / "203.0.113.5" -> host, port (0 when absent).
    static bool splitHostPort(QByteArrayView text, QByteArrayView *host, quint16 *port);
    // splitHostPort, then the host's canonical address text (canonicalAddress); through cache when
    // given. False when there is no address.
    static bool parseHostPort(QByteArrayView text, QString *ip, quint16 *port, TextCache *cache = nullptr);

protected:
    // `line` is cleaned of control characters and escapes; `raw` is the line as received.
    virtual void parseLine(QByteArrayView line, QByteArrayView raw, bool truncated, EventList &out) = 0;
    // A cheap look at a cleaned line before parseLine: false when it cannot give an event (most
    // lines of a busy log), so it costs a substring search instead of a parse.
    virtual bool mayMatter(QByteArrayView) const { return true; }
    // `needle` somewhere in `line` (indexOf, for mayMatter()).
    static bool has(QByteArrayView line, QByteArrayView needle);
    Event makeEvent(EventKind kind, QByteArrayView raw) const;
    // A field's text (control characters stripped, at most 256 characters); the same bytes as on
    // a recent line give the same shared string.
    QString text(QByteArrayView bytes) const;
    // parseHostPort with the addresses of recent lines remembered.
    bool address(QByteArrayView hostPort, QString *ip, quint16 *port) const;

    QString m_pbx;
    QTimeZone m_zone;
    const Clock &m_clock;

private:
    void handleLine(QByteArrayView line, bool truncated, EventList &out);

    LogLineBuffer m_buffer;
    Stats m_stats;
    bool m_keepRaw = true;
    mutable qint64 m_cachedMinute = -1;        // local minute (Julian day * 1440 + minute of day)
    mutable qint64 m_cachedMinuteUtcMs = 0;    // its start in UTC
    mutable char m_cachedPrefix[16] = {};      // its "%F %H:%M" text, when it came in that form
    mutable TextCache m_texts;
    mutable TextCache m_addresses;
};

} // namespace tg
