#include "FreeSwitchXmlPath.h"

#include <QXmlStreamReader>

namespace tg {

QString FreeSwitchXmlPath::label(const QString &element, const QXmlStreamAttributes &a)
{
    if (element == QLatin1String("X-PRE-PROCESS")) {
        // data="name=value": the variable's name only (vars.xml holds default_password).
        const QString data = a.value(QLatin1String("data")).toString();
        const int eq = data.indexOf(QLatin1Char('='));
        return QStringLiteral("X-PRE-PROCESS[%1 %2]")
            .arg(a.value(QLatin1String("cmd")).toString(), eq < 0 ? QString() : data.left(eq));
    }
    for (const char *key : {"name", "id", "field"}) {
        const QStringView v = a.value(QLatin1String(key));
        if (!v.isEmpty())
            return QStringLiteral("%1[%2]").arg(element, v.toString());
    }
    return element;
}

FreeSwitchXmlPath::FreeSwitchXmlPath(const QStringList &lines)
{
    const int n = int(lines.size());
    m_paths.reserve(n);
    QStringList stack; // one label per open element; the root's is empty
    auto current = [&stack] {
        QString p;
        for (const QString &l : stack) {
            if (l.isEmpty())
                continue;
            if (!p.isEmpty())
                p += QLatin1Char('/');
            p += l;
        }
        return p;
    };
    auto fillTo = [&](int endExclusive, const QString &p) {
        while (m_paths.size() < qMin(endExclusive, n))
            m_paths.append(p);
    };

    QXmlStreamReader xml(lines.join(QLatin1Char('\n')));
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType t = xml.readNext();
        const int line = int(xml.lineNumber()) - 1; // 0-based line where the token ended
        if (t == QXmlStreamReader::StartElement) {
            fillTo(line, current());
            const QString name = xml.name().toString();
            const bool root = stack.isEmpty()
                && (name == QLatin1String("document") || name == QLatin1String("include"));
            stack.append(root ? QString() : label(name, xml.attributes()));
            if (line < n) {
                fillTo(line, current());
                if (m_paths.size() == line)
                    m_paths.append(current());
                else if (line < m_paths.size())
                    m_paths[line] = current(); // the last element started on a line wins
            }
        } else if (t == QXmlStreamReader::EndElement) {
            fillTo(line + 1, current());
            if (!stack.isEmpty())
                stack.removeLast();
        }
    }
    m_wellFormed = !xml.hasError();
    fillTo(n, current());
}

} // namespace tg
