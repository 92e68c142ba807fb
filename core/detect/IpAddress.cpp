#include "IpAddress.h"

#include <QStringList>

#include <cstdio>

namespace tg {

namespace {
const quint8 kV4Mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
}

IpAddress::IpAddress(const QString &text)
{
    QString s = text.trimmed();
    if (s.startsWith(QLatin1Char('[')) && s.endsWith(QLatin1Char(']')))
        s = s.mid(1, s.size() - 2);
    const int zone = s.indexOf(QLatin1Char('%'));
    if (zone >= 0)
        s.truncate(zone);
    if (s.isEmpty() || s.size() > 45)
        return;
    if (!s.contains(QLatin1Char(':'))) {
        std::copy(kV4Mapped, kV4Mapped + 12, m_bytes.begin());
        m_valid = parseV4(s, m_bytes.data() + 12);
        return;
    }
    m_valid = parseV6(s);
}

bool IpAddress::parseV4(QStringView s, quint8 *out)
{
    // Four groups of one to three ASCII digits, each at most 255, parsed in place (every event's
    // source address comes through here).
    int part = 0;
    int digits = 0;
    int value = 0;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= '0' && u <= '9') {
            if (++digits > 3)
                return false;
            value = value * 10 + (u - '0');
            continue;
        }
        if (u != '.' || digits == 0 || value > 255 || part == 3)
            return false;
        out[part++] = quint8(value);
        digits = value = 0;
    }
    if (part != 3 || digits == 0 || value > 255)
        return false;
    out[3] = quint8(value);
    return true;
}

bool IpAddress::parseV6(const QString &s)
{
    const int dbl = s.indexOf(QStringLiteral("::"));
    if (dbl >= 0 && s.indexOf(QStringLiteral("::"), dbl + 1) >= 0)
        return false;
    auto parseGroups = [&](const QString &part, QVector<quint16> &groups, bool allowV4Tail) -> bool {
        if (part.isEmpty())
            return true;
        const QStringList items = part.split(QLatin1Char(':'));
        for (int i = 0; i < items.size(); ++i) {
            const QString &g = items[i];
            if (allowV4Tail && i == items.size() - 1 && g.contains(QLatin1Char('.'))) {
                quint8 v4[4];
                if (!parseV4(g, v4))
                    return false;
                groups << quint16(v4[0] << 8 | v4[1]) << quint16(v4[2] << 8 | v4[3]);
                continue;
            }
            if (g.isEmpty() || g.size() > 4)
                return false;
            bool ok = false;
            const uint v = g.toUInt(&ok, 16);
            if (!ok)
                return false;
            groups << quint16(v);
        }
        return true;
    };
    QVector<quint16> head, tail;
    if (dbl >= 0) {
        if (!parseGroups(s.left(dbl), head, false) || !parseGroups(s.mid(dbl + 2), tail, true))
            return false;
        if (head.size() + tail.size() > 7)
            return false;
    } else {
        if (!parseGroups(s, head, true) || head.size() != 8)
            return false;
    }
    QVector<quint16> all = head;
    all.resize(8 - tail.size());
    all += tail;
    for (int i = 0; i < 8; ++i) {
        m_bytes[2 * i] = quint8(all[i] >> 8);
        m_bytes[2 * i + 1] = quint8(all[i] & 0xff);
    }
    return true;
}

bool IpAddress::isV4() const
{
    return m_valid && std::equal(kV4Mapped, kV4Mapped + 12, m_bytes.begin());
}

QString IpAddress::toString() const
{
    if (!m_valid)
        return QString();
    if (isV4()) {
        char buf[16];
        const int n = std::snprintf(buf, sizeof buf, "%u.%u.%u.%u", m_bytes[12], m_bytes[13], m_bytes[14], m_bytes[15]);
        return QString::fromLatin1(buf, n);
    }
    quint16 g[8];
    for (int i = 0; i < 8; ++i)
        g[i] = quint16(m_bytes[2 * i] << 8 | m_bytes[2 * i + 1]);
    // Longest run of zero groups (at least two) becomes "::".
    int bestStart = -1, bestLen = 0;
    for (int i = 0; i < 8;) {
        if (g[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && g[j] == 0)
            ++j;
        if (j - i > bestLen && j - i >= 2) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QStringLiteral("::");
            i += bestLen - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(QLatin1Char(':')))
            out += QLatin1Char(':');
        out += QString::number(g[i], 16);
    }
    return out;
}

IpAddress IpAddress::network(int prefixLength) const
{
    IpAddress n = *this;
    if (!m_valid)
        return n;
    const int bits = isV4() ? 96 + std::clamp(prefixLength, 0, 32) : std::clamp(prefixLength, 0, 128);
    for (int i = 0; i < 16; ++i) {
        const int keep = std::clamp(bits - i * 8, 0, 8);
        n.m_bytes[i] = quint8(n.m_bytes[i] & (keep == 0 ? 0 : (0xff << (8 - keep)) & 0xff));
    }
    return n;
}

bool IpAddress::isInSubnet(const IpAddress &net, int prefixLength) const
{
    if (!m_valid || !net.m_valid || isV4() != net.isV4())
        return false;
    return network(prefixLength) == net.network(prefixLength);
}

bool IpAddress::parseSubnet(const QString &text, IpAddress *net, int *prefixLength)
{
    const QString s = text.trimmed();
    const int slash = s.indexOf(QLatin1Char('/'));
    const IpAddress a(slash < 0 ? s : s.left(slash));
    if (a.isNull())
        return false;
    int p = a.isV4() ? 32 : 128;
    if (slash >= 0) {
        bool ok = false;
        p = s.mid(slash + 1).toInt(&ok);
        if (!ok || p < 0 || p > (a.isV4() ? 32 : 128))
            return false;
    }
    *net = a.network(p);
    *prefixLength = p;
    return true;
}

} // namespace tg
