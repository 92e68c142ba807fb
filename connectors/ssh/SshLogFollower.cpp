#include "SshLogFollower.h"

#include "SshSession.h"
#include "logs/LogLineBuffer.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace tg {

SshLogFollower::SshLogFollower(SshConfig config, KnownHostsStore *knownHosts, QString path, bool sudo,
                               int maxLineBytes, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_knownHosts(knownHosts), m_path(std::move(path)),
      m_sudo(sudo), m_maxLineBytes(maxLineBytes)
{
    qRegisterMetaType<tg::SshStatus>();
}

SshLogFollower::~SshLogFollower()
{
    stop();
    if (m_thread)
        m_thread->wait();
}

bool SshLogFollower::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SshLogFollower::start()
{
    if (isRunning())
        return;
    if (m_thread)
        m_thread->wait();
    m_stop = false;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("ssh-follow"));
    m_thread->start();
}

void SshLogFollower::stop()
{
    m_stop = true;
    // A connect or handshake in progress ends at once instead of at its timeout; a running
    // tail is ended gracefully by the follow loop (it signals the remote tail to quit).
    QMutexLocker lock(&m_sessionMutex);
    if (m_session && !m_streaming)
        m_session->cancel();
}

void SshLogFollower::run()
{
    SshSession session(m_config, m_knownHosts);
    {
        QMutexLocker lock(&m_sessionMutex);
        m_session = &session;
        m_streaming = false;
    }
    QByteArrayList batch;
    QElapsedTimer sinceFlush;
    sinceFlush.start();
    auto flush = [&] {
        if (batch.isEmpty())
            return;
        QMetaObject::invokeMethod(this, [this, lines = std::move(batch)] { emit linesReceived(lines); },
                                  Qt::QueuedConnection);
        batch = QByteArrayList();
        sinceFlush.restart();
    };
    SshConnectResult c = m_stop ? SshConnectResult{SshStatus::Cancelled, {}, {}, {}} : session.connectToHost();
    SshExecResult r;
    if (c.ok()) {
        {
            QMutexLocker lock(&m_sessionMutex);
            m_streaming = true;
        }
        QMetaObject::invokeMethod(this, [this] { emit connected(); }, Qt::QueuedConnection);
        LogLineBuffer buffer(m_maxLineBytes);
        r = session.follow(
            m_path,
            [&](QByteArrayView data) {
                buffer.feed(data, [&](QByteArrayView line, bool) { batch.append(line.toByteArray()); });
                if (batch.size() >= kBatchLines)
                    flush();
            },
            [&] {
                if (sinceFlush.elapsed() >= kBatchMs)
                    flush();
                return m_stop.load();
            },
            m_sudo);
        buffer.finish([&](QByteArrayView line, bool) { batch.append(line.toByteArray()); });
        flush();
    } else {
        r.status = c.status;
        r.error = c.error;
    }
    {
        QMutexLocker lock(&m_sessionMutex);
        m_session = nullptr;
    }
    session.disconnectFromHost();
    SshStatus status = r.status;
    QString error = r.error;
    if (m_stop && (status == SshStatus::Ok || status == SshStatus::Cancelled)) {
        status = SshStatus::Ok;
        error.clear();
    } else if (status == SshStatus::Ok) {
        // tail ended by itself: it could not run, or the file cannot be followed.
        status = SshStatus::RemoteError;
        error = QCoreApplication::translate("tg::SshLogFollower",
                                            "Following %1 on PBX %2 ended: %3")
                    .arg(m_path, m_config.pbxName, SshSession::remoteText(r.err));
    }
    QMetaObject::invokeMethod(this, [this, status, error] { emit finished(status, error); }, Qt::QueuedConnection);
}

} // namespace tg
