#pragma once

#include "BlockTypes.h"
#include "PbxFacts.h"

#include <QByteArray>
#include <QHash>
#include <QVector>

namespace tg {

// Reads what the PBX's tools print. Nothing here trusts the text: every address found is
// parsed again by BlockAddress, and what does not parse is skipped.
class BlockOutputParser
{
public:
    // The output of BlockCommands::facts(): SSH source and server address, tools, interface
    // addresses (`ip -j addr` JSON or `ip -o addr` lines).
    static void parseFacts(const QByteArray &out, PbxFacts *facts);
    // `nft -j list table` or `nft -j list set`: the elements of Tollgate's sets. False when the
    // text is not nftables JSON.
    static bool parseNftJson(const QByteArray &out, QVector<ListedBlock> *blocks, QString *error = nullptr);
    // `ipset save NAME` lines: "add NAME ADDR [timeout N]".
    static bool parseIpsetSave(const QByteArray &out, QVector<ListedBlock> *blocks);
    // `fail2ban-client status JAIL`: the "Banned IP list:" line.
    static bool parseFail2banStatus(const QByteArray &out, QVector<ListedBlock> *blocks);
    // BlockCommands::resolve() output: host name -> its addresses.
    static QHash<QString, QVector<IpAddress>> parseResolve(const QByteArray &out);
};

} // namespace tg
