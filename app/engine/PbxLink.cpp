#include "PbxLink.h"

#include "PbxOps.h"
#include "ami/AmiClient.h"
#include "esl/EslClient.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshTunnel.h"

namespace tg {

PbxLink::PbxLink(PbxProfile profile, QString secret, QString sshSecret, KnownHostsStore *knownHosts,
                 QObject *parent)
    : QObject(parent),
      m_profile(std::move(profile)),
      m_secret(std::move(secret)),
      m_sshSecret(std::move(sshSecret)),
      m_knownHosts(knownHosts),
      m_tunnelStatus(m_profile.name, QStringLiteral("SSH"), m_profile.sshUser),
      m_tunnelTimer(this)
{
    m_tunnelTimer.setSingleShot(true);
    connect(&m_tunnelTimer, &QTimer::timeout, this, &PbxLink::startTunnel);
}

PbxLink::~PbxLink()
{
    stop();
}

void PbxLink::start()
{
    if (m_profile.viaSsh)
        startTunnel();
    else
        startClient(m_profile.host, m_profile.port);
}

void PbxLink::stop()
{
    m_tunnelTimer.stop();
    if (m_ami)
        m_ami->stop();
    if (m_esl)
        m_esl->stop();
    delete m_ami;
    delete m_esl;
    m_tunnel.reset();
}

void PbxLink::setSecret(const QString &secret)
{
    m_secret = secret;
    if (m_ami)
        m_ami->setSecret(secret);
    if (m_esl)
        m_esl->setSecret(secret);
}

void PbxLink::startTunnel()
{
    // The AMI/ESL port stays closed to the world: we reach it as 127.0.0.1 on the PBX itself.
    const SshConfig ssh = PbxOps::sshConfig(m_profile, m_sshSecret);
    m_tunnel = std::make_unique<SshTunnel>(ssh, m_knownHosts, QStringLiteral("127.0.0.1"), m_profile.port);
    connect(m_tunnel.get(), &SshTunnel::ready, this, [this](quint16 localPort) {
        m_tunnelRetry.reset();
        startClient(QStringLiteral("127.0.0.1"), localPort);
    });
    connect(m_tunnel.get(), &SshTunnel::failed, this, [this](SshStatus status, const QString &error) {
        // A host key that is unknown or changed needs the admin; retrying cannot fix it.
        const bool retry = status != SshStatus::UnknownHostKey && status != SshStatus::HostKeyChanged
                           && status != SshStatus::AuthFailed;
        tunnelDown(error, retry);
    });
    connect(m_tunnel.get(), &SshTunnel::closed, this, [this](const QString &reason) { tunnelDown(reason, true); });
    // Trust on first use: while the admin checks the host key, say so instead of "opening".
    connect(m_tunnel.get(), &SshTunnel::waitingForHostKey, this, [this, host = ssh.host](bool waiting) {
        setTunnelOpening(waiting ? tr("Waiting for you to check the SSH host key of %1: answer the question about "
                                      "its fingerprint to connect.").arg(host)
                                 : tr("Opening the SSH tunnel to %1.").arg(host));
    });
    setTunnelOpening(tr("Opening the SSH tunnel to %1.").arg(ssh.host));
    m_tunnel->start();
}

void PbxLink::setTunnelOpening(const QString &reason)
{
    if (m_tunnelStatus.update(LinkState::Connecting, reason))
        emit eventsReady({m_tunnelStatus.event()});
}

void PbxLink::retryTunnel()
{
    if (!m_profile.viaSsh || m_tunnel)
        return;   // not tunnelled, or a tunnel is up or being opened
    m_tunnelTimer.stop();
    m_tunnelRetry.reset();
    startTunnel();
}

void PbxLink::tunnelDown(const QString &reason, bool retry)
{
    delete m_ami;
    delete m_esl;
    m_tunnel.release()->deleteLater();   // we may be inside one of its signals
    const LinkState state = retry ? LinkState::Reconnecting : LinkState::Error;
    if (m_tunnelStatus.update(state, reason))
        emit eventsReady({m_tunnelStatus.event()});
    if (retry)
        m_tunnelTimer.start(m_tunnelRetry.nextDelayMs());
}

void PbxLink::startClient(const QString &host, quint16 port)
{
    PbxProfile target = m_profile;
    target.host = host;
    target.port = port;
    if (m_profile.type == PbxType::FreeSwitch) {
        m_esl = new EslClient(target, this);
        m_esl->setSecret(m_secret);
        connect(m_esl, &EslClient::eventsReady, this, &PbxLink::eventsReady);
        m_esl->start();
    } else {
        m_ami = new AmiClient(target, this);
        m_ami->setSecret(m_secret);
        connect(m_ami, &AmiClient::eventsReady, this, &PbxLink::eventsReady);
        m_ami->start();
        emit amiClientChanged(m_ami);
    }
}

LinkState PbxLink::state() const
{
    if (m_ami)
        return m_ami->state();
    if (m_esl)
        return m_esl->state();
    return m_profile.viaSsh ? m_tunnelStatus.state() : LinkState::Disabled;
}

QString PbxLink::stateReason() const
{
    if (m_ami)
        return m_ami->stateReason();
    if (m_esl)
        return m_esl->stateReason();
    return m_tunnelStatus.reason();
}

QString PbxLink::pbxVersion() const
{
    return m_ami ? m_ami->pbxVersion() : m_esl ? m_esl->pbxVersion() : QString();
}

QVector<ActiveCall> PbxLink::activeCalls() const
{
    return m_ami ? m_ami->activeCalls() : m_esl ? m_esl->activeCalls() : QVector<ActiveCall>();
}

void PbxLink::hangup(const QString &callId)
{
    if (m_esl) {
        m_esl->uuidKill(callId, [](const auto &) {});
        return;
    }
    if (!m_ami)
        return;
    for (const ActiveCall &c : m_ami->activeCalls())
        if (c.callId == callId)
            m_ami->hangup(c.channel, [](const AmiClient::ActionResult &) {});
}

} // namespace tg
