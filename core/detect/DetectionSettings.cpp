#include "DetectionSettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace tg {

namespace {

// One list of fields for load, save and describe, so they cannot drift apart.
template<class S, class V>
void visitFields(S &s, V &&v)
{
    v("bruteForce", "maxRetry", s.bruteForceMaxRetry, "auth failures from one IP (fail2ban asterisk jail maxretry)");
    v("bruteForce", "findTimeSec", s.bruteForceFindTimeSec, "window for maxRetry (fail2ban findtime 10 min)");
    v("distributed", "minSources", s.distributedMinSources, "distinct IPs failing on one account");
    v("distributed", "minFailures", s.distributedMinFailures, "failures on one account");
    v("distributed", "windowSec", s.distributedWindowSec, "window; long so slow sprays add up");
    v("enumeration", "minAccounts", s.enumerationMinAccounts, "distinct failing accounts from one IP");
    v("enumeration", "windowSec", s.enumerationWindowSec, "window");
    v("scanner", "sweepMinAccounts", s.sweepMinAccounts, "distinct accounts challenged from one IP");
    v("scanner", "sweepMaxAnswerRatio", s.sweepMaxAnswerRatio, "answered/challenged at most this");
    v("scanner", "sweepWindowSec", s.sweepWindowSec, "window");
    v("successAfterFailure", "minIpFailures", s.successMinIpFailures, "failures from the IP before a success");
    v("successAfterFailure", "minAccountFailures", s.successMinAccountFailures, "failures on the account before a success");
    v("successAfterFailure", "windowSec", s.successWindowSec, "how far back failures count");
    v("newSource", "learningSec", s.newSourceLearningSec, "quiet learning after a PBX's first event");
    v("newSource", "ipv4PrefixLength", s.newSourceIpv4PrefixLength, "same subnet = same source");
    v("newSource", "ipv6PrefixLength", s.newSourceIpv6PrefixLength, "same subnet = same source");
    v("newSource", "geoIpDatabase", s.geoIpDatabase, "GeoLite2/DB-IP country .mmdb for the new-country check; empty = off");
    v("tollFraud", "alertUnknownPrefix", s.tollFraudAlertUnknownPrefix, "alert on international numbers not in the table");
    v("offHours", "minScore", s.offHoursMinScore, "risk score (domestic 1, international 3, high 5)");
    v("offHours", "windowSec", s.offHoursWindowSec, "how long an account's off-hours score adds up");
    v("spike", "factor", s.spikeFactor, "calls this hour vs learned EWMA");
    v("spike", "minCalls", s.spikeMinCalls, "never alert below this many calls in an hour");
    v("spike", "minHistory", s.spikeMinHistory, "weeks of history for the hour before judging");
    v("spike", "ewmaAlpha", s.spikeEwmaAlpha, "EWMA weight of the newest week");
    v("concurrency", "maxPerAccount", s.maxConcurrentPerAccount, "concurrent calls of one account");
    v("sequential", "minNumbers", s.sequentialMinNumbers, "distinct numbers in one range");
    v("sequential", "suffixDigits", s.sequentialSuffixDigits, "trailing digits that may differ");
    v("sequential", "windowSec", s.sequentialWindowSec, "window");
    v("cost", "currency", s.currency, "currency of the rate table");
    v("cost", "perCallLimit", s.costPerCallLimit, "one call costing this much");
    v("cost", "burnPerHourLimit", s.costBurnPerHourLimit, "spend in the last hour incl. calls in progress");
    v("cost", "dailySpendFactor", s.dailySpendFactor, "today vs EWMA of past days");
    v("cost", "dailySpendMin", s.dailySpendMin, "no anomaly below this daily spend");
    v("cost", "dailySpendHardLimit", s.dailySpendHardLimit, "alert at this spend before there is history");
    v("cost", "dailySpendMinHistory", s.dailySpendMinHistory, "days of history before the anomaly check");
    v("cost", "longCallMinutes", s.longCallMinutes, "billable call in progress this long");
    v("flood", "perSourceLimit", s.floodPerSourceLimit, "security events from one IP per window");
    v("flood", "totalLimit", s.floodTotalLimit, "security events per PBX per window");
    v("flood", "windowSec", s.floodWindowSec, "window");
    v("flood", "badRequestLimit", s.badRequestLimit, "malformed/forbidden requests from one IP per minute");
    v("flood", "failedCallBurstLimit", s.failedCallBurstLimit, "failed calls per PBX per window");
    v("flood", "failedCallBurstWindowSec", s.failedCallBurstWindowSec, "window");
    v("flood", "connectorFlapLimit", s.connectorFlapLimit, "connector drops per PBX per window");
    v("flood", "connectorFlapWindowSec", s.connectorFlapWindowSec, "window");
    v("config", "reloadAlert", s.configReloadAlert, "alert on configuration reloads");
    v("config", "reloadIgnoreTypes", s.configReloadIgnoreTypes, "event types that are not changes");
    v("limits", "maxTrackedKeys", s.maxTrackedKeys, "keys per detector before the oldest are evicted");
    v("limits", "maxOpenAlerts", s.maxOpenAlerts, "open alerts kept in memory");
    v("limits", "maxEvidence", s.maxEvidence, "evidence event ids per alert");
    v("limits", "maxActiveCalls", s.maxActiveCalls, "calls in progress tracked");
    v("limits", "maxCallAgeSec", s.maxCallAgeSec, "calls without an end are forgotten after this");
    v("allowlist", "ips", s.allowIps, "IPs or CIDRs never alerted on");
    v("allowlist", "accounts", s.allowAccounts, "accounts never alerted on");
    v("allowlist", "destinations", s.allowDestinations, "destination prefixes never alerted on");
    v("data", "prefixTableFile", s.prefixTableFile, "CSV overriding the built-in prefix/rate table");
    v("data", "scannerUserAgentsFile", s.scannerUserAgentsFile, "overrides the built-in scanner UA list");
}

QJsonValue toValue(int v) { return v; }
QJsonValue toValue(double v) { return v; }
QJsonValue toValue(bool v) { return v; }
QJsonValue toValue(const QString &v) { return v; }
QJsonValue toValue(const QStringList &v) { return QJsonArray::fromStringList(v); }

void fromValue(const QJsonValue &j, int &v)
{
    if (j.isDouble())
        v = int(std::clamp(j.toDouble(), -1e9, 1e9));
}
void fromValue(const QJsonValue &j, double &v)
{
    if (j.isDouble())
        v = j.toDouble();
}
void fromValue(const QJsonValue &j, bool &v)
{
    if (j.isBool())
        v = j.toBool();
}
void fromValue(const QJsonValue &j, QString &v)
{
    if (j.isString())
        v = j.toString();
}
void fromValue(const QJsonValue &j, QStringList &v)
{
    if (!j.isArray())
        return;
    v.clear();
    const QJsonArray a = j.toArray();
    for (const QJsonValue &x : a)
        if (x.isString() && !x.toString().trimmed().isEmpty())
            v << x.toString().trimmed();
}

QString describeValue(int v) { return QString::number(v); }
QString describeValue(double v) { return QString::number(v); }
QString describeValue(bool v) { return v ? QStringLiteral("true") : QStringLiteral("false"); }
QString describeValue(const QString &v) { return QLatin1Char('"') + v + QLatin1Char('"'); }
QString describeValue(const QStringList &v) { return QLatin1Char('[') + v.join(QLatin1Char(',')) + QLatin1Char(']'); }

// Out-of-range values would make windows unbounded or detectors fire on every event.
void clampSane(DetectionSettings &s)
{
    auto atLeast = [](int &v, int lo) { v = std::max(v, lo); };
    atLeast(s.bruteForceMaxRetry, 1);
    atLeast(s.bruteForceFindTimeSec, 1);
    atLeast(s.distributedMinSources, 2);
    atLeast(s.distributedMinFailures, 2);
    atLeast(s.distributedWindowSec, 1);
    atLeast(s.enumerationMinAccounts, 2);
    atLeast(s.enumerationWindowSec, 1);
    atLeast(s.sweepMinAccounts, 2);
    atLeast(s.sweepWindowSec, 1);
    atLeast(s.successMinIpFailures, 1);
    atLeast(s.successMinAccountFailures, 1);
    atLeast(s.successWindowSec, 1);
    atLeast(s.offHoursMinScore, 1);
    atLeast(s.spikeMinCalls, 1);
    atLeast(s.spikeMinHistory, 1);
    atLeast(s.sequentialMinNumbers, 2);
    s.sequentialSuffixDigits = std::clamp(s.sequentialSuffixDigits, 1, 6);
    atLeast(s.floodWindowSec, 1);
    atLeast(s.floodPerSourceLimit, 1);
    atLeast(s.floodTotalLimit, 1);
    atLeast(s.maxTrackedKeys, 16);
    atLeast(s.maxOpenAlerts, 16);
    s.maxEvidence = std::clamp(s.maxEvidence, 1, 10000);
    atLeast(s.maxActiveCalls, 16);
    atLeast(s.maxCallAgeSec, 60);
    s.spikeEwmaAlpha = std::clamp(s.spikeEwmaAlpha, 0.01, 1.0);
    s.sweepMaxAnswerRatio = std::clamp(s.sweepMaxAnswerRatio, 0.0, 1.0);
}

} // namespace

DetectionSettings DetectionSettings::defaults()
{
    DetectionSettings s;
    s.pbx.insert(QStringLiteral("*"), PbxDetectionSettings());
    return s;
}

QByteArray DetectionSettings::toJson() const
{
    QJsonObject root;
    QMap<QString, QJsonObject> sections;
    visitFields(*this, [&](const char *section, const char *key, const auto &value, const char *) {
        sections[QLatin1String(section)].insert(QLatin1String(key), toValue(value));
    });
    for (auto it = sections.cbegin(); it != sections.cend(); ++it)
        root.insert(it.key(), it.value());
    QJsonObject pbxObj;
    for (auto it = pbx.cbegin(); it != pbx.cend(); ++it)
        pbxObj.insert(it.key(), it.value().toJson());
    root.insert(QStringLiteral("pbx"), pbxObj);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool DetectionSettings::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull() || !doc.isObject()) {
        if (error)
            *error = QStringLiteral("not a JSON object (%1 at offset %2)").arg(pe.errorString()).arg(pe.offset);
        return false;
    }
    const QJsonObject root = doc.object();
    visitFields(*this, [&](const char *section, const char *key, auto &value, const char *) {
        const QJsonObject sec = root.value(QLatin1String(section)).toObject();
        const QJsonValue v = sec.value(QLatin1String(key));
        if (!v.isUndefined())
            fromValue(v, value);
    });
    const QJsonObject pbxObj = root.value(QStringLiteral("pbx")).toObject();
    if (!pbxObj.isEmpty()) {
        pbx.clear();
        for (auto it = pbxObj.begin(); it != pbxObj.end(); ++it)
            pbx.insert(it.key(), PbxDetectionSettings::fromJson(it.value().toObject()));
    }
    clampSane(*this);
    return true;
}

bool DetectionSettings::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read detection settings %1: %2").arg(path, f.errorString());
        return false;
    }
    QString why;
    if (!fromJson(f.readAll(), &why)) {
        if (error)
            *error = QStringLiteral("detection settings %1: %2").arg(path, why);
        return false;
    }
    return true;
}

bool DetectionSettings::save(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(toJson()) < 0 || !f.commit()) {
        if (error)
            *error = QStringLiteral("cannot write detection settings %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

PbxDetectionSettings DetectionSettings::forPbx(const QString &name) const
{
    auto it = pbx.constFind(name);
    if (it != pbx.cend())
        return it.value();
    it = pbx.constFind(QStringLiteral("*"));
    return it != pbx.cend() ? it.value() : PbxDetectionSettings();
}

QStringList DetectionSettings::describe()
{
    QStringList lines;
    const DetectionSettings d = defaults();
    visitFields(d, [&](const char *section, const char *key, const auto &value, const char *why) {
        lines << QStringLiteral("%1.%2 = %3  # %4")
                     .arg(QLatin1String(section), QLatin1String(key), describeValue(value), QLatin1String(why));
    });
    return lines;
}

} // namespace tg
