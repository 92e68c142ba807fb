#include "AlertRepository.h"

#include "Clock.h"
#include "Database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tg {

namespace {

const char kSelect[] =
    "SELECT a.id, a.pbx, a.rule, a.subject, a.severity, a.status, a.first_seen_ms,"
    " a.last_seen_ms, a.count, a.title, a.explanation, a.suggested_action, a.estimated_cost,"
    " a.note, (SELECT group_concat(event_id) FROM"
    "  (SELECT event_id FROM alert_evidence e WHERE e.alert_id = a.id ORDER BY event_id))"
    " FROM alerts a";

QString failure(const QSqlQuery &q)
{
    return QCoreApplication::translate("tg::AlertRepository", "Could not read or update alerts: %1.")
        .arg(q.lastError().text());
}

Alert alertFromQuery(const QSqlQuery &q)
{
    Alert a;
    a.id = q.value(0).toLongLong();
    a.pbx = q.value(1).toString();
    a.rule = q.value(2).toString();
    a.subject = q.value(3).toString();
    a.severity = static_cast<Severity>(qBound(0, q.value(4).toInt(), 4));
    a.status = alertStatusFromName(q.value(5).toString());
    a.firstSeenMs = q.value(6).toLongLong();
    a.lastSeenMs = q.value(7).toLongLong();
    a.count = q.value(8).toInt();
    a.title = q.value(9).toString();
    a.explanation = q.value(10).toString();
    a.suggestedAction = q.value(11).toString();
    a.estimatedCost = q.value(12).toDouble();
    a.note = q.value(13).toString();
    const QString evidence = q.value(14).toString();
    if (!evidence.isEmpty()) {
        const auto ids = QStringView(evidence).split(QLatin1Char(','));
        a.evidence.reserve(ids.size());
        for (const auto &id : ids)
            a.evidence.append(id.toLongLong());
    }
    return a;
}

} // namespace

AlertRepository::AlertRepository(const QString &connectionName) : m_connection(connectionName) {}

QString AlertRepository::error() const
{
    return m_error;
}

void AlertRepository::setNowMs(qint64 nowMs)
{
    m_nowMs = nowMs;
}

AlertList AlertRepository::list(const AlertFilter &f, int limit)
{
    AlertList out;
    QStringList parts;
    QVariantList values;
    if (!f.pbx.isEmpty()) {
        parts << QStringLiteral("a.pbx = ?");
        values << f.pbx;
    }
    if (!f.rule.isEmpty()) {
        parts << QStringLiteral("a.rule = ?");
        values << f.rule;
    }
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (AlertStatus s : f.statuses) {
            marks << QStringLiteral("?");
            values << alertStatusName(s);
        }
        parts << QStringLiteral("a.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (f.minSeverity != Severity::Info) {
        parts << QStringLiteral("a.severity >= ?");
        values << static_cast<int>(f.minSeverity);
    }
    if (f.activeFromMs > 0) {
        parts << QStringLiteral("a.last_seen_ms >= ?");
        values << f.activeFromMs;
    }
    if (f.activeToMs > 0) {
        parts << QStringLiteral("a.first_seen_ms < ?");
        values << f.activeToMs;
    }
    if (!f.text.isEmpty()) {
        QString t = f.text;
        t.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        t.replace(QLatin1Char('%'), QLatin1String("\\%"));
        t.replace(QLatin1Char('_'), QLatin1String("\\_"));
        const QString pattern = QLatin1Char('%') + t + QLatin1Char('%');
        parts << QStringLiteral("(a.subject LIKE ? ESCAPE '\\' OR a.title LIKE ? ESCAPE '\\'"
                                " OR a.note LIKE ? ESCAPE '\\')");
        values << pattern << pattern << pattern;
    }
    QString sql = QLatin1String(kSelect);
    if (!parts.isEmpty())
        sql += QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY a.last_seen_ms DESC, a.id DESC LIMIT ?");
    values << limit;

    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_error = failure(q);
        return out;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = failure(q);
        return out;
    }
    while (q.next())
        out.append(alertFromQuery(q));
    return out;
}

Alert AlertRepository::byId(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE a.id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = failure(q);
        return {};
    }
    return q.next() ? alertFromQuery(q) : Alert{};
}

bool AlertRepository::setStatus(qint64 id, AlertStatus s, const QString &who, const QString &note)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QString err;
    if (!Database::exec(db, QStringLiteral("BEGIN IMMEDIATE"), &err)) {
        m_error = QCoreApplication::translate("tg::AlertRepository",
                                              "Could not update alert %1 (the database is busy or "
                                              "read-only): %2.")
                      .arg(id)
                      .arg(err);
        return false;
    }
    auto rollback = [&](const QSqlQuery &q) {
        m_error = failure(q);
        Database::exec(db, QStringLiteral("ROLLBACK"));
        return false;
    };
    QSqlQuery up(db);
    up.prepare(note.isEmpty() ? QStringLiteral("UPDATE alerts SET status = ? WHERE id = ?")
                              : QStringLiteral("UPDATE alerts SET status = ?, note = ? WHERE id = ?"));
    up.addBindValue(alertStatusName(s));
    if (!note.isEmpty())
        up.addBindValue(note);
    up.addBindValue(id);
    if (!up.exec())
        return rollback(up);
    if (up.numRowsAffected() != 1) {
        Database::exec(db, QStringLiteral("ROLLBACK"));
        m_error = QCoreApplication::translate("tg::AlertRepository",
                                              "Alert %1 no longer exists; refresh the alert list.")
                      .arg(id);
        return false;
    }
    QSqlQuery hist(db);
    hist.prepare(QStringLiteral("INSERT INTO alert_history (alert_id, time_ms, who, status, note)"
                                " VALUES (?, ?, ?, ?, ?)"));
    hist.addBindValue(id);
    hist.addBindValue(m_nowMs > 0 ? m_nowMs : Clock::system().nowMs());
    hist.addBindValue(who);
    hist.addBindValue(alertStatusName(s));
    hist.addBindValue(note);
    if (!hist.exec())
        return rollback(hist);
    if (!Database::exec(db, QStringLiteral("COMMIT"), &err)) {
        Database::exec(db, QStringLiteral("ROLLBACK"));
        m_error = QCoreApplication::translate("tg::AlertRepository", "Could not update alert %1: %2.")
                      .arg(id)
                      .arg(err);
        return false;
    }
    m_error.clear();
    return true;
}

QVector<AlertHistoryEntry> AlertRepository::history(qint64 alertId)
{
    QVector<AlertHistoryEntry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT alert_id, time_ms, who, status, note FROM alert_history"
                             " WHERE alert_id = ? ORDER BY time_ms, id"));
    q.addBindValue(alertId);
    if (!q.exec()) {
        m_error = failure(q);
        return out;
    }
    while (q.next()) {
        AlertHistoryEntry h;
        h.alertId = q.value(0).toLongLong();
        h.timeMs = q.value(1).toLongLong();
        h.who = q.value(2).toString();
        h.status = alertStatusFromName(q.value(3).toString());
        h.note = q.value(4).toString();
        out.append(h);
    }
    return out;
}

} // namespace tg
