#include "BlockCommands.h"

#include <QRegularExpression>

namespace tg {

namespace {

// The last line of defence: what a canonical BlockAddress can contain, nothing else.
bool isAddressToken(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f:./]{2,49}\\z"));
    return re.match(s).hasMatch();
}

bool allAddresses(const QVector<BlockAddress> &list)
{
    for (const BlockAddress &a : list)
        if (a.isNull() || !isAddressToken(a.toString()))
            return false;
    return true;
}

RemoteCommand make(const QString &command, const QString &purpose, bool root, const QByteArray &input = {})
{
    RemoteCommand c;
    c.command = command;
    c.purpose = purpose;
    c.root = root;
    c.input = input;
    return c;
}

QString nftPorts(const QVector<PortRange> &ports)
{
    QStringList parts;
    for (const PortRange &r : ports)
        parts << (r.first == r.last ? QString::number(r.first) : QStringLiteral("%1-%2").arg(r.first).arg(r.last));
    return parts.join(QStringLiteral(", "));
}

// iptables' multiport takes at most 15 ports, a range counting as two.
QStringList multiportChunks(const QVector<PortRange> &ports)
{
    QStringList chunks;
    QStringList current;
    int used = 0;
    for (const PortRange &r : ports) {
        const int cost = r.first == r.last ? 1 : 2;
        if (used + cost > 15) {
            chunks << current.join(QLatin1Char(','));
            current.clear();
            used = 0;
        }
        current << (r.first == r.last ? QString::number(r.first) : QStringLiteral("%1:%2").arg(r.first).arg(r.last));
        used += cost;
    }
    if (!current.isEmpty())
        chunks << current.join(QLatin1Char(','));
    return chunks;
}

QString nftElement(const BlockAddress &a, qint64 ttlS)
{
    const QString set = BlockCommands::nftSet(a.isV4());
    const QString base = QStringLiteral("add element inet %1 %2 { %3").arg(BlockCommands::nftTable(), set, a.toString());
    return ttlS > 0 ? base + QStringLiteral(" timeout %1s }\n").arg(ttlS) : base + QStringLiteral(" }\n");
}

QString nftDelete(const BlockAddress &a)
{
    return QStringLiteral("delete element inet %1 %2 { %3 }\n")
        .arg(BlockCommands::nftTable(), BlockCommands::nftSet(a.isV4()), a.toString());
}

bool fail2banOk(const BlockSettings &s)
{
    return BlockSettings::isValidJail(s.fail2banJail)
        && (s.fail2banSocket.isEmpty() || BlockSettings::isSafePath(s.fail2banSocket));
}

// "fail2ban-client" or "fail2ban-client -s '/run/x.sock'": the socket passed BlockSettings::validate.
QString fail2banClient(const BlockSettings &s)
{
    if (s.fail2banSocket.isEmpty())
        return QStringLiteral("fail2ban-client");
    return QStringLiteral("fail2ban-client -s '%1'").arg(s.fail2banSocket);
}

} // namespace

RemoteCommand BlockCommands::facts()
{
    // Fixed text: nothing from outside goes in. "@" lines separate the sections.
    return make(QStringLiteral(
                    "echo \"@ssh $SSH_CONNECTION\"; echo @tools; "
                    "for t in nft ipset iptables ip6tables fail2ban-client; do "
                    "for d in /usr/sbin /sbin /usr/bin /bin /usr/local/sbin /usr/local/bin; do "
                    "if [ -x \"$d/$t\" ]; then echo \"$t\"; break; fi; done; done; "
                    "echo @addr; ip -j addr show 2>/dev/null || ip -o addr show 2>/dev/null; echo @end"),
                QStringLiteral("find the SSH source, tools and addresses"), false);
}

RemoteCommand BlockCommands::readFile(const QString &path)
{
    if (!BlockSettings::isSafePath(path))
        return {};
    return make(QStringLiteral("cat -- '%1'").arg(path), QStringLiteral("read the SIP trunk peers"), true);
}

bool BlockCommands::isValidHostName(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\\.?\\z"));
    return name.size() <= 253 && re.match(name).hasMatch();
}

RemoteCommand BlockCommands::resolve(const QStringList &hostNames)
{
    QStringList parts;
    for (const QString &n : hostNames) {
        if (!isValidHostName(n))
            return {};
        parts << QStringLiteral("echo '@host %1'; getent ahosts '%1'").arg(n);
    }
    if (parts.isEmpty())
        return {};
    return make(parts.join(QStringLiteral("; ")) + QStringLiteral("; true"),
                QStringLiteral("resolve the SIP trunk peers' names"), false);
}

RemoteCommand BlockCommands::setup(BlockBackend backend, const BlockSettings &s)
{
    if (!s.validate(nullptr))
        return {};
    switch (backend) {
    case BlockBackend::Nftables: {
        const QString match = s.scope == BlockScope::AllTraffic
            ? QString()
            : QStringLiteral(" meta l4proto { tcp, udp } th dport { %1 }").arg(nftPorts(s.ports));
        QString script;
        script += QStringLiteral("add table inet %1\n").arg(nftTable());
        script += QStringLiteral("add set inet %1 %2 { type ipv4_addr; flags interval, timeout; }\n").arg(nftTable(), nftSet(true));
        script += QStringLiteral("add set inet %1 %2 { type ipv6_addr; flags interval, timeout; }\n").arg(nftTable(), nftSet(false));
        script += QStringLiteral("add chain inet %1 input { type filter hook input priority filter - 10; policy accept; }\n").arg(nftTable());
        // Flushed and refilled in the same transaction, so a scope change never leaves a gap.
        script += QStringLiteral("flush chain inet %1 input\n").arg(nftTable());
        script += QStringLiteral("add rule inet %1 input ip saddr @%2%3 drop\n").arg(nftTable(), nftSet(true), match);
        script += QStringLiteral("add rule inet %1 input ip6 saddr @%2%3 drop\n").arg(nftTable(), nftSet(false), match);
        return make(QStringLiteral("nft -f -"), QStringLiteral("set up"), true, script.toUtf8());
    }
    case BlockBackend::IptablesIpset: {
        QStringList cmds;
        const QString chain = iptablesChain();
        for (const bool v4 : {true, false}) {
            const QString tool = v4 ? QStringLiteral("iptables") : QStringLiteral("ip6tables");
            const QString set = ipsetName(v4);
            cmds << QStringLiteral("ipset -exist create %1 hash:net family %2 timeout 0")
                        .arg(set, v4 ? QStringLiteral("inet") : QStringLiteral("inet6"));
            cmds << QStringLiteral("{ %1 -w -N %2 2>/dev/null || true; }").arg(tool, chain);
            cmds << QStringLiteral("%1 -w -F %2").arg(tool, chain);
            if (s.scope == BlockScope::AllTraffic) {
                cmds << QStringLiteral("%1 -w -A %2 -m set --match-set %3 src -j DROP").arg(tool, chain, set);
            } else {
                for (const QString &ports : multiportChunks(s.ports))
                    for (const char *proto : {"tcp", "udp"})
                        cmds << QStringLiteral("%1 -w -A %2 -m set --match-set %3 src -p %4 -m multiport --dports %5 -j DROP")
                                    .arg(tool, chain, set, QLatin1String(proto), ports);
            }
            cmds << QStringLiteral("{ %1 -w -C INPUT -j %2 2>/dev/null || %1 -w -I INPUT 1 -j %2; }").arg(tool, chain);
        }
        return make(cmds.join(QStringLiteral(" && ")), QStringLiteral("set up"), true);
    }
    case BlockBackend::Fail2ban:
        return make(QStringLiteral("%1 status %2").arg(fail2banClient(s), s.fail2banJail), QStringLiteral("check the jail"), true);
    case BlockBackend::Auto:
        break;
    }
    return {};
}

RemoteCommand BlockCommands::list(BlockBackend backend, const BlockSettings &s)
{
    switch (backend) {
    case BlockBackend::Nftables:
        return make(QStringLiteral("nft -j list table inet %1").arg(nftTable()), QStringLiteral("verify"), true);
    case BlockBackend::IptablesIpset:
        return make(QStringLiteral("ipset save %1 && ipset save %2").arg(ipsetName(true), ipsetName(false)),
                    QStringLiteral("verify"), true);
    case BlockBackend::Fail2ban:
        if (!fail2banOk(s))
            return {};
        return make(QStringLiteral("%1 status %2").arg(fail2banClient(s), s.fail2banJail), QStringLiteral("verify"), true);
    case BlockBackend::Auto:
        break;
    }
    return {};
}

RemoteCommand BlockCommands::block(BlockBackend backend, const BlockSettings &s, const QVector<BlockAddress> &addresses,
                                   qint64 ttlS, const QVector<BlockAddress> &replaced)
{
    if (addresses.isEmpty() || !allAddresses(addresses) || !allAddresses(replaced) || ttlS < 0 || ttlS > kMaxTtlS)
        return {};
    switch (backend) {
    case BlockBackend::Nftables: {
        QString script;
        // Adding then deleting makes the delete safe when the element is absent; the final add
        // sets a fresh timeout when it was present.
        for (const BlockAddress &r : replaced)
            script += nftElement(r, 0) + nftDelete(r);
        for (const BlockAddress &a : addresses)
            script += nftElement(a, 0) + nftDelete(a) + nftElement(a, ttlS);
        return make(QStringLiteral("nft -f -"), QStringLiteral("block"), true, script.toUtf8());
    }
    case BlockBackend::IptablesIpset: {
        QString lines;
        for (const BlockAddress &a : addresses)   // -exist: re-adding refreshes the timeout
            lines += QStringLiteral("add %1 %2 timeout %3\n").arg(ipsetName(a.isV4()), a.toString()).arg(ttlS);
        return make(QStringLiteral("ipset -exist restore"), QStringLiteral("block"), true, lines.toUtf8());
    }
    case BlockBackend::Fail2ban: {
        if (!fail2banOk(s))
            return {};
        QStringList cmds;
        for (const BlockAddress &a : addresses) {
            if (!a.isHost())
                return {};
            cmds << QStringLiteral("%1 set %2 banip %3").arg(fail2banClient(s), s.fail2banJail, a.toString());
        }
        return make(cmds.join(QStringLiteral(" && ")), QStringLiteral("block"), true);
    }
    case BlockBackend::Auto:
        break;
    }
    return {};
}

RemoteCommand BlockCommands::unblock(BlockBackend backend, const BlockSettings &s, const QVector<BlockAddress> &addresses)
{
    if (addresses.isEmpty() || !allAddresses(addresses))
        return {};
    switch (backend) {
    case BlockBackend::Nftables: {
        QString script;
        for (const BlockAddress &a : addresses)
            script += nftElement(a, 0) + nftDelete(a);
        return make(QStringLiteral("nft -f -"), QStringLiteral("unblock"), true, script.toUtf8());
    }
    case BlockBackend::IptablesIpset: {
        QString lines;
        for (const BlockAddress &a : addresses)
            lines += QStringLiteral("del %1 %2\n").arg(ipsetName(a.isV4()), a.toString());
        return make(QStringLiteral("ipset -exist restore"), QStringLiteral("unblock"), true, lines.toUtf8());
    }
    case BlockBackend::Fail2ban: {
        if (!fail2banOk(s))
            return {};
        QStringList cmds;
        for (const BlockAddress &a : addresses)
            cmds << QStringLiteral("%1 set %2 unbanip %3").arg(fail2banClient(s), s.fail2banJail, a.toString());
        return make(cmds.join(QStringLiteral(" && ")), QStringLiteral("unblock"), true);
    }
    case BlockBackend::Auto:
        break;
    }
    return {};
}

} // namespace tg
