#pragma once

#include "PbxProfile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <memory>

namespace tg {

class KnownHostsStore;
class PbxLink;
class SshPool;

// "Test connection" of the PBX dialog: tries the manager interface (AMI or ESL, through the SSH
// tunnel when the profile says so) and, when SSH is set up, an SSH login, then reports each in
// words. Runs on the engine thread, bounded in time, and deletes itself when done.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    ConnectionTest(PbxProfile profile, QString secret, QString sshSecret, KnownHostsStore *knownHosts,
                   QObject *parent = nullptr);
    ~ConnectionTest() override;
    void start(int timeoutMs = 12000);

Q_SIGNALS:
    void finished(const QString &pbx, const QStringList &lines);

private:
    void poll();
    void finishIfDone();

    PbxProfile m_profile;
    QString m_secret;
    QString m_sshSecret;
    KnownHostsStore *m_knownHosts;
    std::unique_ptr<PbxLink> m_link;
    std::unique_ptr<SshPool> m_ssh;
    QTimer m_poll;
    QElapsedTimer m_elapsed;
    int m_timeoutMs = 12000;
    QString m_managerLine;
    QString m_sshLine;
    bool m_sshDone = true;
    bool m_reported = false;
};

} // namespace tg
