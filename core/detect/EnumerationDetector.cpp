#include "EnumerationDetector.h"

#include "AlertBook.h"
#include "DetectFormat.h"

#include <algorithm>

namespace tg {

EnumerationDetector::EnumerationDetector(DetectorContext &ctx)
    : Detector(ctx), m_sources(ctx.settings().maxTrackedKeys), m_stale(ctx), m_rule(keyHash(id()))
{
}

void EnumerationDetector::process(const Event &e)
{
    if (e.kind != EventKind::AuthFailure || e.account.isEmpty() || e.srcIp.isEmpty())
        return;
    const DetectionSettings &s = m_ctx.settings();
    const qint64 windowMs = qint64(s.enumerationWindowSec) * 1000;
    Source &src = m_sources.touch(m_ctx.keys().source);
    if (const qint64 ev = m_sources.takeEvictions())
        m_ctx.noteEvictions(id(), ev);
    src.lastMs = e.timeMs;
    const Key account = m_ctx.keys().account;
    const bool isNew = src.perAccount.add(account, 1) == 1;
    src.tried.push_back({e.timeMs, e.id, account, e.account, e.type == QLatin1String("InvalidAccountID")});
    while (!src.tried.empty()
           && (e.timeMs - src.tried.front().timeMs > windowMs || int(src.tried.size()) > kMaxTriedPerSource)) {
        src.perAccount.add(src.tried.front().accountKey, -1);
        src.tried.pop_front();
    }
    const int distinct = int(src.perAccount.size());
    if (distinct < s.enumerationMinAccounts) {
        src.triggered = false;
        return;
    }
    if (src.triggered && !isNew)
        return; // only new names bump the alert
    if (!src.alert.isSet())
        src.alert.set(e.pbx, e.srcIp, AlertBook::hashOf(m_ctx.keys().pbx, m_rule, m_ctx.keys().ip),
                      AlertSubject::Address);
    // During an attack the text is refreshed now and then; tick() catches up at the end.
    if (src.triggered && m_stale.countQuietly(m_ctx.keys().source, src.alert, kSeverity, e.timeMs, e.id))
        return;
    AlertDraft d = src.alert.draft(id(), kSeverity, e.timeMs);
    if (src.triggered) {
        d.evidence = {e.id};
    } else {
        // The first attempt of each name is the evidence.
        const QVector<const Tried *> first = firstOfEachName(src);
        d.evidence.reserve(first.size());
        for (const Tried *t : first)
            d.evidence.append(t->id);
        d.count = distinct;
        src.triggered = true;
    }
    explain(src, d);
    m_ctx.raise(std::move(d));
}

void EnumerationDetector::explain(Source &src, AlertDraft &d) const
{
    const DetectionSettings &s = m_ctx.settings();
    src.alert.textStale = false;
    const QVector<const Tried *> first = firstOfEachName(src);
    QVector<const QString *> sorted;
    sorted.reserve(first.size());
    for (const Tried *t : first)
        sorted.append(&t->account);
    const int shown = std::min<int>(10, int(sorted.size()));
    std::partial_sort(sorted.begin(), sorted.begin() + shown, sorted.end(),
                      [](const QString *a, const QString *b) { return *a < *b; });
    QStringList names;
    names.reserve(shown);
    for (int i = 0; i < shown; ++i)
        names.append(*sorted.at(i));
    KeyCounts unknownNames;
    for (const Tried &t : src.tried)
        if (t.unknown)
            unknownNames.add(t.accountKey, 1);
    const int unknown = unknownNames.size();
    d.title = tr("Account enumeration from %1").arg(src.alert.name);
    d.explanation = tr("%1 tried %2 different account names within %3 (threshold: %4); %5 of them were reported "
                       "as unknown (InvalidAccountID). With alwaysauthreject=yes Asterisk reports unknown names "
                       "as wrong passwords, so the number of names tried is what shows the enumeration. "
                       "Names: %6.")
                        .arg(src.alert.name, QString::number(src.perAccount.size()), DetectFormat::duration(s.enumerationWindowSec),
                             QString::number(s.enumerationMinAccounts), QString::number(unknown),
                             DetectFormat::list(names, 10, int(sorted.size())));
    d.suggestedAction = tr("Block %1; keep alwaysauthreject=yes and use extension names that are not "
                           "simple numbers or words.")
                            .arg(src.alert.name);
}

QVector<const EnumerationDetector::Tried *> EnumerationDetector::firstOfEachName(const Source &src)
{
    QVector<const Tried *> out;
    out.reserve(src.perAccount.size());
    KeyCounts seen;
    for (const Tried &t : src.tried)
        if (seen.add(t.accountKey, 1) == 1)
            out.append(&t);
    return out;
}

void EnumerationDetector::refreshTexts(qint64 nowMs)
{
    const qint64 windowMs = qint64(m_ctx.settings().enumerationWindowSec) * 1000;
    m_stale.refreshQuiet(m_sources, nowMs, windowMs, [](const Source &s) { return s.lastMs; },
                         id(), kSeverity, [this](Source &s, AlertDraft &d) { explain(s, d); });
}

void EnumerationDetector::flushTexts()
{
    refreshTexts(StaleTexts::kEnd);
}

void EnumerationDetector::tick(qint64 nowMs)
{
    refreshTexts(nowMs);
    const qint64 windowMs = qint64(m_ctx.settings().enumerationWindowSec) * 1000;
    m_sources.dropOldestWhile([&](const Source &s) { return nowMs - s.lastMs > windowMs; });
}

QStringList EnumerationDetector::status() const
{
    const DetectionSettings &s = m_ctx.settings();
    return {tr("account enumeration: on (%1 account names from one address in %2)")
                .arg(s.enumerationMinAccounts)
                .arg(DetectFormat::duration(s.enumerationWindowSec))};
}

} // namespace tg
