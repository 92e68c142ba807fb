#include "AutoBlockSettings.h"

#include "BlockCommands.h"
#include "Translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace tg {

namespace {
QString tr(const char *text)
{
    return Translations::lookup({"tg::AutoBlockSettings", "tg"}, text);
}

const int kMaxPerHourLimit = 1000;
} // namespace

QStringList AutoBlockSettings::eligibleRules()
{
    return {QStringLiteral("brute_force_ip"), QStringLiteral("enumeration"), QStringLiteral("scanner"),
            QStringLiteral("success_after_failures"), QStringLiteral("flood")};
}

bool AutoBlockSettings::validate(QString *error) const
{
    auto fail = [error](const QString &s) {
        if (error)
            *error = s;
        return false;
    };
    for (const QString &r : rules)
        if (!eligibleRules().contains(r))
            return fail(tr("The rule \"%1\" cannot block automatically: its alerts are not about one source address.")
                            .arg(r.left(40)));
    if (ttlS < 0 || ttlS > BlockCommands::kMaxTtlS)
        return fail(tr("The duration of automatic blocks must be between one second and a year, or until unblocked."));
    if (maxPerHour < 1 || maxPerHour > kMaxPerHourLimit || maxPerHourPerPbx < 1 || maxPerHourPerPbx > kMaxPerHourLimit)
        return fail(tr("The limits of automatic blocks per hour must be between 1 and %1.").arg(kMaxPerHourLimit));
    return true;
}

QJsonObject AutoBlockSettings::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("rules"), QJsonArray::fromStringList(rules));
    o.insert(QStringLiteral("ttl_s"), ttlS);
    o.insert(QStringLiteral("target"), target == Target::AllPbxes ? QStringLiteral("all") : QStringLiteral("alert"));
    o.insert(QStringLiteral("max_per_hour"), maxPerHour);
    o.insert(QStringLiteral("max_per_hour_per_pbx"), maxPerHourPerPbx);
    return o;
}

AutoBlockSettings AutoBlockSettings::fromJson(const QJsonObject &o)
{
    const AutoBlockSettings defaults;
    AutoBlockSettings s;
    for (const QJsonValue &v : o.value(QStringLiteral("rules")).toArray())
        if (eligibleRules().contains(v.toString()) && !s.rules.contains(v.toString()))
            s.rules << v.toString();
    s.ttlS = qint64(o.value(QStringLiteral("ttl_s")).toDouble(double(defaults.ttlS)));
    s.target = o.value(QStringLiteral("target")).toString() == QLatin1String("all") ? Target::AllPbxes : Target::AlertPbx;
    s.maxPerHour = o.value(QStringLiteral("max_per_hour")).toInt(defaults.maxPerHour);
    s.maxPerHourPerPbx = o.value(QStringLiteral("max_per_hour_per_pbx")).toInt(defaults.maxPerHourPerPbx);
    if (s.ttlS < 0 || s.ttlS > BlockCommands::kMaxTtlS)
        s.ttlS = defaults.ttlS;
    if (s.maxPerHour < 1 || s.maxPerHour > kMaxPerHourLimit)
        s.maxPerHour = defaults.maxPerHour;
    if (s.maxPerHourPerPbx < 1 || s.maxPerHourPerPbx > kMaxPerHourLimit)
        s.maxPerHourPerPbx = defaults.maxPerHourPerPbx;
    return s;
}

AutoBlockSettings AutoBlockSettings::load()
{
    const QByteArray json = QSettings().value(settingsKey()).toByteArray();
    return json.isEmpty() ? AutoBlockSettings() : fromJson(QJsonDocument::fromJson(json).object());
}

void AutoBlockSettings::save() const
{
    QSettings().setValue(settingsKey(), QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

} // namespace tg
