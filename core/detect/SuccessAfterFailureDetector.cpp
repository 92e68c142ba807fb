#include "SuccessAfterFailureDetector.h"

#include "DetectFormat.h"

namespace tg {

SuccessAfterFailureDetector::SuccessAfterFailureDetector(DetectorContext &ctx)
    : Detector(ctx), m_sources(ctx.settings().maxTrackedKeys), m_accounts(ctx.settings().maxTrackedKeys)
{
}

void SuccessAfterFailureDetector::prune(Failures &f, qint64 nowMs) const
{
    const qint64 windowMs = qint64(m_ctx.settings().successWindowSec) * 1000;
    while (!f.empty() && (nowMs - f.front().timeMs > windowMs || int(f.size()) > kMaxFailures))
        f.pop_front();
}

void SuccessAfterFailureDetector::prune(AccountFailures &a, qint64 nowMs) const
{
    const qint64 windowMs = qint64(m_ctx.settings().successWindowSec) * 1000;
    while (!a.failures.empty() && (nowMs - a.failures.front().timeMs > windowMs || int(a.failures.size()) > kMaxFailures)) {
        a.perIp.add(a.failures.front().otherKey, -1);
        a.failures.pop_front();
    }
}

Key SuccessAfterFailureDetector::sourceKey(const Event &e) const
{
    // A monitoring tool's AMI login from the same host as a SIP attack is not that attack succeeding.
    constexpr Key voice = 1; // every telephony service is one door
    const Key service = DetectFormat::isTelephonyService(e.service) ? voice : keyHash(e.service);
    return combineKeys(m_ctx.keys().source, service);
}

void SuccessAfterFailureDetector::process(const Event &e)
{
    if ((e.kind != EventKind::AuthFailure && e.kind != EventKind::AuthSuccess) || e.srcIp.isEmpty())
        return;
    const DetectionSettings &s = m_ctx.settings();
    const EventKeys &k = m_ctx.keys();
    const Key source = sourceKey(e);
    const Key accountKey = k.pbxAccount;
    if (e.kind == EventKind::AuthFailure) {
        Failures &f = m_sources.touch(source);
        f.push_back({e.timeMs, e.id, k.account, e.account});
        prune(f, e.timeMs);
        if (!e.account.isEmpty()) {
            AccountFailures &a = m_accounts.touch(accountKey);
            a.failures.push_back({e.timeMs, e.id, k.ip, e.srcIp});
            a.perIp.add(k.ip, 1);
            prune(a, e.timeMs);
        }
        const qint64 ev = m_sources.takeEvictions() + m_accounts.takeEvictions();
        if (ev)
            m_ctx.noteEvictions(id(), ev);
        return;
    }
    if (Failures *f = m_sources.find(source)) {
        prune(*f, e.timeMs);
        if (int(f->size()) >= s.successMinIpFailures) {
            raise(e, e.srcIp, *f, false);
            m_sources.remove(source);
            return;
        }
    }
    if (e.account.isEmpty())
        return;
    if (AccountFailures *a = m_accounts.find(accountKey)) {
        prune(*a, e.timeMs);
        if (int(a->failures.size()) >= s.successMinAccountFailures && a->perIp.contains(k.ip)) {
            raise(e, e.account, a->failures, true);
            m_accounts.remove(accountKey);
        }
    }
}

void SuccessAfterFailureDetector::raise(const Event &e, const QString &subject, const Failures &f, bool byAccount)
{
    const DetectionSettings &s = m_ctx.settings();
    AlertDraft d;
    d.pbx = e.pbx;
    d.rule = id();
    d.subject = subject;
    d.srcIp = e.srcIp;
    d.account = e.account;
    d.severity = Severity::Critical;
    d.timeMs = e.timeMs;
    d.count = 1;
    for (const Failure &x : f)
        if (d.evidence.size() < 40)
            d.evidence.append(x.id);
    d.evidence.append(e.id);
    QStringList others;
    for (const Failure &x : f)
        if (!x.other.isEmpty() && !others.contains(x.other) && others.size() < 20)
            others << x.other;
    const QString service = e.service.isEmpty() ? tr("login") : e.service;
    d.title = tr("Successful login after failures: %1 from %2").arg(e.account.isEmpty() ? service : e.account, e.srcIp);
    // One multi-arg call: names chosen by the attacker must not be able to pull in later %N.
    const QString n = QString::number(f.size());
    const QString span = DetectFormat::duration((e.timeMs - f.front().timeMs) / 1000);
    if (byAccount)
        d.explanation = tr("Account %1 logged in successfully (%2) from %3 after %4 failed attempts on it within "
                           "%5 from %6 (threshold: %7, the successful address among them). The attacker may "
                           "have found the password.")
                            .arg(e.account, service, e.srcIp, n, span, DetectFormat::list(others),
                                 QString::number(s.successMinAccountFailures));
    else
        d.explanation = tr("%1 logged in successfully (%2, account %3) after %4 failed attempts from the same "
                           "address within %5 (threshold: %6). Accounts it tried: %7. The attacker may have "
                           "found a password.")
                            .arg(e.srcIp, service, e.account, n, span, QString::number(s.successMinIpFailures),
                                 DetectFormat::list(others));
    d.suggestedAction = tr("Treat account %1 as compromised: change its password now, block %2, hang up its calls "
                           "and check every call it made since the first failure.")
                            .arg(e.account.isEmpty() ? service : e.account, e.srcIp);
    m_ctx.raise(std::move(d));
}

void SuccessAfterFailureDetector::tick(qint64 nowMs)
{
    const qint64 windowMs = qint64(m_ctx.settings().successWindowSec) * 1000;
    auto stale = [&](const Failures &f) { return f.empty() || nowMs - f.back().timeMs > windowMs; };
    m_sources.dropOldestWhile(stale);
    m_accounts.dropOldestWhile([&](const AccountFailures &a) { return stale(a.failures); });
}

QStringList SuccessAfterFailureDetector::status() const
{
    const DetectionSettings &s = m_ctx.settings();
    return {tr("success after failures: on (%1 failures from the address or %2 on the account within %3)")
                .arg(s.successMinIpFailures)
                .arg(s.successMinAccountFailures)
                .arg(DetectFormat::duration(s.successWindowSec))};
}

} // namespace tg
