#pragma once

#include "PbxDetectionSettings.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace tg {

// Every threshold of every detector, with its default and why. Saved as JSON:
// { "bruteForce": { "maxRetry": 10, ... }, "pbx": { "*": {...}, "office": {...} }, "allowlist": {...} }.
// Unknown keys are ignored and missing keys keep their defaults, so old files keep working.
struct DetectionSettings {
    // 1. Brute force per source IP. fail2ban's asterisk jail: maxretry 10 within findtime 10 min.
    int bruteForceMaxRetry = 10;
    int bruteForceFindTimeSec = 600;

    // 2. Distributed brute force on one account: many sources, each below the per-IP limit.
    //    6 h so a slow spray (one try every few minutes from fresh addresses) still adds up.
    int distributedMinSources = 5;
    int distributedMinFailures = 10;
    int distributedWindowSec = 6 * 3600;

    // 3. Enumeration: distinct accounts failing from one IP. With alwaysauthreject=yes unknown
    //    accounts arrive as InvalidPassword, so the spread of AccountIDs is what shows it.
    int enumerationMinAccounts = 5;
    int enumerationWindowSec = 600;

    // 4. Scanners: User-Agent list, and challenge-only sweeps (many accounts challenged,
    //    almost none answered).
    int sweepMinAccounts = 10;
    double sweepMaxAnswerRatio = 0.2;
    int sweepWindowSec = 300;

    // 5. Success after failures (critical): the breach moment.
    int successMinIpFailures = 5;       // failures from the same IP (and service class) before the success
    int successMinAccountFailures = 5;  // failures on the account, the success IP among the failing ones
    int successWindowSec = 3600;

    // 6. New source for an account (registration / AMI login from a subnet never seen for it).
    int newSourceLearningSec = 24 * 3600;  // quiet learning after the first event of a PBX
    int newSourceIpv4PrefixLength = 24;    // a phone that moves inside its /24 (/64 for IPv6) is not new
    int newSourceIpv6PrefixLength = 64;
    QString geoIpDatabase;                 // country .mmdb (GeoLite2/DB-IP); empty = no country check

    // 7. Toll fraud by destination (per-PBX allowed countries in `pbx`).
    bool tollFraudAlertUnknownPrefix = true;

    // 8. Off-hours: outbound calls outside each PBX's business hours, weighted by risk
    //    (domestic 1, international 3, high-risk/premium/satellite 5).
    int offHoursMinScore = 3;
    int offHoursWindowSec = 12 * 3600;

    // 9. Spikes, concurrency, sequential dialing.
    double spikeFactor = 3.0;           // calls this hour vs the learned EWMA for this hour of the week
    int spikeMinCalls = 20;             // never alert below this many calls in an hour
    int spikeMinHistory = 3;            // weeks of history for that hour before judging
    double spikeEwmaAlpha = 0.3;
    int maxConcurrentPerAccount = 4;    // a desk phone rarely holds more than 2 calls
    int sequentialMinNumbers = 8;       // distinct numbers differing only in the last digits
    int sequentialSuffixDigits = 3;
    int sequentialWindowSec = 3600;     // range tests can be slow: a call every few minutes

    // 10. Cost (in `currency`, rates from the prefix table).
    QString currency = QStringLiteral("USD");
    double costPerCallLimit = 10.0;
    double costBurnPerHourLimit = 25.0;
    double dailySpendFactor = 3.0;
    double dailySpendMin = 50.0;        // no anomaly below this daily spend
    double dailySpendHardLimit = 200.0; // alert at this daily spend before there is history
    int dailySpendMinHistory = 7;       // days
    int longCallMinutes = 60;           // an answered billable call running this long

    // 11. Floods and service interruption.
    int floodPerSourceLimit = 200;      // security/protocol events from one IP per window
    int floodTotalLimit = 2000;         // per PBX per window
    int floodWindowSec = 10;
    int badRequestLimit = 20;           // RequestBadFormat/InvalidTransport/... per IP per minute
    int failedCallBurstLimit = 20;      // failed calls (no route, congestion, rejected) per PBX
    int failedCallBurstWindowSec = 300;
    int connectorFlapLimit = 4;         // connector drops per PBX per window
    int connectorFlapWindowSec = 600;

    // 12. Config change.
    bool configReloadAlert = true;
    QStringList configReloadIgnoreTypes{QStringLiteral("FullyBooted")}; // sent on every AMI login

    // Memory bounds: keys each detector tracks; the oldest are evicted, and a notice says so.
    int maxTrackedKeys = 100000;
    int maxOpenAlerts = 20000;
    int maxEvidence = 50;
    int maxActiveCalls = 50000;
    int maxCallAgeSec = 6 * 3600;       // calls with no end after this are forgotten

    // Allowlist: IPs or CIDRs, accounts, destination prefixes (digits, "+" optional).
    QStringList allowIps;
    QStringList allowAccounts;
    QStringList allowDestinations;

    // Data file overrides (empty = the tables compiled into the program).
    QString prefixTableFile;
    QString scannerUserAgentsFile;

    // Per PBX name; "*" is the default for PBXes without an entry.
    QMap<QString, PbxDetectionSettings> pbx;

    static DetectionSettings defaults();
    // False with *error set when the file cannot be read or is not valid JSON; values that are
    // out of range are clamped to sane limits.
    bool load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;
    QByteArray toJson() const;
    bool fromJson(const QByteArray &json, QString *error);

    // The settings for one PBX (its entry, else "*", else built-in defaults).
    PbxDetectionSettings forPbx(const QString &name) const;
    // "section.key = default  # why" lines for --help and docs.
    static QStringList describe();
};

} // namespace tg
