#pragma once

#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QVector>

namespace tg {

// What `tollgate-cli db check` reports about a database file.
struct DbCheckReport {
    bool ok = false;
    QString path;
    QString error;          // a sentence when !ok
    int schemaVersion = 0;
    QString integrity;      // "ok" or the first problems PRAGMA integrity_check found
    QVector<QPair<QString, qint64>> rowCounts;  // per Tollgate table

    QJsonObject toJson() const;
    QString toText() const;
};

// Read-only: opens the file read-only, never migrates or modifies it.
DbCheckReport checkDatabase(const QString &path);

} // namespace tg
