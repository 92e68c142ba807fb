#include "WalCheckpointer.h"

#include "SqliteConnection.h"

#include <condition_variable>
#include <mutex>
#include <thread>

#include <sqlite3.h>

namespace tg {

struct WalCheckpointer::Private {
    SqliteConnection connection;
    sqlite3 *writer = nullptr;
    std::thread thread;
    std::mutex mutex;
    std::condition_variable wake;
    int backstopPages = 16000;
    bool farBehind = false; // writer's thread only
    bool due = false;       // guarded by mutex
    bool stopping = false;  // guarded by mutex
    int checkpoints = 0;    // guarded by mutex

    void run()
    {
        std::unique_lock<std::mutex> lock(mutex);
        for (;;) {
            wake.wait(lock, [this] { return due || stopping; });
            if (stopping)
                return;
            due = false;
            lock.unlock();
            sqlite3_wal_checkpoint_v2(connection.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            lock.lock();
            ++checkpoints;
        }
    }

    // SQLite's WAL hook: called on the writer's thread after each commit, with the WAL's size.
    static int onCommit(void *self, sqlite3 *db, const char *schema, int pages)
    {
        auto *p = static_cast<Private *>(self);
        Q_UNUSED(db);
        Q_UNUSED(schema);
        if (pages >= p->backstopPages) {
            p->farBehind = true;
        } else if (pages >= kThresholdPages) {
            std::lock_guard<std::mutex> lock(p->mutex);
            p->due = true;
            p->wake.notify_one();
        }
        return SQLITE_OK;
    }
};

WalCheckpointer::WalCheckpointer() : d(new Private) {}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

bool WalCheckpointer::start(const QString &path, sqlite3 *writer, QString *error)
{
    if (d->thread.joinable() || !d->connection.open(path, error))
        return d->thread.joinable();
    d->writer = writer;
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(writer, "PRAGMA page_size", -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW) {
        const qint64 pageSize = qMax<qint64>(512, sqlite3_column_int64(q, 0));
        d->backstopPages = int(kBackstopBytes / pageSize);
    }
    sqlite3_finalize(q);
    d->thread = std::thread([this] { d->run(); });
    sqlite3_wal_hook(writer, &Private::onCommit, d.get());
    return true;
}

void WalCheckpointer::stop()
{
    if (!d->thread.joinable())
        return;
    sqlite3_wal_autocheckpoint(d->writer, kThresholdPages);   // replaces our hook
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->stopping = true;
        d->wake.notify_one();
    }
    d->thread.join();
    d->connection.close();
}

void WalCheckpointer::checkpointIfFarBehind()
{
    if (!d->farBehind)
        return;
    d->farBehind = false;
    sqlite3_wal_checkpoint_v2(d->writer, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

int WalCheckpointer::checkpoints() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->checkpoints;
}

} // namespace tg
