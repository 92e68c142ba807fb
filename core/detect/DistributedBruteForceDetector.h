#pragma once

#include "BoundedLru.h"
#include "Detector.h"

#include <QCoreApplication>
#include <deque>

namespace tg {

// 2. One account attacked from many addresses, each staying under the per-IP limit.
class DistributedBruteForceDetector : public Detector
{
    Q_DECLARE_TR_FUNCTIONS(tg::DistributedBruteForceDetector)
public:
    explicit DistributedBruteForceDetector(DetectorContext &ctx);
    QString id() const override { return QStringLiteral("brute_force_account"); }
    void process(const Event &e) override;
    void tick(qint64 nowMs) override;
    int trackedKeys() const override { return m_accounts.size(); }
    QStringList status() const override;

private:
    struct Failure {
        qint64 timeMs;
        qint64 id;
        Key ipKey;
        QString ip;
    };
    struct Target {
        std::deque<Failure> failures;   // within the window, capped
        KeyCounts perIp;                // failures per source within the window
        bool triggered = false;
        qint64 lastExplainedMs = 0;
    };
    void expire(Target &t, qint64 nowMs) const;

    KeyedLru<Target> m_accounts;   // pbx + account
    const Key m_rule;
    static constexpr int kMaxFailuresPerAccount = 4096;
};

} // namespace tg
