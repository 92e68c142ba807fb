// Trust on first use against a real sshd (scripts/with-sshd.sh): the SSH layer asks the
// prompter about unknown and changed host keys and waits for the answer, as in the console.
#include "SshTestServer.h"
#include "ssh/HostKeyPrompter.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshPool.h"
#include "ssh/SshSession.h"
#include "ssh/SshTunnel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace tg;
using namespace tg::sshtest;

class TestHostKeyPrompter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void unknownKeyAskedOnceThenTrusted();
    void refusalStoresNothingAndIsRemembered();
    void changedKeyRefusedThenDeliberatelyReplaced();
    void waitingIsCancellableAndBounded();
    void tunnelWaitsForTheAnswer();

private:
    SshConfig config() const;
    void connectAsync(SshPool &pool, SshConnectResult *out, bool *done);

    QTemporaryDir m_tmp;
    std::unique_ptr<KnownHostsStore> m_store;
    std::unique_ptr<HostKeyPrompter> m_prompter;
    QList<HostKeyQuestion> m_questions;
};

void TestHostKeyPrompter::initTestCase()
{
    TG_REQUIRE_SSHD();
    QVERIFY(m_tmp.isValid());
}

void TestHostKeyPrompter::init()
{
    static int n = 0;
    m_store = std::make_unique<KnownHostsStore>(m_tmp.filePath(QStringLiteral("known_hosts_%1").arg(++n)));
    m_prompter = std::make_unique<HostKeyPrompter>(m_store.get());
    m_store->setPrompter(m_prompter.get());
    m_questions.clear();
    // Asked on SSH worker threads, received here (queued), as the engine does.
    connect(m_prompter.get(), &HostKeyPrompter::questionAsked, this,
            [this](const HostKeyQuestion &q) { m_questions << q; }, Qt::QueuedConnection);
}

void TestHostKeyPrompter::cleanup()
{
    // Questions still queued for this test are delivered now, not into the next one.
    QCoreApplication::processEvents();
    m_prompter.reset();
    m_store.reset();
}

SshConfig TestHostKeyPrompter::config() const
{
    return keyConfig(QStringLiteral("tofu-pbx"));   // the host key is asked about, not approved
}

void TestHostKeyPrompter::connectAsync(SshPool &pool, SshConnectResult *out, bool *done)
{
    *done = false;
    pool.connectCheck([out, done](const SshConnectResult &r) {
        *out = r;
        *done = true;
    });
}

void TestHostKeyPrompter::unknownKeyAskedOnceThenTrusted()
{
    // Two workers meet the same unknown key at once: one question, and both go on after "yes".
    SshPool pool(config(), m_store.get(), 2);
    SshConnectResult a, b;
    bool aDone = false, bDone = false;
    connectAsync(pool, &a, &aDone);
    connectAsync(pool, &b, &bDone);
    QTRY_COMPARE_WITH_TIMEOUT(m_questions.size(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(m_prompter->pendingQuestions().size(), 1, 15000);
    const HostKeyQuestion q = m_questions.first();
    QCOMPARE(q.pbx, QStringLiteral("tofu-pbx"));
    QCOMPARE(q.host, env("TOLLGATE_SSH_HOST"));
    QCOMPARE(q.port, quint16(env("TOLLGATE_SSH_PORT").toUInt()));
    QCOMPARE(q.keyType, QStringLiteral("ssh-ed25519"));
    QCOMPARE(q.fingerprint, hostKeyFingerprint());
    QVERIFY(!q.changed());
    QVERIFY(m_prompter->hasPendingQuestion(q.host, q.port));
    QTest::qWait(300);
    QVERIFY(!aDone && !bDone);                  // both wait for the answer
    QVERIFY(!QFile::exists(m_store->path()));  // nothing stored before it

    QSignalSpy accepted(m_prompter.get(), &HostKeyPrompter::keyAccepted);
    QString error;
    QVERIFY2(m_prompter->answer(q.id, HostKeyDecision::Trust, QString(), QStringLiteral("tester"), &error),
             qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(aDone && bDone, 15000);
    QVERIFY2(a.ok(), qPrintable(a.error));
    QVERIFY2(b.ok(), qPrintable(b.error));
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(!m_prompter->hasPendingQuestion(q.host, q.port));
    QVERIFY(readLocal(m_store->path()).contains("ssh-ed25519"));
    const QByteArray history = readLocal(m_store->historyPath());
    QVERIFY(history.contains("trusted [" + q.host.toUtf8() + "]:" + QByteArray::number(q.port)));
    QVERIFY(history.contains(q.fingerprint.toUtf8()));
    QVERIFY(history.contains("by tester"));

    // A second answer to the same question changes nothing.
    QVERIFY(!m_prompter->answer(q.id, HostKeyDecision::Trust, QString(), QStringLiteral("tester")));
    // Known now: no more questions.
    SshSession again(config(), m_store.get());
    QVERIFY(again.connectToHost().ok());
    QCOMPARE(m_questions.size(), 1);
}

void TestHostKeyPrompter::refusalStoresNothingAndIsRemembered()
{
    SshPool pool(config(), m_store.get(), 1);
    SshConnectResult r;
    bool done = false;
    connectAsync(pool, &r, &done);
    QTRY_COMPARE_WITH_TIMEOUT(m_questions.size(), 1, 15000);
    QVERIFY(m_prompter->answer(m_questions.first().id, HostKeyDecision::Refuse, QString(), QStringLiteral("tester")));
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QCOMPARE(r.status, SshStatus::UnknownHostKey);
    QVERIFY(r.error.contains(QStringLiteral("not to trust")));
    QVERIFY(r.error.contains(QStringLiteral("tofu-pbx")));
    QVERIFY(r.error.contains(hostKeyFingerprint()));
    QVERIFY(!QFile::exists(m_store->path()));
    QVERIFY(!QFile::exists(m_store->historyPath()));

    // Background rounds are refused at once, without asking again ...
    connectAsync(pool, &r, &done);
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QCOMPARE(r.status, SshStatus::UnknownHostKey);
    QTest::qWait(100);
    QCOMPARE(m_questions.size(), 1);
    // ... until the user asks for it (Test connection, saving the PBX).
    m_prompter->clearRefusals(config().host, config().port);
    connectAsync(pool, &r, &done);
    QTRY_COMPARE_WITH_TIMEOUT(m_questions.size(), 2, 15000);
    QVERIFY(m_prompter->answer(m_questions.last().id, HostKeyDecision::Trust, QString(), QStringLiteral("tester")));
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY2(r.ok(), qPrintable(r.error));
}

void TestHostKeyPrompter::changedKeyRefusedThenDeliberatelyReplaced()
{
    const SshHostKey old = otherHostKey();
    QVERIFY(!old.isNull());
    const SshConfig c = config();
    QVERIFY(m_store->trust(c.host, c.port, old));

    SshPool pool(c, m_store.get(), 1);
    SshConnectResult r;
    bool done = false;
    connectAsync(pool, &r, &done);
    QTRY_COMPARE_WITH_TIMEOUT(m_questions.size(), 1, 15000);
    const HostKeyQuestion q = m_questions.first();
    QVERIFY(q.changed());
    QCOMPARE(q.knownFingerprint, old.fingerprint);
    QCOMPARE(q.fingerprint, hostKeyFingerprint());

    // Never accepted like a new key, nor replaced without the typed confirmation.
    QString error;
    QVERIFY(!m_prompter->answer(q.id, HostKeyDecision::Trust, QString(), QStringLiteral("tester"), &error));
    QVERIFY(error.contains(QStringLiteral("deliberately")));
    const QString body = q.fingerprint.mid(7);
    QVERIFY(!m_prompter->answer(q.id, HostKeyDecision::Replace, body.left(7), QStringLiteral("tester"), &error));
    QVERIFY(error.contains(QStringLiteral("do not match")));
    QString flipped = body.left(8);   // the same characters in another case are not a match
    for (QChar &ch : flipped) {
        if (ch.isLetter()) {
            ch = ch.isUpper() ? ch.toLower() : ch.toUpper();
            break;
        }
    }
    if (flipped != body.left(8))
        QVERIFY(!m_prompter->answer(q.id, HostKeyDecision::Replace, flipped, QStringLiteral("tester"), &error));
    QVERIFY(m_prompter->hasPendingQuestion(c.host, c.port));   // still open
    QVERIFY(!done);
    QCOMPARE(m_store->check(c.host, c.port, old), KnownHostsStore::Verdict::Trusted);

    // Refused: the loud explanation, the old key stays.
    QVERIFY(m_prompter->answer(q.id, HostKeyDecision::Refuse, QString(), QStringLiteral("tester")));
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QCOMPARE(r.status, SshStatus::HostKeyChanged);
    QVERIFY(r.error.contains(QStringLiteral("CHANGED")));
    QVERIFY(r.error.contains(QStringLiteral("man-in-the-middle")));
    QVERIFY(r.error.contains(old.fingerprint));
    QCOMPARE(m_store->check(c.host, c.port, old), KnownHostsStore::Verdict::Trusted);

    // Later uses are refused at once; after clearRefusals the user may replace it deliberately.
    connectAsync(pool, &r, &done);
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QCOMPARE(r.status, SshStatus::HostKeyChanged);
    QCOMPARE(m_questions.size(), 1);
    m_prompter->clearRefusals(c.host, c.port);
    connectAsync(pool, &r, &done);
    QTRY_COMPARE_WITH_TIMEOUT(m_questions.size(), 2, 15000);
    QVERIFY2(m_prompter->answer(m_questions.last().id, HostKeyDecision::Replace, body.left(8),
                                QStringLiteral("tester"), &error),
             qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(m_store->check(c.host, c.port, old), KnownHostsStore::Verdict::Changed);
    const QByteArray history = readLocal(m_store->historyPath());
    QVERIFY(history.contains("replaced"));
    QVERIFY(history.contains(old.fingerprint.toUtf8() + " -> ssh-ed25519 " + q.fingerprint.toUtf8()));
    QVERIFY(history.contains("by tester"));
}

void TestHostKeyPrompter::waitingIsCancellableAndBounded()
{
    // cancel() from another thread ends the wait.
    SshSession s(config(), m_store.get());
    std::unique_ptr<QThread> canceller(QThread::create([&] {
        QThread::msleep(500);
        s.cancel();
    }));
    canceller->start();
    SshConnectResult r = s.connectToHost();
    canceller->wait();
    QCOMPARE(r.status, SshStatus::Cancelled);
    QVERIFY(r.error.contains(QStringLiteral("cancelled")));
    QVERIFY(!QFile::exists(m_store->path()));

    // Nobody answers: the wait ends at the prompter's timeout.
    m_prompter->setTimeoutMs(400);
    s.resetCancel();
    r = s.connectToHost();
    QCOMPARE(r.status, SshStatus::UnknownHostKey);
    QVERIFY(r.error.contains(QStringLiteral("Nobody answered")));

    // A pool destroyed while its worker waits returns at once (its destructor joins the worker).
    m_prompter->setTimeoutMs(10 * 60 * 1000);
    {
        SshPool pool(config(), m_store.get(), 1);
        SshConnectResult unused;
        bool done = false;
        connectAsync(pool, &unused, &done);
        QTRY_VERIFY_WITH_TIMEOUT(!m_prompter->pendingQuestions().isEmpty(), 15000);
    }
    // The question outlives its askers: answering it later still stores the user's decision.
    const QList<HostKeyQuestion> open = m_prompter->pendingQuestions();
    QCOMPARE(open.size(), 1);
    QVERIFY(m_prompter->answer(open.first().id, HostKeyDecision::Trust, QString(), QStringLiteral("tester")));
    QVERIFY(readLocal(m_store->path()).contains("ssh-ed25519"));
}

void TestHostKeyPrompter::tunnelWaitsForTheAnswer()
{
    QTcpServer service;
    QVERIFY(service.listen(QHostAddress::LocalHost, 0));
    SshTunnel tunnel(config(), m_store.get(), QStringLiteral("127.0.0.1"), service.serverPort());
    quint16 port = 0;
    QString failure;
    connect(&tunnel, &SshTunnel::ready, this, [&](quint16 p) { port = p; });
    connect(&tunnel, &SshTunnel::failed, this, [&](SshStatus, const QString &e) { failure = e; });
    QSignalSpy waits(&tunnel, &SshTunnel::waitingForHostKey);   // for the PBX's status line
    tunnel.start();
    QTRY_COMPARE_WITH_TIMEOUT(m_questions.size(), 1, 15000);
    QCOMPARE(port, quint16(0));
    QTRY_COMPARE_WITH_TIMEOUT(waits.size(), 1, 15000);
    QCOMPARE(waits.first().at(0).toBool(), true);
    QString error;
    QVERIFY2(m_prompter->answer(m_questions.first().id, HostKeyDecision::Trust, QString(), QStringLiteral("tester"),
                                &error),
             qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(port != 0 || !failure.isEmpty(), 15000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(waits.size(), 2);   // the wait ended before the tunnel was ready
    QCOMPARE(waits.at(1).at(0).toBool(), false);
    tunnel.stop();
}

QTEST_GUILESS_MAIN(TestHostKeyPrompter)
#include "TestHostKeyPrompter.moc"
