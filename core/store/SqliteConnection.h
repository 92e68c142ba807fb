#pragma once

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tg {

// A plain SQLite connection for the store writer's hot insert path, where QtSql's per-value
// QVariant and placeholder handling costs more than SQLite itself. Everything else (opening
// checks, migrations, readers, pruning) stays on QtSql; this only opens a file that
// Database::open() has already checked and migrated. One thread at a time.
class SqliteConnection
{
public:
    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    bool open(const QString &path, QString *error);
    void close();
    bool exec(const char *sql, QString *error = nullptr);
    QString lastError() const;
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

// A prepared statement reused for every row: bind, step(), and it resets itself.
// Text is converted to UTF-8 into per-column buffers that keep their capacity, so a row
// costs no allocation; null QStrings and QByteArrays go in as SQL NULL (as with QtSql).
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepare(SqliteConnection &db, const char *sql, QString *error);
    void finalize();

    // Columns count from 0, like QSqlQuery::bindValue(int, ...).
    void bind(int column, qint64 value);
    void bind(int column, double value);
    void bind(int column, const QString &text);
    void bindUtf8(int column, const std::string &text); // must outlive step()
    void bindBlob(int column, const QByteArray &bytes); // must outlive step()

    // Runs the statement (expects no result rows) and resets it for the next row.
    bool step(QString *error);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<std::string> m_text; // one buffer per column
};

} // namespace tg
