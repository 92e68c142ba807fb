#include "SshPool.h"

#include "SshSession.h"
#include "SshWorker.h"

#include <QPointer>

namespace tg {

SshPool::SshPool(SshConfig config, KnownHostsStore *knownHosts, int workers, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_knownHosts(knownHosts)
{
    qRegisterMetaType<tg::SshExecResult>();
    qRegisterMetaType<tg::SshConnectResult>();
    for (int i = 0; i < qBound(1, workers, 8); ++i) {
        auto *w = new SshWorker(this);
        w->setObjectName(QStringLiteral("ssh-%1-%2").arg(m_config.pbxName).arg(i));
        m_workers.append(w);
        w->start();
    }
}

SshPool::~SshPool()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_queue.clear();
        for (SshWorker *w : std::as_const(m_workers))
            if (w->session)
                w->session->cancel();
        m_wake.wakeAll();
    }
    for (SshWorker *w : std::as_const(m_workers)) {
        w->wait();
        delete w;
    }
}

SshConfig SshPool::config() const
{
    QMutexLocker lock(&m_mutex);
    return m_config;
}

void SshPool::setConfig(const SshConfig &config)
{
    QMutexLocker lock(&m_mutex);
    m_config = config;
    ++m_configGeneration;
}

quint64 SshPool::submit(Job job)
{
    QMutexLocker lock(&m_mutex);
    const quint64 id = m_nextId++;
    m_queue.enqueue(Pending{id, std::move(job)});
    m_wake.wakeOne();
    return id;
}

bool SshPool::takeJob(SshWorker *worker, Pending *out)
{
    QMutexLocker lock(&m_mutex);
    while (!m_stopping && m_queue.isEmpty())
        m_wake.wait(&m_mutex);
    if (m_stopping)
        return false;
    *out = m_queue.dequeue();
    worker->currentId = out->id;
    worker->session->resetCancel();
    return true;
}

void SshPool::finishJob(SshWorker *worker)
{
    QMutexLocker lock(&m_mutex);
    worker->currentId = 0;
}

void SshPool::deliver(std::function<void()> fn)
{
    // Runs on this pool's thread; dropped by Qt if the pool is gone by then.
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

bool SshPool::cancel(quint64 id)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue[i].id == id) {
            m_queue.removeAt(i);
            return true;
        }
    }
    for (SshWorker *w : std::as_const(m_workers)) {
        if (w->currentId == id && w->session) {
            w->session->cancel();
            return true;
        }
    }
    return false;
}

void SshPool::cancelAll()
{
    QMutexLocker lock(&m_mutex);
    m_queue.clear();
    for (SshWorker *w : std::as_const(m_workers))
        if (w->currentId && w->session)
            w->session->cancel();
}

int SshPool::queuedCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_queue.size());
}

quint64 SshPool::connectCheck(std::function<void(const SshConnectResult &)> done)
{
    return submit([done](SshSession &s) -> std::function<void()> {
        SshConnectResult r = s.connectToHost();
        return [done, r] { done(r); };
    });
}

quint64 SshPool::exec(const QString &command, const SshExecOptions &options,
                      std::function<void(const SshExecResult &)> done)
{
    return submit([=](SshSession &s) -> std::function<void()> {
        SshExecResult r = s.exec(command, options);
        return [done, r] { done(r); };
    });
}

quint64 SshPool::sudoExec(const QString &command, const SshExecOptions &options,
                          std::function<void(const SshExecResult &)> done)
{
    return submit([=](SshSession &s) -> std::function<void()> {
        SshExecResult r = s.sudoExec(command, options);
        return [done, r] { done(r); };
    });
}

quint64 SshPool::readFile(const QString &path, qint64 maxBytes, SshReadMethod method, bool sudo,
                          std::function<void(const SshFileResult &)> done)
{
    return submit([=](SshSession &s) -> std::function<void()> {
        SshFileResult r = s.readFile(path, maxBytes, method, sudo);
        return [done, r] { done(r); };
    });
}

quint64 SshPool::writeFile(const QString &path, const QByteArray &content, bool sudo,
                           std::function<void(const SshWriteResult &)> done)
{
    return submit([=](SshSession &s) -> std::function<void()> {
        SshWriteResult r = s.writeFile(path, content, sudo);
        return [done, r] { done(r); };
    });
}

} // namespace tg
