#include "SshTunnelWorker.h"

#include "SshSession.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <libssh/libssh.h>

namespace tg {

SshTunnelWorker::SshTunnelWorker(SshConfig config, KnownHostsStore *knownHosts, QString remoteHost,
                                 quint16 remotePort)
    : m_config(std::move(config)), m_knownHosts(knownHosts), m_remoteHost(std::move(remoteHost)),
      m_remotePort(remotePort), m_session(std::make_unique<SshSession>(m_config, m_knownHosts))
{
    m_session->setHostKeyWaitObserver([this](bool waiting) { emit waitingForHostKey(waiting); });
}

SshTunnelWorker::~SshTunnelWorker() = default;

void SshTunnelWorker::cancel()
{
    m_session->cancel();
}

void SshTunnelWorker::open()
{
    const SshConnectResult c = m_session->connectToHost();
    if (!c.ok()) {
        emit failed(c.status, c.error);
        return;
    }
    m_server = new QTcpServer(this);
    // Loopback only: the forwarded service must not become reachable from the network.
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        emit failed(SshStatus::ProtocolError,
                    QCoreApplication::translate("tg::SshTunnel", "Cannot open a local port for the SSH tunnel to "
                                                                 "PBX %1: %2.")
                        .arg(m_config.pbxName, m_server->errorString()));
        return;
    }
    connect(m_server, &QTcpServer::newConnection, this, &SshTunnelWorker::onNewConnection);
    m_timer = new QTimer(this);
    m_timer->setInterval(20);   // catches data libssh already buffered (no socket event for it)
    connect(m_timer, &QTimer::timeout, this, &SshTunnelWorker::pump);
    m_notifier = new QSocketNotifier(qintptr(m_session->socketFd()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SshTunnelWorker::pump);
    emit ready(m_server->serverPort());
}

void SshTunnelWorker::onNewConnection()
{
    while (QTcpSocket *s = m_server->nextPendingConnection()) {
        QString error;
        ssh_channel ch = m_session->openForwardChannel(m_remoteHost, m_remotePort, &error);
        if (!ch) {
            s->abort();
            s->deleteLater();
            if (!m_session->isConnected())
                lose(error);
            continue;
        }
        m_pairs.insert(s, ch);
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onLocalData(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] { closePair(s); });
        m_timer->start();
        emit connectionCountChanged(int(m_pairs.size()));
        onLocalData(s);
    }
}

void SshTunnelWorker::onLocalData(QTcpSocket *socket)
{
    ssh_channel ch = m_pairs.value(socket);
    if (!ch)
        return;
    const QByteArray data = socket->readAll();
    for (qsizetype pos = 0; pos < data.size();) {
        const int n = ssh_channel_write(ch, data.constData() + pos, uint32_t(data.size() - pos));
        if (n <= 0) {
            closePair(socket);
            if (!m_session->isConnected())
                lose(QString::fromUtf8(ssh_get_error(m_session->handle())));
            return;
        }
        pos += n;
    }
}

void SshTunnelWorker::closePair(QTcpSocket *socket)
{
    ssh_channel ch = m_pairs.take(socket);
    if (!ch)
        return;
    if (!ssh_channel_is_closed(ch)) {
        ssh_channel_send_eof(ch);
        ssh_channel_close(ch);
    }
    ssh_channel_free(ch);
    socket->disconnect(this);
    socket->disconnectFromHost();
    socket->deleteLater();
    if (m_pairs.isEmpty() && m_timer)
        m_timer->stop();
    emit connectionCountChanged(int(m_pairs.size()));
}

void SshTunnelWorker::pump()
{
    if (!m_session || !m_session->handle())
        return;
    char buf[32768];
    const auto sockets = m_pairs.keys();
    for (QTcpSocket *s : sockets) {
        ssh_channel ch = m_pairs.value(s);
        if (!ch)
            continue;
        int n = 0;
        while (s->bytesToWrite() < kMaxBuffered
               && (n = ssh_channel_read_nonblocking(ch, buf, sizeof(buf), 0)) > 0)
            s->write(buf, n);
        if (n == SSH_ERROR || ssh_channel_is_eof(ch) || ssh_channel_is_closed(ch)) {
            // The service closed its side: flush what we have, then close ours.
            s->flush();
            closePair(s);
        }
    }
    if (!m_session->isConnected())
        lose(QString::fromUtf8(ssh_get_error(m_session->handle())));
}

void SshTunnelWorker::lose(const QString &reason)
{
    const auto sockets = m_pairs.keys();
    for (QTcpSocket *s : sockets)
        closePair(s);
    if (m_server)
        m_server->close();
    if (m_notifier)
        m_notifier->setEnabled(false);
    if (m_timer)
        m_timer->stop();
    m_session->disconnectFromHost();
    emit closed(QCoreApplication::translate("tg::SshTunnel", "The SSH tunnel to PBX %1 was lost: %2")
                    .arg(m_config.pbxName, reason));
}

void SshTunnelWorker::shutdown()
{
    const auto sockets = m_pairs.keys();
    for (QTcpSocket *s : sockets)
        closePair(s);
    delete m_notifier;
    m_notifier = nullptr;
    delete m_timer;
    m_timer = nullptr;
    delete m_server;
    m_server = nullptr;
    m_session->disconnectFromHost();
}

} // namespace tg
