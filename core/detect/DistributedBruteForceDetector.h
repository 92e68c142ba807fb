#pragma once

#include "BoundedLru.h"
#include "Detector.h"
#include "RingQueue.h"
#include "StaleTexts.h"

#include <QCoreApplication>
#include <QVarLengthArray>

namespace tg {

// 2. One account attacked from many addresses, each staying under the per-IP limit.
class DistributedBruteForceDetector : public Detector
{
    Q_DECLARE_TR_FUNCTIONS(tg::DistributedBruteForceDetector)
public:
    explicit DistributedBruteForceDetector(DetectorContext &ctx);
    QString id() const override { return QStringLiteral("brute_force_account"); }
    bool wants(EventKind kind) const override { return kind == EventKind::AuthFailure; }
    void process(const Event &e) override;
    void tick(qint64 nowMs) override;
    void flushTexts() override;
    int trackedKeys() const override { return m_accounts.size(); }
    QStringList status() const override;

private:
    struct Failure {
        qint64 timeMs = 0;
        qint64 id = 0;
        Key ipKey = 0;   // the address' text is kept only for the few shown (recentSources)
    };
    struct Source {
        Key key = 0;
        QString ip;
        quint64 seenAt = 0;   // Target::seen when it last failed
    };
    static constexpr int kShownSources = 8;
    struct Target {
        RingQueue<Failure> failures;    // within the window, capped
        KeyCounts perIp;                // failures per source within the window
        // The sources of the latest failures (in no order; seenAt orders them), kept as failures
        // arrive so that explaining the alert never walks the window (thousands of failures per account).
        QVarLengthArray<Source, kShownSources> recentSources;
        quint64 seen = 0;   // failures noted
        AlertSubject alert;             // the account
        bool triggered = false;
    };
    void expire(Target &t, qint64 nowMs) const;
    static void noteSource(Target &t, Key key, const QString &ip);
    void explain(Target &t, AlertDraft &d) const;
    void refreshTexts(qint64 nowMs);

    KeyedLru<Target> m_accounts;   // pbx + account
    static constexpr Severity kSeverity = Severity::High;
    StaleTexts m_stale;
    const Key m_rule;
    static constexpr int kMaxFailuresPerAccount = 4096;
};

} // namespace tg
