#pragma once

#include "LiveSnapshot.h"
#include "PbxProfile.h"
#include "ami/AmiClient.h"
#include "common/LinkStatus.h"
#include "common/ReconnectPolicy.h"
#include "ssh/SshTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace tg {

class EslClient;
class KnownHostsStore;
class SshTunnel;

// One monitored PBX on the engine thread: the right protocol client for its type (AMI for
// Asterisk, ESL for FreeSWITCH), reached directly or through an SSH tunnel when the profile
// says so. The engine sees one shape whatever the PBX.
class PbxLink : public QObject
{
    Q_OBJECT
public:
    PbxLink(PbxProfile profile, QString secret, QString sshSecret, KnownHostsStore *knownHosts,
            QObject *parent = nullptr);
    ~PbxLink() override;

    const PbxProfile &profile() const { return m_profile; }
    void start();
    void stop();
    // A new manager/ESL secret (after a fix changed it): used from the next login on, and at
    // once when the last login failed.
    void setSecret(const QString &secret);

    LinkState state() const;
    QString stateReason() const;
    QString pbxVersion() const;
    QVector<ActiveCall> activeCalls() const;
    // Hangs up a call in progress (AMI Hangup of its channel, ESL uuid_kill of its UUID).
    void hangup(const QString &callId);
    // Opens the SSH tunnel again now if it gave up (e.g. its host key has just been trusted).
    void retryTunnel();
    // The AMI client now in use (Asterisk), null before the first and between connections.
    AmiClient *ami() const { return m_ami; }

Q_SIGNALS:
    void eventsReady(const tg::EventList &events);
    // A new AMI client was made (first start, or after the tunnel came back).
    void amiClientChanged(tg::AmiClient *ami);

private:
    void startTunnel();
    void setTunnelOpening(const QString &reason);   // the tunnel is on its way up, for this reason
    void startClient(const QString &host, quint16 port);
    void tunnelDown(const QString &reason, bool retry);

    PbxProfile m_profile;
    QString m_secret;
    QString m_sshSecret;
    KnownHostsStore *m_knownHosts;
    QPointer<AmiClient> m_ami;
    QPointer<EslClient> m_esl;
    std::unique_ptr<SshTunnel> m_tunnel;
    LinkStatus m_tunnelStatus;     // state while the tunnel (not the client) is what we wait for
    ReconnectPolicy m_tunnelRetry;
    QTimer m_tunnelTimer;
};

} // namespace tg
