#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

struct sqlite3;

namespace tg {

// Moves the WAL checkpoint off the store writer's thread. SQLite's automatic checkpoint runs
// inside the commit that crosses its threshold, so the writer stops inserting while pages are
// copied and the database file is synced (about an eighth of its time, plus the wait for the
// disk). Here the writer's connection only reports its WAL size; a second connection on its own
// thread checkpoints at the same threshold (PASSIVE: it never blocks the writer or readers).
// Durability is unchanged: commits are made durable by the WAL itself; a checkpoint only copies
// them into the main file. If this thread falls far behind, the writer checkpoints itself.
class WalCheckpointer
{
public:
    static constexpr int kThresholdPages = 1000;                 // SQLite's default auto-checkpoint
    static constexpr qint64 kBackstopBytes = 64 * 1024 * 1024;   // of WAL: then the writer steps in

    WalCheckpointer();
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Opens a connection to path and starts the thread; then takes over writer's checkpoints.
    bool start(const QString &path, sqlite3 *writer, QString *error);
    // Waits for a running checkpoint to end; the writer checkpoints for itself from then on.
    void stop();
    // On the writer's thread after a commit has been published: checkpoints there when the WAL has
    // passed the backstop (not inside the commit, which would hold back the commit's publication).
    void checkpointIfFarBehind();
    int checkpoints() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tg
