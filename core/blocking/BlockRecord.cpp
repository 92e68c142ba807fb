#include "BlockRecord.h"

#include <QDateTime>
#include <QJsonArray>

namespace tg {

BlockState BlockRecord::overall() const
{
    if (targets.isEmpty())
        return state;
    // In force anywhere wins; then how it ended where it was in force; failures only when it
    // never held anywhere (those stay listed, to retry).
    static const BlockState order[] = {BlockState::Active, BlockState::Pending, BlockState::Expired,
                                       BlockState::Removed, BlockState::Failed, BlockState::Refused};
    for (BlockState s : order)
        for (const Target &t : targets)
            if (t.state == s)
                return s;
    return state;
}

QJsonObject BlockRecord::toJson() const
{
    auto iso = [](qint64 ms) {
        return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
    };
    QJsonObject o;
    if (id > 0)
        o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("address"), address);
    o.insert(QStringLiteral("state"), blockStateName(overall()));
    o.insert(QStringLiteral("external"), isExternal());
    if (createdMs > 0)
        o.insert(QStringLiteral("created"), iso(createdMs));
    if (!who.isEmpty())
        o.insert(QStringLiteral("who"), who);
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    if (alertId > 0)
        o.insert(QStringLiteral("alert_id"), alertId);
    o.insert(QStringLiteral("ttl_s"), ttlS);
    if (expiresMs > 0)
        o.insert(QStringLiteral("expires"), iso(expiresMs));
    if (endedMs > 0) {
        o.insert(QStringLiteral("ended"), iso(endedMs));
        o.insert(QStringLiteral("ended_by"), endedBy);
    }
    QJsonArray ts;
    for (const Target &t : targets) {
        QJsonObject j;
        j.insert(QStringLiteral("pbx"), t.pbx);
        j.insert(QStringLiteral("backend"), blockBackendName(t.backend));
        j.insert(QStringLiteral("state"), blockStateName(t.state));
        if (!t.detail.isEmpty())
            j.insert(QStringLiteral("detail"), t.detail);
        ts.append(j);
    }
    o.insert(QStringLiteral("pbxes"), ts);
    return o;
}

} // namespace tg
