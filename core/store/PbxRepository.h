#pragma once

#include "PbxProfile.h"

#include <QString>

namespace tg {

// PBX profiles in SQLite on an already opened connection (Database::open / openExisting).
// Secrets are never stored here: they live in the keychain (SecretStore) under
// PbxProfile::secretKey() and sshSecretKey(); removing a profile does not remove them.
class PbxRepository
{
public:
    explicit PbxRepository(const QString &connectionName);

    PbxProfileList list();                          // ordered by name
    PbxProfile byName(const QString &name);         // id 0 when absent
    // Inserts (id == 0; sets p.id) or updates by id. Names are unique and non-empty.
    bool save(PbxProfile &p, QString *error);
    bool remove(const QString &name, QString *error);

private:
    QString m_connection;
};

} // namespace tg
