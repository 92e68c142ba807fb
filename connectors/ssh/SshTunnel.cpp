#include "SshTunnel.h"

#include "SshTunnelWorker.h"

namespace tg {

SshTunnel::SshTunnel(SshConfig config, KnownHostsStore *knownHosts, QString remoteHost, quint16 remotePort,
                     QObject *parent)
    : QObject(parent),
      m_worker(new SshTunnelWorker(std::move(config), knownHosts, std::move(remoteHost), remotePort))
{
    qRegisterMetaType<tg::SshStatus>();
    m_thread.setObjectName(QStringLiteral("ssh-tunnel"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SshTunnelWorker::ready, this, [this](quint16 port) {
        m_localPort = port;
        emit ready(port);
    });
    connect(m_worker, &SshTunnelWorker::failed, this, &SshTunnel::failed);
    connect(m_worker, &SshTunnelWorker::closed, this, [this](const QString &reason) {
        m_localPort = 0;
        emit closed(reason);
    });
    connect(m_worker, &SshTunnelWorker::connectionCountChanged, this, &SshTunnel::connectionCountChanged);
    connect(m_worker, &SshTunnelWorker::waitingForHostKey, this, &SshTunnel::waitingForHostKey);
}

SshTunnel::~SshTunnel()
{
    stop();
    delete m_worker;
}

void SshTunnel::start()
{
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(m_worker, &SshTunnelWorker::open, Qt::QueuedConnection);
}

void SshTunnel::stop()
{
    if (!m_thread.isRunning())
        return;
    m_worker->cancel();   // a connect in progress returns now
    QMetaObject::invokeMethod(m_worker, &SshTunnelWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_localPort = 0;
}

} // namespace tg
