#pragma once

#include "BlockTypes.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tg {

// What happened on one PBX when a plan ran, as its backend's listing shows it afterwards.
struct PbxOutcome {
    QString pbx;
    BlockBackend backend = BlockBackend::Auto;
    bool ok = false;            // every command succeeded and the listing confirms every address
    QString error;              // a sentence: what failed there and what to do next
    struct Item {
        QString address;
        BlockState state = BlockState::Failed;
        QString detail;         // why (refusal, covering entry, failure)
    };
    QVector<Item> items;
    bool listed = false;
    QVector<ListedBlock> listing;   // the listing after the change
    QStringList commands;           // what ran, as shown in the plan
};

} // namespace tg

Q_DECLARE_METATYPE(tg::PbxOutcome)
