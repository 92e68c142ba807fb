#pragma once

#include "BlockAddress.h"
#include "BlockTypes.h"

#include <QString>
#include <QVector>

namespace tg {

// Finds the SIP trunk peers in Asterisk configuration text, so they are never blocked:
// sip.conf peers of type=peer/friend with a host= that is not "dynamic" (templates and
// "[name](template)" inheritance followed), and the match= entries of pjsip.conf's
// type=identify sections.
class TrunkPeerParser
{
public:
    static QVector<TrunkPeer> parseSipConf(const QString &text);
    static QVector<TrunkPeer> parsePjsipConf(const QString &text);

    // A peer host as a network when it is written as one: "192.0.2.7", "192.0.2.0/24",
    // "192.0.2.0/255.255.255.0", "192.0.2.7:5060", "[2001:db8::7]:5060". A host name gives
    // a null address (resolve it on the PBX).
    static BlockAddress literal(const QString &host);
};

} // namespace tg
