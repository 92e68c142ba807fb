#include "PbxRuntime.h"

#include <QDateTime>

namespace tg {

PbxRuntime::PbxRuntime(const QString &name, const PbxDetectionSettings &settings, const PrefixTable *table)
    : m_name(name), m_settings(settings), m_classifier(table, settings), m_zone(settings.zone())
{
    m_hoursOn = settings.parseBusinessHours(&m_dayMask, &m_startMinute, &m_endMinute, &m_hoursError);
}

bool PbxRuntime::isBusinessTime(qint64 utcMs) const
{
    if (!m_hoursOn)
        return true;
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, m_zone);
    const int day = t.date().dayOfWeek() - 1; // Monday = 0
    const int minute = t.time().hour() * 60 + t.time().minute();
    return (m_dayMask & (1 << day)) && minute >= m_startMinute && minute < m_endMinute;
}

int PbxRuntime::hourOfWeek(qint64 utcMs) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, m_zone);
    return (t.date().dayOfWeek() - 1) * 24 + t.time().hour();
}

qint64 PbxRuntime::localDay(qint64 utcMs) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, m_zone);
    return QDate(1970, 1, 1).daysTo(t.date());
}

bool PbxRuntime::allows(const QString &country) const
{
    if (country.isEmpty())
        return false;
    return country == m_classifier.homeCountry() || m_settings.allowedCountries.contains(country);
}

} // namespace tg
