#include "PbxSettingsParts.h"

#include "audit/AccessPolicyStore.h"
#include "blocking/BlockStore.h"

namespace tg {

AccessReviewPart::Map AccessReviewPart::loadAll(const QString &connection, const PbxProfileList &)
{
    return AccessPolicyStore(connection).all();
}

bool AccessReviewPart::save(const QString &connection, const QString &pbx, const Value &value, QString *error)
{
    return AccessPolicyStore(connection).save(pbx, value, error);
}

BlockingPart::Map BlockingPart::loadAll(const QString &connection, const PbxProfileList &profiles)
{
    BlockStore store(connection);
    Map all;
    for (const PbxProfile &p : profiles)
        all.insert(p.name, store.settings(p.name, BlockSettings::defaultsFor(p)));
    return all;
}

bool BlockingPart::save(const QString &connection, const QString &pbx, const Value &value, QString *error)
{
    return value.validate(error) && BlockStore(connection).saveSettings(pbx, value, error);
}

} // namespace tg
