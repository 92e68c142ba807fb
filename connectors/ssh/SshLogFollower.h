#pragma once

#include "KnownHostsStore.h"
#include "SshTypes.h"

#include <QByteArrayList>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace tg {

class SshSession;

// Follows a log file on a PBX (`tail -n 0 -F`, so rotation is followed too) on its own SSH
// connection and thread, and hands over complete lines, each at most maxLineBytes (longer
// ones are cut), in batches on the thread this object lives in. Feed them to a LogReader
// (readLine) to get Events. It does not reconnect by itself: after finished(), the owner
// decides when to start() again (ReconnectPolicy).
class SshLogFollower : public QObject
{
    Q_OBJECT
public:
    SshLogFollower(SshConfig config, KnownHostsStore *knownHosts, QString path, bool sudo = false,
                   int maxLineBytes = 16 * 1024, QObject *parent = nullptr);
    ~SshLogFollower() override;

    void start();
    // Ends the remote tail and the connection; finished() follows.
    void stop();
    bool isRunning() const;
    QString path() const { return m_path; }

    static constexpr int kBatchLines = 500;
    static constexpr int kBatchMs = 100;

signals:
    void connected();
    void linesReceived(const QByteArrayList &lines);
    // Status Ok after stop(); otherwise why it ended (connection lost, no such file, ...).
    void finished(tg::SshStatus status, const QString &error);

private:
    void run();

    SshConfig m_config;
    KnownHostsStore *m_knownHosts;
    QString m_path;
    bool m_sudo;
    int m_maxLineBytes;
    std::atomic<bool> m_stop{false};
    QMutex m_sessionMutex;            // guards m_session and m_streaming against stop()
    SshSession *m_session = nullptr;
    bool m_streaming = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace tg
