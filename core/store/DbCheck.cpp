#include "DbCheck.h"

#include "Database.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace tg {

namespace {

QString tr(const char *text)
{
    // lupdate files these strings under the enclosing class or namespace (see Translations::lookup).
    return Translations::lookup({"tg::DbCheck", "tg::DbCheckReport", "tg"}, text);
}

std::atomic<int> s_checkCount{0};

// Tables we count; names come from this list, never from the file.
const char *const kTables[] = {"pbx", "events", "alerts", "alert_evidence", "alert_history"};

} // namespace

QJsonObject DbCheckReport::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("ok"), ok);
    o.insert(QStringLiteral("path"), QDir::toNativeSeparators(path));
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    o.insert(QStringLiteral("schema_version"), schemaVersion);
    o.insert(QStringLiteral("supported_schema_version"), Database::kSchemaVersion);
    o.insert(QStringLiteral("integrity"), integrity);
    QJsonObject counts;
    for (const auto &c : rowCounts)
        counts.insert(c.first, c.second);
    o.insert(QStringLiteral("rows"), counts);
    return o;
}

QString DbCheckReport::toText() const
{
    QString s;
    s += tr("Database: %1").arg(QDir::toNativeSeparators(path)) + QLatin1Char('\n');
    s += tr("Schema version: %1 (this version of Tollgate understands up to %2)")
             .arg(schemaVersion)
             .arg(Database::kSchemaVersion)
        + QLatin1Char('\n');
    if (!integrity.isEmpty())
        s += tr("Integrity: %1").arg(integrity) + QLatin1Char('\n');
    for (const auto &c : rowCounts)
        s += tr("Rows in %1: %2").arg(c.first).arg(c.second) + QLatin1Char('\n');
    s += ok ? tr("Result: OK") : tr("Result: FAILED — %1").arg(error);
    s += QLatin1Char('\n');
    return s;
}

DbCheckReport checkDatabase(const QString &path)
{
    DbCheckReport r;
    r.path = path;
    const QFileInfo fi(path);
    if (!fi.exists()) {
        r.error = tr("The database %1 does not exist; check the path or the --data-dir option.")
                      .arg(QDir::toNativeSeparators(path));
        return r;
    }
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            r.error = tr("The database %1 cannot be read; check its permissions.")
                          .arg(QDir::toNativeSeparators(path));
            return r;
        }
        if (f.read(16) != QByteArray("SQLite format 3\0", 16)) {
            r.error = tr("The file %1 is not an SQLite database or its header is damaged.")
                          .arg(QDir::toNativeSeparators(path));
            return r;
        }
    }

    const QString connection = QStringLiteral("tg-db-check-%1").arg(++s_checkCount);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            r.error = tr("Could not open the database %1 read-only: %2.")
                          .arg(QDir::toNativeSeparators(path), db.lastError().text());
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                r.schemaVersion = q.value(0).toInt();
            QStringList problems;
            if (q.exec(QStringLiteral("PRAGMA integrity_check(20)"))) {
                while (q.next())
                    problems << q.value(0).toString();
            } else {
                problems << q.lastError().text();
            }
            r.integrity = problems.join(QStringLiteral("; "));
            QStringList present;
            if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
                while (q.next())
                    present << q.value(0).toString();
            for (const char *table : kTables) {
                const QString name = QLatin1String(table);
                if (!present.contains(name))
                    continue;
                if (q.exec(QStringLiteral("SELECT count(*) FROM ") + name) && q.next())
                    r.rowCounts.append({name, q.value(0).toLongLong()});
            }
            if (r.integrity != QLatin1String("ok"))
                r.error = tr("The database %1 is damaged (%2). Restore a backup, or move the file "
                             "aside to start with an empty one.")
                              .arg(QDir::toNativeSeparators(path), r.integrity);
            else if (r.schemaVersion > Database::kSchemaVersion)
                r.error = tr("The database %1 was written by a newer version of Tollgate (schema "
                             "%2); update Tollgate to use it.")
                              .arg(QDir::toNativeSeparators(path))
                              .arg(r.schemaVersion);
            else
                r.ok = true;
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return r;
}

} // namespace tg
