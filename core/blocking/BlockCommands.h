#pragma once

#include "BlockAddress.h"
#include "BlockSettings.h"
#include "BlockTypes.h"

#include <QStringList>
#include <QVector>

namespace tg {

// The fixed command templates. Every variable part is a validated value: a canonical
// BlockAddress, a number, a jail name or path that passed BlockSettings' checks, a host name
// that passed isValidHostname(). A value that fails its check gives an empty command, which
// the procedure refuses to run.
class BlockCommands
{
public:
    // Runs without root: where the PBX sees us from ($SSH_CONNECTION), the tools it has (in
    // the sbin folders too, which a non-root PATH lacks), its interface addresses.
    static RemoteCommand facts();
    // The content of one configuration file (root: they are often readable by asterisk only).
    static RemoteCommand readFile(const QString &path);
    // Addresses of host names as the PBX resolves them (getent ahosts), one section per name.
    static RemoteCommand resolve(const QStringList &hostNames);
    // RFC 1123 host name, at most 253 characters; no leading "-".
    static bool isValidHostName(const QString &name);

    // Idempotent: creates Tollgate's sets and the rule that drops their sources (nftables,
    // ipset), or checks that the jail exists (fail2ban).
    static RemoteCommand setup(BlockBackend backend, const BlockSettings &settings);
    // What the backend blocks now (read-only).
    static RemoteCommand list(BlockBackend backend, const BlockSettings &settings);
    // Blocks `addresses` for ttlS seconds (0: until unblocked), first removing `replaced`
    // (smaller entries that the new networks cover; nftables refuses overlapping intervals).
    // nftables applies the whole list in one transaction: all or nothing.
    static RemoteCommand block(BlockBackend backend, const BlockSettings &settings,
                               const QVector<BlockAddress> &addresses, qint64 ttlS,
                               const QVector<BlockAddress> &replaced = {});
    static RemoteCommand unblock(BlockBackend backend, const BlockSettings &settings,
                                 const QVector<BlockAddress> &addresses);

    // Names of Tollgate's objects on the PBX.
    static QString nftTable() { return QStringLiteral("tollgate"); }
    static QString nftSet(bool v4) { return v4 ? QStringLiteral("blocked4") : QStringLiteral("blocked6"); }
    static QString ipsetName(bool v4) { return v4 ? QStringLiteral("tollgate4") : QStringLiteral("tollgate6"); }
    static QString iptablesChain() { return QStringLiteral("TOLLGATE"); }
    static constexpr qint64 kMaxTtlS = 365LL * 24 * 3600;
};

} // namespace tg
