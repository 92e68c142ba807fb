#include "HostAudit.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace tg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tg::HostAudit", text);
}

struct Service {
    quint16 port;
    const char *name;
    bool management;   // control interface: must never face the internet
};

const Service kServices[] = {
    {5038, "AMI", true},        {5039, "AMI over TLS", true}, {8021, "ESL", true},
    {8088, "Asterisk HTTP/ARI", true}, {8089, "Asterisk HTTPS/ARI", true},
    {5060, "SIP", false},       {5061, "SIP over TLS", false}, {5080, "SIP", false},
    {5081, "SIP over TLS", false}, {4569, "IAX2", false},
};

Finding make(const char *check, Severity sev, const QString &title, const QString &subject, const QString &evidence,
             const QString &why, const QString &how)
{
    Finding f;
    f.check = QLatin1String(check);
    f.severity = sev;
    f.title = title;
    f.subject = subject;
    f.evidence = evidence;
    f.why = why;
    f.howToFix = how;
    return f;
}

} // namespace

bool HostAudit::isLoopback(const QString &address)
{
    return address.startsWith(QLatin1String("127.")) || address == QLatin1String("::1")
        || address == QLatin1String("::ffff:127.0.0.1");
}

QVector<HostAudit::Listener> HostAudit::parseListening(const QString &ssOutput)
{
    QVector<Listener> out;
    static const QRegularExpression proc(QStringLiteral("users:\\(\\(\"([^\"]+)\""));
    const QStringList lines = ssOutput.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QStringList cols = raw.simplified().split(QLatin1Char(' '));
        if (cols.size() < 5)
            continue;
        const QString proto = cols.at(0).toLower();
        if (proto != QLatin1String("tcp") && proto != QLatin1String("udp"))
            continue;
        // Netid State Recv-Q Send-Q Local:Port Peer:Port [Process]
        const QString local = cols.at(4);
        const int colon = int(local.lastIndexOf(QLatin1Char(':')));
        if (colon < 0)
            continue;
        bool ok = false;
        const uint port = local.mid(colon + 1).toUInt(&ok);
        if (!ok || port > 65535)
            continue;
        QString addr = local.left(colon);
        if (addr.startsWith(QLatin1Char('[')) && addr.endsWith(QLatin1Char(']')))
            addr = addr.mid(1, addr.size() - 2);
        const int pct = int(addr.indexOf(QLatin1Char('%')));
        if (pct >= 0)
            addr = addr.left(pct);
        Listener l;
        l.proto = proto;
        l.address = addr;
        l.port = quint16(port);
        const auto m = proc.match(raw);
        if (m.hasMatch())
            l.process = m.captured(1);
        l.line = raw.simplified();
        out << l;
    }
    return out;
}

bool HostAudit::firewallFilters(const QString &rules)
{
    static const QRegularExpression nftPolicy(QStringLiteral("hook\\s+input[^;]*;\\s*policy\\s+drop"));
    static const QRegularExpression nftRule(QStringLiteral("^\\s*(?!#).*\\b(drop|reject)\\b"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression iptPolicy(QStringLiteral("^-P\\s+INPUT\\s+DROP"), QRegularExpression::MultilineOption);
    static const QRegularExpression iptRule(QStringLiteral("^-A\\s+\\S+.*-j\\s+(DROP|REJECT)"),
                                            QRegularExpression::MultilineOption);
    if (rules.contains(QLatin1String("-P INPUT")) || rules.contains(QLatin1String("-A ")))
        return iptPolicy.match(rules).hasMatch() || iptRule.match(rules).hasMatch();
    return nftPolicy.match(rules).hasMatch() || nftRule.match(rules).hasMatch();
}

QStringList HostAudit::fail2banJails(const QString &status)
{
    for (const QString &line : status.split(QLatin1Char('\n'))) {
        const int i = int(line.indexOf(QLatin1String("Jail list:")));
        if (i < 0)
            continue;
        QStringList jails;
        for (const QString &j : line.mid(i + 10).split(QLatin1Char(','), Qt::SkipEmptyParts))
            jails << j.trimmed();
        return jails;
    }
    return {};
}

FindingList HostAudit::run(const HostFacts &facts)
{
    FindingList out;
    const bool filtered = facts.firewallCollected && firewallFilters(facts.firewall);
    const bool noFirewall = facts.firewallCollected && !filtered;
    if (noFirewall)
        out << make("host.no_firewall", Severity::High, tr("No firewall filters inbound traffic"),
                    QStringLiteral("firewall"),
                    facts.firewall.trimmed().isEmpty() ? tr("the ruleset is empty") : facts.firewall.trimmed().left(400),
                    tr("Neither nftables nor iptables drops any inbound traffic on this server, so every port a "
                       "service opens is reachable by anyone who can reach the server. A firewall that only "
                       "admits your phones, providers and management hosts stops most scans before they start."),
                    tr("Add an nftables (or iptables) input chain with policy drop that accepts established "
                       "traffic, SSH from your management network, SIP and RTP from your phones and providers."));

    if (!facts.listening.isEmpty()) {
        QSet<QString> seen;
        for (const Listener &l : parseListening(facts.listening)) {
            if (isLoopback(l.address))
                continue;
            for (const Service &s : kServices) {
                if (s.port != l.port)
                    continue;
                const QString key = QStringLiteral("%1/%2").arg(l.proto).arg(l.port);
                if (seen.contains(key))
                    break;
                seen.insert(key);
                const QString where = l.address == QLatin1String("*") || l.address == QLatin1String("0.0.0.0")
                        || l.address == QLatin1String("::")
                    ? tr("all addresses")
                    : l.address;
                if (s.management)
                    out << make("host.management_port_open", noFirewall ? Severity::Critical : Severity::High,
                                tr("%1 (%2 port %3) listens on %4").arg(QLatin1String(s.name), l.proto.toUpper())
                                    .arg(l.port).arg(where),
                                key, l.line,
                                tr("%1 is a control interface: whoever logs in can place calls and change the PBX. It "
                                   "should only be reachable from the server itself or a management network, not "
                                   "from every network this server is on%2.")
                                    .arg(QLatin1String(s.name),
                                         noFirewall ? tr(", and no firewall stands in front of it") : QString()),
                                tr("Bind it to 127.0.0.1 (manager.conf bindaddr, event_socket listen-ip) and reach it "
                                   "through an SSH tunnel, or allow only your management hosts in the firewall."));
                else if (noFirewall)
                    out << make("host.sip_port_open", Severity::Medium,
                                tr("%1 (%2 port %3) is open to any address with no firewall").arg(QLatin1String(s.name),
                                                                                                  l.proto.toUpper())
                                    .arg(l.port),
                                key, l.line,
                                tr("SIP scanners sweep the whole internet every day. With the SIP port open to all "
                                   "and no firewall, every one of them can try passwords on your accounts."),
                                tr("Allow SIP only from your phones' networks and your providers in the firewall, "
                                   "and run fail2ban on the PBX's security log."));
                break;
            }
        }
    }

    const QString pbxName = facts.type == PbxType::FreeSwitch ? QStringLiteral("freeswitch") : QStringLiteral("asterisk");
    if (facts.fail2banMissing) {
        out << make("host.fail2ban_missing", Severity::Medium, tr("fail2ban is not installed"), QStringLiteral("fail2ban"),
                    tr("fail2ban-client: command not found"),
                    tr("fail2ban reads the PBX's log and blocks an address after a few failed logins. Without it, "
                       "or a similar tool, an attacker can try passwords for as long as they like."),
                    tr("Install fail2ban and enable its %1 jail (Debian ships one), pointed at the PBX's security "
                       "log.").arg(pbxName));
    } else if (!facts.fail2ban.isEmpty()) {
        const QStringList jails = fail2banJails(facts.fail2ban);
        bool covered = false;
        for (const QString &j : jails)
            covered = covered || j.contains(pbxName, Qt::CaseInsensitive);
        if (!covered)
            out << make("host.fail2ban_no_jail", Severity::Medium,
                        tr("fail2ban has no %1 jail").arg(pbxName), QStringLiteral("fail2ban"),
                        jails.isEmpty() ? facts.fail2ban.trimmed().left(200)
                                        : tr("Jail list: %1").arg(jails.join(QStringLiteral(", "))),
                        tr("fail2ban runs, but no jail watches the PBX's log, so failed SIP logins are never "
                           "blocked and an attacker can keep guessing passwords."),
                        tr("Enable the %1 jail in /etc/fail2ban/jail.d/ and run \"fail2ban-client reload\".")
                            .arg(pbxName));
    }

    const QString user = facts.processUser.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (user == QLatin1String("root"))
        out << make("host.pbx_root", Severity::Medium, tr("The %1 process runs as root").arg(pbxName),
                    QStringLiteral("process"), QStringLiteral("ps -o user= -C %1: root").arg(pbxName),
                    tr("A PBX parses data from the internet all day. If a flaw in it is exploited, the attacker gets "
                       "the rights of its process; as root, that is the whole server."),
                    tr("Run the PBX as its own unprivileged user (Debian's packages do: check the service's "
                       "User= and the runuser option)."));
    sortFindings(out);
    return out;
}

QStringList HostAudit::checkIds()
{
    return {QStringLiteral("host.no_firewall"),      QStringLiteral("host.management_port_open"),
            QStringLiteral("host.sip_port_open"),    QStringLiteral("host.fail2ban_missing"),
            QStringLiteral("host.fail2ban_no_jail"), QStringLiteral("host.pbx_root")};
}

} // namespace tg
