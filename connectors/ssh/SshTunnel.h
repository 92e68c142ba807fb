#pragma once

#include "KnownHostsStore.h"
#include "SshTypes.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace tg {

class SshTunnelWorker;

// Port forwarding (direct-tcpip) through SSH, offered as a local port on 127.0.0.1: the AMI
// and ESL clients connect to 127.0.0.1:localPort() unchanged, and each such connection is
// carried to remoteHost:remotePort as seen from the PBX (usually 127.0.0.1:5038 or :8021,
// so those ports can stay closed to the world). Its own SSH connection and thread.
class SshTunnel : public QObject
{
    Q_OBJECT
public:
    SshTunnel(SshConfig config, KnownHostsStore *knownHosts, QString remoteHost, quint16 remotePort,
              QObject *parent = nullptr);
    ~SshTunnel() override;

    // Connects; ready(localPort) or failed() follows.
    void start();
    void stop();
    quint16 localPort() const { return m_localPort.load(); }

signals:
    void ready(quint16 localPort);
    void failed(tg::SshStatus status, const QString &error);
    // The SSH connection dropped after ready(): local connections were closed.
    void closed(const QString &reason);
    void connectionCountChanged(int count);
    // The connection waits for the user's answer about the server's host key (true), or no
    // longer does (false; ready() or failed() follows).
    void waitingForHostKey(bool waiting);

private:
    QThread m_thread;
    SshTunnelWorker *m_worker;
    std::atomic<quint16> m_localPort{0};
};

} // namespace tg
