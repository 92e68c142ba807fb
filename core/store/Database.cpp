#include "Database.h"

#include "EventKeys.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <functional>

namespace tg {

namespace {

QString tr(const char *text)
{
    // lupdate files these strings under the enclosing class or namespace (see Translations::lookup).
    return Translations::lookup({"tg::Database", "tg"}, text);
}

using Migration = std::function<bool(QSqlDatabase &, QString *)>;

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements)
        if (!Database::exec(db, sql, error))
            return false;
    return true;
}

// v1: PBX profiles and events with the time index.
bool migrateTo1(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {QStringLiteral("CREATE TABLE pbx ("
                                   " id INTEGER PRIMARY KEY,"
                                   " name TEXT NOT NULL UNIQUE,"
                                   " type TEXT NOT NULL,"
                                   " host TEXT,"
                                   " port INTEGER NOT NULL DEFAULT 0,"
                                   " user TEXT,"
                                   " tls INTEGER NOT NULL DEFAULT 0,"
                                   " tls_fingerprint TEXT,"
                                   " ssh_host TEXT,"
                                   " ssh_port INTEGER NOT NULL DEFAULT 22,"
                                   " ssh_user TEXT,"
                                   " ssh_key_file TEXT,"
                                   " via_ssh INTEGER NOT NULL DEFAULT 0,"
                                   " demo INTEGER NOT NULL DEFAULT 0,"
                                   " enabled INTEGER NOT NULL DEFAULT 1)"),
                    QStringLiteral("CREATE TABLE events ("
                                   " id INTEGER PRIMARY KEY,"
                                   " time_ms INTEGER NOT NULL,"
                                   " pbx TEXT,"
                                   " kind TEXT NOT NULL,"
                                   " type TEXT,"
                                   " service TEXT,"
                                   " src_ip TEXT,"
                                   " src_port INTEGER NOT NULL DEFAULT 0,"
                                   " transport TEXT,"
                                   " account TEXT,"
                                   " user_agent TEXT,"
                                   " destination TEXT,"
                                   " call_id TEXT,"
                                   " detail TEXT,"
                                   " duration_ms INTEGER NOT NULL DEFAULT 0,"
                                   " billsec INTEGER NOT NULL DEFAULT 0,"
                                   " cost REAL NOT NULL DEFAULT 0,"
                                   " raw BLOB)"),
                    QStringLiteral("CREATE INDEX events_time ON events(time_ms)"),
                    QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)},
                   error);
}

// v2: alerts, their evidence and the analyst's triage history.
bool migrateTo2(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {QStringLiteral("CREATE TABLE alerts ("
                                   " id INTEGER PRIMARY KEY,"
                                   " pbx TEXT,"
                                   " rule TEXT NOT NULL,"
                                   " subject TEXT,"
                                   " severity INTEGER NOT NULL,"   // int so minSeverity is a >=
                                   " status TEXT NOT NULL,"        // alertStatusName()
                                   " first_seen_ms INTEGER NOT NULL,"
                                   " last_seen_ms INTEGER NOT NULL,"
                                   " count INTEGER NOT NULL DEFAULT 0,"
                                   " title TEXT,"
                                   " explanation TEXT,"
                                   " suggested_action TEXT,"
                                   " estimated_cost REAL NOT NULL DEFAULT 0,"
                                   " note TEXT)"),
                    QStringLiteral("CREATE TABLE alert_evidence ("
                                   " alert_id INTEGER NOT NULL,"
                                   " event_id INTEGER NOT NULL,"
                                   " PRIMARY KEY (alert_id, event_id)) WITHOUT ROWID"),
                    QStringLiteral("CREATE TABLE alert_history ("
                                   " id INTEGER PRIMARY KEY,"
                                   " alert_id INTEGER NOT NULL,"
                                   " time_ms INTEGER NOT NULL,"
                                   " who TEXT,"
                                   " status TEXT NOT NULL,"
                                   " note TEXT)"),
                    QStringLiteral("CREATE INDEX alert_history_alert ON alert_history(alert_id, time_ms)")},
                   error);
}

// v3: indexes for the console's queries by source IP, account and PBX. Kind has none: it is
// always asked together with a recent time range, which events_time serves, and every index
// costs insert speed.
bool migrateTo3(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {QStringLiteral("CREATE INDEX events_src_ip ON events(src_ip, time_ms)"),
                    QStringLiteral("CREATE INDEX events_account ON events(account, time_ms)"),
                    QStringLiteral("CREATE INDEX events_pbx ON events(pbx, time_ms)"),
                    QStringLiteral("CREATE INDEX alerts_last_seen ON alerts(last_seen_ms)"),
                    QStringLiteral("CREATE INDEX alerts_subject ON alerts(pbx, rule, subject)")},
                   error);
}

// v4: blocks (one source address denied on PBXes), their state on each PBX, and the
// per-PBX blocking settings (backend, scope, ports; JSON).
bool migrateTo4(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {QStringLiteral("CREATE TABLE blocks ("
                                   " id INTEGER PRIMARY KEY,"
                                   " address TEXT NOT NULL,"
                                   " created_ms INTEGER NOT NULL,"
                                   " who TEXT,"
                                   " reason TEXT,"
                                   " alert_id INTEGER NOT NULL DEFAULT 0,"
                                   " ttl_s INTEGER NOT NULL DEFAULT 0,"
                                   " expires_ms INTEGER NOT NULL DEFAULT 0,"  // 0: until unblocked
                                   " state TEXT NOT NULL,"                    // blockStateName()
                                   " ended_ms INTEGER NOT NULL DEFAULT 0,"
                                   " ended_by TEXT)"),
                    QStringLiteral("CREATE TABLE block_targets ("
                                   " block_id INTEGER NOT NULL,"
                                   " pbx TEXT NOT NULL,"
                                   " backend TEXT NOT NULL,"
                                   " state TEXT NOT NULL,"
                                   " detail TEXT,"
                                   " updated_ms INTEGER NOT NULL,"
                                   " PRIMARY KEY (block_id, pbx)) WITHOUT ROWID"),
                    QStringLiteral("CREATE TABLE block_settings ("
                                   " pbx TEXT PRIMARY KEY,"
                                   " settings TEXT NOT NULL)"),
                    QStringLiteral("CREATE INDEX blocks_address ON blocks(address, state)"),
                    QStringLiteral("CREATE INDEX blocks_expiry ON blocks(state, expires_ms)")},
                   error);
}

// v5: config history: file contents stored once per SHA-256 (content-addressed), snapshots
// of each watched file with time, trigger and who, the approved baseline per PBX and file, and
// the edited watch list per PBX (no rows: the defaults for its type).
bool migrateTo5(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {QStringLiteral("CREATE TABLE config_blobs ("
                                   " hash TEXT PRIMARY KEY,"          // SHA-256, lower-case hex
                                   " size INTEGER NOT NULL,"
                                   " binary INTEGER NOT NULL DEFAULT 0,"
                                   " data BLOB NOT NULL)"),
                    QStringLiteral("CREATE TABLE config_snapshots ("
                                   " id INTEGER PRIMARY KEY,"
                                   " pbx TEXT NOT NULL,"
                                   " path TEXT NOT NULL,"
                                   " time_ms INTEGER NOT NULL,"
                                   " hash TEXT NOT NULL,"
                                   " size INTEGER NOT NULL,"
                                   " trigger TEXT NOT NULL,"          // snapshotTriggerName()
                                   " who TEXT,"
                                   " source TEXT NOT NULL,"           // ssh, ami, file
                                   " note TEXT)"),
                    QStringLiteral("CREATE INDEX config_snapshots_file ON config_snapshots(pbx, path, time_ms)"),
                    QStringLiteral("CREATE INDEX config_snapshots_hash ON config_snapshots(hash)"),
                    QStringLiteral("CREATE TABLE config_baselines ("
                                   " pbx TEXT NOT NULL,"
                                   " path TEXT NOT NULL,"
                                   " snapshot_id INTEGER NOT NULL,"
                                   " hash TEXT NOT NULL,"
                                   " approved_ms INTEGER NOT NULL,"
                                   " approved_by TEXT,"
                                   " PRIMARY KEY (pbx, path)) WITHOUT ROWID"),
                    QStringLiteral("CREATE TABLE config_watch ("
                                   " pbx TEXT NOT NULL,"
                                   " path TEXT NOT NULL,"
                                   " position INTEGER NOT NULL,"
                                   " PRIMARY KEY (pbx, path)) WITHOUT ROWID")},
                   error);
}

// v6: audit history: one row per audit of a PBX (score, counts and the findings as JSON, secrets
// already masked), and each guided fix with its backup, so the report can show remediation status.
bool migrateTo6(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {QStringLiteral("CREATE TABLE audit_runs ("
                                   " id INTEGER PRIMARY KEY,"
                                   " pbx TEXT NOT NULL,"
                                   " time_ms INTEGER NOT NULL,"
                                   " type TEXT NOT NULL,"
                                   " version TEXT,"
                                   " score INTEGER NOT NULL,"
                                   " critical INTEGER NOT NULL DEFAULT 0,"
                                   " high INTEGER NOT NULL DEFAULT 0,"
                                   " medium INTEGER NOT NULL DEFAULT 0,"
                                   " low INTEGER NOT NULL DEFAULT 0,"
                                   " result TEXT NOT NULL)"),          // AuditResult::toJson()
                    QStringLiteral("CREATE INDEX audit_runs_pbx ON audit_runs(pbx, time_ms)"),
                    QStringLiteral("CREATE TABLE audit_fixes ("
                                   " id INTEGER PRIMARY KEY,"
                                   " pbx TEXT NOT NULL,"
                                   " time_ms INTEGER NOT NULL,"
                                   " check_id TEXT NOT NULL,"
                                   " subject TEXT,"
                                   " file TEXT NOT NULL,"
                                   " backup_path TEXT,"
                                   " status TEXT NOT NULL,"            // applied, verified, failed, rolled_back
                                   " who TEXT,"
                                   " detail TEXT)"),
                    QStringLiteral("CREATE INDEX audit_fixes_pbx ON audit_fixes(pbx, time_ms)")},
                   error);
}

// v7: what the detectors learned over weeks (call baselines per hour of the week, the daily-spend
// baseline, the networks seen per account), so a restart does not start learning again.
// One JSON row per PBX and kind, or per account (LearnedStateRepository).
bool migrateTo7(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {QStringLiteral("CREATE TABLE learned_state ("
                                   " kind TEXT NOT NULL,"             // call_baseline, daily_spend, ...
                                   " pbx TEXT NOT NULL,"
                                   " subject TEXT NOT NULL,"          // the account, or ''
                                   " state TEXT NOT NULL,"            // JSON
                                   " saved_ms INTEGER NOT NULL,"
                                   " PRIMARY KEY (kind, pbx, subject)) WITHOUT ROWID")},
                   error);
}

// v8: the look-up by source address, account and PBX moves from B-tree indexes on events (an
// entry per event each, the writer's largest cost) to event_keys, one row per key and batch
// (EventKeys.h). Existing events are grouped here as the writer groups a batch.
bool migrateTo8(QSqlDatabase &db, QString *error)
{
    if (!execAll(db, {QLatin1String(kCreateEventKeysSql), QLatin1String(kCreateEventKeysAgeSql)}, error))
        return false;
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery insert(db);
    if (!read.exec(QStringLiteral("SELECT id, time_ms, src_ip, account, pbx, kind FROM events ORDER BY id"))
        || !insert.prepare(QLatin1String(kInsertEventKeyGroupSql))) {
        *error = read.lastError().isValid() ? read.lastError().text() : insert.lastError().text();
        return false;
    }
    EventKeyBatch batch;
    auto flush = [&] {
        for (const EventKeyGroup &g : batch.takeGroups()) {
            insert.addBindValue(int(g.field));
            insert.addBindValue(g.value);
            insert.addBindValue(g.maxMs);
            insert.addBindValue(g.maxId);
            insert.addBindValue(g.minMs);
            insert.addBindValue(g.count);
            insert.addBindValue(g.entries);
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
        }
        return true;
    };
    for (int n = 1; read.next(); ++n) {
        batch.add(read.value(2).toString(), read.value(3).toString(), read.value(4).toString(),
                  eventKindFromName(read.value(5).toString()), read.value(1).toLongLong(), read.value(0).toLongLong());
        if (n % 50000 == 0 && !flush())
            return false;
    }
    return flush()
        && execAll(db,
                   {QStringLiteral("DROP INDEX IF EXISTS events_src_ip"),
                    QStringLiteral("DROP INDEX IF EXISTS events_account"),
                    QStringLiteral("DROP INDEX IF EXISTS events_pbx")},
                   error);
}

// Index i moves the schema from version i to i + 1. Never edit a released entry: add one.
const Migration kMigrations[] = {migrateTo1, migrateTo2, migrateTo3, migrateTo4, migrateTo5, migrateTo6,
                                  migrateTo7, migrateTo8};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == Database::kSchemaVersion,
              "one migration per schema version");

QString corruptMessage(const QString &path)
{
    return tr("The database %1 is damaged or is not a Tollgate database; it was left untouched. "
              "Move it aside or restore a backup, or start Tollgate with --data-dir pointing "
              "to another folder.")
        .arg(QDir::toNativeSeparators(path));
}

// A non-empty file that does not start with the SQLite magic is refused before SQLite touches it.
bool hasSqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool queryInt(QSqlDatabase &db, const QString &sql, qint64 *value)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return false;
    *value = q.value(0).toLongLong();
    return true;
}

} // namespace

QString Database::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Database::dbPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("tollgate.sqlite"));
}

bool Database::exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

DbOpenResult Database::open(const QString &path, const QString &connectionName)
{
    return openImpl(path, connectionName, kSchemaVersion, true);
}

DbOpenResult Database::openAtVersion(const QString &path, const QString &connectionName,
                                     int targetVersion)
{
    return openImpl(path, connectionName, qBound(1, targetVersion, kSchemaVersion), true);
}

DbOpenResult Database::openExisting(const QString &path, const QString &connectionName)
{
    return openImpl(path, connectionName, kSchemaVersion, false);
}

DbOpenResult Database::openImpl(const QString &path, const QString &connectionName,
                                int targetVersion, bool fullCheck)
{
    DbOpenResult r;
    const QString nativePath = QDir::toNativeSeparators(path);
    const QFileInfo fi(path);
    if (fi.exists() && fi.size() > 0 && !hasSqliteHeader(path)) {
        r.error = corruptMessage(path);
        return r;
    }
    if (!QDir().mkpath(fi.absolutePath())) {
        r.error = tr("Could not create the folder %1 for the database; check its permissions or "
                     "choose another folder with --data-dir.")
                      .arg(QDir::toNativeSeparators(fi.absolutePath()));
        return r;
    }

    // The connection handle must be gone before removeDatabase(), hence the inner function.
    bool needsMigration = false;
    const QString error = [&]() -> QString {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        if (!db.isValid())
            return tr("The SQLite driver for Qt is missing; install the Qt SQLite plugin "
                      "(libqt6sql6-sqlite) and start Tollgate again.");
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return tr("Could not open the database %1: %2.").arg(nativePath, db.lastError().text());

        // Nothing below may write until the file has been judged ours and sound.
        QString err;
        exec(db, QStringLiteral("PRAGMA query_only = 1"));
        qint64 tables = 0, version = 0, appId = 0;
        if (!queryInt(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &tables)
            || !queryInt(db, QStringLiteral("PRAGMA user_version"), &version)
            || !queryInt(db, QStringLiteral("PRAGMA application_id"), &appId))
            return corruptMessage(path);
        if ((appId != 0 && appId != kApplicationId) || (version == 0 && tables > 0))
            return corruptMessage(path);
        if (version > kSchemaVersion)
            return tr("The database %1 was written by a newer version of Tollgate (schema %2; "
                      "this version understands up to %3); it was left untouched. Update "
                      "Tollgate, or start it with --data-dir pointing to another folder.")
                .arg(nativePath)
                .arg(version)
                .arg(kSchemaVersion);
        if (!fullCheck && version < kSchemaVersion) {
            needsMigration = true;
            return QStringLiteral("migrate");
        }
        if (fullCheck && tables > 0) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()
                || q.value(0).toString() != QLatin1String("ok"))
                return corruptMessage(path);
        }
        exec(db, QStringLiteral("PRAGMA query_only = 0"));
        // A new file gets 16 KB pages (SQLite's default is 4 KB): the store is mostly appended
        // rows of about 600 bytes, and larger pages cut the writer's work per event by about a
        // sixth (fewer page splits, WAL frames and index levels). An existing file keeps its size.
        if (tables == 0)
            exec(db, QStringLiteral("PRAGMA page_size = %1").arg(kNewPageSize));

        {
            QSqlQuery mode(db);
            if (!mode.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !mode.next()
                || mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                return tr("Could not switch the database %1 to write-ahead logging; the folder "
                          "may be read-only or on a network drive. Choose a local folder with "
                          "--data-dir.")
                    .arg(nativePath);
        }
        exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
        exec(db, QStringLiteral("PRAGMA busy_timeout = 5000"));

        for (int v = static_cast<int>(version); v < targetVersion; ++v) {
            // IMMEDIATE takes the write lock up front, so two processes never half-migrate.
            if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &err))
                return tr("Could not upgrade the database %1 (it is busy or read-only): %2.")
                    .arg(nativePath, err);
            qint64 current = 0;
            queryInt(db, QStringLiteral("PRAGMA user_version"), &current);
            if (current > v) { // another process migrated meanwhile
                exec(db, QStringLiteral("ROLLBACK"));
                v = static_cast<int>(current) - 1;
                continue;
            }
            if (!kMigrations[v](db, &err)
                || !exec(db, QStringLiteral("PRAGMA user_version = %1").arg(v + 1), &err)
                || !exec(db, QStringLiteral("COMMIT"), &err)) {
                exec(db, QStringLiteral("ROLLBACK"));
                return tr("Could not upgrade the database %1 to schema %2: %3. The file is "
                          "unchanged; free some disk space or check permissions and start again.")
                    .arg(nativePath)
                    .arg(v + 1)
                    .arg(err);
            }
        }
        queryInt(db, QStringLiteral("PRAGMA user_version"), &version);
        r.schemaVersion = static_cast<int>(version);
        return QString();
    }();

    if (!error.isEmpty()) {
        close(connectionName);
        if (needsMigration) // not yet migrated by a full open: do that now
            return openImpl(path, connectionName, targetVersion, true);
        r.error = error;
        return r;
    }
    r.ok = true;
    return r;
}

void Database::close(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace tg
