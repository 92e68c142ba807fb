#pragma once

#include "BlockAddress.h"
#include "BlockTypes.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace tg {

// What Tollgate learned about one PBX before planning a block: who it must never block there,
// which backend it has, and what is blocked already.
struct PbxFacts {
    QString pbx;
    bool reached = false;                  // the fact-finding command ran
    QString error;                         // a sentence when !reached
    QVector<IpAddress> adminAddresses;     // where the PBX sees our SSH connection from
    QVector<IpAddress> ownAddresses;       // the PBX's interface addresses
    QVector<TrunkPeer> trunkPeers;         // as written in its configuration
    struct TrunkNet {
        TrunkPeer peer;
        BlockAddress net;
    };
    QVector<TrunkNet> trunkNets;           // peers as addresses (names resolved on the PBX)
    QStringList tools;                     // "nft", "ipset", "iptables", "ip6tables", "fail2ban-client"
    BlockBackend backend = BlockBackend::Auto; // chosen for this PBX; Auto: none usable
    bool listed = false;                   // `listing` is from the backend
    QVector<ListedBlock> listing;          // blocked now, by Tollgate or by hand
    QStringList notes;                     // what could not be checked, for the plan
};

} // namespace tg
