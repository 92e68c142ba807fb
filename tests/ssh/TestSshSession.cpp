// Runs inside scripts/with-sshd.sh: a real sshd on 127.0.0.1 with a throwaway host key.
#include "SshTestServer.h"
#include "logs/AsteriskSecurityLogReader.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshLogFollower.h"
#include "ssh/SshPool.h"
#include "ssh/SshSession.h"
#include "ssh/SshTunnel.h"

#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>

using namespace tg;
using namespace tg::sshtest;

class TestSshSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void unknownHostKeyThenTrust();
    void changedHostKeyRefused();
    void keyAgentAndPassphraseAuth();
    void wrongPasswordFails();
    void unreachableAndSilentServers();
    void execExitCodesAndStreams();
    void outputIsBounded();
    void sudoNonInteractive();
    void readFileSftpAndCat();
    void readFallsBackToCatWithoutSftp();
    void hostileRemoteTextIsCleanedAndBounded();
    void unsafePathsRefused();
    void atomicWriteWithBackup();
    void poolDeliversOnCallerThreadAndCancels();
    void tunnelCarriesAmiCapture();
    void logFollowStreamsAppendedLines();
    void logFollowFreeSwitchPbx();
    void serverKilledMidCommand();

private:
    SshConfig baseConfig() const;
    SshConfig trustedKeyConfig();

    QTemporaryDir m_tmp;
    std::unique_ptr<KnownHostsStore> m_store;
    QString m_scratch;
};

SshConfig TestSshSession::baseConfig() const
{
    SshConfig c = serverConfig(QStringLiteral("test-pbx"));
    c.ioTimeoutMs = 20000;
    return c;
}

SshConfig TestSshSession::trustedKeyConfig()
{
    SshConfig c = sshtest::trustedKeyConfig(QStringLiteral("test-pbx"));
    c.ioTimeoutMs = 20000;
    return c;
}

void TestSshSession::initTestCase()
{
    TG_REQUIRE_SSHD();
    QVERIFY(m_tmp.isValid());
    m_scratch = scratchDir();
    QVERIFY(QFileInfo(m_scratch).isDir());
}

void TestSshSession::init()
{
    // Each test starts with an empty known_hosts of its own.
    static int n = 0;
    m_store = std::make_unique<KnownHostsStore>(m_tmp.filePath(QStringLiteral("known_hosts_%1").arg(++n)));
}

void TestSshSession::unknownHostKeyThenTrust()
{
    SshConfig c = keyConfig(QStringLiteral("test-pbx"));
    SshSession s(c, m_store.get());
    SshConnectResult r = s.connectToHost();
    QCOMPARE(r.status, SshStatus::UnknownHostKey);
    QCOMPARE(r.hostKey.fingerprint, hostKeyFingerprint());
    QCOMPARE(r.hostKey.type, QStringLiteral("ssh-ed25519"));
    QVERIFY(r.error.contains(r.hostKey.fingerprint));
    QVERIFY(!s.isConnected());
    QVERIFY(!QFile::exists(m_store->path()));   // nothing trusted behind the user's back

    // An approval for another fingerprint does not trust this key.
    c.approvedFingerprint = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    s.setConfig(c);
    QCOMPARE(s.connectToHost().status, SshStatus::UnknownHostKey);

    // The user approved exactly this one: trusted and stored.
    c.approvedFingerprint = r.hostKey.fingerprint;
    s.setConfig(c);
    r = s.connectToHost();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(s.isConnected());
    QCOMPARE(m_store->check(c.host, c.port, r.hostKey), KnownHostsStore::Verdict::Trusted);
    QVERIFY(readLocal(m_store->path()).contains("ssh-ed25519"));

    // Later sessions need no approval.
    c.approvedFingerprint.clear();
    SshSession again(c, m_store.get());
    QVERIFY(again.connectToHost().ok());
}

void TestSshSession::changedHostKeyRefused()
{
    // Another key on record for this host:port, as if the server had been replaced.
    const SshHostKey old = otherHostKey();
    QVERIFY(!old.isNull());
    SshConfig c = trustedKeyConfig();
    QVERIFY(m_store->trust(c.host, c.port, old));

    SshSession s(c, m_store.get());   // even with the current key "approved"
    const SshConnectResult r = s.connectToHost();
    QCOMPARE(r.status, SshStatus::HostKeyChanged);
    QCOMPARE(r.knownFingerprint, old.fingerprint);
    QCOMPARE(r.hostKey.fingerprint, hostKeyFingerprint());
    QVERIFY(r.error.contains(QStringLiteral("CHANGED")));
    QVERIFY(r.error.contains(QStringLiteral("man-in-the-middle")));
    QVERIFY(r.error.contains(old.fingerprint));
    QVERIFY(!s.isConnected());
    // Still on record: refusing did not replace it, and trust() will not overwrite it.
    QCOMPARE(m_store->check(c.host, c.port, old), KnownHostsStore::Verdict::Trusted);
    QVERIFY(!m_store->trust(c.host, c.port, r.hostKey));

    // After the user verified and removed the old key, first contact again.
    QVERIFY(m_store->forget(c.host, c.port));
    QVERIFY(s.connectToHost().ok());
}

void TestSshSession::keyAgentAndPassphraseAuth()
{
    SshConfig c = trustedKeyConfig();
    {
        SshSession s(c, m_store.get());
        const SshConnectResult r = s.connectToHost();
        QVERIFY2(r.ok(), qPrintable(r.error));
    }
    // Agent only.
    c.keyFile.clear();
    c.useAgent = true;
    QVERIFY(!env("SSH_AUTH_SOCK").isEmpty());
    {
        SshSession s(c, m_store.get());
        const SshConnectResult r = s.connectToHost();
        QVERIFY2(r.ok(), qPrintable(r.error));
    }
    // A passphrase-protected key, with the right and a wrong passphrase.
    c.useAgent = false;
    c.keyFile = env("TOLLGATE_SSH_KEY_ENC");
    c.keyPassphrase = env("TOLLGATE_SSH_KEY_PASSPHRASE");
    {
        SshSession s(c, m_store.get());
        const SshConnectResult r = s.connectToHost();
        QVERIFY2(r.ok(), qPrintable(r.error));
    }
    c.keyPassphrase = QStringLiteral("not the passphrase");
    SshSession s(c, m_store.get());
    const SshConnectResult r = s.connectToHost();
    QCOMPARE(r.status, SshStatus::AuthFailed);
    QVERIFY(r.error.contains(QStringLiteral("passphrase")));
    QVERIFY(r.error.contains(QStringLiteral("test-pbx")));
}

void TestSshSession::wrongPasswordFails()
{
    SshConfig c = baseConfig();
    c.approvedFingerprint = hostKeyFingerprint();
    c.password = QStringLiteral("definitely-wrong-password");
    SshSession s(c, m_store.get());
    const SshConnectResult r = s.connectToHost();
    QCOMPARE(r.status, SshStatus::AuthFailed);
    QVERIFY(r.error.contains(QStringLiteral("password")));
    QVERIFY(r.error.contains(c.user));

    // No method at all.
    c.password.clear();
    SshSession none(c, m_store.get());
    QCOMPARE(none.connectToHost().status, SshStatus::AuthFailed);
}

void TestSshSession::unreachableAndSilentServers()
{
    SshConfig c = trustedKeyConfig();
    // A closed loopback port: refused at once.
    quint16 closed = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closed = probe.serverPort();
    }
    c.port = closed;
    SshSession s(c, m_store.get());
    SshConnectResult r = s.connectToHost();
    QCOMPARE(r.status, SshStatus::ConnectFailed);
    QVERIFY(r.error.contains(QString::number(closed)));
    QVERIFY(r.error.contains(QStringLiteral("test-pbx")));

    // A port that accepts but never speaks SSH: the handshake ends at the timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    c.port = silent.serverPort();
    c.connectTimeoutMs = 700;
    SshSession quiet(c, m_store.get());
    r = quiet.connectToHost();
    QCOMPARE(r.status, SshStatus::Timeout);

    // The same, cancelled from another thread long before its timeout.
    c.connectTimeoutMs = 60000;
    SshSession cancelled(c, m_store.get());
    std::unique_ptr<QThread> canceller(QThread::create([&] {
        QThread::msleep(200);
        cancelled.cancel();
    }));
    canceller->start();
    r = cancelled.connectToHost();
    canceller->wait();
    QCOMPARE(r.status, SshStatus::Cancelled);
}

void TestSshSession::execExitCodesAndStreams()
{
    SshSession s(trustedKeyConfig(), m_store.get());
    SshExecResult r = s.exec(QStringLiteral("echo out; echo err >&2; exit 3"));
    QCOMPARE(r.status, SshStatus::Ok);
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.out, QByteArray("out\n"));
    QCOMPARE(r.err, QByteArray("err\n"));
    QVERIFY(!r.ok());

    r = s.exec(QStringLiteral("printf 'a\\0b'; true"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("a\0b", 3));

    SshExecOptions in;
    in.stdinData = "line one\nline two\n";
    r = s.exec(QStringLiteral("wc -l"), in);
    QCOMPARE(r.out.trimmed(), QByteArray("2"));

    r = s.exec(QStringLiteral("exit 0"));
    QVERIFY(r.ok());

    SshExecOptions quick;
    quick.timeoutMs = 300;
    r = s.exec(QStringLiteral("sleep 20"), quick);
    QCOMPARE(r.status, SshStatus::Timeout);
    // The session is still usable afterwards.
    QVERIFY(s.exec(QStringLiteral("true")).ok());
}

void TestSshSession::outputIsBounded()
{
    SshSession s(trustedKeyConfig(), m_store.get());
    SshExecOptions o;
    o.maxStdout = 1000;
    o.maxStderr = 100;
    SshExecResult r = s.exec(QStringLiteral("head -c 50000 /dev/zero | tr '\\0' x; head -c 5000 /dev/zero >&2"), o);
    QCOMPARE(r.status, SshStatus::Ok);
    QCOMPARE(r.exitCode, 0);   // still known: the rest was drained
    QVERIFY(r.outTruncated);
    QVERIFY(r.errTruncated);
    QVERIFY(r.out.startsWith(QByteArray(1000, 'x')));
    QVERIFY(r.out.contains("output cut at 1000 bytes"));
    QVERIFY(r.out.size() < 1100);
    QVERIFY(r.err.size() < 200);

    // Endless output ends too, without the exit code.
    r = s.exec(QStringLiteral("yes"), o);
    QCOMPARE(r.status, SshStatus::Ok);
    QVERIFY(r.outTruncated);
    QVERIFY(r.out.size() < 1100);
}

void TestSshSession::sudoNonInteractive()
{
    SshSession s(trustedKeyConfig(), m_store.get());
    const bool hasSudo = s.exec(QStringLiteral("command -v sudo")).ok();
    if (!hasSudo) {
        const SshExecResult r = s.sudoExec(QStringLiteral("id -u"));
        QCOMPARE(r.status, SshStatus::SudoMissing);
        QVERIFY(r.error.contains(QStringLiteral("sudo")));
        QSKIP("no sudo on this machine: only the missing-sudo message was checked");
    }
    if (env("TOLLGATE_SSH_USER") == QLatin1String("root")) {
        const SshExecResult r = s.sudoExec(QStringLiteral("id -u"));
        QVERIFY2(r.ok(), qPrintable(r.error + QString::fromUtf8(r.err)));
        QCOMPARE(r.out.trimmed(), QByteArray("0"));
        // A user without sudo rights, running Tollgate's sudo -n wrapper for real.
        SshExecResult denied = s.exec(QStringLiteral("runuser -u nobody -- ")
                                      + SshSession::sudoWrap(QStringLiteral("sudo"), QStringLiteral("id -u")));
        QCOMPARE(denied.status, SshStatus::Ok);
        QVERIFY(denied.exitCode != 0);
        SshSession::classifySudoFailure(denied, QStringLiteral("test-pbx"), QStringLiteral("nobody"));
        QCOMPARE(denied.status, SshStatus::SudoNeedsPassword);
        QVERIFY(denied.error.contains(QStringLiteral("NOPASSWD")));
        QVERIFY(denied.error.contains(QStringLiteral("nobody")));
    } else {
        const SshExecResult r = s.sudoExec(QStringLiteral("id -u"));
        QVERIFY(r.ok() || r.status == SshStatus::SudoNeedsPassword);
    }
}

void TestSshSession::readFileSftpAndCat()
{
    const QString path = m_scratch + QStringLiteral("/sip.conf");
    QByteArray content;
    for (int i = 0; i < 5000; ++i)
        content += "[peer" + QByteArray::number(i) + "]\nsecret=s" + QByteArray::number(i) + "\n";
    content += QByteArray("\0\xff binary tail", 14);
    writeLocal(path, content);

    SshSession s(trustedKeyConfig(), m_store.get());
    SshFileResult r = s.readFile(path, 1 << 20, SshReadMethod::Sftp);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.method, QStringLiteral("sftp"));
    QCOMPARE(r.data, content);

    r = s.readFile(path, 1 << 20, SshReadMethod::Cat);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.method, QStringLiteral("cat"));
    QCOMPARE(r.data, content);

    r = s.readFile(path, 1 << 20, SshReadMethod::Auto);
    QCOMPARE(r.data, content);

    // Bounded, for both methods, without a marker in the data.
    for (SshReadMethod m : {SshReadMethod::Sftp, SshReadMethod::Cat}) {
        r = s.readFile(path, 100, m);
        QVERIFY(r.ok());
        QVERIFY(r.truncated);
        QCOMPARE(r.data, content.left(100));
    }

    for (SshReadMethod m : {SshReadMethod::Sftp, SshReadMethod::Cat}) {
        r = s.readFile(m_scratch + QStringLiteral("/missing.conf"), 100, m);
        QCOMPARE(r.status, SshStatus::RemoteError);
        QVERIFY(r.error.contains(QStringLiteral("missing.conf")));
    }
}

void TestSshSession::readFallsBackToCatWithoutSftp()
{
    // The second server of with-sshd.sh --password-users has no SFTP subsystem, like a minimal PBX.
    TG_REQUIRE_PAM_SSHD();
    const QString path = m_scratch + QStringLiteral("/nosftp.conf");
    const QByteArray content = QByteArray("[general]\nallowguest=no\n") + QByteArray("\0\xff tail", 7);
    writeLocal(path, content);
    SshConfig c = trustedKeyConfig();
    c.port = pamPort();
    SshSession s(c, m_store.get());

    SshFileResult r = s.readFile(path, 1 << 20, SshReadMethod::Sftp);
    QCOMPARE(r.status, SshStatus::ProtocolError);
    QVERIFY2(r.error.contains(QStringLiteral("SFTP")), qPrintable(r.error));
    r = s.readFile(path, 1 << 20, SshReadMethod::Auto);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.method, QStringLiteral("cat"));
    QCOMPARE(r.data, content);
    r = s.readFile(path, 10, SshReadMethod::Auto);
    QVERIFY(r.ok());
    QVERIFY(r.truncated);
    QCOMPARE(r.data, content.left(10));
    r = s.readFile(m_scratch + QStringLiteral("/absent.conf"), 100, SshReadMethod::Auto);
    QCOMPARE(r.status, SshStatus::RemoteError);
    QVERIFY(r.error.contains(QStringLiteral("absent.conf")));
    // Writing never needed SFTP.
    const SshWriteResult w = s.writeFile(path, "rewritten\n");
    QVERIFY2(w.ok(), qPrintable(w.error));
    QCOMPARE(readLocal(path), QByteArray("rewritten\n"));
    QCOMPARE(readLocal(w.backupPath), content);
}

void TestSshSession::hostileRemoteTextIsCleanedAndBounded()
{
    // A "sudo" that answers like a hostile PBX: terminal escapes, a title change, a bell,
    // invalid UTF-8 and a flood, on stderr of a failing read.
    SshConfig c = trustedKeyConfig();
    c.sudo = QStringLiteral("hostile() { printf '\\033[2J\\033]0;owned\\007evil\\377 text\\n' >&2; "
                            "head -c 100000 /dev/zero | tr '\\0' E >&2; return 1; }; hostile");
    SshSession s(c, m_store.get());
    const SshFileResult r = s.readFile(m_scratch + QStringLiteral("/x.conf"), 100, SshReadMethod::Auto, true);
    QCOMPARE(r.status, SshStatus::RemoteError);
    QVERIFY2(r.error.contains(QStringLiteral("evil")), qPrintable(r.error));
    QVERIFY(r.error.contains(QChar(0xfffd)));   // the invalid byte, replaced
    for (const QChar ch : r.error)
        QVERIFY2(ch.unicode() >= 0x20 || ch == QLatin1Char('\n'), qPrintable(r.error));
    QVERIFY(!r.error.contains(QStringLiteral("owned")));   // the title sequence is gone whole
    QVERIFY(r.error.size() < 600);

    // The same for a failed write, and for the bytes kept of a plain command's streams.
    const SshWriteResult w = s.writeFile(m_scratch + QStringLiteral("/y.conf"), "x", true);
    QCOMPARE(w.status, SshStatus::RemoteError);
    QVERIFY(!w.error.contains(QChar(0x1b)));
    QVERIFY(w.error.size() < 600);
    QCOMPARE(SshSession::remoteText("a\x1b[31mred\x1b[0m\r\n\nb\x07" "c\n"), QStringLiteral("ared\nbc"));
    QCOMPARE(SshSession::stripRemoteControls("one\x1b[1m\ntwo\x7f\n"), QByteArray("one\ntwo\n"));
}

void TestSshSession::unsafePathsRefused()
{
    QVERIFY(SshSession::isSafePath(QStringLiteral("/etc/asterisk/sip.conf")));
    QVERIFY(SshSession::isSafePath(QStringLiteral("/var/log/asterisk/security")));
    for (const char *bad : {"etc/passwd", "/etc/../etc/shadow", "/tmp/x; rm -rf /", "/tmp/$(reboot)", "/tmp/a b",
                            "/tmp/`id`", "/tmp/x'y", "/tmp/-rf", "", "/tmp/\nx"})
        QVERIFY2(!SshSession::isSafePath(QString::fromLatin1(bad)), bad);
    QCOMPARE(SshSession::shellQuote(QStringLiteral("a'b")), QStringLiteral("'a'\\''b'"));

    SshSession s(trustedKeyConfig(), m_store.get());
    QCOMPARE(s.readFile(QStringLiteral("/tmp/$(touch /tmp/pwned)")).status, SshStatus::InvalidArgument);
    QCOMPARE(s.writeFile(QStringLiteral("/tmp/x;id"), "x").status, SshStatus::InvalidArgument);
    QVERIFY(!s.isConnected());   // refused before anything was sent
}

void TestSshSession::atomicWriteWithBackup()
{
    const QString path = m_scratch + QStringLiteral("/extensions.conf");
    writeLocal(path, "old contents\n");
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);

    SshSession s(trustedKeyConfig(), m_store.get());
    QByteArray fresh = "[default]\nexten => _X.,1,Hangup()\n";
    fresh += QByteArray(100000, 'z');
    SshWriteResult w = s.writeFile(path, fresh);
    QVERIFY2(w.ok(), qPrintable(w.error));
    QCOMPARE(readLocal(path), fresh);
    QVERIFY(w.backupPath.startsWith(path + QLatin1Char('.')));
    QVERIFY(w.backupPath.endsWith(QStringLiteral(".tollgate.bak")));
    QCOMPARE(readLocal(w.backupPath), QByteArray("old contents\n"));
    QCOMPARE(QFileInfo(path).permissions() & 0x0fff, QFileInfo(w.backupPath).permissions() & 0x0fff);
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0640);

    // A second write in the same second keeps both backups.
    const SshWriteResult w2 = s.writeFile(path, "third\n");
    QVERIFY2(w2.ok(), qPrintable(w2.error));
    QVERIFY(w2.backupPath != w.backupPath);
    QCOMPARE(readLocal(w2.backupPath), fresh);

    // A new file: no backup.
    const QString created = m_scratch + QStringLiteral("/new.conf");
    const SshWriteResult w3 = s.writeFile(created, "");
    QVERIFY2(w3.ok(), qPrintable(w3.error));
    QVERIFY(w3.backupPath.isEmpty());
    QVERIFY(QFile::exists(created));

    // No temporary files left beside them.
    const QStringList left = QDir(m_scratch).entryList({QStringLiteral("*tollgate-*")}, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));

    // A write that cannot happen leaves the file alone.
    const SshWriteResult bad = s.writeFile(m_scratch + QStringLiteral("/no-such-dir/x.conf"), "x");
    QCOMPARE(bad.status, SshStatus::RemoteError);
    QVERIFY(bad.error.contains(QStringLiteral("unchanged")));
}

void TestSshSession::poolDeliversOnCallerThreadAndCancels()
{
    SshPool pool(trustedKeyConfig(), m_store.get(), 2);
    int done = 0;
    QThread *callerThread = QThread::currentThread();
    bool rightThread = true;
    QVector<int> exits;
    for (int i = 0; i < 6; ++i)
        pool.exec(QStringLiteral("exit %1").arg(i), {}, [&](const SshExecResult &r) {
            rightThread = rightThread && QThread::currentThread() == callerThread;
            exits << r.exitCode;
            ++done;
        });
    QTRY_COMPARE_WITH_TIMEOUT(done, 6, 30000);
    QVERIFY(rightThread);
    std::sort(exits.begin(), exits.end());
    QCOMPARE(exits, (QVector<int>{0, 1, 2, 3, 4, 5}));

    // Cancel a running request and a queued one.
    SshStatus runningStatus = SshStatus::Ok;
    bool runningDone = false, queuedRan = false;
    SshPool single(trustedKeyConfig(), m_store.get(), 1);
    const quint64 running = single.exec(QStringLiteral("sleep 30"), {}, [&](const SshExecResult &r) {
        runningStatus = r.status;
        runningDone = true;
    });
    const quint64 queued = single.exec(QStringLiteral("true"), {}, [&](const SshExecResult &) { queuedRan = true; });
    QTRY_COMPARE_WITH_TIMEOUT(single.queuedCount(), 1, 10000);   // the first one was taken
    QVERIFY(single.cancel(queued));
    QVERIFY(single.cancel(running));
    QTRY_VERIFY_WITH_TIMEOUT(runningDone, 10000);
    QCOMPARE(runningStatus, SshStatus::Cancelled);
    // The worker recovers: the next request reconnects.
    bool after = false;
    single.exec(QStringLiteral("echo again"), {}, [&](const SshExecResult &r) { after = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(after, 10000);
    QVERIFY(!queuedRan);

    // Trust decided through the pool: unknown host, then setConfig with the approval.
    SshConfig c = keyConfig(QStringLiteral("test-pbx"));
    KnownHostsStore fresh(m_tmp.filePath(QStringLiteral("pool_known_hosts")));
    SshPool tofu(c, &fresh, 1);
    SshConnectResult first;
    bool got = false;
    tofu.connectCheck([&](const SshConnectResult &r) { first = r; got = true; });
    QTRY_VERIFY_WITH_TIMEOUT(got, 10000);
    QCOMPARE(first.status, SshStatus::UnknownHostKey);
    c.approvedFingerprint = first.hostKey.fingerprint;
    tofu.setConfig(c);
    got = false;
    tofu.connectCheck([&](const SshConnectResult &r) { first = r; got = true; });
    QTRY_VERIFY_WITH_TIMEOUT(got, 10000);
    QVERIFY2(first.ok(), qPrintable(first.error));
}

void TestSshSession::tunnelCarriesAmiCapture()
{
    // A loopback AMI replay: on connect it sends a real capture, then echoes what it gets.
    const QByteArray capture = readLocal(QStringLiteral(TOLLGATE_TEST_DATA "/ami/asterisk-20.20.1-amiauth.ami"));
    QVERIFY(capture.size() > 1000);
    QTcpServer ami;
    QVERIFY(ami.listen(QHostAddress::LocalHost, 0));
    connect(&ami, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *c = ami.nextPendingConnection()) {
            connect(c, &QTcpSocket::readyRead, c, [c] { c->write(c->readAll()); });
            connect(c, &QTcpSocket::disconnected, c, &QObject::deleteLater);
            c->write(capture);
        }
    });

    SshTunnel tunnel(trustedKeyConfig(), m_store.get(), QStringLiteral("127.0.0.1"), ami.serverPort());
    quint16 port = 0;
    QString failure;
    connect(&tunnel, &SshTunnel::ready, this, [&](quint16 p) { port = p; });
    connect(&tunnel, &SshTunnel::failed, this, [&](SshStatus, const QString &e) { failure = e; });
    tunnel.start();
    QTRY_VERIFY_WITH_TIMEOUT(port != 0 || !failure.isEmpty(), 15000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(port != ami.serverPort());

    // Two clients at once, each gets the whole capture and its own echo.
    for (int round = 0; round < 2; ++round) {
        QTcpSocket a, b;
        a.connectToHost(QHostAddress::LocalHost, port);
        b.connectToHost(QHostAddress::LocalHost, port);
        QByteArray gotA, gotB;
        connect(&a, &QTcpSocket::readyRead, this, [&] { gotA += a.readAll(); });
        connect(&b, &QTcpSocket::readyRead, this, [&] { gotB += b.readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(gotA.size() >= capture.size() && gotB.size() >= capture.size(), 15000);
        QCOMPARE(gotA, capture);
        QCOMPARE(gotB, capture);
        const QByteArray action = "Action: Ping\r\nActionID: " + QByteArray::number(round) + "\r\n\r\n";
        a.write(action);
        QTRY_COMPARE_WITH_TIMEOUT(gotA.size(), capture.size() + action.size(), 15000);
        QVERIFY(gotA.endsWith(action));
        QCOMPARE(gotB, capture);
    }
    // A forward to a closed port closes the local connection instead of hanging.
    quint16 closed = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closed = probe.serverPort();
    }
    SshTunnel dead(trustedKeyConfig(), m_store.get(), QStringLiteral("127.0.0.1"), closed);
    quint16 deadPort = 0;
    connect(&dead, &SshTunnel::ready, this, [&](quint16 p) { deadPort = p; });
    dead.start();
    QTRY_VERIFY_WITH_TIMEOUT(deadPort != 0, 15000);
    QTcpSocket c;
    c.connectToHost(QHostAddress::LocalHost, deadPort);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), QAbstractSocket::UnconnectedState, 15000);
    tunnel.stop();
    QCOMPARE(tunnel.localPort(), quint16(0));
}

void TestSshSession::logFollowStreamsAppendedLines()
{
    const QString path = m_scratch + QStringLiteral("/security");
    writeLocal(path, "[old] this line was there before and is not sent\n");
    SshLogFollower follower(trustedKeyConfig(), m_store.get(), path, false, 4096);
    QByteArrayList lines;
    bool finished = false;
    SshStatus finishStatus = SshStatus::Timeout;
    connect(&follower, &SshLogFollower::linesReceived, this, [&](const QByteArrayList &l) { lines += l; });
    connect(&follower, &SshLogFollower::finished, this, [&](SshStatus st, const QString &) {
        finished = true;
        finishStatus = st;
    });
    follower.start();
    // tail starts asynchronously: append probes until one arrives.
    QElapsedTimer waited;
    waited.start();
    while (lines.isEmpty() && waited.elapsed() < 15000) {
        writeLocal(path, "probe\n", QIODevice::Append);
        QTest::qWait(100);
    }
    QVERIFY(!lines.isEmpty());
    QVERIFY(!lines.contains(QByteArray("[old] this line was there before and is not sent")));
    lines.clear();

    // Real security log lines, a huge one, and escapes; then a marker.
    const QByteArray real = readLocal(QStringLiteral(TOLLGATE_TEST_DATA "/asterisk-logs/security-20.20.1.log"));
    writeLocal(path, real, QIODevice::Append);
    writeLocal(path, QByteArray(100000, 'H') + "\n" + "\x1b[31mred\x1b[0m\n" + "END\n", QIODevice::Append);
    QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty() && lines.last() == "END", 15000);
    QCOMPARE(lines.size(), 200 + 3);
    QCOMPARE(lines[200].size(), 4096);   // cut at the bound
    AsteriskSecurityLogReader reader(QStringLiteral("test-pbx"));
    EventList events;
    for (const QByteArray &l : lines)
        reader.readLine(l, events);
    QCOMPARE(events.size(), 200);
    QCOMPARE(events.first().type, QStringLiteral("SuccessfulAuth"));

    follower.stop();
    QTRY_VERIFY_WITH_TIMEOUT(finished, 15000);
    QCOMPARE(finishStatus, SshStatus::Ok);
    // The remote tail was told to end, not left behind.
    SshSession s(trustedKeyConfig(), m_store.get());
    QTRY_VERIFY_WITH_TIMEOUT(
        s.exec(QStringLiteral("pgrep -f -- ") + SshSession::shellQuote(QStringLiteral("tail -n 0 -F -- ") + path))
                .exitCode == 1,
        10000);

    // A file that cannot be followed is reported, not silently empty.
    SshLogFollower bad(trustedKeyConfig(), m_store.get(), QStringLiteral("relative/path"));
    QString badError;
    SshStatus badStatus = SshStatus::Ok;
    bool badDone = false;
    connect(&bad, &SshLogFollower::finished, this, [&](SshStatus st, const QString &e) {
        badStatus = st;
        badError = e;
        badDone = true;
    });
    bad.start();
    QTRY_VERIFY_WITH_TIMEOUT(badDone, 15000);
    QCOMPARE(badStatus, SshStatus::InvalidArgument);
}

// A FreeSWITCH PBX: the follower tails the log LogReader names for its type, and the reader made
// for that format turns the streamed lines into the same events as reading the file.
void TestSshSession::logFollowFreeSwitchPbx()
{
    const LogFormat format = LogReader::followedFormats(PbxType::FreeSwitch).first();
    QCOMPARE(format, LogFormat::FreeSwitch);
    const QString path = m_scratch + QStringLiteral("/freeswitch.log");
    writeLocal(path, QByteArray());
    SshLogFollower follower(trustedKeyConfig(), m_store.get(), path);
    QByteArrayList lines;
    connect(&follower, &SshLogFollower::linesReceived, this, [&](const QByteArrayList &l) { lines += l; });
    follower.start();
    QElapsedTimer waited;
    waited.start();
    while (lines.isEmpty() && waited.elapsed() < 15000) {
        writeLocal(path, "probe\n", QIODevice::Append);
        QTest::qWait(100);
    }
    QVERIFY(!lines.isEmpty());
    lines.clear();
    const QByteArray real = readLocal(QStringLiteral(TOLLGATE_TEST_DATA "/esl/freeswitch-1.10.12.log"));
    writeLocal(path, real + "END\n", QIODevice::Append);
    QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty() && lines.last() == "END", 15000);
    const std::unique_ptr<LogReader> reader = LogReader::create(format, QStringLiteral("fs-pbx"));
    EventList events;
    for (const QByteArray &l : lines)
        reader->readLine(l, events);
    EventList fromFile;
    QVERIFY(LogReader::create(format, QStringLiteral("fs-pbx"))->readFile(QStringLiteral(TOLLGATE_TEST_DATA "/esl/freeswitch-1.10.12.log"), fromFile));
    QCOMPARE(events.size(), fromFile.size());
    QVERIFY(events.size() > 60);
    QCOMPARE(events.first().srcIp, QStringLiteral("127.0.0.1"));
    bool finished = false;
    connect(&follower, &SshLogFollower::finished, this, [&] { finished = true; });
    follower.stop();
    QTRY_VERIFY_WITH_TIMEOUT(finished, 15000);
}

void TestSshSession::serverKilledMidCommand()
{
    const QString pidFile = m_scratch + QStringLiteral("/session.pid");
    QFile::remove(pidFile);
    SshPool pool(trustedKeyConfig(), m_store.get(), 1);
    SshExecResult result;
    bool done = false;
    // $PPID of the remote shell is the sshd process serving this connection.
    pool.exec(QStringLiteral("echo $PPID > ") + SshSession::shellQuote(pidFile) + QStringLiteral("; sleep 30"), {},
              [&](const SshExecResult &r) {
                  result = r;
                  done = true;
              });
    QTRY_VERIFY_WITH_TIMEOUT(readLocal(pidFile).trimmed().toInt() > 1, 15000);
    const pid_t pid = pid_t(readLocal(pidFile).trimmed().toInt());
    QVERIFY(pid != pid_t(env("TOLLGATE_SSHD_PID").toInt()));   // the session, not the listener
    QCOMPARE(::kill(pid, SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QCOMPARE(result.status, SshStatus::ConnectionLost);
    QVERIFY(result.error.contains(QStringLiteral("lost")));
    QVERIFY(result.error.contains(QStringLiteral("test-pbx")));
    // The pool reconnects for the next request.
    bool ok = false;
    pool.exec(QStringLiteral("true"), {}, [&](const SshExecResult &r) { ok = r.ok(); done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(ok, 15000);
}

QTEST_GUILESS_MAIN(TestSshSession)
#include "TestSshSession.moc"
