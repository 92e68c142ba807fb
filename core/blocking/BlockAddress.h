#pragma once

#include "detect/IpAddress.h"

#include <QString>

namespace tg {

// An address or network that may be handed to a firewall: strictly parsed, canonical.
// Accepts only "a.b.c.d", "a.b.c.d/n", an IPv6 address or "v6/n": no spaces, zones, brackets,
// ports, leading zeros ("010.1.1.1" is octal to some tools and decimal to others), host bits
// set after the prefix ("10.1.2.3/8"), or any other character. Whatever passes has a
// canonical text made of [0-9a-f:./] only, and that text is what reaches a command.
class BlockAddress
{
public:
    BlockAddress() = default;

    // Invalid input gives isNull() and a sentence in *error.
    static BlockAddress parse(const QString &text, QString *error = nullptr);

    bool isNull() const { return m_net.isNull(); }
    bool isV4() const { return m_net.isV4(); }
    int prefixLength() const { return m_prefix; }
    bool isHost() const { return m_prefix == (isV4() ? 32 : 128); }
    IpAddress network() const { return m_net; }
    // "203.0.113.5", "198.51.100.0/24", "2001:db8::/48" (no "/32" or "/128" for one host).
    QString toString() const;

    bool contains(const IpAddress &a) const;
    bool contains(const BlockAddress &o) const;    // o lies entirely inside this
    bool overlaps(const BlockAddress &o) const;    // one contains the other
    bool overlaps(const IpAddress &net, int prefix) const;

    bool operator==(const BlockAddress &o) const { return m_net == o.m_net && m_prefix == o.m_prefix; }
    bool operator!=(const BlockAddress &o) const { return !(*this == o); }

private:
    IpAddress m_net;
    int m_prefix = 0;
};

} // namespace tg
