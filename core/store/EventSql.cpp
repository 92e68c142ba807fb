#include "EventSql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace tg::eventsql {

const char kColumns[] = "id, time_ms, pbx, kind, type, service, src_ip, src_port, transport,"
                        " account, user_agent, destination, call_id, detail, duration_ms,"
                        " billsec, cost";

namespace {

// Escapes LIKE wildcards so the user's text is matched literally.
QString likePattern(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    t.replace(QLatin1Char('%'), QLatin1String("\\%"));
    t.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + t + QLatin1Char('%');
}

} // namespace

void Where::add(const QString &term)
{
    sql += (sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + term;
}

Where where(const EventFilter &f)
{
    Where w;
    if (!f.pbx.isEmpty()) {
        w.add(QStringLiteral("pbx = ?"));
        w.values << f.pbx;
    }
    if (!f.srcIp.isEmpty()) {
        w.add(QStringLiteral("src_ip = ?"));
        w.values << f.srcIp;
    }
    if (!f.account.isEmpty()) {
        w.add(QStringLiteral("account = ?"));
        w.values << f.account;
    }
    if (!f.kinds.isEmpty()) {
        QStringList marks;
        for (EventKind k : f.kinds) {
            marks << QStringLiteral("?");
            w.values << eventKindName(k);
        }
        w.add(QStringLiteral("kind IN (%1)").arg(marks.join(QLatin1Char(','))));
    }
    if (f.fromMs > 0) {
        w.add(QStringLiteral("time_ms >= ?"));
        w.values << f.fromMs;
    }
    if (f.toMs > 0) {
        w.add(QStringLiteral("time_ms < ?"));
        w.values << f.toMs;
    }
    if (!f.text.isEmpty()) {
        QStringList ors;
        const QString pattern = likePattern(f.text);
        for (const char *col : {"type", "account", "src_ip", "user_agent", "destination",
                                "call_id", "detail"}) {
            ors << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(col));
            w.values << pattern;
        }
        w.add(QLatin1Char('(') + ors.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    return w;
}

Event fromQuery(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.timeMs = q.value(1).toLongLong();
    e.pbx = q.value(2).toString();
    e.kind = eventKindFromName(q.value(3).toString());
    e.type = q.value(4).toString();
    e.service = q.value(5).toString();
    e.srcIp = q.value(6).toString();
    e.srcPort = static_cast<quint16>(q.value(7).toUInt());
    e.transport = q.value(8).toString();
    e.account = q.value(9).toString();
    e.userAgent = q.value(10).toString();
    e.destination = q.value(11).toString();
    e.callId = q.value(12).toString();
    e.detail = q.value(13).toString();
    e.durationMs = q.value(14).toLongLong();
    e.billSec = q.value(15).toLongLong();
    e.cost = q.value(16).toDouble();
    return e;
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = QCoreApplication::translate("tg::EventReader", "Could not read events: %1.")
                     .arg(q.lastError().text());
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = QCoreApplication::translate("tg::EventReader", "Could not read events: %1.")
                     .arg(q.lastError().text());
        return false;
    }
    return true;
}

} // namespace tg::eventsql
