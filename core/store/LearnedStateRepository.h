#pragma once

#include "LearnedState.h"

#include <QString>

namespace tg {

// Saves and loads the detectors' long-term learning (LearnedState) in the learned_state table
// (schema v7), on an already opened connection (Database::open / openExisting); use it on that
// connection's thread. A save replaces the whole previous state in one transaction. Rows are
// JSON; a row that does not parse (a hand-edited file) is skipped, never trusted. Bounded: at
// most kMaxRows rows are written or read.
class LearnedStateRepository
{
public:
    static constexpr int kMaxRows = 250000;

    explicit LearnedStateRepository(const QString &connectionName);

    bool save(const LearnedState &state, qint64 nowMs, QString *error = nullptr);
    LearnedState load(QString *error = nullptr);

private:
    QString m_connection;
};

} // namespace tg
