#pragma once

#include "Detector.h"

#include <QCoreApplication>
#include <QHash>

namespace tg {

// 7. Calls to destinations a PBX should not be paying for: international calls to countries it
// does not allow, and premium, satellite and known IRSF ranges from the prefix table anywhere.
// One alert per calling account and destination country; each ended call adds its cost.
class TollFraudDetector : public Detector
{
    Q_DECLARE_TR_FUNCTIONS(tg::TollFraudDetector)
public:
    explicit TollFraudDetector(DetectorContext &ctx) : Detector(ctx) {}
    QString id() const override { return QStringLiteral("toll_fraud_destination"); }
    bool wants(EventKind kind) const override { return kind == EventKind::CallStart || kind == EventKind::CallEnd; }
    void process(const Event &e) override;
    int trackedKeys() const override { return int(m_flaggedCalls.size()); }
    QStringList status() const override;

private:
    QHash<QString, QString> m_flaggedCalls;   // pbx|callId -> alert subject, until the call ends
    static constexpr int kMaxFlaggedCalls = 20000;
};

} // namespace tg
