#include "SshSession.h"

#include "HostKeyPrompter.h"
#include "logs/LogSanitizer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QRegularExpression>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <fcntl.h>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace tg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tg::SshSession", text);
}

// Waits are cut into slices so cancel() and deadlines are noticed quickly.
constexpr int kSliceMs = 100;
// After the output bound, keep draining this much more to still get the exit code.
constexpr qint64 kDrainAfterBound = 16 * 1024 * 1024;

QByteArray cutMarker(qint64 bound)
{
    return "\n[Tollgate: output cut at " + QByteArray::number(bound) + " bytes]\n";
}

QString hostKeysFor(const QString &type)
{
    if (type == QLatin1String("ssh-rsa"))
        return QStringLiteral("rsa-sha2-512,rsa-sha2-256,ssh-rsa");
    if (type == QLatin1String("ssh-ed25519") || type.startsWith(QLatin1String("ecdsa-sha2-")))
        return type;
    return {};
}

} // namespace

SshSession::SshSession(SshConfig config, KnownHostsStore *knownHosts)
    : m_config(std::move(config)), m_knownHosts(knownHosts)
{
}

SshSession::~SshSession()
{
    disconnectFromHost();
}

void SshSession::setConfig(const SshConfig &config)
{
    disconnectFromHost();
    m_config = config;
}

QString SshSession::prefix() const
{
    return tr("SSH to PBX %1 (%2 port %3)").arg(m_config.pbxName, m_config.host).arg(m_config.port);
}

QString SshSession::libsshError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
}

int SshSession::socketFd() const
{
    QMutexLocker lock(&m_fdMutex);
    return m_fd;
}

bool SshSession::isConnected() const
{
    return m_connected && m_session && ssh_is_connected(m_session);
}

void SshSession::cancel()
{
    m_cancelled = true;
    QMutexLocker lock(&m_fdMutex);
    if (m_fd >= 0) {
#ifdef Q_OS_WIN
        ::shutdown(m_fd, SD_BOTH);
#else
        ::shutdown(m_fd, SHUT_RDWR);
#endif
    }
}

void SshSession::closeSocket()
{
    QMutexLocker lock(&m_fdMutex);
    m_fd = -1;
}

void SshSession::disconnectFromHost()
{
    const bool owned = m_session != nullptr;
    int fd = -1;
    {
        QMutexLocker lock(&m_fdMutex);
        fd = m_fd;
        m_fd = -1;
    }
    if (owned) {
        // libssh closes the socket it was given once the session had it; before that, we do.
        const bool libsshHasSocket = ssh_get_fd(m_session) != SSH_INVALID_SOCKET;
        if (ssh_is_connected(m_session))
            ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
        if (!libsshHasSocket && fd >= 0) {
#ifdef Q_OS_WIN
            ::closesocket(fd);
#else
            ::close(fd);
#endif
        }
    }
    m_connected = false;
}

SshStatus SshSession::lostStatus() const
{
    return m_cancelled ? SshStatus::Cancelled : SshStatus::ConnectionLost;
}

int SshSession::tcpConnect(SshConnectResult &result)
{
#ifdef Q_OS_WIN
    Q_UNUSED(result);
    return -2;   // let libssh connect (bounded by its timeout)
#else
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *list = nullptr;
    const QByteArray host = m_config.host.toUtf8();
    const QByteArray port = QByteArray::number(m_config.port);
    const int gai = ::getaddrinfo(host.constData(), port.constData(), &hints, &list);
    if (gai != 0) {
        result.status = SshStatus::ConnectFailed;
        result.error = tr("%1: the host name could not be resolved (%2). Check the SSH host in the PBX settings.")
                           .arg(prefix(), QString::fromLocal8Bit(gai_strerror(gai)));
        return -1;
    }
    QDeadlineTimer deadline(qMax(100, m_config.connectTimeoutMs));
    QString lastError;
    int connected = -1;
    for (addrinfo *ai = list; ai && connected < 0; ai = ai->ai_next) {
        const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
        if (fd < 0)
            continue;
        {
            QMutexLocker lock(&m_fdMutex);
            m_fd = fd;
        }
        const int flags = ::fcntl(fd, F_GETFL, 0);
        ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
        int rc = ::connect(fd, ai->ai_addr, ai->ai_addrlen);
        int err = rc == 0 ? 0 : errno;
        if (rc != 0 && err == EINPROGRESS) {
            err = ETIMEDOUT;
            while (!m_cancelled && !deadline.hasExpired()) {
                pollfd p{fd, POLLOUT, 0};
                const int n = ::poll(&p, 1, int(qMin<qint64>(kSliceMs, deadline.remainingTime())));
                if (n > 0) {
                    socklen_t len = sizeof(err);
                    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
                    break;
                }
            }
        }
        if (err == 0 && !m_cancelled) {
            ::fcntl(fd, F_SETFL, flags);
            connected = fd;
        } else {
            lastError = QString::fromLocal8Bit(strerror(err));
            closeSocket();
            ::close(fd);
            if (err == ETIMEDOUT || m_cancelled)
                break;
        }
    }
    ::freeaddrinfo(list);
    if (connected >= 0)
        return connected;
    if (m_cancelled) {
        result.status = SshStatus::Cancelled;
        result.error = tr("%1: cancelled while connecting.").arg(prefix());
    } else if (deadline.hasExpired()) {
        result.status = SshStatus::Timeout;
        result.error = tr("%1: no answer within %2 s. Check that the PBX is up and that a firewall lets "
                          "Tollgate reach its SSH port.").arg(prefix()).arg(m_config.connectTimeoutMs / 1000.0);
    } else {
        result.status = SshStatus::ConnectFailed;
        result.error = tr("%1: cannot connect (%2). Check the host and SSH port in the PBX settings and that "
                          "sshd runs on the PBX.").arg(prefix(), lastError);
    }
    return -1;
#endif
}

SshConnectResult SshSession::connectToHost()
{
    SshConnectResult result = connectOnce();
    HostKeyPrompter *prompter = m_knownHosts ? m_knownHosts->prompter() : nullptr;
    // Asked at most twice: a key trusted now, then (only if the server changed keys in between)
    // the changed one. The connection was closed before asking: the user may take a while.
    for (int asked = 0; prompter && asked < 2; ++asked) {
        if (result.status != SshStatus::UnknownHostKey && result.status != SshStatus::HostKeyChanged)
            break;
        QString why;
        if (m_hostKeyWait)
            m_hostKeyWait(true);
        const HostKeyPrompter::Outcome outcome =
            prompter->ask(m_config.pbxName, m_config.host, m_config.port, result.hostKey, result.knownFingerprint,
                          [this] { return m_cancelled.load(); }, &why);
        if (m_hostKeyWait)
            m_hostKeyWait(false);
        if (outcome == HostKeyPrompter::Outcome::Trusted) {
            result = connectOnce();
            continue;
        }
        // A changed key keeps its loud explanation, after the reason when there is a new one.
        if (result.status != SshStatus::HostKeyChanged)
            result.error = why;
        else if (outcome != HostKeyPrompter::Outcome::Refused)
            result.error = why + QLatin1Char(' ') + result.error;
        if (outcome == HostKeyPrompter::Outcome::Cancelled)
            result.status = SshStatus::Cancelled;
        break;
    }
    return result;
}

SshConnectResult SshSession::connectOnce()
{
    SshConnectResult result;
    disconnectFromHost();
    if (m_cancelled) {
        result.status = SshStatus::Cancelled;
        result.error = tr("%1: cancelled.").arg(prefix());
        return result;
    }
    const int fd = tcpConnect(result);
    if (fd == -1)
        return result;

    m_session = ssh_new();
    const QByteArray host = m_config.host.toUtf8();
    const QByteArray user = m_config.user.toUtf8();
    unsigned int port = m_config.port;
    long secs = m_config.connectTimeoutMs / 1000;
    long usecs = (m_config.connectTimeoutMs % 1000) * 1000;
    int verbosity = SSH_LOG_NOLOG;
    int no = 0;
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    if (!user.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &secs);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT_USEC, &usecs);
    ssh_options_set(m_session, SSH_OPTIONS_LOG_VERBOSITY, &verbosity);
    // Our own known hosts and settings only: ~/.ssh/config must not change what we trust.
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &no);
    if (m_knownHosts) {
        const QByteArray types = hostKeysFor(m_knownHosts->knownKeyType(m_config.host, m_config.port)).toLatin1();
        if (!types.isEmpty())
            ssh_options_set(m_session, SSH_OPTIONS_HOSTKEYS, types.constData());
    }
    if (fd >= 0) {
        socket_t s = fd;
        ssh_options_set(m_session, SSH_OPTIONS_FD, &s);
    }
    if (ssh_connect(m_session) != SSH_OK) {
        result.status = m_cancelled ? SshStatus::Cancelled : SshStatus::ConnectFailed;
        const QString why = libsshError();
        if (!m_cancelled && why.contains(QLatin1String("imeout")))
            result.status = SshStatus::Timeout;
        result.error = result.status == SshStatus::Cancelled
            ? tr("%1: cancelled during the SSH handshake.").arg(prefix())
            : tr("%1: the SSH handshake failed (%2). Is this port an SSH server?").arg(prefix(), why);
        disconnectFromHost();
        return result;
    }
    if (fd < 0) {
        QMutexLocker lock(&m_fdMutex);
        m_fd = int(ssh_get_fd(m_session));
    }
    if (!verifyHostKey(result) || !authenticate(result)) {
        disconnectFromHost();
        return result;
    }
    m_connected = true;
    return result;
}

bool SshSession::verifyHostKey(SshConnectResult &result)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK || !key) {
        result.status = SshStatus::ProtocolError;
        result.error = tr("%1: the server sent no host key.").arg(prefix());
        return false;
    }
    char *b64 = nullptr;
    SshHostKey hk;
    hk.type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    if (ssh_pki_export_pubkey_base64(key, &b64) == SSH_OK && b64) {
        hk.base64 = QByteArray(b64);
        ssh_string_free_char(b64);
    }
    ssh_key_free(key);
    hk.fingerprint = KnownHostsStore::fingerprintOf(hk.base64);
    result.hostKey = hk;
    if (!m_knownHosts) {
        result.status = SshStatus::UnknownHostKey;
        result.error = KnownHostsStore::unknownHostMessage(m_config.pbxName, m_config.host, m_config.port, hk);
        return false;
    }
    QString known;
    switch (m_knownHosts->check(m_config.host, m_config.port, hk, &known)) {
    case KnownHostsStore::Verdict::Trusted:
        return true;
    case KnownHostsStore::Verdict::Changed:
        result.status = SshStatus::HostKeyChanged;
        result.knownFingerprint = known;
        result.error = KnownHostsStore::changedKeyMessage(m_config.pbxName, m_config.host, m_config.port, known, hk);
        return false;
    case KnownHostsStore::Verdict::Unknown:
        if (!m_config.approvedFingerprint.isEmpty() && m_config.approvedFingerprint == hk.fingerprint) {
            QString error;
            if (m_knownHosts->trust(m_config.host, m_config.port, hk, &error))
                return true;
            result.status = SshStatus::ProtocolError;
            result.error = error;
            return false;
        }
        result.status = SshStatus::UnknownHostKey;
        result.error = KnownHostsStore::unknownHostMessage(m_config.pbxName, m_config.host, m_config.port, hk);
        return false;
    }
    return false;
}

bool SshSession::authenticate(SshConnectResult &result)
{
    const QByteArray user = m_config.user.toUtf8();
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return true;
    QStringList tried;
    auto failed = [&](int code) {
        if (code == SSH_AUTH_ERROR && !ssh_is_connected(m_session)) {
            result.status = lostStatus();
            result.error = tr("%1: the connection was lost during login (%2).").arg(prefix(), libsshError());
            return true;
        }
        return false;
    };
    if (rc == SSH_AUTH_ERROR && failed(rc))
        return false;
    const int methods = ssh_userauth_list(m_session, nullptr);

    if (m_config.useAgent && (methods & SSH_AUTH_METHOD_PUBLICKEY) && qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
        tried << tr("ssh-agent");
        rc = ssh_userauth_agent(m_session, nullptr);
        if (rc == SSH_AUTH_SUCCESS)
            return true;
        if (failed(rc))
            return false;
    }
    if (!m_config.keyFile.isEmpty() && (methods & SSH_AUTH_METHOD_PUBLICKEY)) {
        tried << tr("key file %1").arg(m_config.keyFile);
        ssh_key key = nullptr;
        const QByteArray pass = m_config.keyPassphrase.toUtf8();
        const QByteArray path = m_config.keyFile.toLocal8Bit();
        if (ssh_pki_import_privkey_file(path.constData(), pass.isEmpty() ? nullptr : pass.constData(), nullptr,
                                        nullptr, &key) != SSH_OK) {
            result.status = SshStatus::AuthFailed;
            result.error = m_config.keyPassphrase.isEmpty()
                ? tr("%1: cannot read the private key file %2 (missing, unreadable, or protected by a passphrase "
                     "that is not stored in the keychain).").arg(prefix(), m_config.keyFile)
                : tr("%1: cannot read the private key file %2: wrong passphrase or not a key file.")
                      .arg(prefix(), m_config.keyFile);
            return false;
        }
        rc = ssh_userauth_publickey(m_session, nullptr, key);
        ssh_key_free(key);
        if (rc == SSH_AUTH_SUCCESS)
            return true;
        if (failed(rc))
            return false;
    }
    if (!m_config.password.isEmpty() && (methods & SSH_AUTH_METHOD_PASSWORD)) {
        tried << tr("password");
        rc = ssh_userauth_password(m_session, nullptr, m_config.password.toUtf8().constData());
        if (rc == SSH_AUTH_SUCCESS)
            return true;
        if (failed(rc))
            return false;
    }
    if (!m_config.password.isEmpty() && (methods & SSH_AUTH_METHOD_INTERACTIVE)) {
        tried << tr("keyboard-interactive");
        rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
        // Answer hidden prompts with the password; give up after a few rounds (no loops forever).
        for (int round = 0; rc == SSH_AUTH_INFO && round < 5; ++round) {
            const int n = ssh_userauth_kbdint_getnprompts(m_session);
            for (int i = 0; i < n; ++i) {
                char echo = 0;
                ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echo);
                const QByteArray answer = echo ? user : m_config.password.toUtf8();
                ssh_userauth_kbdint_setanswer(m_session, unsigned(i), answer.constData());
            }
            rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
        }
        if (rc == SSH_AUTH_SUCCESS)
            return true;
        if (failed(rc))
            return false;
    }
    result.status = SshStatus::AuthFailed;
    result.error = tried.isEmpty()
        ? tr("%1: the server accepts none of the login methods Tollgate has for user %2 (set a key file or "
             "password in the PBX settings).").arg(prefix(), m_config.user)
        : tr("%1: login as user %2 was refused (tried: %3). Check the user name, key and password in the PBX "
             "settings.").arg(prefix(), m_config.user, tried.join(QStringLiteral(", ")));
    return false;
}

bool SshSession::isSafePath(const QString &path)
{
    static const QRegularExpression allowed(QStringLiteral("^/[A-Za-z0-9._+@=/-]{0,1023}$"));
    if (!allowed.match(path).hasMatch())
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &p : parts)
        if (p == QLatin1String("..") || p.startsWith(QLatin1Char('-')))
            return false;
    return true;
}

QString SshSession::shellQuote(const QString &arg)
{
    QString q = arg;
    q.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString SshSession::remoteText(QByteArrayView bytes, int maxChars)
{
    QStringList lines;
    qsizetype size = 0;
    for (const QByteArray &line : bytes.toByteArray().split('\n')) {
        const QString clean = LogSanitizer::cleanText(line, maxChars).trimmed();
        if (clean.isEmpty())
            continue;
        lines << clean;
        size += clean.size() + 1;
        if (size > maxChars)
            break;
    }
    QString text = lines.join(QLatin1Char('\n'));
    if (text.size() > maxChars) {
        text.truncate(text.at(maxChars - 1).isHighSurrogate() ? maxChars - 1 : maxChars);
        text.append(QChar(0x2026));
    }
    return text;
}

QByteArray SshSession::stripRemoteControls(QByteArrayView bytes)
{
    QByteArrayList lines = bytes.toByteArray().split('\n');
    for (QByteArray &line : lines)
        line = LogSanitizer::stripControls(line);
    return lines.join('\n');
}

QString SshSession::sudoWrap(const QString &sudo, const QString &command)
{
    return sudo + QStringLiteral(" -n -- sh -c ") + shellQuote(command);
}

void SshSession::classifySudoFailure(SshExecResult &r, const QString &pbx, const QString &user)
{
    if (r.status != SshStatus::Ok || r.exitCode == 0)
        return;
    const QByteArray err = r.err.toLower();
    if (err.contains("a password is required") || err.contains("a terminal is required")
        || err.contains("askpass")) {
        r.status = SshStatus::SudoNeedsPassword;
        r.error = tr("On PBX %1, sudo wants a password for user %2, and Tollgate runs sudo without prompting "
                     "(sudo -n). Allow the needed commands for %2 with NOPASSWD in sudoers (visudo), or use an "
                     "SSH user that may run them.").arg(pbx, user);
    } else if (err.contains("not in the sudoers") || err.contains("may not run sudo")
               || err.contains("is not allowed to execute")) {
        r.status = SshStatus::SudoNeedsPassword;
        r.error = tr("On PBX %1, user %2 may not run this command with sudo. Allow it in sudoers (visudo) with "
                     "NOPASSWD.").arg(pbx, user);
    } else if (r.exitCode == 127 && err.contains("sudo") && err.contains("not found")) {
        r.status = SshStatus::SudoMissing;
        r.error = tr("PBX %1 has no sudo. Install it, or log in as a user that can run the command directly.")
                      .arg(pbx);
    }
}

SshExecResult SshSession::exec(const QString &command, const SshExecOptions &options)
{
    return runExec(command, options, {}, {});
}

SshExecResult SshSession::sudoExec(const QString &command, const SshExecOptions &options)
{
    SshExecResult r = runExec(sudoWrap(m_config.sudo, command), options, {}, {});
    classifySudoFailure(r, m_config.pbxName, m_config.user);
    return r;
}

SshExecResult SshSession::runExec(const QString &command, const SshExecOptions &options,
                                  const std::function<void(QByteArrayView)> &onData, const std::function<bool()> &stop)
{
    SshExecResult r;
    if (!isConnected()) {
        const SshConnectResult c = connectToHost();
        if (!c.ok()) {
            r.status = c.status;
            r.error = c.error;
            return r;
        }
    }
    ssh_channel ch = ssh_channel_new(m_session);
    auto lost = [&](const QString &what) {
        r.status = lostStatus();
        r.error = r.status == SshStatus::Cancelled
            ? tr("%1: cancelled.").arg(prefix())
            : tr("%1: the connection was lost %2 (%3). The server may have restarted or the network failed; "
                 "Tollgate reconnects on the next request.").arg(prefix(), what, libsshError());
        if (ch) {
            ssh_channel_free(ch);
            ch = nullptr;
        }
        disconnectFromHost();
        return r;
    };
    if (!ch || ssh_channel_open_session(ch) != SSH_OK)
        return lost(tr("while opening a channel"));
    if (ssh_channel_request_exec(ch, command.toUtf8().constData()) != SSH_OK)
        return lost(tr("while starting the command"));
    for (qsizetype pos = 0; pos < options.stdinData.size();) {
        const int n = ssh_channel_write(ch, options.stdinData.constData() + pos,
                                        uint32_t(qMin<qsizetype>(32768, options.stdinData.size() - pos)));
        if (n <= 0)
            return lost(tr("while sending data"));
        pos += n;
    }
    ssh_channel_send_eof(ch);

    const int timeout = onData ? -1 : (options.timeoutMs > 0 ? options.timeoutMs : m_config.ioTimeoutMs);
    QDeadlineTimer deadline = timeout < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeout);
    char buf[16384];
    qint64 drained = 0;
    bool cutShort = false;
    bool stopped = false;
    auto keep = [&](QByteArray &into, const char *data, int n, qint64 bound, bool &truncated) {
        if (truncated) {
            drained += n;
            return;
        }
        const qint64 room = bound - into.size();
        if (n <= room) {
            into.append(data, n);
        } else {
            into.append(data, int(qMax<qint64>(0, room)));
            into.append(cutMarker(bound));
            truncated = true;
            drained += n - room;
        }
    };
    while (true) {
        if (m_cancelled)
            return lost(QString());
        if (stop && stop()) {
            stopped = true;
            break;
        }
        const int n = ssh_channel_read_timeout(ch, buf, sizeof(buf), 0, kSliceMs);
        if (n == SSH_ERROR)
            return lost(tr("during the command"));
        if (n > 0) {
            if (onData)
                onData(QByteArrayView(buf, n));
            else
                keep(r.out, buf, n, options.maxStdout, r.outTruncated);
        }
        int e = 0;
        while ((e = ssh_channel_read_nonblocking(ch, buf, sizeof(buf), 1)) > 0)
            keep(r.err, buf, e, options.maxStderr, r.errTruncated);
        if (e == SSH_ERROR)
            return lost(tr("during the command"));
        if (n == 0 && ssh_channel_is_eof(ch))
            break;
        if (!ssh_is_connected(m_session) || (ssh_channel_is_closed(ch) && n == 0))
            return lost(tr("during the command"));
        if (drained > kDrainAfterBound) {
            cutShort = true;
            break;
        }
        if (deadline.hasExpired()) {
            r.status = SshStatus::Timeout;
            r.error = tr("%1: the command did not finish within %2 s and was abandoned.")
                          .arg(prefix()).arg(timeout / 1000.0);
            ssh_channel_request_send_signal(ch, "TERM");
            ssh_channel_close(ch);
            ssh_channel_free(ch);
            return r;
        }
    }
    if (stopped || cutShort) {
        // Ask the remote command to end (tail -F would otherwise linger until its next write).
        ssh_channel_request_send_signal(ch, "TERM");
    } else {
        r.exitCode = ssh_channel_get_exit_status(ch);
        if (r.exitCode == SSH_ERROR && !ssh_is_connected(m_session))
            return lost(tr("at the end of the command"));
    }
    ssh_channel_close(ch);
    ssh_channel_free(ch);
    return r;
}

SshExecResult SshSession::follow(const QString &path, const std::function<void(QByteArrayView)> &onData,
                                 const std::function<bool()> &stop, bool sudo)
{
    if (!isSafePath(path)) {
        SshExecResult r;
        r.status = SshStatus::InvalidArgument;
        r.error = tr("%1: refused to follow \"%2\": not a plain absolute file path.").arg(prefix(), path);
        return r;
    }
    // -F: keep following across log rotation; -n 0: only what is written from now on.
    const QString cmd = QStringLiteral("exec tail -n 0 -F -- ") + shellQuote(path);
    SshExecResult r = runExec(sudo ? sudoWrap(m_config.sudo, cmd) : cmd, {}, onData, stop);
    if (sudo)
        classifySudoFailure(r, m_config.pbxName, m_config.user);
    return r;
}

SshFileResult SshSession::sftpRead(const QString &path, qint64 maxBytes, bool *noSftp)
{
    SshFileResult r;
    r.method = QStringLiteral("sftp");
    *noSftp = false;
    sftp_session sftp = sftp_new(m_session);
    if (!sftp || sftp_init(sftp) != SSH_OK) {
        if (sftp)
            sftp_free(sftp);
        if (!ssh_is_connected(m_session)) {
            r.status = lostStatus();
            r.error = tr("%1: the connection was lost while starting SFTP (%2).").arg(prefix(), libsshError());
            disconnectFromHost();
            return r;
        }
        *noSftp = true;
        r.status = SshStatus::ProtocolError;
        r.error = tr("%1: the server offers no SFTP.").arg(prefix());
        return r;
    }
    sftp_file f = sftp_open(sftp, path.toUtf8().constData(), O_RDONLY, 0);
    if (!f) {
        const int err = sftp_get_error(sftp);
        r.status = SshStatus::RemoteError;
        r.error = err == SSH_FX_NO_SUCH_FILE
            ? tr("%1: the file %2 does not exist.").arg(prefix(), path)
            : err == SSH_FX_PERMISSION_DENIED
                ? tr("%1: permission denied reading %2; read it with sudo, or give the SSH user read access.")
                      .arg(prefix(), path)
                : tr("%1: cannot open %2 (SFTP error %3).").arg(prefix(), path).arg(err);
        sftp_free(sftp);
        return r;
    }
    char buf[32768];
    while (true) {
        if (m_cancelled) {
            r.status = SshStatus::Cancelled;
            r.error = tr("%1: cancelled.").arg(prefix());
            break;
        }
        const ssize_t n = sftp_read(f, buf, sizeof(buf));
        if (n < 0) {
            r.status = ssh_is_connected(m_session) ? SshStatus::RemoteError : lostStatus();
            r.error = tr("%1: reading %2 failed (%3).").arg(prefix(), path, libsshError());
            break;
        }
        if (n == 0)
            break;
        const qint64 room = maxBytes - r.data.size();
        r.data.append(buf, int(qMin<qint64>(room, n)));
        if (n > room) {
            r.truncated = true;
            break;
        }
    }
    sftp_close(f);
    sftp_free(sftp);
    if (r.status == SshStatus::ConnectionLost || r.status == SshStatus::Cancelled)
        disconnectFromHost();
    return r;
}

SshFileResult SshSession::readFile(const QString &path, qint64 maxBytes, SshReadMethod method, bool sudo)
{
    SshFileResult r;
    if (!isSafePath(path)) {
        r.status = SshStatus::InvalidArgument;
        r.error = tr("%1: refused to read \"%2\": not a plain absolute file path.").arg(prefix(), path);
        return r;
    }
    if (!sudo && method != SshReadMethod::Cat) {
        if (!isConnected()) {
            const SshConnectResult c = connectToHost();
            if (!c.ok()) {
                r.status = c.status;
                r.error = c.error;
                return r;
            }
        }
        bool noSftp = false;
        r = sftpRead(path, maxBytes, &noSftp);
        if (!noSftp || method == SshReadMethod::Sftp)
            return r;
    }
    SshExecOptions o;
    o.maxStdout = maxBytes;
    const QString cmd = QStringLiteral("cat -- ") + shellQuote(path);
    SshExecResult e = sudo ? sudoExec(cmd, o) : exec(cmd, o);
    r = SshFileResult();
    r.method = QStringLiteral("cat");
    r.status = e.status;
    r.error = e.error;
    if (e.status != SshStatus::Ok)
        return r;
    if (e.outTruncated) {
        r.truncated = true;
        e.out.chop(cutMarker(maxBytes).size());   // data, not a message: no marker in it
    } else if (e.exitCode != 0) {
        r.status = SshStatus::RemoteError;
        r.error = tr("%1: cannot read %2: %3").arg(prefix(), path, remoteText(e.err));
        return r;
    }
    r.data = e.out;
    return r;
}

SshWriteResult SshSession::writeFile(const QString &path, const QByteArray &content, bool sudo)
{
    SshWriteResult r;
    if (!isSafePath(path) || path.endsWith(QLatin1Char('/'))) {
        r.status = SshStatus::InvalidArgument;
        r.error = tr("%1: refused to write \"%2\": not a plain absolute file path.").arg(prefix(), path);
        return r;
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // Temp file beside the target (same file system, so the rename is atomic); owner and mode
    // of the old file kept; fsync of the data (coreutils sync FILE) before the rename.
    const QString script = QStringLiteral(
        "set -e; umask 077; f=%1; t=$(mktemp \"$f.tollgate-XXXXXX\"); trap 'rm -f -- \"$t\"' EXIT; "
        "cat > \"$t\"; "
        "if [ -e \"$f\" ]; then b=\"$f.%2.tollgate.bak\"; n=0; "
        "while [ -e \"$b\" ]; do n=$((n+1)); b=\"$f.%2-$n.tollgate.bak\"; done; "
        "cp -p -- \"$f\" \"$b\"; chmod --reference=\"$f\" -- \"$t\"; chown --reference=\"$f\" -- \"$t\" 2>/dev/null || true; "
        "echo \"backup=$b\"; else chmod 644 -- \"$t\"; fi; "
        "sync -- \"$t\" 2>/dev/null || sync; mv -f -- \"$t\" \"$f\"; trap - EXIT; "
        "sync -- \"$(dirname -- \"$f\")\" 2>/dev/null || true; echo \"size=$(wc -c < \"$f\")\"")
                               .arg(shellQuote(path), stamp);
    SshExecOptions o;
    o.stdinData = content;
    o.maxStdout = 8192;
    const SshExecResult e = sudo ? sudoExec(script, o) : exec(script, o);
    r.status = e.status;
    r.error = e.error;
    if (e.status != SshStatus::Ok)
        return r;
    if (e.exitCode != 0) {
        r.status = SshStatus::RemoteError;
        r.error = tr("%1: writing %2 failed; the file is unchanged: %3")
                      .arg(prefix(), path, remoteText(e.err));
        return r;
    }
    for (const QByteArray &line : e.out.split('\n')) {
        if (line.startsWith("backup="))
            r.backupPath = QString::fromUtf8(line.mid(7));
        else if (line.startsWith("size=") && line.mid(5).trimmed().toLongLong() != content.size()) {
            r.status = SshStatus::RemoteError;
            r.error = tr("%1: %2 was written but its size on the PBX differs (%3 bytes instead of %4); check the "
                         "disk space and the backup %5.")
                          .arg(prefix(), path, QString::fromUtf8(line.mid(5).trimmed()))
                          .arg(content.size())
                          .arg(r.backupPath);
        }
    }
    return r;
}

ssh_channel_struct *SshSession::openForwardChannel(const QString &host, quint16 port, QString *error)
{
    if (!isConnected()) {
        const SshConnectResult c = connectToHost();
        if (!c.ok()) {
            *error = c.error;
            return nullptr;
        }
    }
    ssh_channel ch = ssh_channel_new(m_session);
    if (!ch || ssh_channel_open_forward(ch, host.toUtf8().constData(), port, "127.0.0.1", 0) != SSH_OK) {
        *error = tr("%1: the server refused to forward to %2 port %3 (%4). Check AllowTcpForwarding in the PBX's "
                    "sshd_config and that the service listens there.")
                     .arg(prefix(), host)
                     .arg(port)
                     .arg(libsshError());
        if (ch)
            ssh_channel_free(ch);
        return nullptr;
    }
    return ch;
}

} // namespace tg
