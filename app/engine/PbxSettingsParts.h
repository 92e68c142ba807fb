#pragma once

#include "PbxProfile.h"
#include "audit/AccessPolicy.h"
#include "blocking/BlockSettings.h"

#include <QHash>

namespace tg {

// The parts of a PBX's settings row (PbxSettingsTable) that the PBX dialog edits. Each part says
// how every PBX's value is read and how one value is checked and stored, on an open connection;
// the engine loads, saves and publishes them all the same way (Engine::publishPart/savePart).
struct AccessReviewPart {
    using Value = AccessPolicy;
    using Map = AccessPolicyMap;   // only the PBXes that have a stored policy
    static Map loadAll(const QString &connection, const PbxProfileList &profiles);
    static bool save(const QString &connection, const QString &pbx, const Value &value, QString *error);
};

struct BlockingPart {
    using Value = BlockSettings;
    using Map = QHash<QString, BlockSettings>;   // every PBX; the defaults where nothing is stored
    static Map loadAll(const QString &connection, const PbxProfileList &profiles);
    static bool save(const QString &connection, const QString &pbx, const Value &value, QString *error);
};

} // namespace tg
