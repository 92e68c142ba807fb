#include "CliCommands.h"

#include "capture/CaptureFiles.h"
#include "detect/AlertFormatter.h"
#include "detect/Analyzer.h"
#include "geoip/GeoIpDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace tg::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("tg::cli", s);
}

} // namespace

// tollgate-cli analyze FILE... [--format F] [--json] [--since T] [--until T] [--rules FILE] [--geoip FILE]
//                             [--tz ZONE] [--verbose]
int runAnalyze(const QStringList &args)
{
    const QStringList withValue{QStringLiteral("--format"), QStringLiteral("--since"), QStringLiteral("--until"),
                                QStringLiteral("--rules"), QStringLiteral("--tz"), QStringLiteral("--pbx"),
                                QStringLiteral("--geoip")};
    const QStringList files = positional(args, withValue);
    if (files.isEmpty() || args.contains(QStringLiteral("--help"))) {
        out() << tr("Usage: tollgate-cli analyze FILE... [--format F] [--json] [--since T] [--until T]\n"
                    "                            [--rules FILE] [--geoip FILE] [--tz ZONE] [--verbose]\n"
                    "Replays AMI and ESL captures, Asterisk security/messages logs, FreeSWITCH logs\n"
                    "and fail2ban logs through the detectors and prints the alerts. Files are read\n"
                    "as they go and merged in time order: memory does not grow with their size.\n"
                    "  --format F   %1 (default: detected)\n"
                    "  --since T    only events at or after T (ISO 8601 UTC, or ms since the epoch)\n"
                    "  --until T    only events before T\n"
                    "  --rules FILE detector settings (JSON) instead of the defaults\n"
                    "  --geoip FILE country database (.mmdb: GeoLite2-Country, DB-IP Country Lite):\n"
                    "               new-country alerts and the countries of source addresses\n"
                    "  --tz ZONE    time zone the logs were written in (IANA name, default UTC)\n"
                    "Exit codes: 0 no alerts, 1 alerts found, 2 bad input.")
                     .arg(CaptureReader::formatNames().join(QStringLiteral(", ")))
              << Qt::endl;
        return files.isEmpty() ? 2 : 0;
    }

    DetectionSettings settings = DetectionSettings::defaults();
    const QString rules = optionValue(args, QStringLiteral("--rules"));
    QString error;
    if (!rules.isEmpty() && !settings.load(rules, &error)) {
        err() << error << Qt::endl;
        return 2;
    }
    const QString geoIp = optionValue(args, QStringLiteral("--geoip"));
    if (!geoIp.isEmpty()) {
        if (!GeoIpDatabase::open(geoIp, &error)) {
            err() << error << Qt::endl;
            return 2;
        }
        settings.geoIpDatabase = geoIp;
    }
    qint64 since = 0, until = 0;
    if (!parseTime(optionValue(args, QStringLiteral("--since")), &since)
        || !parseTime(optionValue(args, QStringLiteral("--until")), &until)) {
        err() << tr("--since and --until take an ISO 8601 time such as 2026-11-27T01:00:00Z.") << Qt::endl;
        return 2;
    }
    const QString formatName = optionValue(args, QStringLiteral("--format"));
    const CaptureReader::Format format = CaptureReader::formatFromName(formatName);
    if (!formatName.isEmpty() && format == CaptureReader::Format::Auto) {
        err() << tr("Unknown format \"%1\"; use one of: %2.").arg(formatName, CaptureReader::formatNames().join(QStringLiteral(", "))) << Qt::endl;
        return 2;
    }
    CaptureReader::setLogTimeZone(optionValue(args, QStringLiteral("--tz"), QStringLiteral("UTC")).toUtf8());

    // Every file is opened and its format checked before any is analysed; then they stream through.
    QVector<CaptureFiles::File> inputs;
    for (const QString &file : files)
        inputs.append({file, optionValue(args, QStringLiteral("--pbx"), QFileInfo(file).completeBaseName())});
    CaptureFiles captures(inputs, format);
    QStringList openErrors;
    if (!captures.open(&openErrors)) {
        for (const QString &e : qAsConst(openErrors))
            err() << e << Qt::endl;
        return 2;
    }
    Analyzer analyzer(settings);
    analyzer.setRange(since, until);
    const AnalysisResult result = analyzer.run([&captures] { return captures.stream(); });
    for (const QString &e : captures.readErrors())
        err() << e << Qt::endl;
    for (const QString &w : result.warnings)
        err() << tr("warning: %1").arg(w) << Qt::endl;
    if (args.contains(QStringLiteral("--json")))
        out() << AlertFormatter::toJson(result);
    else
        out() << AlertFormatter::toText(result, args.contains(QStringLiteral("--verbose")));
    out().flush();
    return result.alerts.isEmpty() ? 0 : 1;
}

} // namespace tg::cli
