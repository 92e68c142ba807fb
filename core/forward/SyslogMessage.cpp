#include "SyslogMessage.h"

#include <QDateTime>

namespace tg {

namespace {
// PRINTUSASCII (33..126) only, at most maxLen characters, "-" when nothing is left.
QByteArray headerField(const QString &value, int maxLen)
{
    QByteArray out;
    out.reserve(qMin(int(value.size()), maxLen));
    for (QChar c : value) {
        if (out.size() >= maxLen)
            break;
        const ushort u = c.unicode();
        out.append(u >= 33 && u <= 126 ? char(u) : '_');
    }
    return out.isEmpty() ? QByteArrayLiteral("-") : out;
}

// SD-NAME: printable US-ASCII except '=', ' ', ']', '"'; at most 32 characters.
QByteArray sdName(const QString &name)
{
    QByteArray out;
    for (QChar c : name) {
        if (out.size() >= 32)
            break;
        const ushort u = c.unicode();
        if (u >= 33 && u <= 126 && u != '=' && u != ']' && u != '"')
            out.append(char(u));
    }
    return out.isEmpty() ? QByteArrayLiteral("_") : out;
}
} // namespace

int SyslogMessage::syslogSeverityOf(Severity s)
{
    switch (s) {
    case Severity::Critical: return 2;
    case Severity::High: return 3;
    case Severity::Medium: return 4;
    case Severity::Low: return 5;
    case Severity::Info: return 6;
    }
    return 5;
}

QByteArray SyslogMessage::escapeParamValue(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();   // lone surrogates became U+FFFD: always valid UTF-8
    QByteArray out;
    out.reserve(utf8.size() + 8);
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case ']': out.append("\\]"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (c < 0x20 || c == 0x7f) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\x");
                out.append(hex[c >> 4]);
                out.append(hex[c & 0xf]);
            } else {
                out.append(ch);
            }
        }
    }
    return out;
}

QByteArray SyslogMessage::timestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toLatin1();
}

QByteArray SyslogMessage::octetCounted(const QByteArray &message)
{
    return QByteArray::number(message.size()) + ' ' + message;
}

QByteArray SyslogMessage::encode() const
{
    QByteArray out;
    out.reserve(128 + msg.size() + params.size() * 32);
    out.append('<').append(QByteArray::number(kFacility * 8 + qBound(0, syslogSeverity, 7))).append(">1 ");
    out.append(timestamp(timeMs)).append(' ');
    out.append(headerField(hostname, 255)).append(' ');
    out.append(headerField(appName, 48)).append(' ');
    out.append(headerField(procId, 128)).append(' ');
    out.append(headerField(msgId, 32)).append(' ');
    if (params.isEmpty()) {
        out.append('-');
    } else {
        out.append('[').append(kSdId);
        for (const auto &p : params)
            out.append(' ').append(sdName(p.first)).append("=\"").append(escapeParamValue(p.second)).append('"');
        out.append(']');
    }
    if (!msg.isEmpty())
        out.append(' ').append(msg);
    return out;
}

} // namespace tg
