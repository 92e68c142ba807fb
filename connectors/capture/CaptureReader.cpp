#include "CaptureReader.h"

#include "ami/AmiNormalizer.h"
#include "ami/AmiParser.h"
#include "esl/EslNormalizer.h"
#include "esl/EslParser.h"
#include "logs/LogReader.h"

#include <QCoreApplication>
#include <QFile>
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

CaptureReader::Result CaptureReader::readFile(const QString &path, const QString &pbx, Format format)
{
    Result r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.errors << QCoreApplication::translate("tg::CaptureReader", "Cannot read %1: %2.").arg(path, f.errorString());
        return r;
    }
    if (format == Format::Auto)
        format = detect(f.peek(4096));
    for (const LogKind &k : kLogKinds) {
        if (k.format != format)
            continue;
        // Logs are read in blocks: a big log costs its events, not its bytes twice.
        f.close();
        r.format = LogReader::formatName(k.log);
        auto reader = LogReader::create(k.log, pbx, logZone());
        QString error;
        if (!reader->readFile(path, r.events, &error))
            r.errors << error;
        return r;
    }
    const QByteArray bytes = f.readAll();
    if (format == Format::Ami)
        return readAmi(bytes, pbx);
    if (format == Format::Esl)
        return readEsl(bytes, pbx);
    r.errors << QCoreApplication::translate("tg::CaptureReader",
                                            "%1 is not in a format Tollgate can read (an AMI or ESL capture, an Asterisk security or messages log, a FreeSWITCH log or a fail2ban log); name it with --format.")
                    .arg(path);
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
