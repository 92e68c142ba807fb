#pragma once

#include "Alert.h"
#include "Event.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <vector>

namespace tg {

// The source address and account of each alert's evidence events, for an analysis that streams
// its events and keeps none of them. Events are remembered in a ring of the most recent ones;
// when an alert names an evidence event, its fields are copied from the ring into the alert's own
// small table (bounded by the alert's evidence cap). An evidence event older than the ring (a
// detector with a long window, such as the 6 h distributed brute force) is listed in missing()
// so the caller can find it in a second pass over the input.
class EvidenceIndex
{
public:
    struct Fields {
        QString srcIp;
        QString account;
    };

    explicit EvidenceIndex(int ringSize = 1 << 16);

    void remember(const Event &e);
    // An alert as the engine returned it; `key` is AnalysisResult::keyOf(alert).
    void noteAlert(const QString &key, const Alert &alert);
    // Evidence ids of the alerts noted last under each key that the ring no longer had.
    QSet<qint64> missing() const;
    // Fields found for missing() ids in a second pass.
    void resolve(qint64 id, const Fields &fields);

    // Distinct addresses and accounts of `alert`'s evidence, in evidence order.
    void collect(const QString &key, const Alert &alert, QStringList *ips, QStringList *accounts) const;

private:
    struct Slot {
        qint64 id = 0;
        Fields fields;
    };
    const Fields *find(const QString &key, qint64 id) const;

    std::vector<Slot> m_ring;
    size_t m_mask;
    struct Noted {
        QVector<qint64> evidence;        // as last noted: unchanged evidence costs one comparison
        QHash<qint64, Fields> fields;
        QSet<qint64> lost;               // in the evidence, but gone from the ring when it came
    };
    QHash<QString, Noted> m_byAlert;                     // key -> its current evidence
    QHash<qint64, Fields> m_secondPass;
};

} // namespace tg
