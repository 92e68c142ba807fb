#pragma once

#include "BoundedLru.h"
#include "Detector.h"
#include "FirstNames.h"
#include "RingQueue.h"

#include <QCoreApplication>

namespace tg {

// 5. The breach moment: a successful login from an address that just failed many times, or for an
// account that just failed many times where the succeeding address was among the failing ones.
// (Requiring that overlap keeps chan_sip's INVITE SuccessfulAuth, whose AccountID is the dialed
// number, from accusing the account of whoever was called.)
class SuccessAfterFailureDetector : public Detector
{
    Q_DECLARE_TR_FUNCTIONS(tg::SuccessAfterFailureDetector)
public:
    explicit SuccessAfterFailureDetector(DetectorContext &ctx);
    QString id() const override { return QStringLiteral("success_after_failures"); }
    bool wants(EventKind kind) const override
    {
        return kind == EventKind::AuthFailure || kind == EventKind::AuthSuccess;
    }
    void process(const Event &e) override;
    void tick(qint64 nowMs) override;
    int trackedKeys() const override { return m_sources.size() + m_accounts.size(); }
    QStringList status() const override;

private:
    struct Failure {
        qint64 timeMs = 0;
        qint64 id = 0;
        Key otherKey = 0;   // the account (per source) or the source (per account)
    };
    struct Failures {
        RingQueue<Failure> window;   // within the window, capped
        FirstNames<20> others;       // the first accounts (per source) or sources (per account) seen
    };
    struct AccountFailures {
        Failures failures;
        KeyCounts perIp;     // failing sources within the window
    };
    // Failures past the window or the cap leave the front; each is handed to gone().
    template<class Gone>
    void prune(Failures &f, qint64 nowMs, Gone gone) const;
    void raise(const Event &e, const QString &subject, const Failures &f, bool byAccount);

    // pbx + service class + address: AMI and SIP failures are different doors.
    Key sourceKey(const Event &e) const;

    KeyedLru<Failures> m_sources;          // sourceKey()
    KeyedLru<AccountFailures> m_accounts;  // pbx + account
    static constexpr int kMaxFailures = 256;
};

} // namespace tg
