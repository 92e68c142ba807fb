#pragma once

#include "Detector.h"
#include "LiveSnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <deque>

namespace tg {

// 10. Money: expensive single calls, the burn rate of the last hour (ended calls plus calls still
// running), long billable calls in progress, and the daily spend against its learned baseline.
// Costs come from the prefix table's per-minute rates (estimates; edit the table for real rates).
class CostDetector : public Detector
{
    Q_DECLARE_TR_FUNCTIONS(tg::CostDetector)
public:
    explicit CostDetector(DetectorContext &ctx) : Detector(ctx) {}
    QString id() const override { return QStringLiteral("cost"); }
    bool wants(EventKind kind) const override { return kind == EventKind::CallEnd; }
    void process(const Event &e) override;
    void tick(qint64 nowMs) override;
    int trackedKeys() const override { return int(m_pbx.size()); }
    QStringList status() const override;
    void saveLearned(LearnedState &state) const override;
    void restoreLearned(const LearnedState &state) override;

    // Spend of the last hour including the running cost of calls in progress.
    double burnRate(const QString &pbx, qint64 nowMs) const;
    double spentToday(const QString &pbx) const { return m_pbx.value(pbx).dayTotal; }
    // Every PBX with external calls today, for the dashboard.
    QVector<CostExposure> exposure(qint64 nowMs) const;

private:
    struct Spend {
        std::deque<QPair<qint64, double>> ended;   // (end time, cost) in the last hour
        double endedSum = 0.0;
        qint64 day = -1;
        double dayTotal = 0.0;
        double dayEwma = 0.0;
        int days = 0;
        qint64 lastBurnAlertMs = 0;
        QHash<QString, CountryCost> byCountry;     // today's external calls
    };
    void expire(Spend &s, qint64 nowMs) const;
    void rollDay(Spend &s, qint64 day) const;
    void checkBurn(const QString &pbx, qint64 nowMs, qint64 evidenceId);
    double runningCost(const QString &pbx, qint64 nowMs) const;
    void countCountry(Spend &sp, const Event &e) const;

    QHash<QString, Spend> m_pbx;
    QSet<QString> m_longCallsAlerted;
    qint64 m_lastScanMs = 0;
};

} // namespace tg
