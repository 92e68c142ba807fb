#include "SuccessAfterFailureDetector.h"

#include "DetectFormat.h"

namespace tg {

SuccessAfterFailureDetector::SuccessAfterFailureDetector(DetectorContext &ctx)
    : Detector(ctx), m_sources(ctx.settings().maxTrackedKeys), m_accounts(ctx.settings().maxTrackedKeys)
{
}

template<class Gone>
void SuccessAfterFailureDetector::prune(Failures &f, qint64 nowMs, Gone gone) const
{
    const qint64 windowMs = qint64(m_ctx.settings().successWindowSec) * 1000;
    RingQueue<Failure> &w = f.window;
    while (!w.empty() && (nowMs - w.front().timeMs > windowMs || int(w.size()) > kMaxFailures)) {
        gone(w.front());
        w.pop_front();
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
        f.window.push_back({e.timeMs, e.id, k.account});
        f.others.add(k.account, e.account);
        prune(f, e.timeMs, [](const Failure &) {});
        if (!e.account.isEmpty()) {
            AccountFailures &a = m_accounts.touch(accountKey);
            a.failures.window.push_back({e.timeMs, e.id, k.ip});
            a.failures.others.add(k.ip, e.srcIp);
            a.perIp.add(k.ip, 1);
            prune(a.failures, e.timeMs, [&a](const Failure &gone) { a.perIp.add(gone.otherKey, -1); });
        }
        const qint64 ev = m_sources.takeEvictions() + m_accounts.takeEvictions();
        if (ev)
            m_ctx.noteEvictions(id(), ev);
        return;
    }
    if (Failures *f = m_sources.find(source)) {
        prune(*f, e.timeMs, [](const Failure &) {});
        if (int(f->window.size()) >= s.successMinIpFailures) {
            raise(e, e.srcIp, *f, false);
            m_sources.remove(source);
            return;
        }
    }
    if (e.account.isEmpty())
        return;
    if (AccountFailures *a = m_accounts.find(accountKey)) {
        prune(a->failures, e.timeMs, [a](const Failure &gone) { a->perIp.add(gone.otherKey, -1); });
        if (int(a->failures.window.size()) >= s.successMinAccountFailures && a->perIp.contains(k.ip)) {
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
    for (const Failure &x : f.window)
        if (d.evidence.size() < 40)
            d.evidence.append(x.id);
    d.evidence.append(e.id);
    const QStringList &others = f.others.names();
    const QString service = e.service.isEmpty() ? tr("login") : e.service;
    d.title = tr("Successful login after failures: %1 from %2").arg(e.account.isEmpty() ? service : e.account, e.srcIp);
    // One multi-arg call: names chosen by the attacker must not be able to pull in later %N.
    const QString n = QString::number(f.window.size());
    const QString span = DetectFormat::duration((e.timeMs - f.window.front().timeMs) / 1000);
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
    auto stale = [&](const Failures &f) { return f.window.empty() || nowMs - f.window.back().timeMs > windowMs; };
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
