#pragma once

#include "AccessPolicy.h"

namespace tg {

// AccessPolicy per PBX in the per-PBX settings row (PbxSettingsTable, key "access_review"), on an
// already opened connection; use it on that connection's thread.
class AccessPolicyStore
{
public:
    explicit AccessPolicyStore(const QString &connectionName) : m_connection(connectionName) {}

    // The stored policy; defaults (and *found false) when none was saved.
    AccessPolicy load(const QString &pbx, bool *found = nullptr);
    AccessPolicyMap all();
    bool save(const QString &pbx, const AccessPolicy &policy, QString *error);

private:
    QString m_connection;
};

} // namespace tg
