#include "PbxOps.h"

#include "audit/AuditCollector.h"
#include "audit/RemediationRunner.h"
#include "configdiff/ConfigWatcher.h"
#include "ssh/SshPool.h"

namespace tg {

PbxOps::PbxOps(const PbxProfile &profile, const QString &sshSecret, KnownHostsStore *knownHosts,
               const QString &dbPath, const QString &configDir, QObject *parent)
    : QObject(parent), m_profile(profile), m_configDir(configDir)
{
    if (hasSsh(profile))
        m_pool = new SshPool(sshConfig(profile, sshSecret), knownHosts, 2, this);
    m_collector = new AuditCollector(m_pool, this);

    RemediationRunner::Options ro;
    ro.pbx = profile.name;
    ro.type = profile.type;
    ro.configDir = configDir;
    ro.sudo = profile.sshUser != QLatin1String("root");   // config files belong to root
    ro.secretKey = profile.secretKey();
    m_remediation = new RemediationRunner(m_pool, ro, this);

    // The demo replays a capture: it has no files to watch. AMI GetConfig is Asterisk only.
    if (!profile.demo && (m_pool || profile.type == PbxType::Asterisk)) {
        m_watcher = new ConfigWatcher(profile, dbPath, this);
        m_watcher->setSshPool(m_pool);
        ConfigWatcher::Settings ws = m_watcher->settings();
        ws.configDir = configDir;
        m_watcher->setSettings(ws);
    }
}

PbxOps::~PbxOps()
{
    // The watcher and the collector hold QPointers to the pool; stop the watcher's rounds first.
    if (m_watcher)
        m_watcher->stop();
}

SshConfig PbxOps::sshConfig(const PbxProfile &profile, const QString &sshSecret)
{
    SshConfig c;
    c.pbxName = profile.name;
    c.host = profile.sshHost.isEmpty() ? profile.host : profile.sshHost;
    c.port = profile.sshPort;
    c.user = profile.sshUser;
    c.keyFile = profile.sshKeyFile;
    if (profile.sshKeyFile.isEmpty())
        c.password = sshSecret;
    else
        c.keyPassphrase = sshSecret;
    return c;
}

void PbxOps::setAmiClient(AmiClient *ami)
{
    m_collector->setAmiClient(ami);
    if (m_watcher)
        m_watcher->setAmiClient(ami);
}

} // namespace tg
