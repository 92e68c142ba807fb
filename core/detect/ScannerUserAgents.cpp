#include "ScannerUserAgents.h"

#include <QFile>

namespace tg {

bool ScannerUserAgents::load(const QString &path, QString *error)
{
    QFile f(path.isEmpty() ? builtinPath() : path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = QStringLiteral("cannot read the scanner User-Agent list %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    m_patterns.clear();
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        Pattern p;
        const int comma = line.lastIndexOf(QLatin1Char(','));
        p.text = line;
        if (comma > 0) {
            const QString sev = line.mid(comma + 1).trimmed().toLower();
            static const char *const names[] = {"info", "low", "medium", "high", "critical"};
            for (const char *n : names)
                if (sev == QLatin1String(n)) {
                    p.severity = severityFromName(sev);
                    p.text = line.left(comma).trimmed();
                }
        }
        if (!p.text.isEmpty())
            m_patterns.append(p);
    }
    return true;
}

const ScannerUserAgents::Pattern *ScannerUserAgents::match(const QString &userAgent) const
{
    if (userAgent.isEmpty())
        return nullptr;
    for (const Pattern &p : m_patterns)
        if (userAgent.contains(p.text, Qt::CaseInsensitive))
            return &p;
    return nullptr;
}

} // namespace tg
