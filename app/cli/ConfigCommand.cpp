#include "CliCommands.h"

#include "configdiff/ChangeClassifier.h"
#include "configdiff/ConfigDiff.h"
#include "configdiff/SnapshotRecorder.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tg::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tg::cli", text);
}

int usage()
{
    err() << tr("Usage: tollgate-cli config diff OLD NEW [--as PATH] [--json]\n"
                "         compare two local copies of a config file; secrets are masked; exit 0 same,\n"
                "         1 different, 2 unreadable. --as names the file as on the PBX (e.g.\n"
                "         /etc/asterisk/manager.conf) when the copies are named otherwise.")
          << Qt::endl;
    return 2;
}

bool readFile(const QString &path, QByteArray *data)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err() << tr("Could not read %1: %2.").arg(path, f.errorString()) << Qt::endl;
        return false;
    }
    *data = f.readAll();
    return true;
}

} // namespace

// tollgate-cli config diff OLD NEW [--as PATH] [--json]
int runConfig(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("diff"))
        return usage();
    const QStringList files = positional(args.mid(1), {QStringLiteral("--as")});
    if (files.size() != 2)
        return usage();
    QByteArray a, b;
    if (!readFile(files[0], &a) || !readFile(files[1], &b))
        return 2;
    const QString as = optionValue(args, QStringLiteral("--as"), files[1]);
    DiffResult d = ConfigDiff::compute(a, b);
    ConfigDiff::annotate(d, ConfigDiff::formatFor(as));
    const ChangeAssessment c = ChangeClassifier::classify(as, d);
    const QString diffText = SnapshotRecorder::maskedDiff(as, d, files[0], files[1], 0);
    if (args.contains(QStringLiteral("--json"))) {
        QJsonArray findings;
        for (const SecurityFinding &f : c.findings)
            findings.append(QJsonObject{{QStringLiteral("severity"), severityName(f.severity)},
                                        {QStringLiteral("rule"), f.rule},
                                        {QStringLiteral("message"), f.message},
                                        {QStringLiteral("section"), f.section}});
        QJsonArray hunks;
        for (const DiffHunk &h : std::as_const(d.hunks))
            hunks.append(h.header());
        const QJsonObject o{{QStringLiteral("identical"), d.identical},
                            {QStringLiteral("binary"), d.binary},
                            {QStringLiteral("added"), d.added},
                            {QStringLiteral("removed"), d.removed},
                            {QStringLiteral("old_sha256"), QString::fromLatin1(d.oldSha256)},
                            {QStringLiteral("new_sha256"), QString::fromLatin1(d.newSha256)},
                            {QStringLiteral("severity"), severityName(c.severity)},
                            {QStringLiteral("findings"), findings},
                            {QStringLiteral("hunks"), hunks},
                            {QStringLiteral("diff"), diffText}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        if (!d.identical) {
            out() << diffText;
            for (const QString &m : c.messages())
                out() << m << '\n';
            out() << tr("Severity: %1").arg(severityName(c.severity)) << Qt::endl;
        }
    }
    out().flush();
    return d.identical ? 0 : 1;
}

} // namespace tg::cli
