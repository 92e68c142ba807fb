#include "BlockGuard.h"

#include <QCoreApplication>

namespace tg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tg::BlockGuard", text);
}

struct SpecialRange {
    const char *net;
    int prefix;
    const char *what;   // translated at use
};

// Ranges that are never an attacker's source on the wire, and whose blocking breaks the PBX.
const SpecialRange kSpecial[] = {
    {"0.0.0.0", 8, QT_TRANSLATE_NOOP("tg::BlockGuard", "the unspecified (\"this network\") range")},
    {"127.0.0.0", 8, QT_TRANSLATE_NOOP("tg::BlockGuard", "the loopback range")},
    {"169.254.0.0", 16, QT_TRANSLATE_NOOP("tg::BlockGuard", "the link-local range")},
    {"224.0.0.0", 4, QT_TRANSLATE_NOOP("tg::BlockGuard", "the multicast range")},
    {"240.0.0.0", 4, QT_TRANSLATE_NOOP("tg::BlockGuard", "the reserved and broadcast range")},
    {"::", 128, QT_TRANSLATE_NOOP("tg::BlockGuard", "the unspecified address")},
    {"::1", 128, QT_TRANSLATE_NOOP("tg::BlockGuard", "the loopback address")},
    {"fe80::", 10, QT_TRANSLATE_NOOP("tg::BlockGuard", "the link-local range")},
    {"ff00::", 8, QT_TRANSLATE_NOOP("tg::BlockGuard", "the multicast range")},
};

BlockRefusal refusal(BlockRefusal::Reason reason, const BlockAddress &a, const QString &pbx, const QString &text)
{
    BlockRefusal r;
    r.reason = reason;
    r.address = a.toString();
    r.pbx = pbx;
    r.explanation = text;
    return r;
}

} // namespace

QVector<BlockRefusal> BlockGuard::checkGeneral(const BlockAddress &a, const BlockSettings &settings)
{
    QVector<BlockRefusal> out;
    if (a.isNull()) {
        BlockRefusal r;
        r.explanation = tr("No valid address was given.");
        out << r;
        return out;
    }
    for (const SpecialRange &s : kSpecial) {
        const IpAddress net(QString::fromLatin1(s.net));
        if (a.overlaps(net, s.prefix)) {
            out << refusal(BlockRefusal::Reason::Special, a, QString(),
                           tr("%1 is or contains %2 (%3/%4), which is never blocked: it is not an "
                              "attacker's address and blocking it can break the PBX.")
                               .arg(a.toString(), QCoreApplication::translate("tg::BlockGuard", s.what),
                                    net.toString())
                               .arg(s.prefix));
            break;
        }
    }
    const int minPrefix = a.isV4() ? settings.minPrefixV4 : settings.minPrefixV6;
    if (a.prefixLength() < minPrefix)
        out << refusal(BlockRefusal::Reason::TooBroad, a, QString(),
                       tr("%1 is too broad a network to block (/%2; the broadest allowed is /%3). "
                          "Block smaller networks, or change the limit in the blocking settings.")
                           .arg(a.toString())
                           .arg(a.prefixLength())
                           .arg(minPrefix));
    for (const QString &entry : settings.allowlist) {
        IpAddress net;
        int prefix = 0;
        if (!IpAddress::parseSubnet(entry, &net, &prefix))
            continue;
        if (a.overlaps(net, prefix)) {
            out << refusal(BlockRefusal::Reason::Allowlisted, a, QString(),
                           tr("%1 overlaps the allowlisted range %2. Remove it from the allowlist "
                              "first if it really must be blocked.")
                               .arg(a.toString(), entry.trimmed()));
            break;
        }
    }
    return out;
}

QVector<BlockRefusal> BlockGuard::checkPbx(const BlockAddress &a, const PbxFacts &f)
{
    QVector<BlockRefusal> out;
    if (a.isNull())
        return out;
    for (const IpAddress &admin : f.adminAddresses) {
        if (a.contains(admin)) {
            out << refusal(BlockRefusal::Reason::AdminAddress, a, f.pbx,
                           tr("%1 contains %2, the address PBX %3 sees your SSH connection from; "
                              "blocking it could lock you out of the PBX.")
                               .arg(a.toString(), admin.toString(), f.pbx));
            break;
        }
    }
    for (const IpAddress &own : f.ownAddresses) {
        if (a.contains(own)) {
            out << refusal(BlockRefusal::Reason::PbxAddress, a, f.pbx,
                           tr("%1 contains %2, an address of PBX %3 itself.")
                               .arg(a.toString(), own.toString(), f.pbx));
            break;
        }
    }
    for (const PbxFacts::TrunkNet &t : f.trunkNets) {
        if (a.overlaps(t.net)) {
            out << refusal(BlockRefusal::Reason::TrunkPeer, a, f.pbx,
                           tr("%1 overlaps %2, the SIP trunk peer \"%3\" in %4 on PBX %5; blocking it "
                              "would cut the calls through that trunk.")
                               .arg(a.toString(), t.net.toString(), t.peer.name, t.peer.file, f.pbx));
            break;
        }
    }
    if (f.backend == BlockBackend::Fail2ban && !a.isHost())
        out << refusal(BlockRefusal::Reason::Unsupported, a, f.pbx,
                       tr("PBX %1 blocks with fail2ban, which bans single addresses only; block the "
                          "addresses of %2 one by one, or use nftables on that PBX.")
                           .arg(f.pbx, a.toString()));
    return out;
}

QVector<BlockRefusal> BlockGuard::check(const BlockAddress &a, const BlockSettings &settings, const PbxFacts &facts)
{
    QVector<BlockRefusal> out = checkGeneral(a, settings);
    for (BlockRefusal &r : out)
        r.pbx = facts.pbx;
    out += checkPbx(a, facts);
    return out;
}

} // namespace tg
