// The command templates: exact text, and nothing built from a value that failed its check.
#include "blocking/BlockCommands.h"

#include <QRegularExpression>
#include <QtTest>

using namespace tg;

namespace {

BlockAddress addr(const char *text)
{
    return BlockAddress::parse(QString::fromLatin1(text));
}

BlockSettings settings()
{
    BlockSettings s;
    s.ports = {{5060, 5061}, {10000, 20000}, {5038, 5038}};
    return s;
}

} // namespace

class TestBlockCommands : public QObject
{
    Q_OBJECT
private slots:
    void nftSetupPorts();
    void nftSetupAllTraffic();
    void nftBlockAndUnblock();
    void ipset();
    void iptablesMultiportChunks();
    void fail2ban();
    void factsIsFixed();
    void unsafeValuesGiveNoCommand();
    void displayShowsInput();
};

void TestBlockCommands::nftSetupPorts()
{
    const RemoteCommand c = BlockCommands::setup(BlockBackend::Nftables, settings());
    QCOMPARE(c.command, QStringLiteral("nft -f -"));
    QVERIFY(c.root);
    QCOMPARE(QString::fromUtf8(c.input),
             QStringLiteral("add table inet tollgate\n"
                            "add set inet tollgate blocked4 { type ipv4_addr; flags interval, timeout; }\n"
                            "add set inet tollgate blocked6 { type ipv6_addr; flags interval, timeout; }\n"
                            "add chain inet tollgate input { type filter hook input priority filter - 10; policy accept; }\n"
                            "flush chain inet tollgate input\n"
                            "add rule inet tollgate input ip saddr @blocked4 meta l4proto { tcp, udp } th dport { 5060-5061, 10000-20000, 5038 } drop\n"
                            "add rule inet tollgate input ip6 saddr @blocked6 meta l4proto { tcp, udp } th dport { 5060-5061, 10000-20000, 5038 } drop\n"));
}

void TestBlockCommands::nftSetupAllTraffic()
{
    BlockSettings s = settings();
    s.scope = BlockScope::AllTraffic;
    const QString script = QString::fromUtf8(BlockCommands::setup(BlockBackend::Nftables, s).input);
    QVERIFY(script.contains(QStringLiteral("add rule inet tollgate input ip saddr @blocked4 drop\n")));
    QVERIFY(script.contains(QStringLiteral("add rule inet tollgate input ip6 saddr @blocked6 drop\n")));
    QVERIFY(!script.contains(QStringLiteral("dport")));
}

void TestBlockCommands::nftBlockAndUnblock()
{
    RemoteCommand c = BlockCommands::block(BlockBackend::Nftables, settings(),
                                           {addr("203.0.113.5"), addr("2001:db8::/48")}, 3600, {addr("198.51.100.7")});
    QCOMPARE(c.command, QStringLiteral("nft -f -"));
    QCOMPARE(QString::fromUtf8(c.input),
             QStringLiteral("add element inet tollgate blocked4 { 198.51.100.7 }\n"
                            "delete element inet tollgate blocked4 { 198.51.100.7 }\n"
                            "add element inet tollgate blocked4 { 203.0.113.5 }\n"
                            "delete element inet tollgate blocked4 { 203.0.113.5 }\n"
                            "add element inet tollgate blocked4 { 203.0.113.5 timeout 3600s }\n"
                            "add element inet tollgate blocked6 { 2001:db8::/48 }\n"
                            "delete element inet tollgate blocked6 { 2001:db8::/48 }\n"
                            "add element inet tollgate blocked6 { 2001:db8::/48 timeout 3600s }\n"));
    c = BlockCommands::block(BlockBackend::Nftables, settings(), {addr("203.0.113.5")}, 0);
    QVERIFY(c.input.endsWith("add element inet tollgate blocked4 { 203.0.113.5 }\n"));
    c = BlockCommands::unblock(BlockBackend::Nftables, settings(), {addr("203.0.113.5")});
    QCOMPARE(QString::fromUtf8(c.input), QStringLiteral("add element inet tollgate blocked4 { 203.0.113.5 }\n"
                                                         "delete element inet tollgate blocked4 { 203.0.113.5 }\n"));
    QCOMPARE(BlockCommands::list(BlockBackend::Nftables, settings()).command, QStringLiteral("nft -j list table inet tollgate"));
}

void TestBlockCommands::ipset()
{
    RemoteCommand c = BlockCommands::block(BlockBackend::IptablesIpset, settings(), {addr("203.0.113.5"), addr("2001:db8::7")}, 60);
    QCOMPARE(c.command, QStringLiteral("ipset -exist restore"));
    QCOMPARE(QString::fromUtf8(c.input), QStringLiteral("add tollgate4 203.0.113.5 timeout 60\nadd tollgate6 2001:db8::7 timeout 60\n"));
    c = BlockCommands::unblock(BlockBackend::IptablesIpset, settings(), {addr("203.0.113.5")});
    QCOMPARE(QString::fromUtf8(c.input), QStringLiteral("del tollgate4 203.0.113.5\n"));
    const QString setup = BlockCommands::setup(BlockBackend::IptablesIpset, settings()).command;
    QVERIFY(setup.startsWith(QStringLiteral("ipset -exist create tollgate4 hash:net family inet timeout 0 && ")));
    QVERIFY(setup.contains(QStringLiteral("iptables -w -A TOLLGATE -m set --match-set tollgate4 src -p udp -m multiport --dports 5060:5061,10000:20000,5038 -j DROP")));
    QVERIFY(setup.contains(QStringLiteral("ip6tables -w -A TOLLGATE -m set --match-set tollgate6 src -p tcp -m multiport --dports 5060:5061,10000:20000,5038 -j DROP")));
    QVERIFY(setup.contains(QStringLiteral("{ iptables -w -C INPUT -j TOLLGATE 2>/dev/null || iptables -w -I INPUT 1 -j TOLLGATE; }")));
    QCOMPARE(BlockCommands::list(BlockBackend::IptablesIpset, settings()).command,
             QStringLiteral("ipset save tollgate4 && ipset save tollgate6"));
}

void TestBlockCommands::iptablesMultiportChunks()
{
    BlockSettings s = settings();
    s.ports.clear();
    for (int i = 0; i < 9; ++i)
        s.ports.append({6000 + i * 10, 6001 + i * 10});   // 9 ranges = 18 multiport slots
    const QString setup = BlockCommands::setup(BlockBackend::IptablesIpset, s).command;
    QVERIFY(setup.contains(QStringLiteral("--dports 6000:6001,6010:6011,6020:6021,6030:6031,6040:6041,6050:6051,6060:6061 -j")));
    QVERIFY(setup.contains(QStringLiteral("--dports 6070:6071,6080:6081 -j")));
}

void TestBlockCommands::fail2ban()
{
    BlockSettings s = settings();
    s.fail2banJail = QStringLiteral("asterisk-iptables");
    QCOMPARE(BlockCommands::block(BlockBackend::Fail2ban, s, {addr("203.0.113.5"), addr("203.0.113.6")}, 60).command,
             QStringLiteral("fail2ban-client set asterisk-iptables banip 203.0.113.5 && "
                            "fail2ban-client set asterisk-iptables banip 203.0.113.6"));
    QCOMPARE(BlockCommands::unblock(BlockBackend::Fail2ban, s, {addr("203.0.113.5")}).command,
             QStringLiteral("fail2ban-client set asterisk-iptables unbanip 203.0.113.5"));
    QCOMPARE(BlockCommands::list(BlockBackend::Fail2ban, s).command, QStringLiteral("fail2ban-client status asterisk-iptables"));
    // fail2ban bans addresses, not networks.
    QVERIFY(BlockCommands::block(BlockBackend::Fail2ban, s, {addr("203.0.113.0/24")}, 0).command.isEmpty());
    // A server on its own socket: every command names it.
    s.fail2banSocket = QStringLiteral("/run/fail2ban-pbx/fail2ban.sock");
    QCOMPARE(BlockCommands::block(BlockBackend::Fail2ban, s, {addr("203.0.113.5")}, 60).command,
             QStringLiteral("fail2ban-client -s '/run/fail2ban-pbx/fail2ban.sock' set asterisk-iptables banip 203.0.113.5"));
    QCOMPARE(BlockCommands::list(BlockBackend::Fail2ban, s).command,
             QStringLiteral("fail2ban-client -s '/run/fail2ban-pbx/fail2ban.sock' status asterisk-iptables"));
    QCOMPARE(BlockSettings::fromJson(s.toJson(), BlockSettings()).fail2banSocket, s.fail2banSocket);
}

void TestBlockCommands::factsIsFixed()
{
    const RemoteCommand c = BlockCommands::facts();
    QVERIFY(!c.root);    // $SSH_CONNECTION does not survive sudo
    QVERIFY(c.command.contains(QStringLiteral("$SSH_CONNECTION")));
    QVERIFY(c.command.contains(QStringLiteral("ip -j addr show")));
    QCOMPARE(BlockCommands::readFile(QStringLiteral("/etc/asterisk/sip.conf")).command,
             QStringLiteral("cat -- '/etc/asterisk/sip.conf'"));
    QCOMPARE(BlockCommands::resolve({QStringLiteral("sip.example.net")}).command,
             QStringLiteral("echo '@host sip.example.net'; getent ahosts 'sip.example.net'; true"));
}

void TestBlockCommands::unsafeValuesGiveNoCommand()
{
    BlockSettings s = settings();
    for (const char *jail : {"asterisk; id", "$(id)", "a b", "-x", "", "jail\n"}) {
        s.fail2banJail = QString::fromLatin1(jail);
        QVERIFY2(BlockCommands::block(BlockBackend::Fail2ban, s, {addr("203.0.113.5")}, 0).command.isEmpty(), jail);
        QVERIFY2(BlockCommands::list(BlockBackend::Fail2ban, s).command.isEmpty(), jail);
        QVERIFY2(BlockCommands::setup(BlockBackend::Fail2ban, s).command.isEmpty(), jail);
    }
    s = settings();
    for (const char *sock : {"/run/f2b.sock'; id; '", "run/f2b.sock", "/run/$(id)", "/run/a b", "/run/../etc/x"}) {
        s.fail2banSocket = QString::fromLatin1(sock);
        QVERIFY2(BlockCommands::block(BlockBackend::Fail2ban, s, {addr("203.0.113.5")}, 0).command.isEmpty(), sock);
        QVERIFY2(BlockCommands::unblock(BlockBackend::Fail2ban, s, {addr("203.0.113.5")}).command.isEmpty(), sock);
        QVERIFY2(BlockCommands::list(BlockBackend::Fail2ban, s).command.isEmpty(), sock);
        QVERIFY2(!s.validate(nullptr), sock);
    }
    for (const char *path : {"/etc/asterisk/../shadow", "etc/sip.conf", "/etc/sip.conf; id", "/etc/$(id)", "/etc/a b", "/-rf", "/etc/asterisk/sip.conf\n"})
        QVERIFY2(BlockCommands::readFile(QString::fromLatin1(path)).command.isEmpty(), path);
    for (const char *host : {"a;id", "$(id)", "-oProxyCommand", "a b", "x'y", "host\nname", "host\n"})
        QVERIFY2(BlockCommands::resolve({QString::fromLatin1(host)}).command.isEmpty(), host);
    // Null addresses (what an invalid string parses to) and absurd TTLs build nothing.
    QVERIFY(BlockCommands::block(BlockBackend::Nftables, settings(), {BlockAddress()}, 0).command.isEmpty());
    QVERIFY(BlockCommands::block(BlockBackend::Nftables, settings(), {addr("203.0.113.5")}, -1).command.isEmpty());
    QVERIFY(BlockCommands::block(BlockBackend::Nftables, settings(), {addr("203.0.113.5")}, BlockCommands::kMaxTtlS + 1).command.isEmpty());
    QVERIFY(BlockCommands::block(BlockBackend::Nftables, settings(), {}, 0).command.isEmpty());
    // Bad ports in the settings: no setup.
    s = settings();
    s.ports = {{0, 10}};
    QVERIFY(BlockCommands::setup(BlockBackend::Nftables, s).command.isEmpty());
}

void TestBlockCommands::displayShowsInput()
{
    const RemoteCommand c = BlockCommands::block(BlockBackend::Nftables, settings(), {addr("203.0.113.5")}, 0);
    QVERIFY(c.display().startsWith(QStringLiteral("nft -f - <<'EOF'\nadd element inet tollgate blocked4 { 203.0.113.5 }\n")));
    QVERIFY(c.display().endsWith(QStringLiteral("\nEOF")));
}

QTEST_GUILESS_MAIN(TestBlockCommands)
#include "TestBlockCommands.moc"
