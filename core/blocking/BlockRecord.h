#pragma once

#include "BlockTypes.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace tg {

// One block as recorded: one source address denied on one or more PBXes.
struct BlockRecord {
    qint64 id = 0;
    QString address;            // canonical BlockAddress text
    qint64 createdMs = 0;
    QString who;
    QString reason;
    qint64 alertId = 0;
    qint64 ttlS = 0;            // 0: until unblocked
    qint64 expiresMs = 0;       // 0: never
    BlockState state = BlockState::Pending;   // the whole block: see overall()
    qint64 endedMs = 0;         // unblocked or expired
    QString endedBy;

    struct Target {
        QString pbx;
        BlockBackend backend = BlockBackend::Auto;
        BlockState state = BlockState::Pending;
        QString detail;
        qint64 updatedMs = 0;
    };
    QVector<Target> targets;

    // Active while any PBX still blocks it; then Pending, Expired, Removed, Failed, Refused.
    BlockState overall() const;
    bool isExternal() const { return id == 0; }   // listed on a PBX, not made by Tollgate
    QJsonObject toJson() const;
};

using BlockRecordList = QVector<BlockRecord>;

} // namespace tg

Q_DECLARE_METATYPE(tg::BlockRecord)
Q_DECLARE_METATYPE(tg::BlockRecordList)
