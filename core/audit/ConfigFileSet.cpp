#include "ConfigFileSet.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace tg {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tg::ConfigFileSet", text);
}
} // namespace

bool ConfigFileSet::loadDirectory(const QString &dir)
{
    const QFileInfo di(dir);
    if (!di.isDir() || !di.isReadable()) {
        m_errors << tr("%1 is not a readable folder.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    const QString canonicalRoot = di.canonicalFilePath();
    m_root = canonicalRoot;
    const QDir rootDir(canonicalRoot);
    qint64 total = 0;
    QDirIterator it(canonicalRoot, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo fi = it.fileInfo();
        const QString rel = rootDir.relativeFilePath(path);
        if (rel.count(QLatin1Char('/')) > kMaxDepth)
            continue;
        // A link may point anywhere; only files inside the folder are read.
        const QString target = fi.canonicalFilePath();
        if (target.isEmpty() || !(target + QLatin1Char('/')).startsWith(canonicalRoot + QLatin1Char('/'))
            || !QFileInfo(target).isFile())
            continue;
        if (m_files.size() >= kMaxFiles) {
            m_errors << tr("More than %1 files below %2; the rest were not read.").arg(kMaxFiles).arg(QDir::toNativeSeparators(dir));
            break;
        }
        if (fi.size() > kMaxFileBytes) {
            m_errors << tr("%1 is larger than %2 MiB and was not read.").arg(rel).arg(kMaxFileBytes / (1024 * 1024));
            continue;
        }
        if (total + fi.size() > kMaxTotalBytes) {
            m_errors << tr("The files below %1 exceed %2 MiB together; the rest were not read.")
                            .arg(QDir::toNativeSeparators(dir)).arg(kMaxTotalBytes / (1024 * 1024));
            break;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_errors << tr("%1 could not be read: %2.").arg(rel, f.errorString());
            continue;
        }
        // Bounded read: a file may grow (or be a device) between the size check and here.
        const QByteArray data = f.read(kMaxFileBytes + 1);
        if (data.size() > kMaxFileBytes) {
            m_errors << tr("%1 is larger than %2 MiB and was not read.").arg(rel).arg(kMaxFileBytes / (1024 * 1024));
            continue;
        }
        total += data.size();
        m_files.insert(rel, data);
    }
    return true;
}

void ConfigFileSet::insert(const QString &relPath, const QByteArray &content)
{
    m_files.insert(normalize(relPath), content);
}

QString ConfigFileSet::normalize(const QString &path) const
{
    QString p = path;
    if (!m_root.isEmpty() && p.startsWith(m_root + QLatin1Char('/')))
        p = p.mid(m_root.size() + 1);
    // Configs name their includes by the PBX's own absolute paths.
    for (const char *known : {"/etc/asterisk/", "/etc/freeswitch/", "/usr/local/freeswitch/conf/"})
        if (p.startsWith(QLatin1String(known)))
            p = p.mid(int(qstrlen(known)));
    p = QDir::cleanPath(p);
    while (p.startsWith(QLatin1Char('/')))
        p.remove(0, 1);
    return p;
}

QStringList ConfigFileSet::glob(const QString &pattern) const
{
    const QString norm = normalize(pattern);
    if (!norm.contains(QLatin1Char('*')) && !norm.contains(QLatin1Char('?')) && !norm.contains(QLatin1Char('[')))
        return m_files.contains(norm) ? QStringList{norm} : QStringList{};
    // Built by hand: '*' and '?' stay within one path component.
    QString rx = QStringLiteral("\\A");
    for (const QChar c : norm) {
        if (c == QLatin1Char('*'))
            rx += QStringLiteral("[^/]*");
        else if (c == QLatin1Char('?'))
            rx += QStringLiteral("[^/]");
        else
            rx += QRegularExpression::escape(QString(c));
    }
    rx += QStringLiteral("\\z");
    const QRegularExpression re(rx);
    QStringList out;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
        if (re.match(it.key()).hasMatch())
            out << it.key();
    return out;   // QMap keys are sorted
}

} // namespace tg
