#include "CaptureReader.h"

#include "ami/AmiNormalizer.h"
#include "ami/AmiParser.h"

#include <QCoreApplication>
#include <QFile>

namespace tg {

CaptureReader::Format CaptureReader::detect(const QByteArray &head)
{
    if (head.startsWith("Asterisk Call Manager/") || head.startsWith("Event: ") || head.startsWith("Response: "))
        return Format::Ami;
    return Format::Auto;
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
        format = detect(bytes.left(256));
    if (format == Format::Ami)
        return readAmi(bytes, pbx);
    r.errors << QCoreApplication::translate("tg::CaptureReader",
                                            "%1 is not in a format Tollgate can read (expected an AMI capture).")
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

} // namespace tg
