#include "SecretMasker.h"

#include <QRegularExpression>

namespace tg {

namespace {

// Value range of "key = value ; comment" after position `from`, trimmed; comments start at an
// unescaped ';'.
DiffSpan valueSpan(const QString &line, int from)
{
    int start = from;
    while (start < line.size() && line.at(start).isSpace())
        ++start;
    int end = start;
    while (end < line.size() && !(line.at(end) == QLatin1Char(';') && (end == 0 || line.at(end - 1) != QLatin1Char('\\'))))
        ++end;
    while (end > start && line.at(end - 1).isSpace())
        --end;
    return {start, end - start};
}

} // namespace

QString SecretMasker::mask()
{
    return QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022");
}

bool SecretMasker::isSecretKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    return k == QLatin1String("secret") || k == QLatin1String("md5secret") || k == QLatin1String("remotesecret")
        || k == QLatin1String("password") || k == QLatin1String("passwd") || k == QLatin1String("md5_cred")
        || k == QLatin1String("a1-hash") || k.contains(QLatin1String("password"))
        || k.contains(QLatin1String("passwd")) || k.endsWith(QLatin1String("secret"));
}

QVector<DiffSpan> SecretMasker::secretSpans(const QString &line) const
{
    return m_format == ConfigFormat::FreeSwitchXml ? xmlSpans(line) : confSpans(line);
}

QVector<DiffSpan> SecretMasker::confSpans(const QString &line) const
{
    QVector<DiffSpan> spans;
    const int eq = line.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return spans;
    const QString key = line.left(eq).trimmed();
    if (key.startsWith(QLatin1Char(';')))
        return spans;
    const int valueFrom = eq + 1 < line.size() && line.at(eq + 1) == QLatin1Char('>') ? eq + 2 : eq + 1;
    if (isSecretKey(key)) {
        const DiffSpan v = valueSpan(line, valueFrom);
        if (v.length > 0)
            spans.append(v);
    } else if (key.compare(QLatin1String("register"), Qt::CaseInsensitive) == 0) {
        // register => [peer?][transport://]user[@domain][:secret[:authuser]]@host[:port][/extension]
        const DiffSpan v = valueSpan(line, valueFrom);
        const QString value = line.mid(v.start, v.length);
        const int at = value.lastIndexOf(QLatin1Char('@'));
        int scheme = value.indexOf(QLatin1String("://"));
        scheme = scheme < 0 ? 0 : scheme + 3;
        const int colon = value.indexOf(QLatin1Char(':'), scheme);
        if (at > 0 && colon >= 0 && colon < at) {
            int end = value.indexOf(QLatin1Char(':'), colon + 1); // ":authuser" follows the secret
            if (end < 0 || end > at)
                end = at;
            if (end > colon + 1)
                spans.append({v.start + colon + 1, end - colon - 1});
        }
    }
    return spans;
}

QVector<DiffSpan> SecretMasker::xmlSpans(const QString &line) const
{
    static const QRegularExpression tag(QStringLiteral("<\\s*(param|variable|X-PRE-PROCESS)\\b([^>]*)>"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attr(QStringLiteral("([\\w-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')"));
    QVector<DiffSpan> spans;
    auto it = tag.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool pre = m.captured(1).compare(QLatin1String("X-PRE-PROCESS"), Qt::CaseInsensitive) == 0;
        QString name;
        int valueStart = -1, valueLen = 0;
        auto ai = attr.globalMatch(line, m.capturedStart(2));
        while (ai.hasNext()) {
            const QRegularExpressionMatch a = ai.next();
            if (a.capturedEnd(0) > m.capturedEnd(2))
                break;
            const QString key = a.captured(1).toLower();
            const int vi = a.capturedStart(3) >= 0 ? 3 : 4;
            if (key == QLatin1String("name")) {
                name = a.captured(vi);
            } else if (key == QLatin1String(pre ? "data" : "value")) {
                valueStart = a.capturedStart(vi);
                valueLen = a.capturedLength(vi);
            }
        }
        if (valueStart < 0 || valueLen == 0)
            continue;
        if (pre) { // data="default_password=1234"
            const QString data = line.mid(valueStart, valueLen);
            const int eq = data.indexOf(QLatin1Char('='));
            if (eq > 0 && isSecretKey(data.left(eq)) && eq + 1 < data.size())
                spans.append({valueStart + eq + 1, valueLen - eq - 1});
        } else if (isSecretKey(name)) {
            spans.append({valueStart, valueLen});
        }
    }
    return spans;
}

QString SecretMasker::maskLine(const QString &line) const
{
    return maskLine(line, {}, nullptr);
}

QString SecretMasker::maskLine(const QString &line, const QVector<DiffSpan> &spans, QVector<DiffSpan> *maskedSpans) const
{
    const QVector<DiffSpan> secrets = secretSpans(line);
    if (maskedSpans)
        *maskedSpans = spans;
    if (secrets.isEmpty())
        return line;
    // Build the masked text left to right, remembering where each original offset lands.
    QString out;
    QVector<int> mapStart(line.size() + 1), mapEnd(line.size() + 1);
    int pos = 0;
    for (const DiffSpan &s : secrets) {
        for (; pos < s.start; ++pos) {
            mapStart[pos] = mapEnd[pos] = int(out.size());
            out += line.at(pos);
        }
        const int maskStart = int(out.size());
        out += mask();
        for (; pos < s.start + s.length; ++pos) {
            mapStart[pos] = maskStart;              // a span starting inside the secret starts at the mask
            mapEnd[pos] = int(out.size());          // and one ending inside it covers the mask
        }
    }
    for (; pos < line.size(); ++pos) {
        mapStart[pos] = mapEnd[pos] = int(out.size());
        out += line.at(pos);
    }
    mapStart[line.size()] = mapEnd[line.size()] = int(out.size());
    if (maskedSpans) {
        maskedSpans->clear();
        for (const DiffSpan &s : spans) {
            const int a = qBound(0, s.start, int(line.size()));
            const int b = qBound(0, s.start + s.length, int(line.size()));
            const int start = mapStart[a];
            const int end = b > a ? mapEnd[b - 1] + (mapEnd[b - 1] == mapStart[b - 1] ? 1 : 0) : start;
            maskedSpans->append({start, qMax(0, end - start)});
        }
    }
    return out;
}

QString SecretMasker::maskText(const QString &text) const
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = maskLine(l);
    return lines.join(QLatin1Char('\n'));
}

} // namespace tg
