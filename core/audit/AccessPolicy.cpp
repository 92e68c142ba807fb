#include "AccessPolicy.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace tg {

bool AccessPolicy::isApproved(const QString &name) const
{
    return approved.contains(name);
}

QStringList AccessPolicy::parseList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        if (!out.contains(part))
            out << part;
    return out;
}

QString AccessPolicy::listText() const
{
    return approved.join(QStringLiteral(", "));
}

QJsonObject AccessPolicy::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("approved"), QJsonArray::fromStringList(approved));
    o.insert(QStringLiteral("inactive_days"), inactiveDays);
    return o;
}

AccessPolicy AccessPolicy::fromJson(const QJsonObject &o)
{
    AccessPolicy p;
    for (const QJsonValue &v : o.value(QStringLiteral("approved")).toArray())
        if (v.isString() && !v.toString().trimmed().isEmpty() && !p.approved.contains(v.toString().trimmed()))
            p.approved << v.toString().trimmed();
    p.inactiveDays = qBound(0, o.value(QStringLiteral("inactive_days")).toInt(kDefaultInactiveDays), 3650);
    return p;
}

} // namespace tg
