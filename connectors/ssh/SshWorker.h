#pragma once

#include <QElapsedTimer>
#include <QThread>

#include <memory>

namespace tg {

class SshPool;
class SshSession;

// One SshPool thread: takes queued jobs and runs them on its own SshSession.
class SshWorker : public QThread
{
    Q_OBJECT
public:
    explicit SshWorker(SshPool *pool);
    ~SshWorker() override;

    // Pool-internal state, guarded by the pool's mutex.
    SshSession *session = nullptr;
    quint64 currentId = 0;
    quint64 configGeneration = 0;

    // Idle connections older than this are replaced before a job: a NAT or the server may
    // have dropped them silently, and a half-open connection would only fail at timeout.
    static constexpr int kMaxIdleMs = 30000;

protected:
    void run() override;

private:
    SshPool *m_pool;
};

} // namespace tg
