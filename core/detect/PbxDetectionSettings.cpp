#include "PbxDetectionSettings.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace tg {

namespace {
QJsonArray toArray(const QStringList &l)
{
    QJsonArray a;
    for (const QString &s : l)
        a.append(s);
    return a;
}

QStringList toList(const QJsonValue &v)
{
    QStringList l;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        if (!x.toString().trimmed().isEmpty())
            l << x.toString().trimmed();
    return l;
}

int dayIndex(const QString &d)
{
    static const char *const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (int i = 0; i < 7; ++i)
        if (d.left(3).compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}
} // namespace

QJsonObject PbxDetectionSettings::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("homeCountry"), homeCountry);
    o.insert(QStringLiteral("countryCode"), countryCode);
    o.insert(QStringLiteral("internationalPrefixes"), toArray(internationalPrefixes));
    o.insert(QStringLiteral("nationalPrefix"), nationalPrefix);
    o.insert(QStringLiteral("allowedCountries"), toArray(allowedCountries));
    o.insert(QStringLiteral("timeZone"), timeZone);
    o.insert(QStringLiteral("businessHours"), businessHours);
    o.insert(QStringLiteral("maxExtensionLength"), maxExtensionLength);
    o.insert(QStringLiteral("maxConcurrentCalls"), maxConcurrentCalls);
    return o;
}

PbxDetectionSettings PbxDetectionSettings::fromJson(const QJsonObject &o)
{
    PbxDetectionSettings s;
    s.homeCountry = o.value(QStringLiteral("homeCountry")).toString().trimmed().toUpper();
    s.countryCode = o.value(QStringLiteral("countryCode")).toString().trimmed();
    s.internationalPrefixes = toList(o.value(QStringLiteral("internationalPrefixes")));
    s.nationalPrefix = o.value(QStringLiteral("nationalPrefix")).toString().trimmed();
    s.allowedCountries = toList(o.value(QStringLiteral("allowedCountries")));
    for (QString &c : s.allowedCountries)
        c = c.toUpper();
    s.timeZone = o.value(QStringLiteral("timeZone")).toString().trimmed();
    s.businessHours = o.value(QStringLiteral("businessHours")).toString().trimmed();
    s.maxExtensionLength = o.value(QStringLiteral("maxExtensionLength")).toInt(s.maxExtensionLength);
    s.maxConcurrentCalls = o.value(QStringLiteral("maxConcurrentCalls")).toInt(s.maxConcurrentCalls);
    return s;
}

bool PbxDetectionSettings::parseBusinessHours(int *dayMask, int *startMinute, int *endMinute,
                                              QString *error) const
{
    // "Mon-Fri 08:00-18:00" or "Mon,Tue,Thu 09:00-17:30"
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*([A-Za-z]{3}(?:\s*[-,]\s*[A-Za-z]{3})*)\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$)"));
    if (businessHours.isEmpty()) {
        if (error)
            *error = QStringLiteral("no business hours configured");
        return false;
    }
    const auto m = re.match(businessHours);
    if (!m.hasMatch()) {
        if (error)
            *error = QStringLiteral("business hours \"%1\" are not like \"Mon-Fri 08:00-18:00\"").arg(businessHours);
        return false;
    }
    int mask = 0;
    const QStringList parts = m.captured(1).split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QStringList range = part.split(QLatin1Char('-'));
        const int a = dayIndex(range.value(0).trimmed());
        const int b = range.size() > 1 ? dayIndex(range.value(1).trimmed()) : a;
        if (a < 0 || b < 0) {
            if (error)
                *error = QStringLiteral("unknown day in business hours \"%1\"").arg(businessHours);
            return false;
        }
        for (int d = a;; d = (d + 1) % 7) {
            mask |= 1 << d;
            if (d == b)
                break;
        }
    }
    const int s = m.captured(2).toInt() * 60 + m.captured(3).toInt();
    const int e = m.captured(4).toInt() * 60 + m.captured(5).toInt();
    if (s >= e || e > 24 * 60) {
        if (error)
            *error = QStringLiteral("business hours \"%1\" end before they start").arg(businessHours);
        return false;
    }
    *dayMask = mask;
    *startMinute = s;
    *endMinute = e;
    return true;
}

QTimeZone PbxDetectionSettings::zone() const
{
    if (timeZone.isEmpty())
        return QTimeZone::utc();
    QTimeZone z(timeZone.toUtf8());
    return z.isValid() ? z : QTimeZone::utc();
}

} // namespace tg
