#pragma once

#include "BlockAddress.h"
#include "BlockSettings.h"
#include "BlockTypes.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tg {

// What the user (or a rule, later) asks for.
struct BlockRequest {
    enum class Action : int { Block = 0, Unblock };
    Action action = Action::Block;
    QStringList addresses;   // as typed or taken from alerts; validated before anything else
    QStringList pbxes;
    qint64 ttlS = 0;         // 0: until unblocked
    QString reason;
    QString who;             // the local user name
    qint64 alertId = 0;      // the alert it came from, 0 when typed by hand
};

// The part of a plan for one PBX: exactly what will run there, and what will not and why.
struct PbxPlan {
    QString pbx;
    BlockBackend backend = BlockBackend::Auto;
    BlockSettings settings;
    QVector<BlockAddress> addresses;      // to block or unblock here
    QVector<BlockAddress> replaced;       // smaller entries the new networks absorb (nftables)
    QVector<BlockRefusal> refusals;
    struct Covered {
        BlockAddress address;
        QString by;                       // the listed entry that already covers it
    };
    QVector<Covered> covered;             // already blocked by a broader entry: nothing to do
    QVector<BlockAddress> absent;         // unblock: not blocked here, nothing to do
    QVector<RemoteCommand> commands;      // in order
    RemoteCommand verify;                 // the listing that confirms the result
    QStringList notes;
    QString error;                        // nothing can run on this PBX (unreachable, no backend)

    bool hasWork() const { return error.isEmpty() && !commands.isEmpty(); }
};

struct BlockPlan {
    BlockRequest request;
    QVector<BlockAddress> addresses;      // the valid, de-duplicated request
    QVector<BlockRefusal> invalid;        // refused before any PBX was asked
    QVector<PbxPlan> pbxes;

    bool hasWork() const
    {
        for (const PbxPlan &p : pbxes)
            if (p.hasWork())
                return true;
        return false;
    }
    // The whole plan as text: per PBX its backend, commands (with their input), refusals, notes.
    QString text() const;
};

} // namespace tg

Q_DECLARE_METATYPE(tg::BlockRequest)
Q_DECLARE_METATYPE(tg::BlockPlan)
