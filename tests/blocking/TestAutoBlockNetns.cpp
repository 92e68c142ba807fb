// Automatic blocking end to end, inside scripts/with-netns.sh: a real Asterisk brute-force
// capture (its attack sources rewritten to the attacker namespace's addresses) is replayed over
// AMI to the engine, whose detector raises the alerts; automatic blocking for that rule blocks
// the first attacker on the PBX over SSH with real nftables rules, and the hourly limit stops
// the second one with a note. The proof is a TCP connection from the attacker's namespace that
// fails while the admin's still works.
#include "demo/AmiReplayServer.h"
#include "engine/Engine.h"
#include "blocking/BlockStore.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshPool.h"
#include "store/Database.h"

#include "NetnsTestEnv.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;
using tg::netnstest::canConnect;
using tg::netnstest::env;

namespace {

const BlockRecord *recordFor(const BlockRecordList &records, const QString &address)
{
    for (const BlockRecord &r : records)
        if (r.address == address)
            return &r;
    return nullptr;
}

} // namespace

class TestAutoBlockNetns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void replayedBruteForceIsBlockedAutomatically();
};

void TestAutoBlockNetns::initTestCase()
{
    TG_REQUIRE_NETNS();
    // Trust the PBX's host key in Tollgate's own known_hosts (test location), as the admin
    // would by approving its fingerprint.
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(KnownHostsStore::defaultPath());
    KnownHostsStore store;
    SshConfig c;
    c.pbxName = QStringLiteral("trust");
    c.host = env("TOLLGATE_SSH_HOST");
    c.port = quint16(env("TOLLGATE_SSH_PORT").toUInt());
    c.user = env("TOLLGATE_SSH_USER");
    c.keyFile = env("TOLLGATE_SSH_KEY");
    c.approvedFingerprint = env("TOLLGATE_SSH_HOSTKEY_FP");
    SshPool pool(c, &store, 1);
    bool done = false;
    SshConnectResult result;
    pool.connectCheck([&](const SshConnectResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(result.status == SshStatus::Ok, qPrintable(result.error));
}

void TestAutoBlockNetns::replayedBruteForceIsBlockedAutomatically()
{
    const QString atk = env("TOLLGATE_NETNS_ATK_IP");
    const QString second = QStringLiteral("10.99.1.3");   // another attacker on the same link
    const QString pbxAtk = env("TOLLGATE_NETNS_PBX_ATK_IP");
    const QString sip = env("TOLLGATE_NETNS_SIP_PORT");
    QVERIFY(canConnect(env("TOLLGATE_NETNS_ATK"), pbxAtk, sip));

    // The capture's two SIP attack sources (both on 127.0.0.1 when it was recorded) become the
    // attacker namespace's address and a second one; the first crosses the threshold first.
    QFile f(QStringLiteral(TOLLGATE_TEST_DATA "/ami/asterisk-20.20.1-bruteforce.ami"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray capture = f.readAll();
    capture.replace("RemoteAddress: IPV4/UDP/127.0.0.1/5062", "RemoteAddress: IPV4/UDP/" + atk.toLatin1() + "/5062");
    capture.replace("RemoteAddress: IPV4/UDP/127.0.0.1/5063", "RemoteAddress: IPV4/UDP/" + second.toLatin1() + "/5063");
    AmiReplayServer server;
    AmiReplayServer::Options so;
    so.user = QStringLiteral("tollgate");
    so.secret = QStringLiteral("replay-secret");
    so.mode = AmiReplayServer::Mode::Flood;
    server.setOptions(so);
    QString error;
    QVERIFY2(server.setCapture(capture, &error), qPrintable(error));
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    PbxProfile p;
    p.name = QStringLiteral("netns-auto");
    p.host = QStringLiteral("127.0.0.1");
    p.port = server.serverPort();
    p.user = so.user;
    p.sshHost = env("TOLLGATE_SSH_HOST");
    p.sshPort = quint16(env("TOLLGATE_SSH_PORT").toUInt());
    p.sshUser = env("TOLLGATE_SSH_USER");
    p.sshKeyFile = env("TOLLGATE_SSH_KEY");

    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QString dbPath = Database::dbPath(data.path());
    {
        // The PBX's blocking settings: nftables, its SIP/RTP ports (as an admin would set them).
        const QString conn = QStringLiteral("auto-setup");
        const DbOpenResult db = Database::open(dbPath, conn);
        QVERIFY2(db.ok, qPrintable(db.error));
        BlockSettings s = BlockSettings::defaultsFor(p);
        s.backend = BlockBackend::Nftables;
        s.configDir = env("TOLLGATE_NETNS_DIR");
        QVERIFY2(BlockStore(conn).saveSettings(p.name, s, &error), qPrintable(error));
        Database::close(conn);
    }
    QFile sipConf(env("TOLLGATE_NETNS_DIR") + QStringLiteral("/sip.conf"));
    QVERIFY(sipConf.open(QIODevice::WriteOnly));
    sipConf.write("[provider]\ntype=peer\nhost=10.99.1.77\n");
    sipConf.close();

    Engine::Options eo;
    eo.dbPath = dbPath;
    Engine engine(eo);
    QVERIFY2(engine.start(), qPrintable(engine.lastError()));
    AutoBlockSettings auto_;
    auto_.rules = {QStringLiteral("brute_force_ip")};
    auto_.ttlS = 600;
    auto_.maxPerHourPerPbx = 1;   // the second attacker meets the limit
    engine.setAutoBlockSettings(auto_);
    QSignalSpy notes(&engine, &Engine::automaticBlockNote);
    QSignalSpy alertBlocks(&engine, &Engine::alertBlocksReady);
    engine.connectPbx(p, so.secret, QString());

    // Replay -> detector -> alert -> automatic block over SSH -> verified by the listing.
    BlockRecordList records;
    const auto settled = [&] {
        if (alertBlocks.isEmpty())
            return false;
        records = alertBlocks.last().at(0).value<BlockRecordList>();
        const BlockRecord *a = recordFor(records, atk);
        const BlockRecord *b = recordFor(records, second);
        return a && b && a->state != BlockState::Pending;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(settled(), qPrintable(notes.isEmpty() ? QStringLiteral("no note") : notes.last().at(0).toString()),
                              90000);

    const BlockRecord blocked = *recordFor(records, atk);
    QCOMPARE(blocked.state, BlockState::Active);
    QCOMPARE(blocked.who, QStringLiteral("automatic"));
    QVERIFY(blocked.alertId > 0);
    QVERIFY2(blocked.reason.contains(QStringLiteral("brute_force_ip")), qPrintable(blocked.reason));
    QCOMPARE(blocked.ttlS, 600);
    QCOMPARE(blocked.targets.size(), 1);
    QCOMPARE(blocked.targets.first().pbx, p.name);
    QCOMPARE(blocked.targets.first().backend, BlockBackend::Nftables);

    // Really blocked: the attacker's connection fails, the admin's still works.
    QVERIFY(!canConnect(env("TOLLGATE_NETNS_ATK"), pbxAtk, sip));
    QVERIFY(canConnect(env("TOLLGATE_NETNS_ADM"), env("TOLLGATE_NETNS_PBX_ADM_IP"), sip));

    // The second attacker's alert met the hourly limit: nothing ran, and the record says why.
    const BlockRecord limited = *recordFor(records, second);
    QCOMPARE(limited.state, BlockState::Refused);
    QCOMPARE(limited.who, QStringLiteral("automatic"));
    QVERIFY(limited.alertId > 0 && limited.alertId != blocked.alertId);
    QCOMPARE(limited.targets.size(), 1);
    QVERIFY2(limited.targets.first().detail.contains(QStringLiteral("limit")), qPrintable(limited.targets.first().detail));
    bool limitNote = false, blockedNote = false;
    for (const QList<QVariant> &n : std::as_const(notes)) {
        limitNote = limitNote || (n.at(0).toString().contains(second) && n.at(0).toString().contains(QStringLiteral("limit")));
        blockedNote = blockedNote || (n.at(0).toString().contains(atk) && n.at(0).toString().contains(QStringLiteral("automatically")));
    }
    QVERIFY(limitNote);
    QVERIFY(blockedNote);

    engine.shutdown();
}

QTEST_GUILESS_MAIN(TestAutoBlockNetns)
#include "TestAutoBlockNetns.moc"
