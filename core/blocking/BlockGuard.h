#pragma once

#include "BlockAddress.h"
#include "BlockSettings.h"
#include "BlockTypes.h"
#include "PbxFacts.h"

#include <QVector>

namespace tg {

// The refusal rules: what Tollgate never blocks, each with a sentence saying why.
class BlockGuard
{
public:
    // Rules that hold on every PBX: loopback, link-local, multicast, unspecified and reserved
    // ranges; networks broader than the settings allow; allowlisted ranges.
    static QVector<BlockRefusal> checkGeneral(const BlockAddress &address, const BlockSettings &settings);
    // Rules of one PBX: the admin's SSH source, the PBX's own addresses, its SIP trunk peers,
    // and what its backend cannot do (fail2ban bans single addresses only).
    static QVector<BlockRefusal> checkPbx(const BlockAddress &address, const PbxFacts &facts);
    static QVector<BlockRefusal> check(const BlockAddress &address, const BlockSettings &settings,
                                       const PbxFacts &facts);
};

} // namespace tg
