#pragma once

// Small helpers shared by the store tests (header-only, test code).

#include "Event.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace tg::testutil {

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline qint64 scalar(const QString &connection, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

inline QString text(const QString &connection, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<error: %1>").arg(sql);
    return q.value(0).toString();
}

inline Event makeEvent(qint64 timeMs, const QString &ip = QStringLiteral("203.0.113.7"),
                       EventKind kind = EventKind::AuthFailure,
                       const QString &account = QStringLiteral("1001"),
                       const QString &pbx = QStringLiteral("office"))
{
    Event e;
    e.timeMs = timeMs;
    e.pbx = pbx;
    e.kind = kind;
    e.type = QStringLiteral("InvalidPassword");
    e.service = QStringLiteral("PJSIP");
    e.srcIp = ip;
    e.srcPort = 5060;
    e.transport = QStringLiteral("UDP");
    e.account = account;
    e.userAgent = QStringLiteral("friendly-scanner");
    e.raw = QByteArrayLiteral("Event: InvalidPassword\r\nAccountID: ") + account.toUtf8()
        + QByteArrayLiteral("\r\n\r\n");
    return e;
}

} // namespace tg::testutil
