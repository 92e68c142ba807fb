#pragma once

#include "BoundedLru.h"
#include "Detector.h"

#include <QCoreApplication>
#include <QHash>
#include <deque>

namespace tg {

// 11. Floods and service interruption: security/protocol events per source and per PBX over a
// limit (ChallengeSent floods, REGISTER/INVITE bursts), malformed or forbidden requests,
// bursts of failed calls (no route, congestion), and a connector that keeps dropping.
// Rates use two fixed windows blended (a sliding estimate in O(1) memory per key).
class FloodDetector : public Detector
{
    Q_DECLARE_TR_FUNCTIONS(tg::FloodDetector)
public:
    explicit FloodDetector(DetectorContext &ctx);
    QString id() const override { return QStringLiteral("flood"); }
    void process(const Event &e) override;
    void tick(qint64 nowMs) override;
    int trackedKeys() const override { return m_sources.size() + m_badRequests.size(); }
    QStringList status() const override;

    static bool isFailedCall(const Event &callEnd);
    static bool isConnectorDrop(const Event &e);

    struct Rate {
        qint64 windowStart = 0;
        qint64 windowLength = 0;   // the windowMs windowStart was aligned to
        int current = 0;
        int previous = 0;
        qint64 lastAlertMs = 0;
        int sinceAlert = 0;
        qint64 lastId = 0;
        // Adds one event and returns the estimated events in the last window.
        double add(qint64 nowMs, qint64 windowMs);
    };

private:
    void raiseRate(const Event &e, Rate &r, double rate, int limit, const QString &rule, const QString &subject,
                   int windowSec);

    KeyedLru<Rate> m_sources;       // pbx + address
    KeyedLru<Rate> m_badRequests;   // pbx + address
    std::unordered_map<Key, Rate, KeyHasher> m_pbxTotal;   // by hashed PBX name
    Rate *pbxTotal(Key pbx);   // in m_pbxTotal, made when there is room; null when there is none
    Key m_lastPbx = 0;
    Rate *m_lastPbxRate = nullptr;   // m_pbxTotal's entry for m_lastPbx
    QHash<QString, Rate> m_failedCalls;
    QHash<QString, std::deque<qint64>> m_drops;
};

} // namespace tg
