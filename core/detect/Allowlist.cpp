#include "Allowlist.h"

namespace tg {

namespace {
QString stripPlus(QString s)
{
    s = s.trimmed();
    if (s.startsWith(QLatin1Char('+')))
        s.remove(0, 1);
    return s;
}
} // namespace

void Allowlist::set(const QStringList &ips, const QStringList &accounts, const QStringList &destinations,
                    QStringList *invalid)
{
    m_nets.clear();
    m_accounts.clear();
    m_destinations.clear();
    for (const QString &raw : ips) {
        IpAddress net;
        int prefix = 0;
        if (IpAddress::parseSubnet(raw, &net, &prefix))
            m_nets.append({net, prefix});
        else if (invalid)
            *invalid << raw.trimmed();
    }
    for (const QString &a : accounts)
        if (!a.trimmed().isEmpty())
            m_accounts.insert(a.trimmed());
    for (const QString &d : destinations)
        if (!stripPlus(d).isEmpty())
            m_destinations << stripPlus(d);
}

bool Allowlist::containsIp(const QString &ip) const
{
    if (ip.isEmpty() || m_nets.isEmpty())
        return false;
    const IpAddress a(ip);
    if (a.isNull())
        return false;
    for (const auto &net : m_nets)
        if (a.isInSubnet(net.first, net.second))
            return true;
    return false;
}

bool Allowlist::containsDestination(const QString &dialed, const QString &e164) const
{
    const QString d = stripPlus(dialed);
    for (const QString &p : m_destinations)
        if ((!d.isEmpty() && d.startsWith(p)) || (!e164.isEmpty() && e164.startsWith(p)))
            return true;
    return false;
}

} // namespace tg
