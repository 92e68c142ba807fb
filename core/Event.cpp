#include "Event.h"

#include <QDateTime>

namespace tg {

namespace {
struct KindName {
    EventKind kind;
    const char *name;
};
// Names are stable: they are stored in SQLite and printed by the CLI.
constexpr KindName kKindNames[] = {
    {EventKind::Unknown, "unknown"},
    {EventKind::AuthFailure, "auth_failure"},
    {EventKind::AuthSuccess, "auth_success"},
    {EventKind::AuthChallenge, "auth_challenge"},
    {EventKind::AclReject, "acl_reject"},
    {EventKind::ProtocolAbuse, "protocol_abuse"},
    {EventKind::ResourceLimit, "resource_limit"},
    {EventKind::CallStart, "call_start"},
    {EventKind::CallAnswer, "call_answer"},
    {EventKind::CallEnd, "call_end"},
    {EventKind::Registration, "registration"},
    {EventKind::Unregistration, "unregistration"},
    {EventKind::ConfigReload, "config_reload"},
    {EventKind::ConnectorState, "connector_state"},
    {EventKind::ProtocolError, "protocol_error"},
    {EventKind::Raw, "raw"},
};
} // namespace

QString eventKindName(EventKind kind)
{
    for (const auto &k : kKindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return QStringLiteral("unknown");
}

EventKind eventKindFromName(const QString &name)
{
    for (const auto &k : kKindNames)
        if (name == QLatin1String(k.name))
            return k.kind;
    return EventKind::Unknown;
}

QStringList allEventKindNames()
{
    QStringList names;
    for (const auto &k : kKindNames)
        names << QString::fromLatin1(k.name);
    return names;
}

QJsonObject Event::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("time"),
             QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("time_ms"), timeMs);
    o.insert(QStringLiteral("pbx"), pbx);
    o.insert(QStringLiteral("kind"), eventKindName(kind));
    o.insert(QStringLiteral("type"), type);
    o.insert(QStringLiteral("service"), service);
    o.insert(QStringLiteral("src_ip"), srcIp);
    o.insert(QStringLiteral("src_port"), srcPort);
    o.insert(QStringLiteral("transport"), transport);
    o.insert(QStringLiteral("account"), account);
    o.insert(QStringLiteral("user_agent"), userAgent);
    o.insert(QStringLiteral("destination"), destination);
    o.insert(QStringLiteral("call_id"), callId);
    o.insert(QStringLiteral("detail"), detail);
    o.insert(QStringLiteral("duration_ms"), durationMs);
    o.insert(QStringLiteral("billsec"), billSec);
    o.insert(QStringLiteral("cost"), cost);
    return o;
}

QString Event::summary() const
{
    QString s = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
    s += QLatin1Char(' ') + pbx + QLatin1Char(' ') + eventKindName(kind);
    if (!type.isEmpty())
        s += QLatin1Char('(') + type + QLatin1Char(')');
    if (!service.isEmpty())
        s += QLatin1Char(' ') + service;
    if (!srcIp.isEmpty())
        s += QStringLiteral(" from ") + srcIp
             + (srcPort ? QStringLiteral(":%1").arg(srcPort) : QString())
             + (transport.isEmpty() ? QString() : QLatin1Char('/') + transport);
    if (!account.isEmpty())
        s += QStringLiteral(" account=") + account;
    if (!destination.isEmpty())
        s += QStringLiteral(" dest=") + destination;
    if (!detail.isEmpty())
        s += QStringLiteral(" [") + detail + QLatin1Char(']');
    return s;
}

} // namespace tg
