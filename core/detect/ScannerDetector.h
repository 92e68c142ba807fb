#pragma once

#include "BoundedLru.h"
#include "Detector.h"
#include "ScannerUserAgents.h"
#include "StaleTexts.h"

#include <QCoreApplication>
#include <QHash>
#include <deque>
#include <limits>

namespace tg {

// 4. SIP scanners: a known scanner User-Agent (when the source gives one: logs, ESL), or the
// pattern of a sweep: digest challenges for many accounts from one address, almost none answered.
// (Asterisk raises no security event for OPTIONS probes, so those sweeps are invisible over AMI.)
class ScannerDetector : public Detector
{
    Q_DECLARE_TR_FUNCTIONS(tg::ScannerDetector)
public:
    ScannerDetector(DetectorContext &ctx, const ScannerUserAgents *userAgents);
    QString id() const override { return QStringLiteral("scanner"); }
    void process(const Event &e) override;
    void tick(qint64 nowMs) override;
    void flushTexts() override;
    int trackedKeys() const override { return m_sources.size(); }
    QStringList status() const override;

private:
    struct Source {
        struct Challenge {
            QString account;
            qint64 lastMs = 0;
        };
        QHash<Key, Challenge> challenged;   // account key -> its last challenge
        std::deque<qint64> challenges;
        std::deque<qint64> answers;          // failures or successes from the same address
        std::deque<qint64> ids;              // recent challenge event ids
        qint64 lastMs = 0;
        qint64 lastPrunedMs = 0;
        qint64 oldestChallengeMs = std::numeric_limits<qint64>::max();   // no challenge is older
        bool triggered = false;
        AlertSubject alert;   // the address
    };
    void userAgent(const Event &e);
    void sweep(const Event &e);
    void explain(Source &src, AlertDraft &d) const;
    void refreshTexts(qint64 nowMs);

    const ScannerUserAgents *m_userAgents;
    KeyedLru<Source> m_sources;   // pbx + address
    StaleTexts m_stale;
    static constexpr Severity kSeverity = Severity::Medium;
    static inline const QString kRule = QStringLiteral("scanner_sweep");
    static constexpr int kMaxPerSource = 512;
};

} // namespace tg
