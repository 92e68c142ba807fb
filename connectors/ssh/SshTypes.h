#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace tg {

// How an SSH operation ended. Every non-Ok status comes with a sentence in `error`.
enum class SshStatus : int {
    Ok = 0,
    UnknownHostKey,     // first contact: show hostKey.fingerprint and ask the user (trust on first use)
    HostKeyChanged,     // refused: the server's key differs from the one trusted before
    ConnectFailed,      // TCP connect refused/unreachable/name not found
    Timeout,
    Cancelled,
    AuthFailed,
    ConnectionLost,     // the server or network went away mid-operation
    ProtocolError,      // SSH/SFTP level failure
    InvalidArgument,    // a path or host that fails validation; nothing was sent
    SudoNeedsPassword,  // sudo -n refused: it wants a password
    SudoMissing,        // no sudo on the server
    RemoteError,        // the remote side failed (file not found, permission denied, ...)
};

QString sshStatusName(SshStatus status);

// A server host key as presented during key exchange.
struct SshHostKey {
    QString type;          // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"
    QByteArray base64;     // public key blob, as in known_hosts
    QString fingerprint;   // "SHA256:..." as OpenSSH prints it
    bool isNull() const { return base64.isEmpty(); }
};

// Where and how to log in. Secrets are filled in by the caller from the keychain (SecretStore)
// just before use; they are never written anywhere by this layer.
struct SshConfig {
    QString pbxName;                 // for messages: errors name the PBX
    QString host;
    quint16 port = 22;
    QString user;
    QString keyFile;                 // private key file; empty = none
    QString keyPassphrase;           // for keyFile
    QString password;                // password and keyboard-interactive
    bool useAgent = true;            // ssh-agent via SSH_AUTH_SOCK
    int connectTimeoutMs = 10000;    // TCP connect + handshake + auth, each wait
    int ioTimeoutMs = 30000;         // default for one command or file transfer
    // The fingerprint the user just approved for an unknown host: trusted (and stored) only if
    // the server presents exactly this key. Never used for a changed key.
    QString approvedFingerprint;
    QString sudo = QStringLiteral("sudo");
};

struct SshExecOptions {
    int timeoutMs = 0;                       // 0 = SshConfig::ioTimeoutMs
    qint64 maxStdout = 4 * 1024 * 1024;      // more is cut, with a marker appended
    qint64 maxStderr = 256 * 1024;
    QByteArray stdinData;                    // sent, then EOF
};

struct SshExecResult {
    SshStatus status = SshStatus::Ok;
    QString error;
    int exitCode = -1;                       // -1: none received (signal, cut, failure)
    QByteArray out;
    QByteArray err;
    bool outTruncated = false;
    bool errTruncated = false;
    bool ok() const { return status == SshStatus::Ok && exitCode == 0; }
};

enum class SshReadMethod : int { Auto = 0, Sftp, Cat };

struct SshFileResult {
    SshStatus status = SshStatus::Ok;
    QString error;
    QByteArray data;
    bool truncated = false;
    QString method;                          // "sftp" or "cat": what actually read it
    bool ok() const { return status == SshStatus::Ok; }
};

struct SshWriteResult {
    SshStatus status = SshStatus::Ok;
    QString error;
    QString backupPath;                      // empty when the file did not exist before
    bool ok() const { return status == SshStatus::Ok; }
};

// Result of connecting (and of trust decisions).
struct SshConnectResult {
    SshStatus status = SshStatus::Ok;
    QString error;
    SshHostKey hostKey;                      // set for UnknownHostKey and HostKeyChanged
    QString knownFingerprint;                // HostKeyChanged: the one trusted before
    bool ok() const { return status == SshStatus::Ok; }
};

} // namespace tg

Q_DECLARE_METATYPE(tg::SshStatus)
Q_DECLARE_METATYPE(tg::SshExecResult)
Q_DECLARE_METATYPE(tg::SshConnectResult)
