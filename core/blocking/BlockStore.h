#pragma once

#include "BlockPlan.h"
#include "BlockRecord.h"
#include "BlockSettings.h"
#include "PbxOutcome.h"

#include <QString>
#include <QVector>

namespace tg {

// Blocks and per-PBX blocking settings in SQLite, on an already opened connection
// (Database::open / openExisting; one connection per thread). Every query is parameterized.
class BlockStore
{
public:
    explicit BlockStore(const QString &connectionName);

    // Records what a block plan did: one row per address that any PBX blocks or tried to block,
    // with its state on each PBX (refusals included). An address that is already recorded as
    // active is updated (new TTL, reason, who) rather than recorded twice. *ids gets the rows.
    bool recordBlock(const BlockPlan &plan, const QVector<PbxOutcome> &outcomes, qint64 nowMs,
                     QVector<qint64> *ids, QString *error);
    // Records what an unblock plan did on the rows of those addresses that are still in force.
    bool recordUnblock(const BlockPlan &plan, const QVector<PbxOutcome> &outcomes, qint64 nowMs, QString *error);
    // Records a block that was decided but not run (an automatic block over its rate limit):
    // refused on each of the request's PBXes, with `detail` saying why. *id gets the row.
    bool recordSkipped(const BlockRequest &request, const QString &detail, qint64 nowMs, qint64 *id, QString *error);
    // One PBX's state of one block (after expiry or a check); ends the block when no PBX holds it.
    bool setTargetState(qint64 id, const QString &pbx, BlockState state, const QString &detail, qint64 nowMs,
                        const QString &by, QString *error);

    // Compares the records in force on `pbx` with its listing: one that is no longer covered by
    // any listed entry becomes expired (past its time) or failed ("removed outside Tollgate").
    // Returns how many changed.
    int reconcile(const QString &pbx, const QVector<ListedBlock> &listing, qint64 nowMs);

    BlockRecordList list(bool includeEnded = true, int limit = 1000);
    BlockRecord byId(qint64 id);
    // In force (active or pending) on some PBX, newest first.
    BlockRecordList inForce();
    // Those made from an alert (any state), newest first.
    BlockRecordList fromAlerts(int limit = 1000);
    // In force and past their expiry time.
    BlockRecordList dueForExpiry(qint64 nowMs);

    bool saveSettings(const QString &pbx, const BlockSettings &settings, QString *error);
    // The stored settings over `defaults`, or `defaults` when none are stored.
    BlockSettings settings(const QString &pbx, const BlockSettings &defaults);

private:
    bool loadTargets(BlockRecord &r);
    bool upsertTarget(qint64 id, const PbxOutcome &o, const PbxOutcome::Item &item, qint64 nowMs, QString *error);
    bool refreshOverall(qint64 id, qint64 nowMs, const QString &by, QString *error);
    BlockRecordList query(const QString &where, const QVariantList &binds, int limit);

    QString m_connection;
};

} // namespace tg
