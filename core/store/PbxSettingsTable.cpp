#include "PbxSettingsTable.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tg {

QJsonObject PbxSettingsTable::load(const QString &connection, const QString &pbx, bool *found)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.prepare(QStringLiteral("SELECT settings FROM block_settings WHERE pbx = ?"));
    q.addBindValue(pbx);
    const bool ok = q.exec() && q.next();
    if (found)
        *found = ok;
    return ok ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object() : QJsonObject();
}

bool PbxSettingsTable::merge(const QString &connection, const QString &pbx, const QJsonObject &part, QString *error)
{
    // json_patch (RFC 7396) replaces the keys `part` has and keeps the rest; an unreadable
    // stored value is replaced rather than blocking every later save.
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.prepare(QStringLiteral("INSERT INTO block_settings (pbx, settings) VALUES (?, ?) ON CONFLICT(pbx) DO UPDATE "
                             "SET settings = json_patch(CASE WHEN json_valid(settings) THEN settings ELSE '{}' END, "
                             "excluded.settings)"));
    q.addBindValue(pbx);
    q.addBindValue(QString::fromUtf8(QJsonDocument(part).toJson(QJsonDocument::Compact)));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace tg
