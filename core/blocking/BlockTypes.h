#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tg {

// How a PBX denies traffic. Auto picks the first one detected: nftables, iptables + ipset,
// fail2ban.
enum class BlockBackend : int { Auto = 0, Nftables, IptablesIpset, Fail2ban };

// What a block drops: everything from the source, or only the PBX's SIP/RTP/AMI ports (the
// default: SSH is never among them, so a wrong block cannot cut the console's own access).
enum class BlockScope : int { PbxPorts = 0, AllTraffic };

// The state of one block on one PBX, and of a block as a whole (the worst of its PBXes).
enum class BlockState : int {
    Pending = 0,  // recorded, not yet confirmed by a listing
    Active,       // the listing shows it
    Failed,       // the command failed or the listing does not show it
    Removed,      // unblocked, and the listing no longer shows it
    Expired,      // its TTL passed and the listing no longer shows it
    Refused,      // not applied: a safety rule refused it on this PBX
};

QString blockBackendName(BlockBackend b);          // "auto", "nftables", "iptables-ipset", "fail2ban"
BlockBackend blockBackendFromName(const QString &name, bool *ok = nullptr);
QString blockScopeName(BlockScope s);              // "pbx-ports", "all"
BlockScope blockScopeFromName(const QString &name, bool *ok = nullptr);
QString blockStateName(BlockState s);              // "pending", "active", ...
BlockState blockStateFromName(const QString &name);

// One command for the PBX's shell, built only from fixed templates and validated values.
// `root`: needs root (run through sudo -n unless the SSH user is root). `input` goes to stdin
// (nft -f - reads its whole transaction from there, so no address is ever on a command line
// that a shell parses beyond single quotes).
struct RemoteCommand {
    QString command;
    QByteArray input;
    bool root = false;
    QString purpose;      // for the plan: "set up", "block", "verify", ...

    // What the plan shows the user: the command, and the stdin as a here-document.
    QString display() const;
};

// What running a RemoteCommand gave. transportOk false: it may not have run at all (SSH).
struct CommandResult {
    bool transportOk = true;
    QString error;        // a sentence when !transportOk
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return transportOk && exitCode == 0; }
};

// One inclusive port range ("5060" is 5060-5060).
struct PortRange {
    int first = 0;
    int last = 0;
    bool operator==(const PortRange &o) const { return first == o.first && last == o.last; }
};

// Why one address may not be blocked on one PBX.
struct BlockRefusal {
    enum class Reason : int {
        Invalid = 0, Special, TooBroad, Allowlisted, AdminAddress, PbxAddress, TrunkPeer, Unsupported
    };
    Reason reason = Reason::Invalid;
    QString address;      // as requested
    QString pbx;          // empty: refused everywhere
    QString explanation;  // a sentence for the user
};

// A SIP trunk peer found in a PBX's configuration (its host is an address, a CIDR or a name).
struct TrunkPeer {
    QString name;         // section name
    QString host;
    QString file;         // "sip.conf", "pjsip.conf"
};

// One entry a backend lists as blocked (made by Tollgate or by hand).
struct ListedBlock {
    QString address;      // canonical BlockAddress text
    qint64 timeoutS = 0;  // 0: no timeout
    qint64 expiresS = 0;  // seconds left, 0 when none or unknown
};

} // namespace tg

Q_DECLARE_METATYPE(tg::BlockState)
