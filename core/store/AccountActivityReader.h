#pragma once

#include "audit/AccessPolicy.h"

#include <QStringList>

namespace tg {

// When each account of one PBX last registered, authenticated or started a call, from the events
// table (through event_keys), and since when the store holds events of that PBX.
// On an already opened connection; use it on that connection's thread.
class AccountActivityReader
{
public:
    static constexpr int kMaxAccounts = 5000;   // one indexed look-up each

    explicit AccountActivityReader(const QString &connectionName) : m_connection(connectionName) {}
    AccountActivity read(const QString &pbx, const QStringList &accounts, qint64 nowMs);

private:
    QString m_connection;
};

} // namespace tg
