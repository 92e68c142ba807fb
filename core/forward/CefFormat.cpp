#include "CefFormat.h"

#include "AppIdentity.h"

namespace tg {

namespace {
bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f;
}

// Keys are CEF dictionary names: letters and digits only.
QString cleanKey(const QString &key)
{
    QString out;
    for (QChar c : key)
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out.append(c);
    return out;
}
} // namespace

QString CefFormat::escapeHeader(const QString &field)
{
    QString out;
    out.reserve(field.size());
    for (QChar c : field) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('|'))
            out.append(QLatin1Char('\\')).append(c);
        else if (isControl(c))
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    return out;
}

QString CefFormat::escapeValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('='))
            out.append(QLatin1Char('\\')).append(c);
        else if (c == QLatin1Char('\n'))
            out.append(QLatin1String("\\n"));
        else if (c == QLatin1Char('\r'))
            out.append(QLatin1String("\\r"));
        else if (isControl(c))
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    return out;
}

QByteArray CefFormat::encode(const Header &header, const Extension &extension)
{
    QString s = QStringLiteral("CEF:0|Tollgate|Tollgate|") + escapeHeader(versionString()) + QLatin1Char('|')
        + escapeHeader(header.signatureId) + QLatin1Char('|') + escapeHeader(header.name) + QLatin1Char('|')
        + QString::number(qBound(0, header.severity, 10)) + QLatin1Char('|');
    bool first = true;
    for (const auto &kv : extension) {
        const QString key = cleanKey(kv.first);
        if (key.isEmpty() || kv.second.isEmpty())
            continue;
        if (!first)
            s.append(QLatin1Char(' '));
        first = false;
        s.append(key).append(QLatin1Char('=')).append(escapeValue(kv.second));
    }
    return s.toUtf8();
}

} // namespace tg
