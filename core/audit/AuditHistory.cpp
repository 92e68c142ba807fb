#include "AuditHistory.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tg {

namespace {

bool fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

AuditHistory::AuditHistory(const QString &connectionName) : m_connection(connectionName) {}

qint64 AuditHistory::saveRun(const AuditResult &r, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO audit_runs (pbx, time_ms, type, version, score, critical, high, medium, "
                             "low, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.pbx);
    q.addBindValue(r.finishedUtc.isValid() ? r.finishedUtc.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(pbxTypeName(r.type));
    q.addBindValue(r.version);
    q.addBindValue(r.score());
    q.addBindValue(r.count(Severity::Critical));
    q.addBindValue(r.count(Severity::High));
    q.addBindValue(r.count(Severity::Medium));
    q.addBindValue(r.count(Severity::Low));
    q.addBindValue(QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        fail(q, error);
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QVector<AuditHistory::Run> AuditHistory::runs(const QString &pbx, int limit, QString *error) const
{
    QVector<Run> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id, pbx, time_ms, score, critical, high, medium, low FROM audit_runs "
                             "WHERE pbx = ? ORDER BY time_ms DESC, id DESC LIMIT ?"));
    q.addBindValue(pbx);
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(q, error);
        return out;
    }
    while (q.next())
        out << Run{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt(),
                   q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt(), q.value(7).toInt()};
    return out;
}

bool AuditHistory::loadRun(qint64 id, AuditResult *out, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT result FROM audit_runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(q, error);
    if (!q.next()) {
        if (error)
            *error = QStringLiteral("no audit %1").arg(id);
        return false;
    }
    *out = AuditResult::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return true;
}

qint64 AuditHistory::saveFix(const Fix &f, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO audit_fixes (pbx, time_ms, check_id, subject, file, backup_path, status, "
                             "who, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(f.pbx);
    q.addBindValue(f.timeMs ? f.timeMs : QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(f.check);
    q.addBindValue(f.subject);
    q.addBindValue(f.file);
    q.addBindValue(f.backupPath);
    q.addBindValue(f.status);
    q.addBindValue(f.who);
    q.addBindValue(f.detail);
    if (!q.exec()) {
        fail(q, error);
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool AuditHistory::setFixStatus(qint64 id, const QString &status, const QString &detail, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE audit_fixes SET status = ?, detail = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(detail);
    q.addBindValue(id);
    if (!q.exec())
        return fail(q, error);
    return q.numRowsAffected() == 1;
}

QVector<AuditHistory::Fix> AuditHistory::fixes(const QString &pbx, int limit, QString *error) const
{
    QVector<Fix> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id, pbx, time_ms, check_id, subject, file, backup_path, status, who, detail "
                             "FROM audit_fixes WHERE pbx = ? ORDER BY time_ms DESC, id DESC LIMIT ?"));
    q.addBindValue(pbx);
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(q, error);
        return out;
    }
    while (q.next())
        out << Fix{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                   q.value(4).toString(),   q.value(5).toString(), q.value(6).toString(),   q.value(7).toString(),
                   q.value(8).toString(),   q.value(9).toString()};
    return out;
}

} // namespace tg
