#pragma once

#include "IpAddress.h"

#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tg {

// Sources, accounts and destinations an admin has declared trusted: alerts about them are dropped.
class Allowlist
{
public:
    // Entries that do not parse are returned in *invalid (for a warning) and ignored.
    void set(const QStringList &ips, const QStringList &accounts, const QStringList &destinations,
             QStringList *invalid = nullptr);

    bool containsIp(const QString &ip) const;
    bool containsAccount(const QString &account) const { return m_accounts.contains(account); }
    // Digits-prefix match on the dialed string or its E.164 form ("+" ignored).
    bool containsDestination(const QString &dialed, const QString &e164 = QString()) const;
    bool isEmpty() const { return m_nets.isEmpty() && m_accounts.isEmpty() && m_destinations.isEmpty(); }

private:
    QVector<QPair<IpAddress, int>> m_nets;
    QSet<QString> m_accounts;
    QStringList m_destinations;
};

} // namespace tg
