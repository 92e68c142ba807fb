#pragma once

#include "BlockPlan.h"
#include "BlockSettings.h"
#include "PbxFacts.h"
#include "PbxOutcome.h"

#include <functional>

namespace tg {

// The steps on one PBX, run in order through a command runner (SSH in the application, a fake
// in unit tests). Synchronous: call it where blocking is fine (an SSH worker thread).
class BlockProcedure
{
public:
    using Runner = std::function<CommandResult(const RemoteCommand &)>;

    BlockProcedure(QString pbx, BlockSettings settings, Runner runner);

    // Gathers the facts and plans this PBX's part of a validated plan. A plan with no valid
    // address left runs nothing at all.
    PbxPlan prepare(const BlockPlan &plan);
    // Where the PBX sees us from, its addresses and tools, the backend to use and its current
    // listing; with `trunks`, also its SIP trunk peers (configuration files, names resolved).
    PbxFacts gatherFacts(bool trunks);
    // Runs the PBX's part of the plan, then lists to see what really happened.
    PbxOutcome apply(const BlockPlan &plan, const PbxPlan &pbxPlan);
    // Unblocks `addresses` now and verifies: the TTL's end for backends whose entries do not
    // expire by themselves with Tollgate's duration (fail2ban keeps its jail's bantime).
    PbxOutcome lift(BlockBackend backend, const QVector<BlockAddress> &addresses);
    // The backend's listing. False (with a sentence) when it could not be read.
    bool list(BlockBackend backend, QVector<ListedBlock> *blocks, QString *error);

    int commandsRun() const { return m_commandsRun; }

private:
    CommandResult run(const RemoteCommand &command);
    QString failure(const RemoteCommand &command, const CommandResult &result) const;
    void readTrunks(PbxFacts &facts);

    QString m_pbx;
    BlockSettings m_settings;
    Runner m_runner;
    int m_commandsRun = 0;
};

} // namespace tg
