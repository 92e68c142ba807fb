#pragma once

#include "PbxProfile.h"
#include "ssh/SshTypes.h"

#include <QObject>
#include <QPointer>

namespace tg {

class AmiClient;
class AuditCollector;
class ConfigWatcher;
class KnownHostsStore;
class RemediationRunner;
class SshPool;

// The actions Tollgate takes on one PBX, on the engine thread: an SshPool when the profile has
// SSH settings (shared by audit, fixes, blocking and config snapshots; the tunnel keeps its own
// connection), the audit collector, the fix runner and the config watcher. Without SSH the
// audit and the watcher fall back to AMI (Asterisk), and there is no pool, so blocking says so.
class PbxOps : public QObject
{
    Q_OBJECT
public:
    PbxOps(const PbxProfile &profile, const QString &sshSecret, KnownHostsStore *knownHosts,
           const QString &dbPath, const QString &configDir, QObject *parent = nullptr);
    ~PbxOps() override;

    // The SSH settings of a profile: host falls back to the AMI/ESL host; the secret is the key's
    // passphrase when there is a key file, else the password.
    static SshConfig sshConfig(const PbxProfile &profile, const QString &sshSecret);
    static bool hasSsh(const PbxProfile &profile) { return !profile.demo && !profile.sshUser.isEmpty(); }

    const PbxProfile &profile() const { return m_profile; }
    QString configDir() const { return m_configDir; }
    SshPool *pool() const { return m_pool; }                    // null without SSH
    AuditCollector *collector() const { return m_collector; }
    RemediationRunner *remediation() const { return m_remediation; }
    ConfigWatcher *watcher() const { return m_watcher; }         // null when nothing can be read

    // The AMI client of the PBX's live link (it is recreated on reconnects).
    void setAmiClient(AmiClient *ami);

private:
    PbxProfile m_profile;
    QString m_configDir;
    SshPool *m_pool = nullptr;
    AuditCollector *m_collector = nullptr;
    RemediationRunner *m_remediation = nullptr;
    ConfigWatcher *m_watcher = nullptr;
};

} // namespace tg
