#pragma once

#include "Alert.h"
#include "Event.h"
#include "LearnedState.h"

#include <QObject>
#include <QString>

#include <memory>

namespace tg {

class Clock;

// The only writer of events and alerts. It owns a thread; all its SQL runs there, in one
// transaction per batch. Producers on any thread append and get the row id at once; a batch
// commits at least every flushIntervalMs, so a killed process loses at most that much.
// Signals are emitted from the writer thread (queued to receivers on other threads).
class StoreWriter : public QObject
{
    Q_OBJECT
public:
    explicit StoreWriter(const QString &path, QObject *parent = nullptr);
    ~StoreWriter() override; // flushes and stops

    // Opens (and if needed creates and migrates) the database on the writer thread; blocks
    // until that is done. On failure *error is a sentence for the user.
    bool start(QString *error);
    bool isRunning() const;
    // Commits everything queued and stops the thread; appends after this return 0.
    void stop();
    QString path() const;

    qint64 appendEvent(const Event &e);       // thread-safe; returns the row id (0 when not running)
    void appendEvents(EventList &events);     // thread-safe; sets each id, one lock for the lot
    // Thread-safe; inserts (id == 0 assigns one) or updates. An update keeps the stored status
    // and note, which belong to the analyst (AlertRepository::setStatus). Evidence is replaced.
    qint64 saveAlert(const Alert &a);

    // Thread-safe; replaces the stored learned state (LearnedStateRepository) after the next batch.
    // Only the newest queued state is written.
    void saveLearnedState(const LearnedState &state);

    void flush();                             // blocks until everything queued so far is committed
    void setFlushIntervalMs(int ms);          // default 250; batches commit at least this often
    int flushIntervalMs() const;

    int retentionDays() const;                // 0 = keep forever; default 90
    void setRetentionDays(int days);
    // Deletes events (and closed alerts) older than the retention now; blocks; returns the number
    // of events deleted. The writer also prunes by itself every few minutes.
    qint64 pruneNow();
    void setClock(const Clock *clock);        // for retention; default Clock::system()

    qint64 lastCommittedEventId() const;      // highest event id known to be committed
    qint64 committedTransactions() const;     // transactions committed since start()

Q_SIGNALS:
    void committed(int events, int alerts);   // after each transaction
    void failed(const QString &error);        // a sentence; e.g. disk full

private:
    struct Private;
    std::unique_ptr<Private> d;
    void run();
};

} // namespace tg
