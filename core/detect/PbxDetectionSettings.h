#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace tg {

// What the detectors need to know about one PBX's dial plan and office: where it is,
// which countries it may call, when people work. The "*" entry applies to PBXes without one.
struct PbxDetectionSettings {
    QString homeCountry;                // ISO 3166 alpha-2, e.g. "GB"; empty = unknown
    QString countryCode;                // E.164 calling code of the home country; empty = from the prefix table
    QStringList internationalPrefixes;  // empty = by home country (011 NANP, 0011 AU, 010 JP, else 00); both 00 and 011 when unknown
    QString nationalPrefix;             // trunk prefix; empty = "1" for NANP, else "0"
    QStringList allowedCountries;       // ISO codes that may be called without an alert (home is always allowed)
    QString timeZone;                   // IANA id, e.g. "Europe/London"; empty = UTC
    QString businessHours;              // e.g. "Mon-Fri 08:00-18:00"; empty = off-hours detection off
    int maxExtensionLength = 6;         // dialed strings this short are internal extensions
    int maxConcurrentCalls = 50;        // per PBX; 0 = no limit

    QJsonObject toJson() const;
    static PbxDetectionSettings fromJson(const QJsonObject &o);

    // Parsed business hours. False when empty or malformed (*error says why).
    bool parseBusinessHours(int *dayMask, int *startMinute, int *endMinute, QString *error = nullptr) const;
    QTimeZone zone() const;
};

} // namespace tg
