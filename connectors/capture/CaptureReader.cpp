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
    if (head.startsWith('[')) {
        if (head.contains("SecurityEvent=\""))
            return Format::AsteriskSecurityLog;
        if (head.contains("] NOTICE[") || head.contains("] WARNING[") || head.contains("] VERBOSE[")
            || head.contains("] ERROR[") || head.contains("] SECURITY["))
            return Format::AsteriskMessagesLog;
    }
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
    return Format::Auto;
}

QStringList CaptureReader::formatNames()
{
    return {QStringLiteral("ami"), QStringLiteral("asterisk-security"), QStringLiteral("asterisk-messages"), QStringLiteral("esl")};
}

CaptureReader::Result CaptureReader::readFile(const QString &path, const QString &pbx, Format format)
{
    Result r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.errors << QCoreApplication::translate("tg::CaptureReader", "Cannot read %1: %2.").arg(path, f.errorString());
        return r;
    }
    const QByteArray bytes = f.readAll();
    if (format == Format::Auto)
        format = detect(bytes.left(4096));
    if (format == Format::Ami)
        return readAmi(bytes, pbx);
    if (format == Format::Esl)
        return readEsl(bytes, pbx);
    if (format == Format::AsteriskSecurityLog || format == Format::AsteriskMessagesLog) {
        const LogFormat lf = format == Format::AsteriskSecurityLog ? LogFormat::AsteriskSecurity
                                                                   : LogFormat::AsteriskMessages;
        r.format = format == Format::AsteriskSecurityLog ? QStringLiteral("asterisk-security")
                                                          : QStringLiteral("asterisk-messages");
        auto reader = LogReader::create(lf, pbx, logZone());
        reader->feed(bytes, r.events);
        reader->finish(r.events);
        return r;
    }
    r.errors << QCoreApplication::translate("tg::CaptureReader",
                                            "%1 is not in a format Tollgate can read (an AMI or ESL capture or an Asterisk security or messages log); name it with --format.")
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
