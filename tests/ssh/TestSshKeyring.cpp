// Runs inside scripts/with-sshd.sh --password-users and scripts/with-keyring.sh: a real sshd
// (and a PAM one with password-only and keyboard-interactive-only accounts) and a throwaway,
// unlocked gnome-keyring. The SSH secrets come from the keychain, as in the application, and
// become SshConfig the way the engine makes it (PbxOps::sshConfig).
#include "PbxProfile.h"
#include "SshTestServer.h"
#include "engine/PbxOps.h"
#include "secrets/SecretStore.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshSession.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;
using namespace tg::sshtest;

class TestSshKeyring : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void passphraseFromKeychain();
    void wrongPasswordFromKeychain();
    void passwordFromKeychain();
    void keyboardInteractiveFromKeychain();
    void wrongPasswordsEndClearly();

private:
    PbxProfile pamProfile(const QString &user) const;
    SshConnectResult loginWithKeychainPassword(const PbxProfile &profile, const QString &password,
                                               SshExecResult *whoami = nullptr);
    QString readSecret(const QString &key);
    void writeSecret(const QString &key, const QString &value);

    QTemporaryDir m_tmp;
    PbxProfile m_profile;
};

void TestSshKeyring::initTestCase()
{
    TG_REQUIRE_SSHD();
    if (env("TOLLGATE_KEYRING_SANDBOX").isEmpty())
        QSKIP("run through scripts/with-keyring.sh (ctest does)");   // never the user's own keychain
    m_profile = pbxProfile(QStringLiteral("keyring-pbx"));
    m_profile.sshKeyFile = env("TOLLGATE_SSH_KEY_ENC");   // the passphrase-protected key
}

QString TestSshKeyring::readSecret(const QString &key)
{
    SecretStore store;   // a fresh store: nothing cached in memory, the keychain answers
    bool done = false;
    QString secret, error;
    store.read(key, [&](bool ok, QString s, QString e) {
        secret = ok ? s : QString();
        error = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("keychain read timed out");
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return secret;
}

void TestSshKeyring::writeSecret(const QString &key, const QString &value)
{
    SecretStore store;
    bool done = false, good = false;
    store.write(key, value, [&](bool ok, QString) {
        good = ok;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
    QVERIFY(good);
}

void TestSshKeyring::passphraseFromKeychain()
{
    // What the settings dialog does when the user enters the passphrase ...
    writeSecret(m_profile.sshSecretKey(), env("TOLLGATE_SSH_KEY_PASSPHRASE"));
    // ... and what the connector does before it connects.
    const QString passphrase = readSecret(m_profile.sshSecretKey());
    QCOMPARE(passphrase, env("TOLLGATE_SSH_KEY_PASSPHRASE"));

    KnownHostsStore known(m_tmp.filePath(QStringLiteral("known_hosts")));
    SshConfig c = trustedServerConfig(m_profile.name);
    c.keyFile = m_profile.sshKeyFile;
    c.keyPassphrase = passphrase;
    SshSession s(c, &known);
    const SshConnectResult r = s.connectToHost();
    QVERIFY2(r.ok(), qPrintable(r.error));
    const SshExecResult e = s.exec(QStringLiteral("echo keyring-ok"));
    QCOMPARE(e.out, QByteArray("keyring-ok\n"));
}

void TestSshKeyring::wrongPasswordFromKeychain()
{
    const QString key = QStringLiteral("pbx/keyring-pbx/ssh-password");
    writeSecret(key, QStringLiteral("not-the-password"));
    KnownHostsStore known(m_tmp.filePath(QStringLiteral("known_hosts2")));
    SshConfig c = trustedServerConfig(m_profile.name);
    c.password = readSecret(key);
    QCOMPARE(c.password, QStringLiteral("not-the-password"));
    SshSession s(c, &known);
    const SshConnectResult r = s.connectToHost();
    QCOMPARE(r.status, SshStatus::AuthFailed);
    QVERIFY(r.error.contains(QStringLiteral("password")));
}

PbxProfile TestSshKeyring::pamProfile(const QString &user) const
{
    PbxProfile p;
    p.name = QStringLiteral("pam-pbx-") + user;
    p.host = env("TOLLGATE_SSH_HOST");
    p.sshPort = pamPort();
    p.sshUser = user;   // no key file: the SSH secret is the password
    return p;
}

SshConnectResult TestSshKeyring::loginWithKeychainPassword(const PbxProfile &profile, const QString &password,
                                                           SshExecResult *whoami)
{
    // What the PBX dialog stores, then what the controller reads and the engine connects with.
    SshConnectResult failed;
    failed.status = SshStatus::ProtocolError;
    writeSecret(profile.sshSecretKey(), password);
    if (QTest::currentTestFailed())
        return failed;
    const QString fromKeychain = readSecret(profile.sshSecretKey());
    if (fromKeychain != password) {
        failed.error = QStringLiteral("the keychain returned another secret");
        return failed;
    }
    SshConfig c = PbxOps::sshConfig(profile, fromKeychain);
    c.useAgent = false;
    c.approvedFingerprint = hostKeyFingerprint();
    KnownHostsStore known(m_tmp.filePath(profile.name + QStringLiteral("_known_hosts")));
    SshSession s(c, &known);
    const SshConnectResult r = s.connectToHost();
    if (r.ok() && whoami)
        *whoami = s.exec(QStringLiteral("id -un"));
    return r;
}

void TestSshKeyring::passwordFromKeychain()
{
    TG_REQUIRE_PAM_SSHD();
    const QString user = env("TOLLGATE_SSH_PASSWORD_USER");
    SshExecResult whoami;
    const SshConnectResult r =
        loginWithKeychainPassword(pamProfile(user), env("TOLLGATE_SSH_PASSWORD"), &whoami);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(whoami.out.trimmed(), user.toUtf8());
    QFile log(env("TOLLGATE_SSHD_PAM_LOG"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("Accepted password for " + user.toUtf8()));
}

void TestSshKeyring::keyboardInteractiveFromKeychain()
{
    TG_REQUIRE_PAM_SSHD();
    const QString user = env("TOLLGATE_SSH_KBD_USER");
    SshExecResult whoami;
    const SshConnectResult r =
        loginWithKeychainPassword(pamProfile(user), env("TOLLGATE_SSH_PASSWORD"), &whoami);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(whoami.out.trimmed(), user.toUtf8());
    // The server offered this account nothing but keyboard-interactive, answered through PAM.
    QFile log(env("TOLLGATE_SSHD_PAM_LOG"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("Accepted keyboard-interactive/pam for " + user.toUtf8()));
}

void TestSshKeyring::wrongPasswordsEndClearly()
{
    TG_REQUIRE_PAM_SSHD();
    const QString wrong = env("TOLLGATE_SSH_PASSWORD") + QStringLiteral("-wrong");
    const struct {
        QString user;
        QString method;
    } cases[] = {{env("TOLLGATE_SSH_PASSWORD_USER"), QStringLiteral("password")},
                 {env("TOLLGATE_SSH_KBD_USER"), QStringLiteral("keyboard-interactive")}};
    for (const auto &c : cases) {
        const PbxProfile p = pamProfile(c.user);
        const SshConnectResult r = loginWithKeychainPassword(p, wrong);
        QCOMPARE(r.status, SshStatus::AuthFailed);
        QVERIFY2(r.error.contains(c.user) && r.error.contains(c.method) && r.error.contains(p.name),
                 qPrintable(r.error));
    }
    // No password stored: the keyboard-interactive account has nothing Tollgate can offer.
    PbxProfile p = pamProfile(env("TOLLGATE_SSH_KBD_USER"));
    SshConfig c = PbxOps::sshConfig(p, QString());
    c.useAgent = false;
    c.approvedFingerprint = hostKeyFingerprint();
    KnownHostsStore known(m_tmp.filePath(QStringLiteral("none_known_hosts")));
    SshSession s(c, &known);
    const SshConnectResult r = s.connectToHost();
    QCOMPARE(r.status, SshStatus::AuthFailed);
    QVERIFY2(r.error.contains(QStringLiteral("none of the login methods")), qPrintable(r.error));
}

QTEST_MAIN(TestSshKeyring)
#include "TestSshKeyring.moc"
