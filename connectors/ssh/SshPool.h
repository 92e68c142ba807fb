#pragma once

#include "KnownHostsStore.h"
#include "SshTypes.h"

#include <QMutex>
#include <QObject>
#include <QQueue>
#include <QVector>
#include <QWaitCondition>

#include <functional>

namespace tg {

class SshSession;
class SshWorker;

// A few SSH sessions to one PBX, each on its own worker thread. Requests are queued and
// taken by the first free worker; every result is delivered on the thread this pool lives
// in (the caller's), through the callback, never inside the call. A callback is dropped if
// the pool is destroyed first. Long-lived streams (SshTunnel, SshLogFollower) use their own
// connections and do not take a worker.
class SshPool : public QObject
{
    Q_OBJECT
public:
    SshPool(SshConfig config, KnownHostsStore *knownHosts, int workers = 2, QObject *parent = nullptr);
    ~SshPool() override;

    SshConfig config() const;
    // Used by the next request of each worker (they reconnect), e.g. after the user trusted the
    // host key (approvedFingerprint) or the password was read from the keychain.
    void setConfig(const SshConfig &config);
    KnownHostsStore *knownHosts() const { return m_knownHosts; }

    // A job runs on a worker with its session and returns what to run back on the pool's thread.
    using Job = std::function<std::function<void()>(SshSession &)>;
    quint64 submit(Job job);

    quint64 connectCheck(std::function<void(const SshConnectResult &)> done);
    quint64 exec(const QString &command, const SshExecOptions &options,
                 std::function<void(const SshExecResult &)> done);
    quint64 sudoExec(const QString &command, const SshExecOptions &options,
                     std::function<void(const SshExecResult &)> done);
    quint64 readFile(const QString &path, qint64 maxBytes, SshReadMethod method, bool sudo,
                     std::function<void(const SshFileResult &)> done);
    quint64 writeFile(const QString &path, const QByteArray &content, bool sudo,
                      std::function<void(const SshWriteResult &)> done);

    // A queued request is dropped (its callback never runs); a running one ends with
    // SshStatus::Cancelled (delivered as usual). False if the id is unknown or finished.
    bool cancel(quint64 id);
    void cancelAll();
    int queuedCount() const;

private:
    friend class SshWorker;
    struct Pending {
        quint64 id;
        Job job;
    };
    // Worker side: blocks until a job or shutdown. False on shutdown.
    bool takeJob(SshWorker *worker, Pending *out);
    void finishJob(SshWorker *worker);
    void deliver(std::function<void()> fn);

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QQueue<Pending> m_queue;
    QVector<SshWorker *> m_workers;
    SshConfig m_config;
    quint64 m_configGeneration = 0;
    quint64 m_nextId = 1;
    bool m_stopping = false;
    KnownHostsStore *m_knownHosts;
};

} // namespace tg
