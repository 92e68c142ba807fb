#include "SqliteConnection.h"

#include <QDir>

#include <sqlite3.h>

namespace tg {

namespace {

// UTF-16 to UTF-8 into a buffer that keeps its capacity. Event fields are nearly always
// ASCII, so that is a byte copy; anything else goes through Qt's converter.
void toUtf8(const QString &s, std::string &out)
{
    const qsizetype n = s.size();
    out.resize(size_t(n));
    const QChar *src = s.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = src[i].unicode();
        if (c >= 0x80) {
            const QByteArray utf8 = s.toUtf8();
            out.assign(utf8.constData(), size_t(utf8.size()));
            return;
        }
        out[size_t(i)] = char(c);
    }
}

QString errorOf(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no database connection");
}

} // namespace

SqliteConnection::~SqliteConnection()
{
    close();
}

bool SqliteConnection::open(const QString &path, QString *error)
{
    close();
    const QByteArray native = QDir::toNativeSeparators(path).toUtf8();
    const int rc = sqlite3_open_v2(native.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = errorOf(m_db);
        close();
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    return exec("PRAGMA synchronous = NORMAL", error);
}

void SqliteConnection::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool SqliteConnection::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = message ? QString::fromUtf8(message) : errorOf(m_db);
    sqlite3_free(message);
    return false;
}

QString SqliteConnection::lastError() const
{
    return errorOf(m_db);
}

SqliteStatement::~SqliteStatement()
{
    finalize();
}

bool SqliteStatement::prepare(SqliteConnection &db, const char *sql, QString *error)
{
    finalize();
    m_db = db.handle();
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = errorOf(m_db);
        m_stmt = nullptr;
        return false;
    }
    m_text.assign(size_t(sqlite3_bind_parameter_count(m_stmt)), std::string());
    return true;
}

void SqliteStatement::finalize()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

void SqliteStatement::bind(int column, qint64 value)
{
    sqlite3_bind_int64(m_stmt, column + 1, value);
}

void SqliteStatement::bind(int column, double value)
{
    sqlite3_bind_double(m_stmt, column + 1, value);
}

void SqliteStatement::bind(int column, const QString &text)
{
    if (text.isNull()) {
        sqlite3_bind_null(m_stmt, column + 1);
        return;
    }
    std::string &buf = m_text[size_t(column)];
    toUtf8(text, buf);
    sqlite3_bind_text(m_stmt, column + 1, buf.data(), int(buf.size()), SQLITE_STATIC);
}

void SqliteStatement::bindUtf8(int column, const std::string &text)
{
    sqlite3_bind_text(m_stmt, column + 1, text.data(), int(text.size()), SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int column, const QByteArray &bytes)
{
    if (bytes.isNull())
        sqlite3_bind_null(m_stmt, column + 1);
    else if (bytes.isEmpty())
        sqlite3_bind_zeroblob(m_stmt, column + 1, 0);
    else
        sqlite3_bind_blob(m_stmt, column + 1, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

bool SqliteStatement::step(QString *error)
{
    const int rc = sqlite3_step(m_stmt);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok && error)
        *error = errorOf(m_db);
    sqlite3_reset(m_stmt);
    return ok;
}

} // namespace tg
