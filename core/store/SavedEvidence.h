#pragma once

#include <QList>

#include <unordered_map>
#include <vector>

namespace tg {

// The evidence rows of each alert as this writer last committed them. An alert is saved again
// and again while it is open (every quarter second under attack) with up to 50 evidence ids, of
// which one or two changed; writing the difference instead of deleting and re-inserting all of
// them took the store writer's alert work from about a third of its time to a little.
// Not thread-safe: the writer thread's alone. Changes are staged per transaction and kept only
// once it commits, so a rolled-back batch is written in full again.
class SavedEvidence
{
public:
    struct Change {
        bool rewrite = false;          // not known: delete all rows of the alert, insert `add`
        std::vector<qint64> remove;    // rows to delete (when not rewriting)
        std::vector<qint64> add;       // rows to insert
    };

    // What turns the alert's saved rows into `evidence`; staged as the alert's rows.
    Change change(qint64 alertId, const QList<qint64> &evidence);
    void commit();   // the transaction committed: staged rows are now saved
    void rollback(); // it did not: forget what was staged
    void clear();    // rows may have changed behind the writer (pruning)

    static constexpr size_t kMaxAlerts = 20000;   // past this, forget all (they are rewritten once)

private:
    using Rows = std::vector<qint64>;   // sorted
    std::unordered_map<qint64, Rows> m_saved;
    std::unordered_map<qint64, Rows> m_staged;
};

} // namespace tg
