#include "SshWorker.h"

#include "SshPool.h"
#include "SshSession.h"

namespace tg {

SshWorker::SshWorker(SshPool *pool) : m_pool(pool) {}

SshWorker::~SshWorker() = default;

void SshWorker::run()
{
    SshSession ownSession(m_pool->config(), m_pool->knownHosts());
    {
        QMutexLocker lock(&m_pool->m_mutex);
        session = &ownSession;
        configGeneration = m_pool->m_configGeneration;
    }
    QElapsedTimer idle;
    SshPool::Pending job;
    while (m_pool->takeJob(this, &job)) {
        {
            QMutexLocker lock(&m_pool->m_mutex);
            if (configGeneration != m_pool->m_configGeneration) {
                configGeneration = m_pool->m_configGeneration;
                lock.unlock();
                ownSession.setConfig(m_pool->config());
            }
        }
        if (idle.isValid() && idle.elapsed() > kMaxIdleMs)
            ownSession.disconnectFromHost();
        std::function<void()> done = job.job(ownSession);
        idle.start();
        m_pool->finishJob(this);
        if (done)
            m_pool->deliver(std::move(done));
        job = {};
    }
    QMutexLocker lock(&m_pool->m_mutex);
    session = nullptr;
}

} // namespace tg
