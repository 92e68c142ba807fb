#include "CaptureReader.h"

#include "CaptureStream.h"

#include "ami/AmiNormalizer.h"
#include "ami/AmiParser.h"
#include "esl/EslNormalizer.h"
#include "esl/EslParser.h"
#include "logs/LogReader.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace tg {

namespace {
QTimeZone &logZone()
{
    static QTimeZone zone = QTimeZone::utc();
    return zone;
}

// The log formats, by their capture format.
struct LogKind {
    CaptureReader::Format format;
    LogFormat log;
};
constexpr LogKind kLogKinds[] = {
    {CaptureReader::Format::AsteriskSecurityLog, LogFormat::AsteriskSecurity},
    {CaptureReader::Format::AsteriskMessagesLog, LogFormat::AsteriskMessages},
    {CaptureReader::Format::FreeSwitchLog, LogFormat::FreeSwitch},
    {CaptureReader::Format::Fail2banLog, LogFormat::Fail2ban},
};
} // namespace

void CaptureReader::setLogTimeZone(const QByteArray &ianaId)
{
    const QTimeZone z(ianaId);
    logZone() = z.isValid() ? z : QTimeZone::utc();
}

CaptureReader::Format CaptureReader::detect(const QByteArray &head)
{
    if (head.startsWith("Asterisk Call Manager/") || head.startsWith("Event: ") || head.startsWith("Response: "))
        return Format::Ami;
    if (const std::optional<LogFormat> log = LogReader::detect(head))
        for (const LogKind &k : kLogKinds)
            if (k.log == *log)
                return k.format;
    // ESL: frames of "Content-Type:" / "Content-Length:" headers, LF line ends.
    const QByteArrayView esl = EslParser::skipCaptureComments(head);
    if (esl.startsWith("Content-Type: ") || esl.startsWith("Content-Length: "))
        return Format::Esl;
    return Format::Auto;
}

CaptureReader::Format CaptureReader::formatFromName(const QString &name)
{
    if (name == QLatin1String("ami"))
        return Format::Ami;
    if (name == QLatin1String("asterisk-security"))
        return Format::AsteriskSecurityLog;
    if (name == QLatin1String("asterisk-messages"))
        return Format::AsteriskMessagesLog;
    if (name == QLatin1String("esl"))
        return Format::Esl;
    for (const LogKind &k : kLogKinds)
        if (name == LogReader::formatName(k.log))
            return k.format;
    return Format::Auto;
}

QStringList CaptureReader::formatNames()
{
    QStringList names{QStringLiteral("ami"), QStringLiteral("esl")};
    for (const LogKind &k : kLogKinds)
        names << LogReader::formatName(k.log);
    return names;
}

QTimeZone CaptureReader::logTimeZone()
{
    return logZone();
}

std::optional<LogFormat> CaptureReader::logFormat(Format format)
{
    for (const LogKind &k : kLogKinds)
        if (k.format == format)
            return k.log;
    return std::nullopt;
}

CaptureReader::Result CaptureReader::readFile(const QString &path, const QString &pbx, Format format)
{
    Result r;
    QString error;
    const std::unique_ptr<CaptureStream> stream = CaptureStream::open(path, pbx, format, &error);
    if (!stream) {
        r.errors << error;
        return r;
    }
    r.format = stream->formatName();
    while (stream->read(r.events)) {
    }
    r.errors = stream->errors();
    return r;
}

CaptureReader::Result CaptureReader::readAmi(const QByteArray &bytes, const QString &pbx)
{
    Result r;
    r.format = QStringLiteral("ami");
    AmiParser parser;
    AmiParser::Output out;
    parser.feed(bytes, out);
    parser.feed("\r\n", out);   // a capture may end without the final blank line
    AmiNormalizer normalizer(pbx);
    for (const AmiMessage &m : out.messages)
        normalizer.normalize(m, r.events);
    r.errors = out.errors;
    return r;
}

CaptureReader::Result CaptureReader::readEsl(const QByteArray &bytes, const QString &pbx)
{
    Result r;
    r.format = QStringLiteral("esl");
    EslParser parser;
    EslParser::Output out;
    parser.feed(EslParser::skipCaptureComments(bytes), out);
    if (parser.bufferedBytes() > 0)
        out.errors << QCoreApplication::translate("tg::CaptureReader", "The ESL capture ends inside a message.");
    EslNormalizer normalizer(pbx);
    for (const EslMessage &m : out.messages)
        normalizer.normalize(m, r.events);
    r.errors = out.errors;
    return r;
}

} // namespace tg
