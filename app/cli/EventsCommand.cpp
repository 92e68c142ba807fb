#include "CliCommands.h"

#include "capture/CaptureReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace tg::cli {

// tollgate-cli events FILE... [--json] [--pbx NAME]
int runEvents(const QStringList &args)
{
    const bool json = args.contains(QStringLiteral("--json"));
    const QStringList files = positional(args, {QStringLiteral("--pbx")});
    if (files.isEmpty()) {
        err() << QCoreApplication::translate("tg::cli", "Usage: tollgate-cli events FILE... [--json] [--pbx NAME]") << Qt::endl;
        return 2;
    }
    int status = 0;
    for (const QString &file : files) {
        const QString pbx = optionValue(args, QStringLiteral("--pbx"), QFileInfo(file).completeBaseName());
        const CaptureReader::Result r = CaptureReader::readFile(file, pbx);
        for (const QString &e : r.errors)
            err() << file << ": " << e << Qt::endl;
        if (r.format.isEmpty())
            status = 2;
        for (const Event &e : r.events) {
            if (json)
                out() << QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) << '\n';
            else
                out() << e.summary() << '\n';
        }
    }
    out().flush();
    return status;
}

} // namespace tg::cli
