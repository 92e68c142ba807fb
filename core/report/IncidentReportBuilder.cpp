#include "IncidentReportBuilder.h"

#include "Clock.h"
#include "Translations.h"
#include "audit/AuditHistory.h"
#include "blocking/BlockAddress.h"
#include "blocking/BlockStore.h"
#include "detect/DetectFormat.h"
#include "detect/DetectionEngine.h"
#include "detect/IpAddress.h"
#include "geoip/GeoIpDatabase.h"
#include "report/IncidentLabels.h"
#include "store/AlertRepository.h"
#include "store/Database.h"
#include "store/EventReader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <map>

namespace tg {

namespace {

QString tr(const char *text)
{
    return Translations::lookup({"tg::IncidentReportBuilder", "tg"}, text);
}

std::atomic<int> s_connections{0};

// Closes the builder's connection however build() leaves.
struct ConnectionGuard {
    QString name;
    ~ConnectionGuard() { Database::close(name); }
};

// The first `half` and the newest of ids, at most n in all.
QVector<qint64> firstAndNewest(const QVector<qint64> &ids, int n)
{
    if (ids.size() <= n)
        return ids;
    const int first = n / 2;
    return ids.mid(0, first) + ids.mid(ids.size() - (n - first));
}

// Raw PBX text cut at maxChars characters, saying how much was left out.
QByteArray boundedRaw(const QByteArray &raw, int maxChars)
{
    const QString text = QString::fromUtf8(raw);
    if (text.size() <= maxChars)
        return raw;
    const QString cut = text.left(maxChars);
    return (cut + QLatin1Char('\n')
            + tr("[… %1 more characters not shown]").arg(text.size() - cut.size()))
        .toUtf8();
}

void addDistinct(QStringList &list, const QString &value, int max)
{
    if (!value.isEmpty() && list.size() < max && !list.contains(value))
        list << value;
}

bool isCall(const Event &e)
{
    return e.kind == EventKind::CallStart || e.kind == EventKind::CallAnswer || e.kind == EventKind::CallEnd;
}

QString blockTargetsText(const BlockRecord &b)
{
    QStringList pbxes;
    for (const BlockRecord::Target &t : b.targets)
        pbxes << QStringLiteral("%1 (%2)").arg(t.pbx, blockBackendName(t.backend));
    return pbxes.join(QStringLiteral(", "));
}

} // namespace

IncidentReportBuilder::IncidentReportBuilder(const QString &dbPath, Options options)
    : m_dbPath(dbPath), m_options(std::move(options))
{
}

bool IncidentReportBuilder::build(const IncidentScope &scope, IncidentReport *report, QString *error)
{
    IncidentReport r;
    r.scope = scope;
    r.generatedMs = m_options.nowMs > 0 ? m_options.nowMs : Clock::system().nowMs();
    r.generatedBy = m_options.generatedBy;
    r.currency = m_options.detection.currency;

    // A report never creates a store: a wrong --data-dir must say so, not report an empty one.
    if (!QFileInfo::exists(m_dbPath)) {
        *error = tr("There is no Tollgate store at %1; check --data-dir.").arg(QDir::toNativeSeparators(m_dbPath));
        return false;
    }
    if (scope.isTimeRange() && scope.toMs <= scope.fromMs) {
        *error = tr("The report's time range is empty: its end must come after its start.");
        return false;
    }
    ConnectionGuard guard{QStringLiteral("tg-report-%1").arg(++s_connections)};
    const DbOpenResult opened = Database::openExisting(m_dbPath, guard.name);
    if (!opened.ok) {
        *error = opened.error;
        return false;
    }
    EventReader reader(m_dbPath);
    if (!reader.isOpen()) {
        *error = reader.error();
        return false;
    }
    if (!readAlerts(guard.name, scope, r, error))
        return false;
    QHash<qint64, Event> events;
    readEvidence(reader, r, &events);
    summarize(reader, events, r);
    readActions(guard.name, r);
    buildTimeline(r);
    *report = std::move(r);
    return true;
}

bool IncidentReportBuilder::readAlerts(const QString &connection, const IncidentScope &scope, IncidentReport &r,
                                       QString *error)
{
    AlertRepository alerts(connection);
    if (scope.isTimeRange()) {
        AlertFilter f;
        f.pbx = scope.pbx;
        f.activeFromMs = scope.fromMs;
        f.activeToMs = scope.toMs;
        r.alerts = alerts.list(f, m_options.maxAlerts + 1);
        if (!alerts.error().isEmpty()) {
            *error = alerts.error();
            return false;
        }
        if (r.alerts.size() > m_options.maxAlerts) {
            r.alerts.resize(m_options.maxAlerts);
            r.warnings << tr("More than %1 alerts were active in this time range; the report covers "
                             "the %1 seen most recently. Narrow the range or choose a PBX for the rest.")
                              .arg(m_options.maxAlerts);
        }
        r.periodFromMs = scope.fromMs;
        r.periodToMs = scope.toMs;
    } else {
        QSet<qint64> seen;
        for (qint64 id : scope.alertIds) {
            if (seen.contains(id) || r.alerts.size() >= m_options.maxAlerts)
                continue;
            seen.insert(id);
            const Alert a = alerts.byId(id);
            if (a.id == 0)
                r.warnings << tr("Alert %1 is no longer stored; it is left out.").arg(id);
            else if (scope.pbx.isEmpty() || a.pbx == scope.pbx)
                r.alerts.append(a);
        }
        if (r.alerts.isEmpty()) {
            *error = tr("None of the chosen alerts is stored; nothing to report.");
            return false;
        }
        r.periodFromMs = r.alerts.first().firstSeenMs;
        for (const Alert &a : std::as_const(r.alerts)) {
            r.periodFromMs = std::min(r.periodFromMs, a.firstSeenMs);
            r.periodToMs = std::max(r.periodToMs, a.lastSeenMs);
        }
    }
    std::stable_sort(r.alerts.begin(), r.alerts.end(), [](const Alert &a, const Alert &b) {
        return a.firstSeenMs != b.firstSeenMs ? a.firstSeenMs < b.firstSeenMs : a.id < b.id;
    });
    QSet<QString> pbxes;
    for (const Alert &a : std::as_const(r.alerts)) {
        pbxes.insert(a.pbx);
        r.history += alerts.history(a.id);
    }
    if (!scope.pbx.isEmpty())
        pbxes.insert(scope.pbx);
    r.pbxes = QStringList(pbxes.cbegin(), pbxes.cend());
    r.pbxes.removeAll(QString());
    r.pbxes.sort();
    std::stable_sort(r.history.begin(), r.history.end(),
                     [](const AlertHistoryEntry &a, const AlertHistoryEntry &b) { return a.timeMs < b.timeMs; });
    return true;
}

void IncidentReportBuilder::readEvidence(EventReader &reader, IncidentReport &r, QHash<qint64, Event> *events)
{
    // What is shown per alert is read first, so it is there even when the rest is cut.
    QVector<qint64> shown, all;
    QSet<qint64> allSet;
    QHash<qint64, QVector<qint64>> shownOf;
    int budget = m_options.maxEvidenceShown;
    for (const Alert &a : std::as_const(r.alerts)) {
        const QVector<qint64> pick = firstAndNewest(a.evidence, std::min(m_options.evidencePerAlert, std::max(budget, 0)));
        budget -= int(pick.size());
        shownOf.insert(a.id, pick);
        shown += pick;
        for (qint64 id : a.evidence)
            if (!allSet.contains(id)) {
                allSet.insert(id);
                all.append(id);
            }
    }
    r.evidenceReferenced = int(all.size());
    std::sort(all.begin(), all.end());
    QVector<qint64> toRead = shown;
    for (qint64 id : std::as_const(all)) {
        if (toRead.size() >= std::max(m_options.maxEvidenceRead, int(shown.size())))
            break;
        toRead.append(id);
    }
    QSet<qint64> missing;
    for (qint64 id : std::as_const(toRead)) {
        if (events->contains(id) || missing.contains(id))
            continue;
        const Event e = reader.byId(id);
        if (e.id == 0)
            missing.insert(id);
        else
            events->insert(id, e);
    }
    r.evidenceRead = int(events->size());
    r.evidenceMissing = int(missing.size());
    if (r.evidenceMissing > 0)
        r.warnings << tr("%1 evidence events are no longer stored (retention); the tables count the rest.")
                          .arg(r.evidenceMissing);
    if (r.evidenceReferenced > int(toRead.size()))
        r.warnings << tr("The tables and the cost are based on %1 of the %2 evidence events.")
                          .arg(r.evidenceRead)
                          .arg(r.evidenceReferenced);

    for (const Alert &a : std::as_const(r.alerts)) {
        IncidentEvidence ev;
        ev.alertId = a.id;
        ev.total = int(a.evidence.size());
        for (qint64 id : shownOf.value(a.id)) {
            auto it = events->constFind(id);
            if (it == events->cend())
                continue;
            Event e = it.value();
            e.raw = boundedRaw(e.raw, m_options.maxRawChars);
            ev.events.append(e);
        }
        r.evidence.append(ev);
    }
}

void IncidentReportBuilder::summarize(EventReader &reader, const QHash<qint64, Event> &events, IncidentReport &r)
{
    // Evidence in time order, so first/last seen and "first caller" read naturally.
    EventList ordered = events.values().toVector();
    std::sort(ordered.begin(), ordered.end(),
              [](const Event &a, const Event &b) { return a.timeMs != b.timeMs ? a.timeMs < b.timeMs : a.id < b.id; });

    std::map<QString, IncidentSource> sources;
    auto sourceFor = [&sources](const QString &address) -> IncidentSource & {
        IncidentSource &s = sources[address];
        s.address = address;
        return s;
    };
    std::map<std::pair<QString, QString>, IncidentAccount> accounts;
    std::map<std::pair<QString, QString>, IncidentDestination> destinations;
    QHash<QString, QSet<QString>> callsOf;   // destination key -> distinct call ids
    double callCost = 0.0;
    for (const Event &e : std::as_const(ordered)) {
        if (!e.srcIp.isEmpty()) {
            IncidentSource &s = sourceFor(e.srcIp);
            ++s.evidenceEvents;
            s.firstMs = s.firstMs ? std::min(s.firstMs, e.timeMs) : e.timeMs;
            s.lastMs = std::max(s.lastMs, e.timeMs);
            addDistinct(s.accounts, e.account, 6);
            addDistinct(s.userAgents, e.userAgent, 3);
        }
        if (e.kind == EventKind::CallEnd)
            callCost += e.cost;
        if (!e.account.isEmpty()) {
            IncidentAccount &a = accounts[{e.pbx, e.account}];
            a.pbx = e.pbx;
            a.account = e.account;
            a.failures += e.kind == EventKind::AuthFailure;
            a.successes += e.kind == EventKind::AuthSuccess;
            a.calls += e.kind == EventKind::CallStart;
            if (e.kind == EventKind::CallEnd)
                a.cost += e.cost;
            if (!e.srcIp.isEmpty() && !a.sources.contains(e.srcIp)) {
                ++a.sourceCount;
                addDistinct(a.sources, e.srcIp, 6);
            }
        }
        if (isCall(e) && !e.destination.isEmpty()) {
            const auto key = std::make_pair(e.pbx, e.destination);
            IncidentDestination &d = destinations[key];
            d.pbx = e.pbx;
            d.number = e.destination;
            if (d.account.isEmpty())
                d.account = e.account;
            callsOf[e.pbx + QLatin1Char('\x1f') + e.destination].insert(e.callId.isEmpty() ? QString::number(e.id) : e.callId);
            if (e.kind == EventKind::CallEnd) {
                d.billSec += e.billSec;
                d.cost += e.cost;
            }
        }
    }
    // Addresses that alerts are about count even when their evidence has aged out.
    for (const Alert &a : std::as_const(r.alerts))
        if (!IpAddress(a.subject).isNull() && !sources.count(a.subject))
            sourceFor(a.subject);

    for (auto &kv : sources)
        r.sources.append(kv.second);
    std::stable_sort(r.sources.begin(), r.sources.end(), [](const IncidentSource &a, const IncidentSource &b) {
        return a.evidenceEvents > b.evidenceEvents;
    });
    r.sourcesTotal = int(r.sources.size());
    if (r.sources.size() > m_options.maxSources)
        r.sources.resize(m_options.maxSources);

    // The incident began with its first evidence (failures come before the breach they lead to).
    if (!r.scope.isTimeRange() && !ordered.isEmpty()) {
        r.periodFromMs = std::min(r.periodFromMs, ordered.first().timeMs);
        r.periodToMs = std::max(r.periodToMs, ordered.last().timeMs);
    }
    // Counts over the whole period: the store's indexes on (src_ip, time) and (pbx, time) serve these.
    const qint64 from = r.periodFromMs;
    const qint64 to = r.periodToMs + (r.scope.isTimeRange() ? 0 : 1);
    GeoIpHandle geo;
    if (!m_options.detection.geoIpDatabase.isEmpty()) {
        QString geoError;
        geo = GeoIpDatabase::open(m_options.detection.geoIpDatabase, &geoError);
        if (!geo)
            r.warnings << tr("The countries of the source addresses are not shown: %1").arg(geoError);
    }
    for (IncidentSource &s : r.sources) {
        EventFilter f;
        f.srcIp = s.address;
        f.pbx = r.scope.pbx;
        f.fromMs = from;
        f.toMs = to;
        s.eventsInPeriod = reader.count(f);
        if (geo)
            s.country = geo->countryCode(s.address);
    }
    auto countKinds = [&](const QVector<EventKind> &kinds) {
        qint64 n = 0;
        const QStringList pbxes = r.pbxes.isEmpty() ? QStringList{QString()} : r.pbxes;
        for (const QString &pbx : pbxes) {
            EventFilter f;
            f.pbx = pbx;
            f.kinds = kinds;
            f.fromMs = from;
            f.toMs = to;
            const qint64 c = reader.count(f);
            if (c < 0)
                return qint64(-1);
            n += c;
        }
        return n;
    };
    r.authFailuresInPeriod = countKinds({EventKind::AuthFailure});
    r.callsInPeriod = countKinds({EventKind::CallStart});

    for (auto &kv : accounts)
        r.accounts.append(kv.second);
    std::stable_sort(r.accounts.begin(), r.accounts.end(), [](const IncidentAccount &a, const IncidentAccount &b) {
        return a.failures + a.successes + a.calls > b.failures + b.successes + b.calls;
    });
    r.accountsTotal = int(r.accounts.size());
    if (r.accounts.size() > m_options.maxAccounts)
        r.accounts.resize(m_options.maxAccounts);

    if (!destinations.empty()) {
        // The detectors' own view of a number (the PBX's dialing conventions and the prefix table).
        ManualClock clock(r.generatedMs);
        const DetectionEngine classifier(clock, m_options.detection);
        for (auto &kv : destinations) {
            IncidentDestination d = kv.second;
            d.calls = int(callsOf.value(d.pbx + QLatin1Char('\x1f') + d.number).size());
            d.country = classifier.countryOf(d.number, d.pbx);
            r.destinations.append(d);
        }
        std::stable_sort(r.destinations.begin(), r.destinations.end(),
                         [](const IncidentDestination &a, const IncidentDestination &b) { return a.cost > b.cost; });
    }

    // Calls in the evidence, each once; an alert's own estimate wins when more of its calls aged out.
    r.estimatedCost = callCost;
    for (const Alert &a : std::as_const(r.alerts))
        r.estimatedCost = std::max(r.estimatedCost, a.estimatedCost);
}

void IncidentReportBuilder::readActions(const QString &connection, IncidentReport &r)
{
    QSet<qint64> alertIds;
    for (const Alert &a : std::as_const(r.alerts))
        alertIds.insert(a.id);
    QVector<IpAddress> addresses;
    for (const IncidentSource &s : std::as_const(r.sources))
        addresses.append(IpAddress(s.address));

    BlockStore blocks(connection);
    const BlockRecordList all = blocks.list(true, 5000);
    QHash<QString, const BlockRecord *> newestFor;   // source address -> its newest block
    for (const BlockRecord &b : all) {
        const BlockAddress net = BlockAddress::parse(b.address);
        bool matches = alertIds.contains(b.alertId);
        for (int i = 0; i < addresses.size(); ++i) {
            if (net.isNull() || addresses.at(i).isNull() || !net.contains(addresses.at(i)))
                continue;
            matches = true;
            const QString &src = r.sources.at(i).address;
            const BlockRecord *cur = newestFor.value(src);
            if (!cur || cur->createdMs < b.createdMs)
                newestFor.insert(src, &b);
        }
        if (matches)
            r.blocks.append(b);
    }
    for (IncidentSource &s : r.sources)
        if (const BlockRecord *b = newestFor.value(s.address))
            s.blockState = blockStateName(b->overall());
    std::stable_sort(r.blocks.begin(), r.blocks.end(),
                     [](const BlockRecord &a, const BlockRecord &b) { return a.createdMs < b.createdMs; });

    // Fixes made on the PBXes from the start of the incident on: what was hardened in response.
    AuditHistory audit(connection);
    for (const QString &pbx : std::as_const(r.pbxes))
        for (const AuditHistory::Fix &f : audit.fixes(pbx, 200))
            if (f.timeMs >= r.periodFromMs)
                r.fixes.append(f);
    std::stable_sort(r.fixes.begin(), r.fixes.end(),
                     [](const AuditHistory::Fix &a, const AuditHistory::Fix &b) { return a.timeMs < b.timeMs; });
}

void IncidentReportBuilder::buildTimeline(IncidentReport &r) const
{
    using Kind = IncidentTimelineEntry::Kind;
    QHash<qint64, const Alert *> byId;
    for (const Alert &a : std::as_const(r.alerts)) {
        byId.insert(a.id, &a);
        r.timeline.append({a.firstSeenMs, Kind::AlertOpened, a.severity,
                           r.pbxes.size() > 1 ? tr("%1 (on %2)").arg(a.title, a.pbx) : a.title, QString()});
        if (a.lastSeenMs > a.firstSeenMs)
            r.timeline.append({a.lastSeenMs, Kind::AlertLastSeen, a.severity,
                               tr("%1: %2 occurrences in all").arg(a.title).arg(a.count), QString()});
    }
    for (const AlertHistoryEntry &h : std::as_const(r.history)) {
        const Alert *a = byId.value(h.alertId);
        QString text = tr("%1 marked %2").arg(a ? a->title : QString::number(h.alertId), IncidentLabels::status(h.status));
        if (!h.note.isEmpty())
            text += QStringLiteral(". ") + tr("Note: %1").arg(h.note);
        r.timeline.append({h.timeMs, Kind::Triage, a ? a->severity : Severity::Info, text, h.who});
    }
    for (const BlockRecord &b : std::as_const(r.blocks)) {
        const QString ttl = b.ttlS > 0 ? tr("for %1").arg(DetectFormat::duration(b.ttlS)) : tr("until unblocked");
        QString text = tr("%1 on %2, %3").arg(b.address, blockTargetsText(b), ttl);
        if (!b.reason.isEmpty())
            text += QStringLiteral(". ") + tr("Reason: %1").arg(b.reason);
        r.timeline.append({b.createdMs, Kind::Block, Severity::Info, text, b.who});
        if (b.endedMs > 0)
            r.timeline.append({b.endedMs, Kind::Unblock, Severity::Info,
                               tr("%1: %2").arg(b.address, IncidentLabels::blockState(b.overall())), b.endedBy});
    }
    for (const AuditHistory::Fix &f : std::as_const(r.fixes))
        r.timeline.append({f.timeMs, Kind::Fix, Severity::Info,
                           tr("%1 in %2 on %3: %4").arg(f.check, f.file, f.pbx, IncidentLabels::fixStatus(f.status)), f.who});
    std::stable_sort(r.timeline.begin(), r.timeline.end(),
                     [](const IncidentTimelineEntry &a, const IncidentTimelineEntry &b) { return a.timeMs < b.timeMs; });
}

} // namespace tg
