#include "AsteriskSectionContext.h"

namespace tg {

AsteriskSectionContext::AsteriskSectionContext(const QStringList &lines)
{
    m_sectionOfLine.reserve(lines.size());
    int current = -1;
    bool inBlockComment = false; // ";-- ... --;" spans lines
    for (int i = 0; i < lines.size(); ++i) {
        const QString &l = lines[i];
        if (inBlockComment) {
            if (l.contains(QLatin1String("--;")))
                inBlockComment = false;
        } else if (l.contains(QLatin1String(";--")) && l.trimmed().startsWith(QLatin1String(";--"))
                   && !l.contains(QLatin1String("--;"))) {
            inBlockComment = true;
        } else {
            QString name, options;
            if (parseHeader(l, &name, &options)) {
                current = int(m_headers.size());
                m_headers.append(options.isEmpty() ? QStringLiteral("[%1]").arg(name)
                                                   : QStringLiteral("[%1](%2)").arg(name, options));
                m_names.append(name);
                m_headerLines.append(i);
            }
        }
        m_sectionOfLine.append(current);
    }
}

bool AsteriskSectionContext::parseHeader(const QString &line, QString *name, QString *options)
{
    // Most lines are not headers: decide that without allocating.
    qsizetype first = 0;
    while (first < line.size() && line.at(first).isSpace())
        ++first;
    if (first == line.size() || line.at(first) != QLatin1Char('['))
        return false;
    const QString t = line.trimmed();
    if (!t.startsWith(QLatin1Char('[')))
        return false;
    const int close = t.indexOf(QLatin1Char(']'));
    if (close < 2)
        return false;
    *name = t.mid(1, close - 1).trimmed();
    if (options)
        options->clear();
    QString rest = t.mid(close + 1).trimmed();
    if (rest.startsWith(QLatin1Char('('))) {
        const int end = rest.indexOf(QLatin1Char(')'));
        if (end > 0 && options)
            *options = rest.mid(1, end - 1).trimmed();
        rest = end > 0 ? rest.mid(end + 1).trimmed() : QString();
    }
    // Anything but a comment after the header means this is not one.
    return rest.isEmpty() || rest.startsWith(QLatin1Char(';'));
}

QStringList AsteriskSectionContext::sections() const
{
    QStringList out;
    out.reserve(m_sectionOfLine.size());
    for (int s : m_sectionOfLine)
        out.append(s < 0 ? QString() : m_headers[s]);
    return out;
}

QString AsteriskSectionContext::sectionAt(int line) const
{
    const int s = m_sectionOfLine.value(line, -1);
    return s < 0 ? QString() : m_headers[s];
}

QString AsteriskSectionContext::nameAt(int line) const
{
    const int s = m_sectionOfLine.value(line, -1);
    return s < 0 ? QString() : m_names[s];
}

int AsteriskSectionContext::headerLine(int line) const
{
    const int s = m_sectionOfLine.value(line, -1);
    return s < 0 ? -1 : m_headerLines[s];
}

QStringList AsteriskSectionContext::names() const
{
    return m_names;
}

} // namespace tg
