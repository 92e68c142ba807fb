#include "AccountActivityReader.h"

#include "Event.h"
#include "KeyedEventQuery.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <climits>

namespace tg {

AccountActivity AccountActivityReader::read(const QString &pbx, const QStringList &accounts, qint64 nowMs)
{
    AccountActivity a;
    a.nowMs = nowMs;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery since(db);
    // Oldest first through events_time: the first row of that PBX ends the walk.
    since.prepare(QStringLiteral("SELECT time_ms FROM events WHERE pbx = ? ORDER BY time_ms LIMIT 1"));
    since.addBindValue(pbx);
    if (!since.exec())
        return a;
    a.known = true;
    if (since.next())
        a.historySinceMs = since.value(0).toLongLong();

    // Newest first through the account's registrations, logins and call starts (event_keys), so
    // failures never have to be read; the first row of this PBX ends the walk.
    int asked = 0;
    EventFilter onPbx;
    onPbx.pbx = pbx;
    for (const QString &account : accounts) {
        if (account.isEmpty() || a.lastSeenMs.contains(account) || ++asked > kMaxAccounts)
            continue;
        QString error;
        const EventList last =
            KeyedEventQuery(db, EventKeyField::ActiveAccount, account, onPbx).page(LLONG_MAX, LLONG_MAX, 0, 1, &error);
        if (!last.isEmpty())
            a.lastSeenMs.insert(account, last.first().timeMs);
    }
    return a;
}

} // namespace tg
