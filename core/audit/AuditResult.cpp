#include "AuditResult.h"

#include <QJsonArray>

namespace tg {

int AuditResult::scoreOf(const FindingList &findings)
{
    int score = 100;
    bool critical = false;
    for (const Finding &f : findings) {
        switch (f.severity) {
        case Severity::Critical: score -= 25; critical = true; break;
        case Severity::High: score -= 10; break;
        case Severity::Medium: score -= 4; break;
        case Severity::Low: score -= 1; break;
        case Severity::Info: break;
        }
    }
    if (critical)
        score = qMin(score, 49);
    return qMax(score, 0);
}

int AuditResult::count(Severity s) const
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.severity == s ? 1 : 0;
    return n;
}

bool AuditResult::hasAtLeast(Severity s) const
{
    for (const Finding &f : findings)
        if (f.severity >= s)
            return true;
    return false;
}

QJsonObject AuditResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("pbx"), pbx);
    o.insert(QStringLiteral("type"), pbxTypeName(type));
    o.insert(QStringLiteral("finished"), finishedUtc.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("score"), score());
    QJsonArray f;
    for (const Finding &x : findings)
        f.append(x.toJson());
    o.insert(QStringLiteral("findings"), f);
    o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors));
    o.insert(QStringLiteral("files"), QJsonArray::fromStringList(files));
    return o;
}

AuditResult AuditResult::fromJson(const QJsonObject &o)
{
    AuditResult r;
    r.pbx = o.value(QStringLiteral("pbx")).toString();
    r.type = pbxTypeFromName(o.value(QStringLiteral("type")).toString());
    r.finishedUtc = QDateTime::fromString(o.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs);
    r.version = o.value(QStringLiteral("version")).toString();
    r.source = o.value(QStringLiteral("source")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray())
        r.findings << Finding::fromJson(v.toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("errors")).toArray())
        r.errors << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("files")).toArray())
        r.files << v.toString();
    return r;
}

} // namespace tg
