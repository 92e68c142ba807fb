#include "AccessPolicyStore.h"

#include "store/PbxSettingsTable.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace tg {

namespace {
const QString kKey = QStringLiteral("access_review");
}

AccessPolicy AccessPolicyStore::load(const QString &pbx, bool *found)
{
    const QJsonObject o = PbxSettingsTable::load(m_connection, pbx);
    if (found)
        *found = o.contains(kKey);
    return AccessPolicy::fromJson(o.value(kKey).toObject());
}

AccessPolicyMap AccessPolicyStore::all()
{
    AccessPolicyMap out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT pbx FROM block_settings")))
        return out;
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    for (const QString &pbx : std::as_const(names)) {
        bool found = false;
        const AccessPolicy p = load(pbx, &found);
        if (found)
            out.insert(pbx, p);
    }
    return out;
}

bool AccessPolicyStore::save(const QString &pbx, const AccessPolicy &policy, QString *error)
{
    return PbxSettingsTable::merge(m_connection, pbx, QJsonObject{{kKey, policy.toJson()}}, error);
}

} // namespace tg
