#include "CliCommands.h"

#include "store/Database.h"
#include "store/DbCheck.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tg::cli {

// tollgate-cli db check [--data-dir D] [--json]   (read-only: never migrates or repairs)
int runDb(const QStringList &args)
{
    if (args.value(0) != QLatin1String("check")) {
        err() << QCoreApplication::translate("tg::cli", "Usage: tollgate-cli db check [--data-dir D] [--json]") << Qt::endl;
        return 2;
    }
    const DbCheckReport report = checkDatabase(Database::dbPath(dataDir(args)));
    if (args.contains(QStringLiteral("--json")))
        out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out() << report.toText() << Qt::endl;
    out().flush();
    return report.ok ? 0 : 1;
}

} // namespace tg::cli
