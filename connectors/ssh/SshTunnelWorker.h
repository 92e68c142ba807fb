#pragma once

#include "KnownHostsStore.h"
#include "SshTypes.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

class QSocketNotifier;
class QTcpServer;
class QTcpSocket;
class QTimer;
struct ssh_channel_struct;

namespace tg {

class SshSession;

// The thread side of an SshTunnel: one SSH connection, a loopback listener, and for each
// accepted local connection a direct-tcpip channel, with bytes pumped both ways.
class SshTunnelWorker : public QObject
{
    Q_OBJECT
public:
    SshTunnelWorker(SshConfig config, KnownHostsStore *knownHosts, QString remoteHost, quint16 remotePort);
    ~SshTunnelWorker() override;

    void cancel();   // any thread: ends a connect in progress

    // Bytes waiting in a local socket beyond this pause reading from the channel.
    static constexpr qint64 kMaxBuffered = 1024 * 1024;

public slots:
    void open();
    void shutdown();

signals:
    void ready(quint16 localPort);
    void failed(tg::SshStatus status, const QString &error);
    void closed(const QString &reason);
    void connectionCountChanged(int count);
    void waitingForHostKey(bool waiting);

private:
    void onNewConnection();
    void onLocalData(QTcpSocket *socket);
    void closePair(QTcpSocket *socket);
    void pump();
    void lose(const QString &reason);

    SshConfig m_config;
    KnownHostsStore *m_knownHosts;
    QString m_remoteHost;
    quint16 m_remotePort;
    std::unique_ptr<SshSession> m_session;
    QTcpServer *m_server = nullptr;
    QTimer *m_timer = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QHash<QTcpSocket *, ssh_channel_struct *> m_pairs;
};

} // namespace tg
