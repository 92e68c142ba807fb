#include "AdvisoryTable.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace tg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tg::AdvisoryTable", text);
}

// Splits a CSV line with double-quoted fields.
QStringList csvFields(const QString &line)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                cur += c;
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == QLatin1Char(',') && !quoted) {
            out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    out << cur;
    return out;
}

QVector<int> numbers(const QString &v, int *cert)
{
    QVector<int> out;
    const int c = int(v.indexOf(QLatin1String("-cert")));
    *cert = c >= 0 ? v.mid(c + 5).toInt() : -1;
    for (const QString &p : (c >= 0 ? v.left(c) : v).split(QLatin1Char('.')))
        out << p.toInt();
    return out;
}

} // namespace

bool AdvisoryTable::load(const QString &path, QString *error)
{
    QFile f(path.isEmpty() ? builtinPath() : path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = tr("The advisory table %1 could not be read: %2.").arg(f.fileName(), f.errorString());
        return false;
    }
    return load(f, error);
}

bool AdvisoryTable::load(QIODevice &dev, QString *error)
{
    m_advisories.clear();
    int lineNo = 0;
    while (!dev.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(dev.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = csvFields(line);
        if (f.size() < 5) {
            if (error)
                *error = tr("The advisory table has a malformed line %1.").arg(lineNo);
            return false;
        }
        Advisory a;
        a.id = f[0].trimmed();
        a.cve = f[1].trimmed();
        a.severity = severityFromName(f[2].trimmed());
        a.summary = f[3].trimmed();
        a.fixed = f[4].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        m_advisories << a;
    }
    return true;
}

QString AdvisoryTable::extractVersion(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(\\d+(?:\\.\\d+)+(?:-cert\\d+)?)"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString AdvisoryTable::branch(const QString &version)
{
    const int cert = int(version.indexOf(QLatin1String("-cert")));
    if (cert >= 0)
        return version.left(cert) + QStringLiteral("-cert");
    const QStringList p = version.split(QLatin1Char('.'));
    if (p.value(0) == QLatin1String("1"))
        return p.value(1) == QLatin1String("6") ? p.mid(0, 3).join(QLatin1Char('.')) : p.mid(0, 2).join(QLatin1Char('.'));
    return p.value(0);
}

int AdvisoryTable::compare(const QString &a, const QString &b)
{
    int ca = -1, cb = -1;
    const QVector<int> na = numbers(a, &ca), nb = numbers(b, &cb);
    for (int i = 0; i < qMax(na.size(), nb.size()); ++i) {
        const int x = na.value(i), y = nb.value(i);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return ca == cb ? 0 : (ca < cb ? -1 : 1);
}

QVector<AdvisoryTable::Advisory> AdvisoryTable::affecting(const QString &versionText) const
{
    QVector<Advisory> out;
    const QString v = extractVersion(versionText);
    if (v.isEmpty())
        return out;
    const QString b = branch(v);
    for (const Advisory &a : m_advisories)
        for (const QString &fixed : a.fixed)
            if (branch(fixed) == b && compare(v, fixed) < 0) {
                out << a;
                break;
            }
    return out;
}

FindingList AdvisoryTable::findings(const QString &versionText) const
{
    FindingList out;
    const QString v = extractVersion(versionText);
    for (const Advisory &a : affecting(versionText)) {
        QString fixedIn;
        for (const QString &f : a.fixed)
            if (branch(f) == branch(v))
                fixedIn = f;
        Finding f;
        f.check = QStringLiteral("ast.version.advisory");
        f.severity = a.severity;
        f.title = tr("Asterisk %1 is affected by %2: %3").arg(v, a.id, a.summary);
        f.subject = a.id;
        f.evidence = tr("running %1; fixed in %2 (%3)").arg(v, fixedIn, a.cve);
        f.why = tr("The Asterisk project published this flaw and its fix. Published flaws are the ones attackers "
                   "automate first, and this version does not have the fix.");
        f.howToFix = tr("Update Asterisk to %1 or a later release of the %2 branch (or a supported newer branch).")
                         .arg(fixedIn, branch(v));
        out << f;
    }
    return out;
}

} // namespace tg
