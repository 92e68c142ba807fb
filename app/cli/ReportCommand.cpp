#include "CliCommands.h"

#include "detect/DetectionSettingsFile.h"
#include "report/IncidentReportWriter.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace tg::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("tg::cli", s);
}

QString outputPath(const QStringList &args)
{
    const QString o = optionValue(args, QStringLiteral("-o"));
    return o.isEmpty() ? optionValue(args, QStringLiteral("--output")) : o;
}

// --alert 12 --alert 15, --alert 12,15 and --alert 12 15 all name alerts 12 and 15.
bool alertIds(const QStringList &args, QVector<qint64> *ids)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) != QLatin1String("--alert"))
            continue;
        int taken = 0;
        for (int j = i + 1; j < args.size() && !args.at(j).startsWith(QLatin1Char('-')); ++j, ++taken) {
            const QStringList parts = args.at(j).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &p : parts) {
                bool ok = false;
                const qint64 id = p.trimmed().toLongLong(&ok);
                if (!ok || id <= 0)
                    return false;
                ids->append(id);
            }
        }
        if (taken == 0)
            return false;
    }
    return true;
}

int usage()
{
    err() << tr("Usage: tollgate-cli report (--alert ID... | --from TIME --to TIME) [--pbx NAME]\n"
                "                           [--format html|pdf] -o FILE [--data-dir D]\n"
                "Writes an incident report (summary, timeline, evidence with the raw PBX text, accounts,\n"
                "source addresses, estimated cost, blocks, audit fixes and triage) for the given alerts,\n"
                "or for every alert active between --from and --to (ISO 8601 UTC, e.g. 2026-11-27T01:00:00Z).\n"
                "The format follows FILE's extension (.pdf or .html) unless --format says otherwise.\n"
                "Exit codes: 0 written, 1 nothing to report or not written, 2 bad usage.")
          << Qt::endl;
    return 2;
}

IncidentReportWriter::Format chosenFormat(const QStringList &args, bool *ok)
{
    const QString f = optionValue(args, QStringLiteral("--format")).toLower();
    *ok = true;
    if (f == QLatin1String("pdf"))
        return IncidentReportWriter::Format::Pdf;
    if (f == QLatin1String("html"))
        return IncidentReportWriter::Format::Html;
    *ok = f.isEmpty();
    return IncidentReportWriter::formatForPath(outputPath(args));
}

} // namespace

bool reportNeedsGui(const QStringList &args)
{
    bool ok = false;
    return chosenFormat(args, &ok) == IncidentReportWriter::Format::Pdf;
}

// tollgate-cli report (--alert ID... | --from T --to T) [--pbx NAME] [--format html|pdf] -o FILE [--data-dir D]
int runReport(const QStringList &args)
{
    if (args.contains(QStringLiteral("--help")))
        return usage() - 2;
    const QString path = outputPath(args);
    if (path.isEmpty())
        return usage();
    bool formatOk = false;
    const IncidentReportWriter::Format format = chosenFormat(args, &formatOk);
    if (!formatOk) {
        err() << tr("--format takes html or pdf.") << Qt::endl;
        return 2;
    }

    IncidentScope scope;
    scope.pbx = optionValue(args, QStringLiteral("--pbx"));
    if (!alertIds(args, &scope.alertIds)) {
        err() << tr("--alert takes alert numbers, as shown by the console or tollgate-cli analyze.") << Qt::endl;
        return 2;
    }
    const bool hasRange = args.contains(QStringLiteral("--from")) || args.contains(QStringLiteral("--to"));
    if (scope.alertIds.isEmpty() == !hasRange) {
        err() << tr("Name the alerts (--alert ID...) or a time range (--from TIME --to TIME), not both.") << Qt::endl;
        return usage();
    }
    if (hasRange
        && (!parseTime(optionValue(args, QStringLiteral("--from")), &scope.fromMs)
            || !parseTime(optionValue(args, QStringLiteral("--to")), &scope.toMs) || scope.fromMs <= 0
            || scope.toMs <= scope.fromMs)) {
        err() << tr("--from and --to take ISO 8601 times such as 2026-11-27T01:00:00Z, --to after --from.") << Qt::endl;
        return 2;
    }

    IncidentReportBuilder::Options options;
    options.generatedBy = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    QString error;
    // The console's prefix table, home countries and currency (destination countries, cost).
    if (!DetectionSettingsFile::read(DetectionSettingsFile::pathIn(dataDir(args)), &options.detection, &error))
        err() << error << Qt::endl;
    IncidentReport report;
    if (!IncidentReportWriter::write(Database::dbPath(dataDir(args)), scope, path, format, options, &error, &report)) {
        err() << error << Qt::endl;
        return 1;
    }
    out() << tr("Incident report written to %1 (alerts: %2, source addresses: %3, blocks: %4).")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(report.alerts.size())
                 .arg(report.sourcesTotal)
                 .arg(report.blocks.size())
          << Qt::endl;
    for (const QString &w : std::as_const(report.warnings))
        err() << w << Qt::endl;
    return 0;
}

} // namespace tg::cli
