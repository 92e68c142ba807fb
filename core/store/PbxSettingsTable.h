#pragma once

#include <QJsonObject>
#include <QString>

namespace tg {

// The per-PBX settings row (table block_settings: pbx, settings JSON). Each part of Tollgate owns
// its keys in that object (BlockSettings its blocking keys, AccessPolicy "access_review"), so a
// save merges its keys into the stored object and leaves the others alone.
class PbxSettingsTable
{
public:
    // The stored object; empty when there is none (or it is not valid JSON).
    static QJsonObject load(const QString &connection, const QString &pbx, bool *found = nullptr);
    // Stores `part`'s keys over the stored object in one statement.
    static bool merge(const QString &connection, const QString &pbx, const QJsonObject &part, QString *error);
};

} // namespace tg
