#include "Finding.h"

#include <algorithm>

namespace tg {

Finding makeFinding(const char *check, Severity sev, const QString &title, const QString &subject,
                    const QString &file, int line, const QString &evidence, const QString &why, const QString &how,
                    const QString &fix)
{
    Finding f;
    f.check = QLatin1String(check);
    f.severity = sev;
    f.title = title;
    f.subject = subject;
    f.file = file;
    f.line = line;
    f.evidence = evidence;
    f.why = why;
    f.howToFix = how;
    f.fix = fix;
    return f;
}

QString Finding::location() const
{
    if (file.isEmpty())
        return subject;
    return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
}

QJsonObject Finding::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("check"), check);
    o.insert(QStringLiteral("severity"), severityName(severity));
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("subject"), subject);
    o.insert(QStringLiteral("file"), file);
    o.insert(QStringLiteral("line"), line);
    o.insert(QStringLiteral("evidence"), evidence);
    o.insert(QStringLiteral("why"), why);
    o.insert(QStringLiteral("how_to_fix"), howToFix);
    o.insert(QStringLiteral("fixable"), fixable());
    if (fixable())
        o.insert(QStringLiteral("fix"), fix);
    return o;
}

Finding Finding::fromJson(const QJsonObject &o)
{
    Finding f;
    f.check = o.value(QStringLiteral("check")).toString();
    f.severity = severityFromName(o.value(QStringLiteral("severity")).toString());
    f.title = o.value(QStringLiteral("title")).toString();
    f.subject = o.value(QStringLiteral("subject")).toString();
    f.file = o.value(QStringLiteral("file")).toString();
    f.line = o.value(QStringLiteral("line")).toInt();
    f.evidence = o.value(QStringLiteral("evidence")).toString();
    f.why = o.value(QStringLiteral("why")).toString();
    f.howToFix = o.value(QStringLiteral("how_to_fix")).toString();
    f.fix = o.value(QStringLiteral("fix")).toString();
    return f;
}

void sortFindings(FindingList &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.file != b.file)
            return a.file < b.file;
        if (a.line != b.line)
            return a.line < b.line;
        return a.check < b.check;
    });
}

} // namespace tg
