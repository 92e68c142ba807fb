#pragma once

#include <QString>

#include <array>

namespace tg {

// An IPv4 or IPv6 address as 16 bytes (IPv4 mapped into ::ffff:0:0/96). Here instead of
// QHostAddress because tollgate_core links no QtNetwork (no network code in core).
class IpAddress
{
public:
    IpAddress() = default;
    // Parses "203.0.113.5", "2001:db8::a1", "[2001:db8::a1]", "::ffff:192.0.2.1". Invalid -> isNull().
    explicit IpAddress(const QString &text);

    bool isNull() const { return !m_valid; }
    bool isV4() const;
    // Canonical text (IPv4 dotted, IPv6 compressed lower-case).
    QString toString() const;
    // Address with all bits after prefixLength cleared (prefix counted in the address's own family).
    IpAddress network(int prefixLength) const;
    bool isInSubnet(const IpAddress &net, int prefixLength) const;
    // "192.0.2.0/24", "2001:db8::/32" or a plain address (= /32 or /128). False when invalid.
    static bool parseSubnet(const QString &text, IpAddress *net, int *prefixLength);

    bool operator==(const IpAddress &o) const { return m_valid == o.m_valid && m_bytes == o.m_bytes; }

private:
    static bool parseV4(QStringView s, quint8 *out);
    bool parseV6(const QString &s);

    std::array<quint8, 16> m_bytes{};
    bool m_valid = false;
};

} // namespace tg
