#pragma once

#include "AuditResult.h"

#include <QString>
#include <QVector>

namespace tg {

// The audit_runs and audit_fixes tables (schema v6): one row per audit and per guided fix.
// Uses a connection that Database::open() or openExisting() has opened on the caller's thread.
// Findings are stored as AuditResult JSON, whose evidence is already masked: no secret reaches SQLite.
class AuditHistory
{
public:
    struct Run {
        qint64 id = 0;
        QString pbx;
        qint64 timeMs = 0;
        int score = 0;
        int critical = 0, high = 0, medium = 0, low = 0;
    };
    struct Fix {
        qint64 id = 0;
        QString pbx;
        qint64 timeMs = 0;
        QString check;
        QString subject;
        QString file;
        QString backupPath;
        QString status;     // "applied", "verified", "failed", "rolled_back"
        QString who;
        QString detail;
    };

    explicit AuditHistory(const QString &connectionName);

    qint64 saveRun(const AuditResult &result, QString *error = nullptr);
    QVector<Run> runs(const QString &pbx, int limit = 50, QString *error = nullptr) const;
    bool loadRun(qint64 id, AuditResult *out, QString *error = nullptr) const;
    qint64 saveFix(const Fix &fix, QString *error = nullptr);
    bool setFixStatus(qint64 id, const QString &status, const QString &detail, QString *error = nullptr);
    QVector<Fix> fixes(const QString &pbx, int limit = 200, QString *error = nullptr) const;

private:
    QString m_connection;
};

} // namespace tg
