#include "LogReader.h"

#include "AsteriskMessagesLogReader.h"
#include "AsteriskSecurityLogReader.h"
#include "common/AddressText.h"
#include "Fail2banLogReader.h"
#include "FixedDigits.h"
#include "FreeSwitchLogReader.h"
#include "LogSanitizer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cstring>

namespace tg {

namespace {

constexpr const char *kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

} // namespace

LogReader::LogReader(QString pbx, QTimeZone zone, const Clock &clock, int maxLineBytes)
    : m_pbx(std::move(pbx)), m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc()), m_clock(clock),
      m_buffer(maxLineBytes)
{
}

LogReader::~LogReader() = default;

void LogReader::feed(QByteArrayView bytes, EventList &out)
{
    m_buffer.feed(bytes, [&](QByteArrayView line, bool truncated) { handleLine(line, truncated, out); });
}

void LogReader::finish(EventList &out)
{
    m_buffer.finish([&](QByteArrayView line, bool truncated) { handleLine(line, truncated, out); });
}

void LogReader::readLine(QByteArrayView line, EventList &out)
{
    const bool truncated = line.size() > m_buffer.maxLineBytes();
    handleLine(truncated ? line.first(m_buffer.maxLineBytes()) : line, truncated, out);
}

void LogReader::handleLine(QByteArrayView line, bool truncated, EventList &out)
{
    ++m_stats.lines;
    if (truncated)
        ++m_stats.truncatedLines;
    if (line.isEmpty())
        return;
    QByteArray cleaned;   // only a line with control characters is copied
    QByteArrayView clean = line;
    if (LogSanitizer::hasControls(line)) {
        cleaned = LogSanitizer::stripControls(line);
        clean = cleaned;
    }
    if (!mayMatter(clean))
        return;
    const qsizetype before = out.size();
    parseLine(clean, line, truncated, out);
    m_stats.events += out.size() - before;
}

bool LogReader::has(QByteArrayView line, QByteArrayView needle)
{
    return indexOf(line, needle) >= 0;
}

qsizetype LogReader::indexOf(QByteArrayView line, QByteArrayView needle, qsizetype from)
{
    if (from < 0)
        from = 0;
    if (needle.isEmpty())
        return from <= line.size() ? from : -1;
    if (needle.size() > line.size())
        return -1;
    const char *const begin = line.data();
    const char *p = begin + qMin(from, line.size());
    const char *const last = begin + line.size() - needle.size();   // the last possible start
    while (p <= last) {
        p = static_cast<const char *>(memchr(p, needle.front(), size_t(last - p) + 1));
        if (!p)
            return -1;
        if (memcmp(p + 1, needle.data() + 1, size_t(needle.size() - 1)) == 0)
            return p - begin;
        ++p;
    }
    return -1;
}

namespace {

const char *lastByte(const char *begin, char c, size_t n)
{
#ifdef __GLIBC__
    return static_cast<const char *>(memrchr(begin, c, n));
#else
    for (const char *p = begin + n; p > begin;)
        if (*--p == c)
            return p;
    return nullptr;
#endif
}

} // namespace

qsizetype LogReader::lastIndexOf(QByteArrayView line, QByteArrayView needle)
{
    if (needle.isEmpty() || needle.size() > line.size())
        return -1;
    const char *const begin = line.data();
    const char *p = begin + (line.size() - needle.size()) + 1;   // one past the last possible start
    while (p > begin) {
        p = lastByte(begin, needle.front(), size_t(p - begin));
        if (!p)
            return -1;
        if (memcmp(p, needle.data(), size_t(needle.size())) == 0)
            return p - begin;
    }
    return -1;
}

bool LogReader::readFile(const QString &path, EventList &out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("tg::LogReader", "Cannot open the log file %1: %2.")
                         .arg(path, f.errorString());
        return false;
    }
    QByteArray block;
    while (!(block = f.read(256 * 1024)).isEmpty())
        feed(block, out);
    finish(out);
    return true;
}

bool LogReader::splitHostPort(QByteArrayView text, QByteArrayView *host, quint16 *port)
{
    *host = text;
    QByteArrayView portText;
    if (text.startsWith('[')) {
        const qsizetype close = indexOf(text, ']');
        if (close < 0)
            return false;
        *host = text.sliced(1, close - 1);
        if (close + 1 < text.size()) {
            if (text[close + 1] != ':')
                return false;
            portText = text.sliced(close + 2);
        }
    } else if (const qsizetype colon = indexOf(text, ':'); colon >= 0 && indexOf(text, ':', colon + 1) < 0) {
        // One colon: host and port. More: a bare IPv6 address.
        *host = text.first(colon);
        portText = text.sliced(colon + 1);
    }
    *port = 0;
    if (!portText.isEmpty()) {
        // Decimal digits only, at most 65535 (as toUInt would take them, without its cost per address).
        uint v = 0;
        for (const char c : portText) {
            if (c < '0' || c > '9' || v > 65535)
                return false;
            v = v * 10 + uint(c - '0');
        }
        if (v > 65535)
            return false;
        *port = quint16(v);
    }
    return true;
}

bool LogReader::parseHostPort(QByteArrayView text, QString *ip, quint16 *port, TextCache *cache)
{
    QByteArrayView host;
    quint16 p = 0;
    if (!splitHostPort(text, &host, &p))
        return false;
    QString canonical = cache ? cache->get(host, &canonicalAddress) : canonicalAddress(host);
    if (canonical.isNull())
        return false;
    *ip = std::move(canonical);
    *port = p;
    return true;
}

bool LogReader::address(QByteArrayView hostPort, QString *ip, quint16 *port) const
{
    return parseHostPort(hostPort, ip, port, &m_addresses);
}

QString LogReader::text(QByteArrayView bytes) const
{
    return m_texts.get(bytes, [](QByteArrayView b) { return LogSanitizer::cleanText(b, 256); });
}

Event LogReader::makeEvent(EventKind kind, QByteArrayView raw) const
{
    Event e;
    e.pbx = m_pbx;
    e.kind = kind;
    if (m_keepRaw)
        e.raw = raw.toByteArray();
    return e;
}

bool LogReader::splitBracket(QByteArrayView line, QByteArrayView *stamp, QByteArrayView *rest)
{
    if (!line.startsWith('['))
        return false;
    const qsizetype close = indexOf(line.first(qMin<qsizetype>(line.size(), 41)), ']');
    if (close < 0)
        return false;
    *stamp = line.sliced(1, close - 1);
    *rest = line.sliced(qMin(close + 2, line.size()));
    return true;
}

qint64 LogReader::parseBracketTime(QByteArrayView line, QByteArrayView *rest) const
{
    QByteArrayView stamp, after;
    if (!splitBracket(line, &stamp, &after))
        return 0;
    if (rest)
        *rest = after;
    return parseLocalTime(stamp);
}

namespace {

// "SS" with an optional ".%3q", ".%6q" or ",%3q" at pos: *seconds, *ms and *end (one past it).
bool secondsAt(QByteArrayView t, qsizetype pos, int *seconds, int *ms, qsizetype *end)
{
    bool ok = true;
    *seconds = fixedDigits(t, pos, 2, &ok);
    *end = pos + 2;
    *ms = 0;
    if (t.size() >= *end + 4 && (t[*end] == '.' || t[*end] == ',')) {
        *ms = fixedDigits(t, *end + 1, 3, &ok);
        *end += 4;
        while (*end < t.size() && t[*end] >= '0' && t[*end] <= '9')
            ++*end;
    }
    return ok && *seconds < 60;
}

} // namespace

qint64 LogReader::parseLocalTime(QByteArrayView t, qsizetype *length) const
{
    int s = 0, ms = 0;
    qsizetype end = 0;
    // The same "%F %H:%M" as the line before (nearly every line of a busy log): only the seconds are new.
    if (t.size() >= 19 && t[16] == ':' && memcmp(t.data(), m_cachedPrefix, sizeof m_cachedPrefix) == 0) {
        if (!secondsAt(t, 17, &s, &ms, &end))
            return 0;
        if (length)
            *length = end;
        return m_cachedMinuteUtcMs + s * 1000 + ms;
    }
    bool ok = true;
    QDate date;
    qsizetype timePos = 0;
    if (t.size() >= 19 && t[4] == '-' && t[7] == '-' && t[10] == ' ') {
        // "%F %T" with optional ".%3q" (Asterisk), ".%6q" (FreeSWITCH) or ",%3q" (fail2ban)
        date = QDate(fixedDigits(t, 0, 4, &ok), fixedDigits(t, 5, 2, &ok), fixedDigits(t, 8, 2, &ok));
        timePos = 11;
    } else if (t.size() >= 15 && t[3] == ' ') {
        // Asterisk's default "%b %e %T": no year, so take the one that is not in the future.
        int month = 0;
        for (int i = 0; i < 12; ++i)
            if (t.first(3) == QByteArrayView(kMonths[i]))
                month = i + 1;
        const int day = t[4] == ' ' ? fixedDigits(t, 5, 1, &ok) : fixedDigits(t, 4, 2, &ok);
        const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), m_zone).date();
        date = QDate(today.year(), month, day);
        if (date.isValid() && date > today.addDays(1))
            date = date.addYears(-1);
        timePos = 7;
    } else {
        return 0;
    }
    if (t.size() < timePos + 8 || t[timePos + 2] != ':' || t[timePos + 5] != ':')
        return 0;
    const int h = fixedDigits(t, timePos, 2, &ok), m = fixedDigits(t, timePos + 3, 2, &ok);
    if (!secondsAt(t, timePos + 6, &s, &ms, &end) || !ok || !date.isValid() || !QTime(h, m, s, ms).isValid())
        return 0;
    if (length)
        *length = end;
    // Zone offsets change on minute boundaries at most: convert each local minute once.
    const qint64 minute = date.toJulianDay() * 1440 + h * 60 + m;
    if (minute != m_cachedMinute) {
        m_cachedMinuteUtcMs = QDateTime(date, QTime(h, m), m_zone).toMSecsSinceEpoch();
        m_cachedMinute = minute;
        if (timePos == 11)
            memcpy(m_cachedPrefix, t.data(), sizeof m_cachedPrefix);
        else
            memset(m_cachedPrefix, 0, sizeof m_cachedPrefix);
    }
    return m_cachedMinuteUtcMs + s * 1000 + ms;
}

std::unique_ptr<LogReader> LogReader::create(LogFormat format, const QString &pbx, const QTimeZone &zone)
{
    switch (format) {
    case LogFormat::AsteriskSecurity:
        return std::make_unique<AsteriskSecurityLogReader>(pbx, zone);
    case LogFormat::AsteriskMessages:
        return std::make_unique<AsteriskMessagesLogReader>(pbx, zone);
    case LogFormat::FreeSwitch:
        return std::make_unique<FreeSwitchLogReader>(pbx, zone);
    case LogFormat::Fail2ban:
        return std::make_unique<Fail2banLogReader>(pbx, zone);
    }
    return nullptr;
}

bool LogReader::hasReader(LogFormat format)
{
    switch (format) {
    case LogFormat::AsteriskSecurity:
    case LogFormat::AsteriskMessages:
    case LogFormat::FreeSwitch:
    case LogFormat::Fail2ban:
        return true;
    }
    return false;
}

QVector<LogFormat> LogReader::followedFormats(PbxType type)
{
    // The security log has every Asterisk security event (successes too); FreeSWITCH writes its
    // authentication failures only to its main log.
    return type == PbxType::FreeSwitch ? QVector<LogFormat>{LogFormat::FreeSwitch}
                                       : QVector<LogFormat>{LogFormat::AsteriskSecurity};
}

std::optional<LogFormat> LogReader::detect(QByteArrayView head)
{
    if (head.startsWith('[')) {
        if (head.contains("SecurityEvent=\""))
            return LogFormat::AsteriskSecurity;
        if (head.contains("] NOTICE[") || head.contains("] WARNING[") || head.contains("] VERBOSE[")
            || head.contains("] ERROR[") || head.contains("] SECURITY["))
            return LogFormat::AsteriskMessages;
    }
    if (Fail2banLogReader::looksLike(head))
        return LogFormat::Fail2ban;
    if (FreeSwitchLogReader::looksLike(head))
        return LogFormat::FreeSwitch;
    return std::nullopt;
}

QString LogReader::formatName(LogFormat format)
{
    switch (format) {
    case LogFormat::AsteriskSecurity:
        return QStringLiteral("asterisk-security");
    case LogFormat::AsteriskMessages:
        return QStringLiteral("asterisk-messages");
    case LogFormat::FreeSwitch:
        return QStringLiteral("freeswitch");
    case LogFormat::Fail2ban:
        return QStringLiteral("fail2ban");
    }
    return {};
}

QString LogReader::defaultPath(LogFormat format)
{
    switch (format) {
    case LogFormat::AsteriskSecurity:
        return QStringLiteral("/var/log/asterisk/security");
    case LogFormat::AsteriskMessages:
        return QStringLiteral("/var/log/asterisk/messages");
    case LogFormat::FreeSwitch:
        return QStringLiteral("/var/log/freeswitch/freeswitch.log");
    case LogFormat::Fail2ban:
        return QStringLiteral("/var/log/fail2ban.log");
    }
    return {};
}

} // namespace tg
