#pragma once

// The throwaway OpenSSH server of scripts/with-sshd.sh as the SSH integration tests use it
// (header-only, test code): its address and accounts from the environment the script sets, SSH
// settings and PBX profiles that log in there with the test key, and trusting its host key in a
// known_hosts store the way the user would (approving the fingerprint).

#include "PbxProfile.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshPool.h"

#include <QFile>
#include <QString>
#include <QTest>

namespace tg::sshtest {

inline QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

// False outside scripts/with-sshd.sh: the tests skip (ctest always runs them through it).
inline bool serverRunning()
{
    return !env("TOLLGATE_SSH_PORT").isEmpty();
}

// In initTestCase(): skips the whole test when no server runs.
#define TG_REQUIRE_SSHD()                                                                                            \
    do {                                                                                                             \
        if (!tg::sshtest::serverRunning())                                                                           \
            QSKIP("run through scripts/with-sshd.sh (ctest does)");                                                  \
    } while (false)

// The second server of with-sshd.sh --password-users (PAM, password-only and keyboard-interactive-
// only accounts, no SFTP); in a test function: skips it when the script could not start that server.
#define TG_REQUIRE_PAM_SSHD()                                                                                        \
    do {                                                                                                             \
        if (!tg::sshtest::env("TOLLGATE_SSH_PAM_SKIP").isEmpty())                                                    \
            QSKIP(qPrintable(tg::sshtest::env("TOLLGATE_SSH_PAM_SKIP")));                                            \
    } while (false)

inline quint16 pamPort()
{
    return quint16(env("TOLLGATE_SSH_PAM_PORT").toUInt());
}

// A folder the server's account can read and write (config folders, logs to follow).
inline QString scratchDir()
{
    return env("TOLLGATE_SSH_DIR");
}

inline QString hostKeyFingerprint()
{
    return env("TOLLGATE_SSH_HOSTKEY_FP");
}

// The server and its test account, no credentials and no agent: the test adds what it tests.
inline SshConfig serverConfig(const QString &pbx)
{
    SshConfig c;
    c.pbxName = pbx;
    c.host = env("TOLLGATE_SSH_HOST");
    c.port = quint16(env("TOLLGATE_SSH_PORT").toUInt());
    c.user = env("TOLLGATE_SSH_USER");
    c.useAgent = false;
    return c;
}

// As serverConfig, with the server's fingerprint approved: its key is trusted on first contact.
inline SshConfig trustedServerConfig(const QString &pbx)
{
    SshConfig c = serverConfig(pbx);
    c.approvedFingerprint = hostKeyFingerprint();
    return c;
}

// Logs in with the plain test key; an unknown host key is still asked about (or refused).
inline SshConfig keyConfig(const QString &pbx)
{
    SshConfig c = serverConfig(pbx);
    c.keyFile = env("TOLLGATE_SSH_KEY");
    return c;
}

// As keyConfig, with the server's fingerprint approved.
inline SshConfig trustedKeyConfig(const QString &pbx)
{
    SshConfig c = keyConfig(pbx);
    c.approvedFingerprint = hostKeyFingerprint();
    return c;
}

// A PBX managed over SSH on the test server (key login); its AMI port 9 has no listener, so the
// live link keeps retrying while the SSH actions work.
inline PbxProfile pbxProfile(const QString &name)
{
    PbxProfile p;
    p.name = name;
    p.host = QStringLiteral("127.0.0.1");
    p.port = 9;
    p.user = QStringLiteral("tollgate");
    p.sshHost = env("TOLLGATE_SSH_HOST");
    p.sshPort = quint16(env("TOLLGATE_SSH_PORT").toUInt());
    p.sshUser = env("TOLLGATE_SSH_USER");
    p.sshKeyFile = env("TOLLGATE_SSH_KEY");
    return p;
}

// Connects once with the approved fingerprint so `store` trusts the server's host key, as after
// the user approved it. False with the reason in *error.
inline bool trustHostKey(KnownHostsStore *store, QString *error)
{
    SshPool pool(trustedKeyConfig(QStringLiteral("trust")), store, 1);
    bool done = false;
    SshConnectResult result;
    pool.connectCheck([&](const SshConnectResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        result.error = QStringLiteral("no answer from the test sshd within 20 s");
    else if (result.ok())
        return true;
    *error = result.error;
    return false;
}

inline QByteArray readLocal(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The other host key with-sshd.sh made, standing for "the key trusted before" in changed-key
// tests; null when it cannot be read.
inline SshHostKey otherHostKey()
{
    const QList<QByteArray> parts = readLocal(env("TOLLGATE_SSH_OTHER_HOSTKEY_PUB")).trimmed().split(' ');
    if (parts.size() < 2)
        return {};
    return SshHostKey{QString::fromLatin1(parts[0]), parts[1], KnownHostsStore::fingerprintOf(parts[1])};
}

inline void writeLocal(const QString &path, const QByteArray &data, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile f(path);
    if (!f.open(mode))
        qFatal("cannot write %s", qPrintable(path));
    f.write(data);
}

} // namespace tg::sshtest
