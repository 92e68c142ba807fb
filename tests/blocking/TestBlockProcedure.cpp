// Planning and running a block on a pretend PBX: the order of commands, refusals, covered and
// replaced entries, failures reported per PBX, verification by listing, and injection strings
// that never lead to any command.
#include "FakeFirewall.h"

#include "blocking/BlockPlanner.h"
#include "blocking/BlockProcedure.h"

#include <QtTest>

using namespace tg;
using tg::testutil::FakeFirewall;

namespace {

BlockRequest request(const QStringList &addresses, qint64 ttl = 0, BlockRequest::Action action = BlockRequest::Action::Block)
{
    BlockRequest r;
    r.action = action;
    r.addresses = addresses;
    r.pbxes = {QStringLiteral("office")};
    r.ttlS = ttl;
    r.reason = QStringLiteral("brute force");
    r.who = QStringLiteral("analyst");
    return r;
}

BlockSettings settings()
{
    BlockSettings s;
    s.ports = {{5060, 5061}};
    s.allowlist = {QStringLiteral("192.0.2.128/25")};
    return s;
}

struct Run {
    BlockPlan plan;
    PbxPlan pbxPlan;
    PbxOutcome outcome;
    int commands = 0;
};

Run run(FakeFirewall &fw, const BlockRequest &req, const BlockSettings &s = settings())
{
    Run r;
    BlockProcedure proc(QStringLiteral("office"), s, [&fw](const RemoteCommand &c) { return fw.run(c); });
    r.plan = BlockPlanner::validate(req, s);
    r.pbxPlan = proc.prepare(r.plan);
    r.plan.pbxes = {r.pbxPlan};
    r.outcome = proc.apply(r.plan, r.pbxPlan);
    r.commands = proc.commandsRun();
    return r;
}

BlockState stateOf(const PbxOutcome &o, const QString &address)
{
    for (const PbxOutcome::Item &i : o.items)
        if (i.address == address)
            return i.state;
    return BlockState::Pending;
}

} // namespace

class TestBlockProcedure : public QObject
{
    Q_OBJECT
private slots:
    void injectionRunsNothing();
    void blockVerifyUnblock();
    void refusalsFromThePbx();
    void coveredAndReplaced();
    void dedupInRequest();
    void failureIsReportedAndVerified();
    void unreachablePbx();
    void noBackend();
    void unblockOfAbsentAndCovered();
    void planTextShowsCommands();
};

void TestBlockProcedure::injectionRunsNothing()
{
    FakeFirewall fw;
    const QStringList hostile{QStringLiteral("1.2.3.4; rm -rf /"), QStringLiteral("$(id)"), QStringLiteral("`id`"),
                              QStringLiteral("1.2.3.4\nid"), QStringLiteral("1.2.3.4 }; flush ruleset"),
                              QStringLiteral("127.0.0.1"), QStringLiteral("192.0.2.200")};
    Run r = run(fw, request(hostile));
    QCOMPARE(r.plan.addresses.size(), 0);
    QCOMPARE(r.plan.invalid.size(), hostile.size());
    QCOMPARE(r.commands, 0);
    QVERIFY(fw.commands.isEmpty());
    for (const BlockRefusal &x : r.plan.invalid)
        QVERIFY(!x.explanation.isEmpty());
    // The same for an unblock.
    r = run(fw, request(hostile.mid(0, 5), 0, BlockRequest::Action::Unblock));
    QVERIFY(fw.commands.isEmpty());
}

void TestBlockProcedure::blockVerifyUnblock()
{
    FakeFirewall fw;
    Run r = run(fw, request({QStringLiteral("203.0.113.5"), QStringLiteral("2001:db8:bad::/48")}, 60));
    QVERIFY2(r.outcome.ok, qPrintable(r.outcome.error));
    QCOMPARE(stateOf(r.outcome, QStringLiteral("203.0.113.5")), BlockState::Active);
    QCOMPARE(stateOf(r.outcome, QStringLiteral("2001:db8:bad::/48")), BlockState::Active);
    QCOMPARE(fw.elements.value(QStringLiteral("203.0.113.5")), 60);
    // facts, sip.conf, pjsip.conf, listing, set up, block, verify.
    QStringList purposes;
    for (const RemoteCommand &c : fw.commands)
        purposes << c.purpose;
    QCOMPARE(purposes.size(), 7);
    QCOMPARE(purposes.mid(4), (QStringList{QStringLiteral("set up"), QStringLiteral("block"), QStringLiteral("verify")}));
    QVERIFY(r.outcome.listed);
    QCOMPARE(r.outcome.commands.size(), 2);

    // Again: a fresh timeout, still one entry.
    r = run(fw, request({QStringLiteral("203.0.113.5")}, 120));
    QVERIFY(r.outcome.ok);
    QCOMPARE(fw.elements.value(QStringLiteral("203.0.113.5")), 120);

    fw.commands.clear();
    r = run(fw, request({QStringLiteral("203.0.113.5")}, 0, BlockRequest::Action::Unblock));
    QVERIFY2(r.outcome.ok, qPrintable(r.outcome.error));
    QCOMPARE(stateOf(r.outcome, QStringLiteral("203.0.113.5")), BlockState::Removed);
    QVERIFY(!fw.elements.contains(QStringLiteral("203.0.113.5")));
    QCOMPARE(fw.count(QStringLiteral("read the SIP trunk peers")), 0);   // not needed to unblock
}

void TestBlockProcedure::refusalsFromThePbx()
{
    FakeFirewall fw;
    fw.files.insert(QStringLiteral("/etc/asterisk/sip.conf"),
                    "[provider]\ntype=peer\nhost=sip.example.net\n[other]\ntype=peer\nhost=198.51.100.64\n");
    fw.files.insert(QStringLiteral("/etc/asterisk/pjsip.conf"), "[carrier]\ntype=identify\nmatch=203.0.113.0/28\n");
    fw.dns.insert(QStringLiteral("sip.example.net"), QStringLiteral("198.51.100.80"));
    const Run r = run(fw, request({QStringLiteral("192.0.2.50"),       // the admin's SSH source
                                   QStringLiteral("192.0.2.10"),       // the PBX itself
                                   QStringLiteral("198.51.100.80"),    // a trunk by name
                                   QStringLiteral("198.51.100.64"),    // a trunk by address
                                   QStringLiteral("203.0.113.9"),      // inside a pjsip match=
                                   QStringLiteral("45.134.26.9")}));   // an attacker
    QVERIFY2(r.outcome.ok, qPrintable(r.outcome.error));
    QCOMPARE(r.pbxPlan.refusals.size(), 5);
    const QVector<BlockRefusal::Reason> expected{BlockRefusal::Reason::AdminAddress, BlockRefusal::Reason::PbxAddress,
                                                 BlockRefusal::Reason::TrunkPeer, BlockRefusal::Reason::TrunkPeer,
                                                 BlockRefusal::Reason::TrunkPeer};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(r.pbxPlan.refusals.at(i).reason, expected.at(i));
        QCOMPARE(stateOf(r.outcome, r.pbxPlan.refusals.at(i).address), BlockState::Refused);
    }
    QCOMPARE(fw.elements.keys(), QStringList{QStringLiteral("45.134.26.9")});
    QCOMPARE(stateOf(r.outcome, QStringLiteral("45.134.26.9")), BlockState::Active);

    // Everything refused: nothing is set up or blocked.
    FakeFirewall fw2;
    const Run none = run(fw2, request({QStringLiteral("192.0.2.50")}));
    QCOMPARE(fw2.count(QStringLiteral("block")), 0);
    QCOMPARE(fw2.count(QStringLiteral("set up")), 0);
    QVERIFY(!none.pbxPlan.hasWork());
}

void TestBlockProcedure::coveredAndReplaced()
{
    FakeFirewall fw;
    QVERIFY(run(fw, request({QStringLiteral("198.51.100.7"), QStringLiteral("198.51.100.9")})).outcome.ok);
    // A network over them takes their place in one transaction (nft refuses overlaps).
    Run r = run(fw, request({QStringLiteral("198.51.100.0/24")}, 300));
    QVERIFY2(r.outcome.ok, qPrintable(r.outcome.error));
    QCOMPARE(r.pbxPlan.replaced.size(), 2);
    QCOMPARE(fw.elements.keys(), QStringList{QStringLiteral("198.51.100.0/24")});
    // An address inside it is already covered: nothing runs for it.
    fw.commands.clear();
    r = run(fw, request({QStringLiteral("198.51.100.77")}));
    QVERIFY(r.outcome.ok);
    QCOMPARE(r.pbxPlan.covered.size(), 1);
    QCOMPARE(r.pbxPlan.covered.first().by, QStringLiteral("198.51.100.0/24"));
    QCOMPARE(stateOf(r.outcome, QStringLiteral("198.51.100.77")), BlockState::Active);
    QCOMPARE(fw.count(QStringLiteral("block")), 0);
}

void TestBlockProcedure::dedupInRequest()
{
    const BlockPlan p = BlockPlanner::validate(request({QStringLiteral("198.51.100.7"), QStringLiteral("198.51.100.0/24"),
                                                        QStringLiteral("198.51.100.0/24"), QStringLiteral("203.0.113.1")}),
                                               settings());
    QCOMPARE(p.addresses.size(), 2);
    QCOMPARE(p.addresses.at(0).toString(), QStringLiteral("198.51.100.0/24"));
}

void TestBlockProcedure::failureIsReportedAndVerified()
{
    FakeFirewall fw;
    fw.failOn = QStringLiteral("203.0.113.5 timeout");
    const Run r = run(fw, request({QStringLiteral("203.0.113.5"), QStringLiteral("203.0.113.6")}, 60));
    QVERIFY(!r.outcome.ok);
    QVERIFY2(r.outcome.error.contains(QStringLiteral("office")), qPrintable(r.outcome.error));
    QVERIFY(r.outcome.error.contains(QStringLiteral("simulated failure")));
    // All or nothing: neither address is in, and the listing (which still ran) says so.
    QVERIFY(r.outcome.listed);
    QCOMPARE(stateOf(r.outcome, QStringLiteral("203.0.113.5")), BlockState::Failed);
    QCOMPARE(stateOf(r.outcome, QStringLiteral("203.0.113.6")), BlockState::Failed);
    QVERIFY(fw.elements.isEmpty());
    QCOMPARE(fw.count(QStringLiteral("verify")), 2);   // before (facts) and after
}

void TestBlockProcedure::unreachablePbx()
{
    FakeFirewall fw;
    fw.reachable = false;
    const Run r = run(fw, request({QStringLiteral("203.0.113.5")}));
    QVERIFY(!r.outcome.ok);
    QVERIFY(r.outcome.error.contains(QStringLiteral("could not connect")));
    QCOMPARE(stateOf(r.outcome, QStringLiteral("203.0.113.5")), BlockState::Failed);
    QCOMPARE(fw.commands.size(), 1);   // the first attempt only
}

void TestBlockProcedure::noBackend()
{
    FakeFirewall fw;
    fw.tools.clear();
    Run r = run(fw, request({QStringLiteral("203.0.113.5")}));
    QVERIFY(!r.outcome.ok);
    QVERIFY2(r.outcome.error.contains(QStringLiteral("install nftables")), qPrintable(r.outcome.error));
    BlockSettings s = settings();
    s.backend = BlockBackend::Fail2ban;
    fw.tools = QStringList{QStringLiteral("nft")};
    r = run(fw, request({QStringLiteral("203.0.113.5")}), s);
    QVERIFY(r.outcome.error.contains(QStringLiteral("fail2ban")));
    QCOMPARE(fw.count(QStringLiteral("block")), 0);
}

void TestBlockProcedure::unblockOfAbsentAndCovered()
{
    FakeFirewall fw;
    QVERIFY(run(fw, request({QStringLiteral("198.51.100.0/24")})).outcome.ok);
    fw.commands.clear();
    const Run r = run(fw, request({QStringLiteral("203.0.113.5"), QStringLiteral("198.51.100.7")}, 0, BlockRequest::Action::Unblock));
    QCOMPARE(stateOf(r.outcome, QStringLiteral("203.0.113.5")), BlockState::Removed);
    QCOMPARE(stateOf(r.outcome, QStringLiteral("198.51.100.7")), BlockState::Failed);
    QVERIFY(r.pbxPlan.notes.join(QLatin1Char(' ')).contains(QStringLiteral("unblock 198.51.100.0/24")));
    QCOMPARE(fw.count(QStringLiteral("unblock")), 0);
    QVERIFY(fw.elements.contains(QStringLiteral("198.51.100.0/24")));
}

void TestBlockProcedure::planTextShowsCommands()
{
    FakeFirewall fw;
    const Run r = run(fw, request({QStringLiteral("203.0.113.5"), QStringLiteral("192.0.2.50"), QStringLiteral("x;y")}, 3600));
    const QString text = r.plan.text();
    QVERIFY2(text.contains(QStringLiteral("PBX office (nftables):")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("$ sudo -n nft -f - <<'EOF'")));
    QVERIFY(text.contains(QStringLiteral("add element inet tollgate blocked4 { 203.0.113.5 timeout 3600s }")));
    QVERIFY(text.contains(QStringLiteral("lock you out")));
    QVERIFY(text.contains(QStringLiteral("Refused: \"x;y\"")));
    QVERIFY(text.contains(QStringLiteral("then verify with: sudo -n nft -j list table inet tollgate")));
}

QTEST_GUILESS_MAIN(TestBlockProcedure)
#include "TestBlockProcedure.moc"
