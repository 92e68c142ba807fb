#pragma once

#include "BoundedLru.h"
#include "Detector.h"
#include "FirstNames.h"
#include "RingQueue.h"
#include "StaleTexts.h"

#include <QCoreApplication>

namespace tg {

// 1. Many authentication failures from one source address (fail2ban's asterisk jail, live).
// Only failures count: ChallengeSent and SuccessfulAuth come with every normal registration.
class BruteForceDetector : public Detector
{
    Q_DECLARE_TR_FUNCTIONS(tg::BruteForceDetector)
public:
    explicit BruteForceDetector(DetectorContext &ctx);
    QString id() const override { return QStringLiteral("brute_force_ip"); }
    bool wants(EventKind kind) const override { return kind == EventKind::AuthFailure; }
    void process(const Event &e) override;
    void tick(qint64 nowMs) override;
    void flushTexts() override;
    int trackedKeys() const override { return m_sources.size(); }
    QStringList status() const override;

private:
    struct Source {
        struct Failure {
            qint64 timeMs;
            qint64 id;
        };
        RingQueue<Failure> recent;    // the last maxRetry failures
        FirstNames<20> accounts;      // first few distinct accounts tried
        FirstNames<5> services;
        qint64 total = 0;
        AlertSubject alert;           // the address
        bool triggered = false;
    };
    void explain(Source &src, AlertDraft &d) const;

    KeyedLru<Source> m_sources;   // pbx + address
    void refreshTexts(qint64 nowMs);

    static constexpr Severity kSeverity = Severity::High;
    StaleTexts m_stale;
    const Key m_rule;
};

} // namespace tg
