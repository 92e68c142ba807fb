// The refusal rules, each with its explanation.
#include "blocking/BlockGuard.h"

#include <QtTest>

using namespace tg;

namespace {

BlockAddress addr(const char *text)
{
    const BlockAddress a = BlockAddress::parse(QString::fromLatin1(text));
    if (a.isNull())
        qFatal("bad test address %s", text);
    return a;
}

PbxFacts facts()
{
    PbxFacts f;
    f.pbx = QStringLiteral("office");
    f.reached = true;
    f.adminAddresses << IpAddress(QStringLiteral("192.0.2.50"));
    f.ownAddresses << IpAddress(QStringLiteral("192.0.2.10")) << IpAddress(QStringLiteral("127.0.0.1"))
                   << IpAddress(QStringLiteral("2001:db8:10::1"));
    TrunkPeer t{QStringLiteral("provider"), QStringLiteral("203.0.113.80"), QStringLiteral("sip.conf")};
    f.trunkNets.append({t, addr("203.0.113.80")});
    TrunkPeer n{QStringLiteral("carrier"), QStringLiteral("198.51.100.0/28"), QStringLiteral("pjsip.conf")};
    f.trunkNets.append({n, addr("198.51.100.0/28")});
    f.backend = BlockBackend::Nftables;
    return f;
}

QVector<BlockRefusal::Reason> reasons(const QVector<BlockRefusal> &list)
{
    QVector<BlockRefusal::Reason> r;
    for (const BlockRefusal &x : list) {
        if (x.explanation.isEmpty())
            qWarning("refusal without explanation");
        r << x.reason;
    }
    return r;
}

} // namespace

class TestBlockGuard : public QObject
{
    Q_OBJECT
private slots:
    void special_data();
    void special();
    void tooBroad();
    void allowlist();
    void adminAddress();
    void pbxOwnAddress();
    void trunkPeers();
    void fail2banSingleAddressesOnly();
    void ordinaryAttackerPasses();
};

void TestBlockGuard::special_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("loopback") << "127.0.0.1";
    QTest::newRow("loopback other") << "127.5.6.7";
    QTest::newRow("loopback v6") << "::1";
    QTest::newRow("unspecified") << "0.0.0.0";
    QTest::newRow("unspecified v6") << "::";
    QTest::newRow("link-local") << "169.254.1.1";
    QTest::newRow("link-local v6") << "fe80::1";
    QTest::newRow("multicast") << "224.0.0.1";
    QTest::newRow("multicast v6") << "ff02::1";
    QTest::newRow("broadcast") << "255.255.255.255";
    QTest::newRow("net containing loopback") << "64.0.0.0/2";
    QTest::newRow("everything") << "0.0.0.0/0";
    QTest::newRow("everything v6") << "::/0";
}

void TestBlockGuard::special()
{
    QFETCH(QString, text);
    BlockSettings s;
    s.minPrefixV4 = 0;
    s.minPrefixV6 = 0;
    const QVector<BlockRefusal> r = BlockGuard::checkGeneral(BlockAddress::parse(text), s);
    QVERIFY2(reasons(r).contains(BlockRefusal::Reason::Special), qPrintable(text));
    QVERIFY(r.first().explanation.contains(QStringLiteral("never blocked")));
}

void TestBlockGuard::tooBroad()
{
    BlockSettings s;
    QVector<BlockRefusal> r = BlockGuard::checkGeneral(addr("10.0.0.0/8"), s);
    QCOMPARE(reasons(r), QVector<BlockRefusal::Reason>{BlockRefusal::Reason::TooBroad});
    QVERIFY(r.first().explanation.contains(QStringLiteral("/16")));
    QVERIFY(BlockGuard::checkGeneral(addr("10.1.0.0/16"), s).isEmpty());
    QCOMPARE(reasons(BlockGuard::checkGeneral(addr("2001::/16"), s)),
             QVector<BlockRefusal::Reason>{BlockRefusal::Reason::TooBroad});
    QVERIFY(BlockGuard::checkGeneral(addr("2001:db8::/32"), s).isEmpty());
}

void TestBlockGuard::allowlist()
{
    BlockSettings s;
    s.allowlist = {QStringLiteral("192.0.2.0/24"), QStringLiteral("2001:db8:aa::/48"), QStringLiteral("not an ip")};
    // Inside, containing, exact, v6; an invalid entry is ignored rather than matching everything.
    for (const char *t : {"192.0.2.99", "192.0.0.0/16", "192.0.2.0/24", "2001:db8:aa::5"}) {
        const QVector<BlockRefusal> r = BlockGuard::checkGeneral(addr(t), s);
        QVERIFY2(reasons(r) == QVector<BlockRefusal::Reason>{BlockRefusal::Reason::Allowlisted}, t);
        QVERIFY(r.first().explanation.contains(QStringLiteral("allowlisted")));
    }
    QVERIFY(BlockGuard::checkGeneral(addr("192.0.3.1"), s).isEmpty());
    QVERIFY(BlockGuard::checkGeneral(addr("2001:db8:ab::5"), s).isEmpty());
}

void TestBlockGuard::adminAddress()
{
    const PbxFacts f = facts();
    QVector<BlockRefusal> r = BlockGuard::checkPbx(addr("192.0.2.50"), f);
    QCOMPARE(reasons(r), QVector<BlockRefusal::Reason>{BlockRefusal::Reason::AdminAddress});
    QVERIFY(r.first().explanation.contains(QStringLiteral("lock you out")));
    QCOMPARE(r.first().pbx, QStringLiteral("office"));
    // A network around the admin is refused too, and names the admin's address.
    r = BlockGuard::checkPbx(addr("192.0.2.48/29"), f);
    QVERIFY(reasons(r).contains(BlockRefusal::Reason::AdminAddress));
    QVERIFY(r.first().explanation.contains(QStringLiteral("192.0.2.50")));
}

void TestBlockGuard::pbxOwnAddress()
{
    const PbxFacts f = facts();
    QCOMPARE(reasons(BlockGuard::checkPbx(addr("192.0.2.10"), f)), QVector<BlockRefusal::Reason>{BlockRefusal::Reason::PbxAddress});
    QCOMPARE(reasons(BlockGuard::checkPbx(addr("2001:db8:10::/64"), f)),
             QVector<BlockRefusal::Reason>{BlockRefusal::Reason::PbxAddress});
}

void TestBlockGuard::trunkPeers()
{
    const PbxFacts f = facts();
    QVector<BlockRefusal> r = BlockGuard::checkPbx(addr("203.0.113.80"), f);
    QCOMPARE(reasons(r), QVector<BlockRefusal::Reason>{BlockRefusal::Reason::TrunkPeer});
    QVERIFY(r.first().explanation.contains(QStringLiteral("provider")));
    QVERIFY(r.first().explanation.contains(QStringLiteral("sip.conf")));
    // An address inside a trunk's match= network, and a network around it.
    QCOMPARE(reasons(BlockGuard::checkPbx(addr("198.51.100.3"), f)), QVector<BlockRefusal::Reason>{BlockRefusal::Reason::TrunkPeer});
    QCOMPARE(reasons(BlockGuard::checkPbx(addr("198.51.100.0/24"), f)), QVector<BlockRefusal::Reason>{BlockRefusal::Reason::TrunkPeer});
    QVERIFY(BlockGuard::checkPbx(addr("198.51.100.16"), f).isEmpty());
}

void TestBlockGuard::fail2banSingleAddressesOnly()
{
    PbxFacts f = facts();
    f.backend = BlockBackend::Fail2ban;
    QCOMPARE(reasons(BlockGuard::checkPbx(addr("198.51.101.0/24"), f)),
             QVector<BlockRefusal::Reason>{BlockRefusal::Reason::Unsupported});
    QVERIFY(BlockGuard::checkPbx(addr("198.51.101.7"), f).isEmpty());
}

void TestBlockGuard::ordinaryAttackerPasses()
{
    BlockSettings s;
    s.allowlist = {QStringLiteral("192.0.2.0/24")};
    QVERIFY(BlockGuard::check(addr("45.134.26.9"), s, facts()).isEmpty());
    QVERIFY(BlockGuard::check(addr("2a0e:1c80::7"), s, facts()).isEmpty());
}

QTEST_GUILESS_MAIN(TestBlockGuard)
#include "TestBlockGuard.moc"
