#pragma once

#include "Finding.h"
#include "PbxProfile.h"

#include <QString>

namespace tg {

// What the collector ran on the PBX host, as text. An empty field means "not collected" and its
// checks are skipped; `...Missing` means the command ran and does not exist on the host.
struct HostFacts {
    PbxType type = PbxType::Asterisk;
    QString listening;          // ss -lntup
    QString firewall;           // nft list ruleset, or iptables -S when nft is absent
    bool firewallCollected = false;
    QString fail2ban;           // fail2ban-client status
    bool fail2banMissing = false;
    QString processUser;        // ps -o user= -C asterisk (or freeswitch)
};

// Host checks over command output: PBX ports open to the world, no firewall, fail2ban absent or
// without a PBX jail, PBX running as root.
class HostAudit
{
public:
    struct Listener {
        QString proto;     // "tcp" or "udp"
        QString address;   // without brackets or %interface
        quint16 port = 0;
        QString process;   // "asterisk", from users:(("asterisk",...)) when shown
        QString line;
    };

    static FindingList run(const HostFacts &facts);
    static QVector<Listener> parseListening(const QString &ssOutput);
    // True when the ruleset drops or rejects inbound traffic somewhere (a policy or a rule).
    static bool firewallFilters(const QString &rules);
    static QStringList fail2banJails(const QString &status);
    static bool isLoopback(const QString &address);
    static QStringList checkIds();
};

} // namespace tg
