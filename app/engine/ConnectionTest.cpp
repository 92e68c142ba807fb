#include "ConnectionTest.h"

#include "PbxLink.h"
#include "PbxOps.h"
#include "ssh/HostKeyPrompter.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshPool.h"

namespace tg {

ConnectionTest::ConnectionTest(PbxProfile profile, QString secret, QString sshSecret, KnownHostsStore *knownHosts,
                               QObject *parent)
    : QObject(parent),
      m_profile(std::move(profile)),
      m_secret(std::move(secret)),
      m_sshSecret(std::move(sshSecret)),
      m_knownHosts(knownHosts),
      m_poll(this)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &ConnectionTest::poll);
}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
    m_elapsed.start();
    m_link = std::make_unique<PbxLink>(m_profile, m_secret, m_sshSecret, m_knownHosts);
    m_link->start();
    if (!m_profile.sshUser.isEmpty()) {
        m_sshDone = false;
        m_ssh = std::make_unique<SshPool>(PbxOps::sshConfig(m_profile, m_sshSecret), m_knownHosts, 1);
        m_ssh->connectCheck([this](const SshConnectResult &r) {
            m_sshLine = r.ok() ? tr("SSH: logged in as %1.").arg(m_profile.sshUser) : tr("SSH: %1").arg(r.error);
            m_sshDone = true;
            finishIfDone();
        });
    }
    m_poll.start();
}

void ConnectionTest::poll()
{
    // While the user reads a host key question, the clock stops: the answer is what we wait for.
    HostKeyPrompter *prompter = m_knownHosts ? m_knownHosts->prompter() : nullptr;
    const SshConfig ssh = PbxOps::sshConfig(m_profile, QString());
    if (prompter && prompter->hasPendingQuestion(ssh.host, ssh.port))
        m_elapsed.restart();
    const QString protocol = m_profile.type == PbxType::FreeSwitch ? tr("ESL") : tr("AMI");
    const LinkState state = m_link->state();
    if (state == LinkState::Connected) {
        const QString version = m_link->pbxVersion();
        m_managerLine = version.isEmpty() ? tr("%1: connected and logged in.").arg(protocol)
                                          : tr("%1: connected and logged in (%2).").arg(protocol, version);
    } else if (state == LinkState::AuthFailed || state == LinkState::Error
               || (state == LinkState::Reconnecting && !m_link->stateReason().isEmpty())) {
        m_managerLine = tr("%1: %2").arg(protocol, m_link->stateReason());
    } else if (m_elapsed.elapsed() > m_timeoutMs) {
        m_managerLine = tr("%1: no answer from %2:%3 within %4 s.")
                            .arg(protocol, m_profile.host)
                            .arg(m_profile.port)
                            .arg(m_timeoutMs / 1000);
    }
    if (m_elapsed.elapsed() > m_timeoutMs && !m_sshDone) {
        m_sshLine = tr("SSH: no answer within %1 s.").arg(m_timeoutMs / 1000);
        m_sshDone = true;
    }
    finishIfDone();
}

void ConnectionTest::finishIfDone()
{
    if (m_reported || m_managerLine.isEmpty() || !m_sshDone)
        return;
    m_reported = true;
    m_poll.stop();
    m_link->stop();
    QStringList lines{m_managerLine};
    if (!m_sshLine.isEmpty())
        lines << m_sshLine;
    emit finished(m_profile.name, lines);
    deleteLater();
}

} // namespace tg
