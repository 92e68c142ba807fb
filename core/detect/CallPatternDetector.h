#pragma once

#include "BoundedLru.h"
#include "Detector.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>
#include <deque>

namespace tg {

// 9. Call volume and shape: calls per hour against a learned per-hour-of-week baseline (EWMA,
// judged only after minHistory weeks of that hour), concurrent calls per account and per PBX,
// and sequential dialing (many numbers of one range: how IRSF numbers are tested).
class CallPatternDetector : public Detector
{
    Q_DECLARE_TR_FUNCTIONS(tg::CallPatternDetector)
public:
    explicit CallPatternDetector(DetectorContext &ctx);
    QString id() const override { return QStringLiteral("call_pattern"); }
    bool wants(EventKind kind) const override { return kind == EventKind::CallStart; }
    void process(const Event &e) override;
    void tick(qint64 nowMs) override;
    int trackedKeys() const override { return m_dialed.size() + int(m_baselines.size()); }
    QStringList status() const override;
    void saveLearned(LearnedState &state) const override;
    void restoreLearned(const LearnedState &state) override;

    // Learned calls per hour for a PBX and hour of the week (-1 when not enough history).
    double baseline(const QString &pbx, int hourOfWeek) const;

private:
    struct Baseline {
        qint64 hourStartMs = -1;
        int count = 0;
        bool partial = true;          // the first hour seen is incomplete: do not learn it
        QVector<double> ewma = QVector<double>(168, 0.0);
        QVector<int> weeks = QVector<int>(168, 0);
    };
    struct Dialed {
        qint64 timeMs;
        qint64 id;
        QString e164;
    };
    void roll(Baseline &b, const PbxRuntime &rt, qint64 nowMs) const;
    void spike(const Event &e, const PbxRuntime &rt);
    void concurrency(const Event &e, const PbxRuntime &rt, const Destination &dest);
    void sequential(const Event &e, const Destination &dest);

    QHash<QString, Baseline> m_baselines;          // per PBX
    BoundedLru<std::deque<Dialed>> m_dialed;        // pbx|account -> recent external numbers
};

} // namespace tg
