#include "AccountActivityReader.h"

#include "Event.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace tg {

AccountActivity AccountActivityReader::read(const QString &pbx, const QStringList &accounts, qint64 nowMs)
{
    AccountActivity a;
    a.nowMs = nowMs;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery since(db);
    since.prepare(QStringLiteral("SELECT MIN(time_ms) FROM events WHERE pbx = ?"));
    since.addBindValue(pbx);
    if (!since.exec())
        return a;
    a.known = true;
    if (since.next())
        a.historySinceMs = since.value(0).toLongLong();

    // Newest first through (account, time_ms): the first row of a wanted kind ends the walk.
    QSqlQuery last(db);
    last.prepare(QStringLiteral("SELECT time_ms FROM events WHERE account = ? AND pbx = ? AND kind IN (?, ?, ?) "
                                "ORDER BY time_ms DESC LIMIT 1"));
    int asked = 0;
    for (const QString &account : accounts) {
        if (account.isEmpty() || a.lastSeenMs.contains(account) || ++asked > kMaxAccounts)
            continue;
        last.addBindValue(account);
        last.addBindValue(pbx);
        last.addBindValue(eventKindName(EventKind::Registration));
        last.addBindValue(eventKindName(EventKind::AuthSuccess));
        last.addBindValue(eventKindName(EventKind::CallStart));
        if (last.exec() && last.next())
            a.lastSeenMs.insert(account, last.value(0).toLongLong());
        last.finish();
    }
    return a;
}

} // namespace tg
