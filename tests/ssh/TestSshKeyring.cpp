// Runs inside scripts/with-sshd.sh and scripts/with-keyring.sh: a real sshd and a throwaway,
// unlocked gnome-keyring. The SSH secrets come from the keychain, as in the application.
#include "PbxProfile.h"
#include "secrets/SecretStore.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshSession.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tg;

class TestSshKeyring : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void passphraseFromKeychain();
    void wrongPasswordFromKeychain();

private:
    QString readSecret(const QString &key);
    void writeSecret(const QString &key, const QString &value);
    SshConfig config() const;

    QTemporaryDir m_tmp;
    PbxProfile m_profile;
};

void TestSshKeyring::initTestCase()
{
    if (qEnvironmentVariable("TOLLGATE_SSH_PORT").isEmpty() || qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty())
        QSKIP("run through scripts/with-sshd.sh scripts/with-keyring.sh (ctest does)");
    m_profile.name = QStringLiteral("keyring-pbx");
    m_profile.sshHost = qEnvironmentVariable("TOLLGATE_SSH_HOST");
    m_profile.sshPort = quint16(qEnvironmentVariable("TOLLGATE_SSH_PORT").toUInt());
    m_profile.sshUser = qEnvironmentVariable("TOLLGATE_SSH_USER");
    m_profile.sshKeyFile = qEnvironmentVariable("TOLLGATE_SSH_KEY_ENC");
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

SshConfig TestSshKeyring::config() const
{
    SshConfig c;
    c.pbxName = m_profile.name;
    c.host = m_profile.sshHost;
    c.port = m_profile.sshPort;
    c.user = m_profile.sshUser;
    c.useAgent = false;
    c.approvedFingerprint = qEnvironmentVariable("TOLLGATE_SSH_HOSTKEY_FP");
    return c;
}

void TestSshKeyring::passphraseFromKeychain()
{
    // What the settings dialog does when the user enters the passphrase ...
    writeSecret(m_profile.sshSecretKey(), qEnvironmentVariable("TOLLGATE_SSH_KEY_PASSPHRASE"));
    // ... and what the connector does before it connects.
    const QString passphrase = readSecret(m_profile.sshSecretKey());
    QCOMPARE(passphrase, qEnvironmentVariable("TOLLGATE_SSH_KEY_PASSPHRASE"));

    KnownHostsStore known(m_tmp.filePath(QStringLiteral("known_hosts")));
    SshConfig c = config();
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
    SshConfig c = config();
    c.password = readSecret(key);
    QCOMPARE(c.password, QStringLiteral("not-the-password"));
    SshSession s(c, &known);
    const SshConnectResult r = s.connectToHost();
    QCOMPARE(r.status, SshStatus::AuthFailed);
    QVERIFY(r.error.contains(QStringLiteral("password")));
}

QTEST_MAIN(TestSshKeyring)
#include "TestSshKeyring.moc"
