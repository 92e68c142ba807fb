#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace tg {

// Automatic blocking: which detector rules block the source address of their new alerts by
// themselves, for how long, on which PBXes, and at most how often. Off by default (no rule).
// Kept in QSettings as JSON under settingsKey(); the application hands it to the engine.
struct AutoBlockSettings {
    enum class Target : int {
        AlertPbx = 0,   // the PBX that raised the alert
        AllPbxes,       // every PBX Tollgate can block on
    };

    QStringList rules;              // detector ids, e.g. "brute_force_ip"; empty: off
    qint64 ttlS = 3600;             // 0: until unblocked
    Target target = Target::AlertPbx;
    int maxPerHour = 20;            // automatic blocks in any hour, all PBXes together
    int maxPerHourPerPbx = 10;      // ... and on any one PBX

    bool isEnabled() const { return !rules.isEmpty(); }
    // The rules whose alerts are about one source address (their subject), so blocking it
    // is a meaningful answer.
    static QStringList eligibleRules();

    // False with a sentence when a value is out of range.
    bool validate(QString *error) const;

    QJsonObject toJson() const;
    // Unknown rules and out-of-range values fall back to the defaults.
    static AutoBlockSettings fromJson(const QJsonObject &o);

    static QString settingsKey() { return QStringLiteral("blocking/automatic"); }
    static AutoBlockSettings load();     // from QSettings
    void save() const;                   // to QSettings

    bool operator==(const AutoBlockSettings &o) const
    {
        return rules == o.rules && ttlS == o.ttlS && target == o.target && maxPerHour == o.maxPerHour
            && maxPerHourPerPbx == o.maxPerHourPerPbx;
    }
};

} // namespace tg

Q_DECLARE_METATYPE(tg::AutoBlockSettings)
