#include "DetectionEngine.h"

#include "Allowlist.h"
#include "AlertBook.h"
#include "BruteForceDetector.h"
#include "CallPatternDetector.h"
#include "CallTracker.h"
#include "ConfigChangeDetector.h"
#include "CostDetector.h"
#include "DetectFormat.h"
#include "DistributedBruteForceDetector.h"
#include "EnumerationDetector.h"
#include "FloodDetector.h"
#include "NewSourceDetector.h"
#include "OffHoursDetector.h"
#include "PrefixTable.h"
#include "ScannerDetector.h"
#include "ScannerUserAgents.h"
#include "StaleTexts.h"
#include "SuccessAfterFailureDetector.h"
#include "TollFraudDetector.h"
#include "geoip/GeoIpDatabase.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <array>
#include <unordered_map>
#include <vector>

namespace tg {

namespace {
constexpr qint64 kAlertIdleMs = 24 * 3600 * 1000LL;  // a day of quiet: a recurrence is a new incident
constexpr qint64 kNoticeIntervalMs = 60000;
const QLatin1String kCapacityRule("tracking_capacity");
} // namespace

class DetectionEngine::Private : public DetectorContext
{
    Q_DECLARE_TR_FUNCTIONS(tg::DetectionEngine)
public:
    Private(const Clock &c, DetectionSettings s)
        : clock(c), cfg(std::move(s)), book(cfg.maxOpenAlerts, cfg.maxEvidence)
    {
        loadTables();
        tracker.setLimits(cfg.maxActiveCalls, qint64(cfg.maxCallAgeSec) * 1000);

        detectors.emplace_back(new BruteForceDetector(*this));
        detectors.emplace_back(new DistributedBruteForceDetector(*this));
        detectors.emplace_back(new EnumerationDetector(*this));
        detectors.emplace_back(new ScannerDetector(*this, &userAgents));
        detectors.emplace_back(new SuccessAfterFailureDetector(*this));
        detectors.emplace_back(new NewSourceDetector(*this));
        detectors.emplace_back(new TollFraudDetector(*this));
        detectors.emplace_back(new OffHoursDetector(*this));
        detectors.emplace_back(new CallPatternDetector(*this));
        cost = new CostDetector(*this);
        detectors.emplace_back(cost);
        detectors.emplace_back(new FloodDetector(*this));
        detectors.emplace_back(new ConfigChangeDetector(*this));
        for (int kind = 0; kind < kKinds; ++kind)
            for (const auto &det : detectors)
                if (det->wants(EventKind(kind)))
                    byKind[size_t(kind)].push_back(det.get());
    }

    // Data tables and the allowlist from cfg; problems go to warnings.
    void loadTables()
    {
        warnings.clear();
        QString err;
        if (!prefixes.load(cfg.prefixTableFile, &err)) {
            warnings << err;
            if (!cfg.prefixTableFile.isEmpty() && prefixes.load(QString(), &err))
                warnings << tr("Using the built-in prefix table instead.");
        }
        if (prefixes.skippedLines() > 0)
            warnings << tr("The prefix table has %n line(s) that do not parse; they were skipped.", nullptr,
                           prefixes.skippedLines());
        if (!userAgents.load(cfg.scannerUserAgentsFile, &err)) {
            warnings << err;
            if (!cfg.scannerUserAgentsFile.isEmpty())
                userAgents.load(QString(), &err);
        }
        QStringList invalid;
        allow.set(cfg.allowIps, cfg.allowAccounts, cfg.allowDestinations, &invalid);
        if (!invalid.isEmpty())
            warnings << tr("Allowlist entries that are not addresses or networks were ignored: %1")
                            .arg(invalid.join(QStringLiteral(", ")));
        openGeoIp();
    }

    // The country database of cfg, opened again on every change of settings (a file replaced by a
    // newer download is picked up; mapping it costs next to nothing).
    void openGeoIp()
    {
        geoError.clear();
        geo = cfg.geoIpDatabase.isEmpty() ? nullptr : GeoIpDatabase::open(cfg.geoIpDatabase, &geoError);
    }

    // DetectorContext
    const DetectionSettings &settings() const override { return cfg; }
    const PbxRuntime &pbx(const QString &name) override { return runtime(name); }
    const CallTracker &calls() const override { return tracker; }
    const GeoIpDatabase *geoIp() const override { return geo.get(); }
    QString geoIpProblem() const override { return geoError; }
    qint64 nowMs() const override { return now; }
    const EventKeys &keys() const override { return eventKeys; }

    void raise(AlertDraft draft) override
    {
        if ((!draft.srcIp.isEmpty() && allow.containsIp(draft.srcIp))
            || (!draft.account.isEmpty() && allow.containsAccount(draft.account))
            || ((!draft.destination.isEmpty() || !draft.e164.isEmpty())
                && allow.containsDestination(draft.destination, draft.e164)))
            return;
        const Key key = draft.key ? draft.key : AlertBook::hashOf(draft.pbx, draft.rule, draft.subject);
        if (draft.count == 0 && !book.find(key))
            return; // an update for an alert that was closed meanwhile
        if (draft.timeMs <= 0)
            draft.timeMs = now;
        book.apply(draft, key);
        noteOut(key);
        if (const qint64 ev = book.takeEvictions())
            noteEvictions(QStringLiteral("alerts"), ev);
    }

    bool finalTextsOnly() const override { return finalTexts; }

    void raiseExplained(AlertDraft draft, std::function<void(AlertDraft &)> explain) override
    {
        if (!draft.key)
            draft.key = AlertBook::hashOf(draft.pbx, draft.rule, draft.subject);
        if (draft.timeMs <= 0)
            draft.timeMs = now;
        if (finalTexts ? !book.find(draft.key) : book.textDue(draft, draft.key)) {
            explain(draft);
            lateTexts.erase(draft.key);
            raise(std::move(draft));
            return;
        }
        LateText &late = lateTexts[draft.key];
        late.draft = draft;
        late.draft.count = 0;   // the same alert, its text brought up to date
        late.draft.evidence.clear();
        late.explain = std::move(explain);
        raise(std::move(draft));
        if (lateTexts.size() > size_t(cfg.maxOpenAlerts))
            flushLateTexts(StaleTexts::kEnd);   // bounded: all of them now
    }

    // The texts drafts left behind, for alerts quiet for a second (nowMs = kEnd: all).
    void flushLateTexts(qint64 nowMs)
    {
        for (auto it = lateTexts.begin(); it != lateTexts.end();) {
            if (nowMs - it->second.draft.timeMs < StaleTexts::kQuietMs) {
                ++it;
                continue;
            }
            AlertDraft d = std::move(it->second.draft);
            it->second.explain(d);
            it = lateTexts.erase(it);
            raise(std::move(d));   // dropped when the alert closed meanwhile
        }
    }

    bool textDue(Key alertKey, Severity severity, qint64 timeMs) override
    {
        return book.textDue(alertKey, severity, timeMs);
    }

    bool countOnce(Key alertKey, Severity severity, qint64 timeMs, qint64 eventId) override
    {
        if (!book.countOnce(alertKey, severity, timeMs, eventId))
            return false;
        noteOut(alertKey);
        return true;
    }

    bool textDue(AlertDraft &draft) override
    {
        if (!draft.key)
            draft.key = AlertBook::hashOf(draft.pbx, draft.rule, draft.subject);
        if (draft.timeMs <= 0)
            draft.timeMs = now;
        return book.textDue(draft, draft.key);
    }

    void noteEvictions(const QString &detector, qint64 count) override { pendingEvictions[detector] += count; }

    const PbxRuntime &runtime(const QString &name) const
    {
        auto it = runtimes.constFind(name);
        if (it != runtimes.cend())
            return it.value();
        if (runtimes.size() > 1000)
            runtimes.clear(); // PBX names come from profiles; this only guards against garbage
        return runtimes.insert(name, PbxRuntime(name, cfg.forPbx(name), &prefixes)).value();
    }

    void flushEvictions()
    {
        for (auto it = pendingEvictions.begin(); it != pendingEvictions.end(); ++it) {
            if (it.value() <= 0)
                continue;
            qint64 &last = lastNotice[it.key()];
            if (last != 0 && now - last < kNoticeIntervalMs)
                continue;
            last = now;
            AlertDraft d;
            d.rule = kCapacityRule;
            d.subject = it.key();
            d.severity = Severity::Info;
            d.timeMs = now;
            d.count = int(std::min<qint64>(it.value(), std::numeric_limits<int>::max()));
            d.title = tr("Detector at its memory limit: %1").arg(it.key());
            d.explanation = tr("The %1 detector keeps at most %2 addresses or accounts in memory; %3 older ones were "
                               "dropped to stay within it, and their counting starts over. Traffic from this many "
                               "sources means a large distributed attack or scan.")
                                .arg(it.key(), QString::number(it.key() == QLatin1String("alerts") ? cfg.maxOpenAlerts
                                                                                                  : cfg.maxTrackedKeys),
                                     QString::number(it.value()));
            d.suggestedAction = tr("Restrict SIP to known networks at the firewall; raise limits.maxTrackedKeys if the "
                                   "machine has memory to spare.");
            it.value() = 0;
            raise(std::move(d));
        }
    }

    void dispatch(const Event &e)
    {
        EventKeys &k = eventKeys;
        k.pbx = keyHash(e.pbx);
        k.ip = keyHash(e.srcIp);
        k.account = keyHash(e.account);
        k.source = combineKeys(k.pbx, k.ip);
        k.pbxAccount = combineKeys(k.pbx, k.account);
        const int kind = int(e.kind);
        if (kind < 0 || kind >= kKinds) {
            for (auto &det : detectors)
                det->process(e);
            return;
        }
        for (Detector *det : byKind[size_t(kind)])
            det->process(e);
    }

    double costOf(const Event &e) const
    {
        const TrackedCall *c = e.callId.isEmpty() ? nullptr : tracker.find(e.pbx, e.callId);
        Destination dest = c ? c->destination : runtime(e.pbx).classifier().classify(e.destination);
        const qint64 secs = c ? CallTracker::billableSeconds(*c, e) : e.billSec;
        if (dest.ratePerMinute <= 0 || secs <= 0)
            return 0.0;
        return qRound64(dest.ratePerMinute * double(secs) / 60.0 * 10000.0) / 10000.0;
    }

    const Clock &clock;
    DetectionSettings cfg;
    PrefixTable prefixes;
    ScannerUserAgents userAgents;
    Allowlist allow;
    std::shared_ptr<const GeoIpDatabase> geo;
    QString geoError;
    CallTracker tracker;
    AlertBook book;
    mutable QHash<QString, PbxRuntime> runtimes;
    std::vector<std::unique_ptr<Detector>> detectors;
    static constexpr int kKinds = int(EventKind::Raw) + 1;
    std::array<std::vector<Detector *>, kKinds> byKind;   // the detectors that want each kind
    CostDetector *cost = nullptr;          // one of detectors, for the dashboard's figures
    QStringList warnings;
    QHash<QString, qint64> pendingEvictions;
    QHash<QString, qint64> lastNotice;
    std::vector<Key> outKeys;   // the alerts raised since the last process() or tick(), once each

    // An event updates a handful of alerts at most: a linear search beats a hash that is cleared (and
    // freed) for every event. The alerts are read from the book once the event is done, not copied at
    // every raise; the book evicts its least recently touched alert (and holds at least 16), so one
    // touched by this event is still there.
    void noteOut(Key key)
    {
        if (std::find(outKeys.cbegin(), outKeys.cend(), key) == outKeys.cend())
            outKeys.push_back(key);
    }

    template<class Visit>
    void forEachOut(Visit visit) const
    {
        for (Key k : outKeys)
            if (const Alert *a = book.find(k))
                visit(*a, k);
    }
    AlertList takeOut() const
    {
        AlertList list;
        list.reserve(qsizetype(outKeys.size()));
        forEachOut([&](const Alert &a, Key) { list.append(a); });
        return list;
    }
    void run(const Event &e);
    qint64 now = 0;
    EventKeys eventKeys;        // of the event being dispatched
    bool finalTexts = false;    // offline analysis (setFinalTextsOnly)
    struct LateText {
        AlertDraft draft;   // names the alert; count 0, no evidence
        std::function<void(AlertDraft &)> explain;
    };
    std::unordered_map<Key, LateText, KeyHasher> lateTexts;   // see raiseExplained()
};

DetectionEngine::DetectionEngine(const Clock &clock, DetectionSettings settings)
    : d(std::make_unique<Private>(clock, std::move(settings)))
{
}

DetectionEngine::~DetectionEngine() = default;

AlertList DetectionEngine::process(const Event &e)
{
    d->outKeys.clear();
    d->run(e);
    return d->takeOut();
}

void DetectionEngine::process(const Event &e, const std::function<void(const Alert &, quint64)> &visit)
{
    d->outKeys.clear();
    d->run(e);
    d->forEachOut(visit);
}

void DetectionEngine::Private::run(const Event &in)
{
    Event local;
    const Event *e = &in;
    if (in.timeMs <= 0) {
        local = in;
        local.timeMs = clock.nowMs();
        e = &local;
    }
    now = e->timeMs;
    switch (e->kind) {
    case EventKind::AuthFailure:
    case EventKind::AuthChallenge:
    case EventKind::AclReject:
    case EventKind::ProtocolAbuse:
        // Trusted sources cost no memory in the per-source windows.
        if (!allow.isEmpty() && allow.containsIp(e->srcIp))
            return;
        dispatch(*e);
        break;
    case EventKind::CallStart:
        if (!e->callId.isEmpty())
            tracker.start(*e, runtime(e->pbx).classifier().classify(e->destination));
        dispatch(*e);
        break;
    case EventKind::CallAnswer:
        tracker.answer(*e);
        dispatch(*e);
        break;
    case EventKind::CallEnd: {
        if (!e->callId.isEmpty() && tracker.recentlyEnded(e->pbx, e->callId))
            return; // the same call ended twice (Hangup and Cdr, say)
        if (!e->callId.isEmpty() && !tracker.find(e->pbx, e->callId) && !e->destination.isEmpty()) {
            // A call we only learn about at its end (CDR files): judge its start too.
            Event start = *e;
            start.kind = EventKind::CallStart;
            start.timeMs = e->timeMs - e->durationMs;
            TrackedCall *c = tracker.start(start, runtime(e->pbx).classifier().classify(e->destination));
            if (c && e->billSec > 0)
                c->answerMs = e->timeMs - e->billSec * 1000;
            dispatch(start);
        }
        Event end = *e;
        if (end.cost <= 0)
            end.cost = costOf(end);
        if (TrackedCall *c = e->callId.isEmpty() ? nullptr : tracker.find(e->pbx, e->callId)) {
            c->cost = end.cost;
            if (end.account.isEmpty())
                end.account = c->account;
            if (end.destination.isEmpty())
                end.destination = c->destination.dialed;
        }
        dispatch(end);
        if (!e->callId.isEmpty())
            tracker.end(e->pbx, e->callId, e->timeMs);
        break;
    }
    default:
        dispatch(*e);
        break;
    }
    if (!pendingEvictions.isEmpty())
        flushEvictions();
}

AlertList DetectionEngine::tick()
{
    d->outKeys.clear();
    d->now = d->clock.nowMs();
    for (auto &det : d->detectors)
        det->tick(d->now);
    if (!d->finalTexts)
        d->flushLateTexts(d->now);
    d->tracker.expire(d->now);
    d->book.forgetIdle(d->now - kAlertIdleMs);
    if (!d->pendingEvictions.isEmpty())
        d->flushEvictions();
    return d->takeOut();
}

void DetectionEngine::setFinalTextsOnly(bool on)
{
    d->finalTexts = on;
}

AlertList DetectionEngine::flushTexts()
{
    d->outKeys.clear();
    for (auto &det : d->detectors)
        det->flushTexts();
    d->flushLateTexts(StaleTexts::kEnd);
    return d->takeOut();
}

double DetectionEngine::estimateCost(const Event &callEnd) const
{
    return d->costOf(callEnd);
}

void DetectionEngine::enrich(Event &e) const
{
    if (e.kind == EventKind::CallEnd && e.cost <= 0)
        e.cost = d->costOf(e);
}

Destination DetectionEngine::classify(const QString &number, const QString &pbx) const
{
    return d->runtime(pbx.isEmpty() ? QStringLiteral("*") : pbx).classifier().classify(number);
}

QString DetectionEngine::countryOf(const QString &number, const QString &pbx) const
{
    const Destination dest = classify(number, pbx);
    return dest.isExternal() ? dest.country : QString();
}

QStringList DetectionEngine::status() const
{
    QStringList lines;
    lines << Private::tr("prefix table: %n prefixes (%1)", nullptr, d->prefixes.size())
                 .arg(d->cfg.prefixTableFile.isEmpty() ? Private::tr("built in") : d->cfg.prefixTableFile);
    for (const auto &det : d->detectors)
        lines << det->status();
    for (const QString &w : warnings())
        lines << Private::tr("warning: %1").arg(w);
    return lines;
}

QStringList DetectionEngine::warnings() const
{
    QStringList w = d->warnings;
    if (!d->geoError.isEmpty())
        w << d->geoError;
    return w;
}


const GeoIpDatabase *DetectionEngine::geoIp() const
{
    return d->geo.get();
}

const DetectionSettings &DetectionEngine::settings() const
{
    return d->cfg;
}

QVector<CostExposure> DetectionEngine::costExposure() const
{
    return d->cost->exposure(d->clock.nowMs());
}

void DetectionEngine::applySettings(DetectionSettings settings)
{
    // The windows were sized with the old limits; keep them so the memory bound stays true.
    settings.maxTrackedKeys = d->cfg.maxTrackedKeys;
    settings.maxOpenAlerts = d->cfg.maxOpenAlerts;
    settings.maxEvidence = d->cfg.maxEvidence;
    settings.maxActiveCalls = d->cfg.maxActiveCalls;
    settings.maxCallAgeSec = d->cfg.maxCallAgeSec;
    d->cfg = std::move(settings);
    d->loadTables();
    d->book.newGeneration();   // the allowlist may have changed: open alerts take full drafts again
    d->runtimes.clear(); // each holds its PBX's settings and the prefix table
}

int DetectionEngine::openAlertCount() const
{
    return d->book.openCount();
}

AlertList DetectionEngine::openAlerts() const
{
    return d->book.openAlerts();
}

void DetectionEngine::closeAlert(const QString &alertKey)
{
    d->book.close(alertKey);
}

void DetectionEngine::setAlertId(const QString &alertKey, qint64 id)
{
    d->book.setId(alertKey, id);
}

LearnedState DetectionEngine::learnedState() const
{
    LearnedState state;
    for (const auto &det : d->detectors)
        det->saveLearned(state);
    return state;
}

void DetectionEngine::restoreLearnedState(const LearnedState &state)
{
    for (auto &det : d->detectors)
        det->restoreLearned(state);
}

QMap<QString, int> DetectionEngine::trackedKeys() const
{
    QMap<QString, int> m;
    for (const auto &det : d->detectors)
        m.insert(det->id(), det->trackedKeys());
    m.insert(QStringLiteral("alerts"), d->book.openCount());
    m.insert(QStringLiteral("calls"), d->tracker.size());
    return m;
}

int DetectionEngine::activeCallCount() const
{
    return d->tracker.size();
}

} // namespace tg
