#include "BruteForceDetector.h"

#include "AlertBook.h"
#include "DetectFormat.h"

namespace tg {

BruteForceDetector::BruteForceDetector(DetectorContext &ctx)
    : Detector(ctx), m_sources(ctx.settings().maxTrackedKeys), m_stale(ctx), m_rule(keyHash(id()))
{
}

void BruteForceDetector::process(const Event &e)
{
    if (e.kind != EventKind::AuthFailure || e.srcIp.isEmpty())
        return;
    const DetectionSettings &s = m_ctx.settings();
    const int maxRetry = s.bruteForceMaxRetry;
    const qint64 findMs = qint64(s.bruteForceFindTimeSec) * 1000;
    Source &src = m_sources.touch(m_ctx.keys().source);
    if (const qint64 ev = m_sources.takeEvictions())
        m_ctx.noteEvictions(id(), ev);
    src.recent.push_back({e.timeMs, e.id});
    while (int(src.recent.size()) > maxRetry)
        src.recent.pop_front();
    ++src.total;
    src.accounts.add(m_ctx.keys().account, e.account);
    src.services.add(keyHash(e.service), e.service);

    const qint64 spanMs = src.recent.back().timeMs - src.recent.front().timeMs;
    const bool over = int(src.recent.size()) >= maxRetry && spanMs <= findMs;
    if (!over) {
        src.triggered = false;
        return;
    }
    if (!src.alert.isSet())
        src.alert.set(e.pbx, e.srcIp, AlertBook::hashOf(m_ctx.keys().pbx, m_rule, m_ctx.keys().ip),
                      AlertSubject::Address);
    // During an attack the text is refreshed now and then; tick() catches up at the end.
    if (src.triggered && m_stale.countQuietly(m_ctx.keys().source, src.alert, kSeverity, e.timeMs, e.id))
        return;
    AlertDraft d = src.alert.draft(id(), kSeverity, e.timeMs);
    if (!src.triggered) {
        d.count = int(src.recent.size());
        d.evidence.reserve(d.count);
        for (const Source::Failure &f : src.recent)
            d.evidence.append(f.id);
        src.triggered = true;
    } else {
        d.count = 1;
        d.evidence = {e.id};
    }
    explain(src, d);
    m_ctx.raise(std::move(d));
}

void BruteForceDetector::explain(Source &src, AlertDraft &d) const
{
    const DetectionSettings &s = m_ctx.settings();
    const qint64 spanMs = src.recent.back().timeMs - src.recent.front().timeMs;
    d.title = tr("Brute force from %1").arg(src.alert.name);
    d.explanation = tr("%1 authentication failures from %2 within %3 (threshold: %4 in %5), %6 so far. "
                       "Accounts tried: %7. Service: %8.")
                        .arg(QString::number(src.recent.size()), src.alert.name, DetectFormat::duration(spanMs / 1000),
                             QString::number(s.bruteForceMaxRetry), DetectFormat::duration(s.bruteForceFindTimeSec),
                             QString::number(src.total), DetectFormat::list(src.accounts.names()),
                             src.services.names().join(QStringLiteral(", ")));
    d.suggestedAction = tr("Block %1 at the firewall (or let fail2ban do it), and make sure no account it "
                           "tried has a weak password.")
                            .arg(src.alert.name);
    src.alert.textStale = false;
}

void BruteForceDetector::refreshTexts(qint64 nowMs)
{
    const qint64 findMs = qint64(m_ctx.settings().bruteForceFindTimeSec) * 1000;
    m_stale.refreshQuiet(m_sources, nowMs, findMs, [](const Source &s) { return s.recent.back().timeMs; },
                         id(), kSeverity, [this](Source &s, AlertDraft &d) { explain(s, d); });
}

void BruteForceDetector::flushTexts()
{
    refreshTexts(StaleTexts::kEnd);
}

void BruteForceDetector::tick(qint64 nowMs)
{
    refreshTexts(nowMs);
    const qint64 findMs = qint64(m_ctx.settings().bruteForceFindTimeSec) * 1000;
    m_sources.dropOldestWhile([&](const Source &s) { return s.recent.empty() || nowMs - s.recent.back().timeMs > findMs; });
}

QStringList BruteForceDetector::status() const
{
    const DetectionSettings &s = m_ctx.settings();
    return {tr("brute force per IP: on (%1 failures in %2, %3 of %4 sources tracked)")
                .arg(s.bruteForceMaxRetry)
                .arg(DetectFormat::duration(s.bruteForceFindTimeSec))
                .arg(m_sources.size())
                .arg(m_sources.capacity())};
}

} // namespace tg
