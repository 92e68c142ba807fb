// Reading what the PBX's tools print, and its SIP trunk peers.
#include "blocking/BlockOutputParser.h"
#include "blocking/BlockSettings.h"
#include "blocking/TrunkPeerParser.h"

#include <QtTest>

using namespace tg;

namespace {

QStringList addresses(const QVector<ListedBlock> &l)
{
    QStringList out;
    for (const ListedBlock &b : l)
        out << b.address;
    return out;
}

QStringList peers(const QVector<TrunkPeer> &l)
{
    QStringList out;
    for (const TrunkPeer &p : l)
        out << p.name + QLatin1Char('=') + p.host;
    return out;
}

} // namespace

class TestBlockParsers : public QObject
{
    Q_OBJECT
private slots:
    void nftJson();
    void nftJsonRejectsOtherText();
    void ipsetSave();
    void fail2banStatus();
    void factsJson();
    void factsOneLineAddresses();
    void resolve();
    void sipConf();
    void pjsipConf();
    void peerLiterals();
    void settingsPortsAndJson();
};

void TestBlockParsers::nftJson()
{
    // As printed by nftables 1.0.6 (`nft -j list table inet tollgate`), plus a set of someone else.
    const QByteArray json = R"({"nftables": [{"metainfo": {"version": "1.0.6", "json_schema_version": 1}},
        {"table": {"family": "inet", "name": "tollgate", "handle": 3}},
        {"set": {"family": "inet", "name": "blocked4", "table": "tollgate", "type": "ipv4_addr", "handle": 1,
                 "flags": ["interval", "timeout"],
                 "elem": [{"prefix": {"addr": "198.51.100.0", "len": 24}},
                          {"elem": {"val": "203.0.113.5", "timeout": 3600, "expires": 3599}},
                          {"range": ["192.0.2.10", "192.0.2.20"]}, "bogus; id"]}},
        {"set": {"family": "inet", "name": "blocked6", "table": "tollgate", "type": "ipv6_addr", "handle": 2,
                 "flags": ["interval", "timeout"],
                 "elem": [{"elem": {"val": {"prefix": {"addr": "2001:db8::", "len": 48}}, "timeout": 60, "expires": 59}},
                          "2001:db8:1::5"]}},
        {"set": {"family": "inet", "name": "other", "table": "tollgate", "type": "ipv4_addr", "elem": ["10.9.9.9"]}},
        {"chain": {"family": "inet", "table": "tollgate", "name": "input", "handle": 3}}]})";
    QVector<ListedBlock> l;
    QVERIFY(BlockOutputParser::parseNftJson(json, &l));
    QCOMPARE(addresses(l), (QStringList{QStringLiteral("198.51.100.0/24"), QStringLiteral("203.0.113.5"),
                                        QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8::/48"),
                                        QStringLiteral("2001:db8:1::5")}));
    QCOMPARE(l.at(1).timeoutS, 3600);
    QCOMPARE(l.at(1).expiresS, 3599);
    QCOMPARE(l.at(3).timeoutS, 60);
    QCOMPARE(l.at(0).timeoutS, 0);
    // An empty set has no "elem" at all.
    l.clear();
    QVERIFY(BlockOutputParser::parseNftJson(R"({"nftables": [{"set": {"name": "blocked4", "table": "tollgate"}}]})", &l));
    QVERIFY(l.isEmpty());
}

void TestBlockParsers::nftJsonRejectsOtherText()
{
    QVector<ListedBlock> l;
    QString error;
    QVERIFY(!BlockOutputParser::parseNftJson("Error: No such file or directory", &l, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!BlockOutputParser::parseNftJson("[1,2]", &l));
}

void TestBlockParsers::ipsetSave()
{
    const QByteArray out = "create tollgate4 hash:net family inet hashsize 1024 maxelem 65536 timeout 0\n"
                           "add tollgate4 203.0.113.5 timeout 3590\n"
                           "add tollgate4 198.51.100.0/24 timeout 0\n"
                           "create tollgate6 hash:net family inet6 hashsize 1024 maxelem 65536 timeout 0\n"
                           "add tollgate6 2001:db8::7 timeout 12\n"
                           "add other 10.0.0.1\n";
    QVector<ListedBlock> l;
    QVERIFY(BlockOutputParser::parseIpsetSave(out, &l));
    QCOMPARE(addresses(l), (QStringList{QStringLiteral("203.0.113.5"), QStringLiteral("198.51.100.0/24"),
                                        QStringLiteral("2001:db8::7")}));
    QCOMPARE(l.at(0).expiresS, 3590);
}

void TestBlockParsers::fail2banStatus()
{
    const QByteArray out = "Status for the jail: asterisk\n"
                           "|- Filter\n"
                           "|  |- Currently failed:\t0\n"
                           "|  |- Total failed:\t12\n"
                           "|  `- File list:\t/var/log/asterisk/security\n"
                           "`- Actions\n"
                           "   |- Currently banned:\t2\n"
                           "   |- Total banned:\t5\n"
                           "   `- Banned IP list:\t203.0.113.5 2001:db8::9\n";
    QVector<ListedBlock> l;
    QVERIFY(BlockOutputParser::parseFail2banStatus(out, &l));
    QCOMPARE(addresses(l), (QStringList{QStringLiteral("203.0.113.5"), QStringLiteral("2001:db8::9")}));
    l.clear();
    QVERIFY(!BlockOutputParser::parseFail2banStatus("Sorry but the jail 'x' does not exist", &l));
}

void TestBlockParsers::factsJson()
{
    const QByteArray out = "@ssh 10.99.3.2 50514 10.99.3.1 22\n"
                           "@tools\nnft\niptables\nfail2ban-client\nrm -rf\n"
                           "@addr\n"
                           R"([{"ifindex":1,"ifname":"lo","addr_info":[{"family":"inet","local":"127.0.0.1","prefixlen":8},
                               {"family":"inet6","local":"::1","prefixlen":128}]},
                              {"ifindex":2,"ifname":"eth0","addr_info":[{"family":"inet","local":"192.0.2.10","prefixlen":24},
                               {"family":"inet6","local":"fe80::1","prefixlen":64}]}])"
                           "\n@end\n";
    PbxFacts f;
    BlockOutputParser::parseFacts(out, &f);
    QCOMPARE(f.adminAddresses, QVector<IpAddress>{IpAddress(QStringLiteral("10.99.3.2"))});
    QCOMPARE(f.tools, (QStringList{QStringLiteral("nft"), QStringLiteral("iptables"), QStringLiteral("fail2ban-client")}));
    const QVector<IpAddress> own{IpAddress(QStringLiteral("10.99.3.1")), IpAddress(QStringLiteral("127.0.0.1")),
                                 IpAddress(QStringLiteral("::1")), IpAddress(QStringLiteral("192.0.2.10")),
                                 IpAddress(QStringLiteral("fe80::1"))};
    QCOMPARE(f.ownAddresses, own);
}

void TestBlockParsers::factsOneLineAddresses()
{
    const QByteArray out = "@ssh \n@tools\n@addr\n"
                           "1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n"
                           "2: eth0    inet 192.0.2.10/24 brd 192.0.2.255 scope global eth0\\       valid_lft forever\n"
                           "2: eth0    inet6 2001:db8::10/64 scope global \\       valid_lft forever\n@end\n";
    PbxFacts f;
    BlockOutputParser::parseFacts(out, &f);
    QVERIFY(f.adminAddresses.isEmpty());
    QCOMPARE(f.ownAddresses.size(), 3);
    QCOMPARE(f.ownAddresses.at(2), IpAddress(QStringLiteral("2001:db8::10")));
}

void TestBlockParsers::resolve()
{
    const QByteArray out = "@host sip.example.net\n"
                           "203.0.113.80    STREAM sip.example.net\n203.0.113.80    DGRAM\n203.0.113.80    RAW\n"
                           "2001:db8::80    STREAM\n"
                           "@host nowhere.invalid\n";
    const auto r = BlockOutputParser::parseResolve(out);
    QCOMPARE(r.value(QStringLiteral("sip.example.net")).size(), 2);
    QVERIFY(r.contains(QStringLiteral("nowhere.invalid")));
    QVERIFY(r.value(QStringLiteral("nowhere.invalid")).isEmpty());
}

void TestBlockParsers::sipConf()
{
    const QString conf = QStringLiteral(
        "[general]\nhost=192.0.2.1 ; not a peer\n"
        "[trunk-tmpl](!)\ntype=peer\ninsecure=port,invite\n"
        "[provider](trunk-tmpl)\nhost=203.0.113.80\n"
        "[backup]\ntype = friend\nhost => sip.example.net\n"
        "[1001]\ntype=friend\nhost=dynamic\n"
        "[1002]\ntype=user\nhost=198.51.100.2\n"
        "; [commented]\n;type=peer\n;host=192.0.2.99\n"
        "[late]\nhost=198.51.100.9\ntype=peer ; type after host\n");
    QCOMPARE(peers(TrunkPeerParser::parseSipConf(conf)),
             (QStringList{QStringLiteral("provider=203.0.113.80"), QStringLiteral("backup=sip.example.net"),
                          QStringLiteral("late=198.51.100.9")}));
}

void TestBlockParsers::pjsipConf()
{
    const QString conf = QStringLiteral(
        "[transport-udp]\ntype=transport\nbind=0.0.0.0\n"
        "[identify-tmpl](!)\ntype=identify\nmatch=192.0.2.200\n"
        "[carrier]\ntype=identify\nendpoint=carrier\nmatch=198.51.100.0/28, 203.0.113.7\nmatch = sip.example.net\n"
        "[carrier2](identify-tmpl)\nendpoint=carrier2\nmatch=203.0.113.8:5060\n"
        "[carrier]\ntype=endpoint\ncontext=from-trunk\n");
    QCOMPARE(peers(TrunkPeerParser::parsePjsipConf(conf)),
             (QStringList{QStringLiteral("carrier=198.51.100.0/28"), QStringLiteral("carrier=203.0.113.7"),
                          QStringLiteral("carrier=sip.example.net"), QStringLiteral("carrier2=192.0.2.200"),
                          QStringLiteral("carrier2=203.0.113.8:5060")}));
}

void TestBlockParsers::peerLiterals()
{
    QCOMPARE(TrunkPeerParser::literal(QStringLiteral("203.0.113.80")).toString(), QStringLiteral("203.0.113.80"));
    QCOMPARE(TrunkPeerParser::literal(QStringLiteral("203.0.113.80:5060")).toString(), QStringLiteral("203.0.113.80"));
    QCOMPARE(TrunkPeerParser::literal(QStringLiteral("198.51.100.0/255.255.255.0")).toString(), QStringLiteral("198.51.100.0/24"));
    QCOMPARE(TrunkPeerParser::literal(QStringLiteral("198.51.100.5/24")).toString(), QStringLiteral("198.51.100.0/24"));
    QCOMPARE(TrunkPeerParser::literal(QStringLiteral("[2001:db8::80]:5060")).toString(), QStringLiteral("2001:db8::80"));
    QCOMPARE(TrunkPeerParser::literal(QStringLiteral("2001:db8::80")).toString(), QStringLiteral("2001:db8::80"));
    QVERIFY(TrunkPeerParser::literal(QStringLiteral("sip.example.net")).isNull());
    QVERIFY(TrunkPeerParser::literal(QStringLiteral("198.51.100.0/255.0.255.0")).isNull());
}

void TestBlockParsers::settingsPortsAndJson()
{
    QVector<PortRange> ports;
    QVERIFY(BlockSettings::parsePorts(QStringLiteral("5060, 5061,10000-20000"), &ports));
    QCOMPARE(BlockSettings::portsText(ports), QStringLiteral("5060,5061,10000-20000"));
    QString error;
    for (const char *bad : {"", "0", "65536", "20-10", "5060;id", "50 60", "5060-", "-5"})
        QVERIFY2(!BlockSettings::parsePorts(QString::fromLatin1(bad), &ports, &error), bad);
    PbxProfile p;
    p.port = 5038;
    p.sshUser = QStringLiteral("root");
    BlockSettings s = BlockSettings::defaultsFor(p);
    QVERIFY(!s.useSudo);
    QCOMPARE(BlockSettings::portsText(s.ports), QStringLiteral("5060-5061,10000-20000,5038"));
    s.backend = BlockBackend::Nftables;
    s.scope = BlockScope::AllTraffic;
    s.allowlist = {QStringLiteral("192.0.2.0/24")};
    const BlockSettings back = BlockSettings::fromJson(s.toJson(), BlockSettings());
    QCOMPARE(back.backend, BlockBackend::Nftables);
    QCOMPARE(back.scope, BlockScope::AllTraffic);
    QCOMPARE(back.ports, s.ports);
    QCOMPARE(back.allowlist, s.allowlist);
    QVERIFY(!back.useSudo);
    QVERIFY(back.validate(&error));
}

QTEST_GUILESS_MAIN(TestBlockParsers)
#include "TestBlockParsers.moc"
