#include "ForwardQueue.h"

#include "Translations.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tg {

namespace {
QString tr(const char *text)
{
    return Translations::lookup({"tg::ForwardQueue", "tg"}, text);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("forward-queue-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

ForwardQueue::ForwardQueue(QString path, qint64 maxMessages)
    : m_path(std::move(path)), m_connection(nextConnectionName()), m_max(qMax<qint64>(2, maxMessages))
{
}

ForwardQueue::~ForwardQueue()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool ForwardQueue::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(sql))
        return true;
    m_lastError = q.lastError().text();
    return false;
}

qint64 ForwardQueue::scalar(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

bool ForwardQueue::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    bool ok = db.open();
    if (ok) {
        exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
        // WAL + NORMAL: a commit survives Tollgate being killed; only a power cut can lose the last ones.
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        ok = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                                 "message BLOB NOT NULL)"))
            && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)"));
    }
    if (!ok) {
        *error = tr("Cannot open the forwarding queue %1: %2. Check that the data folder is writable.")
                     .arg(m_path, m_lastError.isEmpty() ? db.lastError().text() : m_lastError);
        return false;
    }
    m_count = scalar(QStringLiteral("SELECT COUNT(*) FROM messages"));
    m_droppedTotal = scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'dropped'"));
    m_open = true;
    return true;
}

qint64 ForwardQueue::append(const QVector<QByteArray> &messages, const DroppedNotice &notice)
{
    if (!m_open || messages.isEmpty())
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // When they do not all fit, the oldest go (queued ones first, then the batch's own) and one
    // place is kept for the notice that says how many went.
    const qint64 n = messages.size();
    const qint64 needDrop = m_count + n > m_max ? m_count + n + 1 - m_max : 0;
    const qint64 dropOld = qMin(needDrop, m_count);
    const qint64 skipNew = needDrop - dropOld;
    const qint64 dropped = needDrop;

    db.transaction();
    bool ok = true;
    if (dropOld > 0) {
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM messages WHERE id IN (SELECT id FROM messages ORDER BY id LIMIT ?)"));
        del.addBindValue(dropOld);
        ok = del.exec();
    }
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO messages (message) VALUES (?)"));
    for (qint64 i = skipNew; ok && i < messages.size(); ++i) {
        ins.bindValue(0, messages.at(int(i)));
        ok = ins.exec();
    }
    qint64 added = n - skipNew;
    if (ok && dropped > 0) {
        ins.bindValue(0, notice ? notice(dropped) : QByteArray());
        ok = ins.exec();
        ++added;
        QSqlQuery meta(db);
        meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('dropped', ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = value + excluded.value"));
        meta.addBindValue(dropped);
        ok = ok && meta.exec();
    }
    if (!ok || !db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return 0;
    }
    m_count += added - dropOld;
    m_droppedTotal += dropped;
    return dropped;
}

QVector<ForwardQueue::Item> ForwardQueue::peek(int max, qint64 afterId) const
{
    QVector<Item> items;
    if (!m_open || max <= 0)
        return items;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, message FROM messages WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(max);
    if (!q.exec())
        return items;
    while (q.next())
        items.append({q.value(0).toLongLong(), q.value(1).toByteArray()});
    return items;
}

void ForwardQueue::remove(const QVector<qint64> &ids)
{
    if (!m_open || ids.isEmpty())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    qint64 removed = 0;
    for (qint64 id : ids) {
        del.bindValue(0, id);
        if (del.exec())
            removed += del.numRowsAffected();
    }
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return;
    }
    m_count -= removed;
}

} // namespace tg
