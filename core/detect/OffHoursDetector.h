#pragma once

#include "BoundedLru.h"
#include "Detector.h"

#include <QCoreApplication>
#include <deque>

namespace tg {

// 8. Outbound calls outside a PBX's business hours (in its time zone), weighted by destination
// risk: domestic 1, international 3, high-risk/premium/satellite 5. Off for PBXes without hours.
class OffHoursDetector : public Detector
{
    Q_DECLARE_TR_FUNCTIONS(tg::OffHoursDetector)
public:
    explicit OffHoursDetector(DetectorContext &ctx);
    QString id() const override { return QStringLiteral("off_hours_calls"); }
    bool wants(EventKind kind) const override { return kind == EventKind::CallStart; }
    void process(const Event &e) override;
    void tick(qint64 nowMs) override;
    int trackedKeys() const override { return m_accounts.size(); }
    QStringList status() const override;

    static int weightOf(const Destination &d);

private:
    struct Call {
        qint64 timeMs;
        qint64 id;
        int weight;
    };
    BoundedLru<std::deque<Call>> m_accounts;
};

} // namespace tg
