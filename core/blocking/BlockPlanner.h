#pragma once

#include "BlockPlan.h"
#include "PbxFacts.h"

namespace tg {

// Turns a request and what is known about each PBX into a plan. Pure: no I/O, so every rule
// and every command can be checked in a unit test.
class BlockPlanner
{
public:
    // Step 1, before any PBX is contacted: parse and de-duplicate the addresses (a network
    // absorbs the addresses inside it), refuse what is invalid or refused everywhere. A plan
    // with no addresses left has nothing to ask the PBXes.
    static BlockPlan validate(const BlockRequest &request, const BlockSettings &settings);
    // Step 2: the PBX part, from its facts and settings.
    static PbxPlan planPbx(const BlockPlan &plan, const PbxFacts &facts, const BlockSettings &settings);
    // The backend to use: the setting, or (Auto) the first available of nftables, iptables +
    // ipset, fail2ban. Auto when none is available.
    static BlockBackend chooseBackend(BlockBackend wanted, const QStringList &tools);
    static bool hasTools(BlockBackend backend, const QStringList &tools);
};

} // namespace tg
