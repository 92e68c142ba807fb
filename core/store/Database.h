#pragma once

#include <QString>

class QSqlDatabase;

namespace tg {

struct DbOpenResult {
    bool ok = false;
    QString error;        // a sentence for the user when !ok
    int schemaVersion = 0;
};

// Opening, checking and migrating the Tollgate SQLite file. The schema version lives in
// PRAGMA user_version; each migration is one function that moves it up by one.
class Database
{
public:
    static constexpr int kSchemaVersion = 8;
    // PRAGMA application_id, so a foreign SQLite file is recognised and refused.
    static constexpr int kApplicationId = 0x54676174; // "Tgat"
    static constexpr int kNewPageSize = 16384;        // page size of a newly created file

    static QString defaultDataDir();                 // QStandardPaths::AppDataLocation
    static QString dbPath(const QString &dataDir);   // <dataDir>/tollgate.sqlite

    // Opens (creating dirs and file if absent) and migrates the named QSqlDatabase connection
    // (one connection name per thread). Refuses a corrupt file or a newer schema with a
    // sentence-long error, never modifying it. Sets WAL, synchronous=NORMAL, busy_timeout.
    static DbOpenResult open(const QString &path, const QString &connectionName);

    // Like open(), but migrates only up to targetVersion (1..kSchemaVersion). Tests use it to
    // make files of an older schema; the application always uses open().
    static DbOpenResult openAtVersion(const QString &path, const QString &connectionName,
                                      int targetVersion);

    // For additional connections to a file that open() has already checked and migrated
    // (readers, repositories): skips the full-file quick_check. Falls back to open() when the
    // file is missing or older, and refuses a newer schema just the same.
    static DbOpenResult openExisting(const QString &path, const QString &connectionName);

    static void close(const QString &connectionName);

    // Runs a statement without results; on failure fills *error with the driver's text.
    static bool exec(QSqlDatabase &db, const QString &sql, QString *error = nullptr);

private:
    static DbOpenResult openImpl(const QString &path, const QString &connectionName,
                                 int targetVersion, bool fullCheck);
};

} // namespace tg
