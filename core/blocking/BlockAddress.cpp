#include "BlockAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tg {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tg::BlockAddress", text);
}

// Decimal octets without leading zeros: "010" is octal to inet_aton and decimal to others.
const QRegularExpression &v4Pattern()
{
    static const QRegularExpression re(QStringLiteral("^(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}\\z"));
    return re;
}

bool fail(QString *error, const QString &sentence)
{
    if (error)
        *error = sentence;
    return false;
}

// Shown inside messages: printable and short, so a hostile string cannot forge lines in a log.
QString shown(const QString &text)
{
    QString s;
    for (const QChar c : text.left(60))
        s += (c.isPrint() && c.unicode() < 0x7f) ? c : QChar(u'?');
    return text.size() > 60 ? s + QStringLiteral("…") : s;
}

} // namespace

BlockAddress BlockAddress::parse(const QString &text, QString *error)
{
    BlockAddress result;
    // \z, never $: in PCRE "$" also matches before a final newline, and "1.2.3.4\n" must fail.
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Fa-f:.]{2,45}(/[0-9]{1,3})?\\z"));
    const QString quoted = shown(text);
    if (text.isEmpty()) {
        fail(error, tr("No address was given."));
        return result;
    }
    if (!shape.match(text).hasMatch()) {
        fail(error, tr("\"%1\" is not an IPv4 or IPv6 address or network: only digits, a-f, \":\", \".\" "
                       "and one \"/prefix\" are allowed, with no spaces.").arg(quoted));
        return result;
    }
    const int slash = int(text.indexOf(QLatin1Char('/')));
    const QString addrText = slash < 0 ? text : text.left(slash);
    const bool v6 = addrText.contains(QLatin1Char(':'));
    if (!v6 && !v4Pattern().match(addrText).hasMatch()) {
        fail(error, tr("\"%1\" is not a valid IPv4 address: it needs four decimal numbers 0-255 "
                       "without leading zeros.").arg(quoted));
        return result;
    }
    if (v6) {
        // An embedded IPv4 tail follows the same rule as a plain IPv4 address.
        const QString tail = addrText.mid(addrText.lastIndexOf(QLatin1Char(':')) + 1);
        if (tail.contains(QLatin1Char('.')) && !v4Pattern().match(tail).hasMatch()) {
            fail(error, tr("\"%1\" is not a valid IPv6 address.").arg(quoted));
            return result;
        }
    }
    const IpAddress addr(addrText);
    if (addr.isNull()) {
        fail(error, v6 ? tr("\"%1\" is not a valid IPv6 address.").arg(quoted)
                       : tr("\"%1\" is not a valid IPv4 address.").arg(quoted));
        return result;
    }
    if (v6 && addr.isV4() && slash >= 0) {
        fail(error, tr("\"%1\" is an IPv4-mapped IPv6 network; write it as an IPv4 network instead.").arg(quoted));
        return result;
    }
    const int maxPrefix = addr.isV4() ? 32 : 128;
    int prefix = maxPrefix;
    if (slash >= 0) {
        const QString p = text.mid(slash + 1);
        bool ok = false;
        prefix = p.toInt(&ok);
        if (!ok || (p.size() > 1 && p.startsWith(QLatin1Char('0'))) || prefix > maxPrefix) {
            fail(error, tr("\"%1\" has an invalid prefix length: use /0 to /%2 without leading zeros.")
                            .arg(quoted)
                            .arg(maxPrefix));
            return result;
        }
    }
    const IpAddress net = addr.network(prefix);
    if (!(net == addr)) {
        fail(error, tr("\"%1\" has address bits set after the /%2 prefix; did you mean %3/%2?")
                        .arg(quoted)
                        .arg(prefix)
                        .arg(net.toString()));
        return result;
    }
    result.m_net = net;
    result.m_prefix = prefix;
    return result;
}

QString BlockAddress::toString() const
{
    if (isNull())
        return QString();
    return isHost() ? m_net.toString() : m_net.toString() + QLatin1Char('/') + QString::number(m_prefix);
}

bool BlockAddress::contains(const IpAddress &a) const
{
    return !isNull() && a.isInSubnet(m_net, m_prefix);
}

bool BlockAddress::contains(const BlockAddress &o) const
{
    return !isNull() && !o.isNull() && o.m_prefix >= m_prefix && o.m_net.isInSubnet(m_net, m_prefix);
}

bool BlockAddress::overlaps(const BlockAddress &o) const
{
    return contains(o) || o.contains(*this);
}

bool BlockAddress::overlaps(const IpAddress &net, int prefix) const
{
    if (isNull() || net.isNull() || net.isV4() != isV4())
        return false;
    const int common = std::min(prefix, m_prefix);
    return m_net.isInSubnet(net.network(common), common);
}

} // namespace tg
