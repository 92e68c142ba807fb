#pragma once

#include "NumberClassifier.h"
#include "PbxDetectionSettings.h"

#include <QTimeZone>

namespace tg {

// One PBX's detection settings with everything derived from them parsed once:
// its number classifier, time zone and business hours.
class PbxRuntime
{
public:
    PbxRuntime() = default;
    PbxRuntime(const QString &name, const PbxDetectionSettings &settings, const PrefixTable *table);

    const QString &name() const { return m_name; }
    const PbxDetectionSettings &settings() const { return m_settings; }
    const NumberClassifier &classifier() const { return m_classifier; }

    bool hasBusinessHours() const { return m_hoursOn; }
    const QString &businessHoursProblem() const { return m_hoursError; }
    bool isBusinessTime(qint64 utcMs) const;
    int hourOfWeek(qint64 utcMs) const;   // 0 = Monday 00:00 local
    qint64 localDay(qint64 utcMs) const;  // days since the epoch, local
    bool allows(const QString &country) const;

private:
    QString m_name;
    PbxDetectionSettings m_settings;
    NumberClassifier m_classifier;
    QTimeZone m_zone = QTimeZone::utc();
    bool m_hoursOn = false;
    QString m_hoursError;
    int m_dayMask = 0;
    int m_startMinute = 0;
    int m_endMinute = 0;
};

} // namespace tg
