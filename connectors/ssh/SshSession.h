#pragma once

#include "KnownHostsStore.h"
#include "SshTypes.h"

#include <QMutex>

#include <atomic>
#include <functional>

struct ssh_session_struct;
struct ssh_channel_struct;

namespace tg {

// One libssh session. Blocking: call it from a worker thread (SshPool, SshTunnel and
// SshLogFollower do), never from the GUI thread. Not thread-safe, except cancel(), which any
// thread may call to end the running call at once (it shuts the socket down: the session is
// then dead and the next call reconnects).
// Every wait is bounded: TCP connect and handshake by connectTimeoutMs, commands and transfers
// by their timeout.
class SshSession
{
public:
    SshSession(SshConfig config, KnownHostsStore *knownHosts);
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    const SshConfig &config() const { return m_config; }
    void setConfig(const SshConfig &config);

    // TCP connect, key exchange, host key check against the store, authentication. An unknown or
    // changed host key goes to the store's prompter when there is one (this call then waits for
    // the user's answer, cancellable) and, once the key is trusted, the connection is made again.
    SshConnectResult connectToHost();
    // Called on the connecting thread with true before connectToHost() waits for the user's
    // answer about a host key, and with false once the wait ends (whatever the answer): owners
    // tell the console why the connection is held up.
    void setHostKeyWaitObserver(std::function<void(bool waiting)> observer) { m_hostKeyWait = std::move(observer); }
    bool isConnected() const;
    void disconnectFromHost();
    // Thread-safe. Ends the current call with SshStatus::Cancelled.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    // Clears a cancel() so the session can be used again (it reconnects).
    void resetCancel() { m_cancelled = false; }

    // Runs `command` through the login shell. stdout and stderr come apart, each bounded.
    SshExecResult exec(const QString &command, const SshExecOptions &options = {});
    // Runs `command` as root with `sudo -n` (never prompts); SudoNeedsPassword when sudo asks.
    SshExecResult sudoExec(const QString &command, const SshExecOptions &options = {});

    // Reads a file (SFTP, falling back to `cat` when the server has no SFTP; always `cat`
    // through sudo -n when `sudo`). More than maxBytes is cut (truncated = true).
    SshFileResult readFile(const QString &path, qint64 maxBytes = 8 * 1024 * 1024,
                           SshReadMethod method = SshReadMethod::Auto, bool sudo = false);
    // Replaces a file atomically: writes a temporary file beside it, fsyncs it, keeps owner and
    // mode, copies the old file to "<path>.<yyyyMMdd-HHmmss>.tollgate.bak", then renames.
    SshWriteResult writeFile(const QString &path, const QByteArray &content, bool sudo = false);

    // Streams `tail -n 0 -F <path>`: onData gets stdout bytes as they come. Returns when
    // stop() says so (checked between reads), on cancel(), or when the connection drops.
    SshExecResult follow(const QString &path, const std::function<void(QByteArrayView)> &onData,
                         const std::function<bool()> &stop, bool sudo = false);

    // Opens a direct-tcpip channel to host:port as seen from the server (SshTunnel uses it).
    ssh_channel_struct *openForwardChannel(const QString &host, quint16 port, QString *error);
    ssh_session_struct *handle() const { return m_session; }
    int socketFd() const;

    // A path Tollgate will put in a remote command: absolute, from [A-Za-z0-9._+@=/-],
    // no "..", at most 1024 characters. Network-supplied paths must pass this first.
    static bool isSafePath(const QString &path);
    // POSIX shell single-quoting.
    static QString shellQuote(const QString &arg);
    // Turns a failed `sudo -n` run into SudoNeedsPassword / SudoMissing with a sentence.
    static void classifySudoFailure(SshExecResult &result, const QString &pbx, const QString &user);
    static QString sudoWrap(const QString &sudo, const QString &command);
    // Text from the PBX (stderr, command output) made fit for a message: escape sequences and
    // control characters removed line by line, blank lines dropped, invalid UTF-8 replaced, cut
    // to maxChars.
    static QString remoteText(QByteArrayView bytes, int maxChars = 300);
    // The same on bytes that are still parsed afterwards: lines stay lines.
    static QByteArray stripRemoteControls(QByteArrayView bytes);

private:
    SshConnectResult connectOnce();
    int tcpConnect(SshConnectResult &result);
    bool verifyHostKey(SshConnectResult &result);
    bool authenticate(SshConnectResult &result);
    SshStatus lostStatus() const;
    QString prefix() const;
    QString libsshError() const;
    SshExecResult runExec(const QString &command, const SshExecOptions &options,
                          const std::function<void(QByteArrayView)> &onData, const std::function<bool()> &stop);
    SshFileResult sftpRead(const QString &path, qint64 maxBytes, bool *noSftp);
    void closeSocket();

    SshConfig m_config;
    KnownHostsStore *m_knownHosts;
    ssh_session_struct *m_session = nullptr;
    std::atomic<bool> m_cancelled{false};
    std::function<void(bool)> m_hostKeyWait;
    mutable QMutex m_fdMutex;   // guards m_fd against cancel() from another thread
    int m_fd = -1;
    bool m_connected = false;
};

} // namespace tg
