#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace tg {

// What the detectors learned over weeks and must not forget on a restart: the per-hour-of-week
// call baselines, the daily-spend baseline, and the networks seen for each account (new-source
// detector). Plain data: DetectionEngine fills and restores it, LearnedStateRepository stores it.
struct LearnedState {
    struct CallBaseline {
        QString pbx;
        QVector<double> ewma;     // 168 hours of the week, calls per hour
        QVector<int> weeks;       // how many weeks each hour has been learned
    };
    struct DailySpend {
        QString pbx;
        qint64 day = -1;          // local day (days since the epoch) of dayTotal
        double dayTotal = 0.0;
        double dayEwma = 0.0;
        int days = 0;             // days of history behind dayEwma
    };
    struct Source {
        QString network;          // "203.0.113.0/24"
        QString lastIp;
        qint64 lastMs = 0;
    };
    struct AccountSources {
        QString pbx;
        QString account;
        QVector<Source> sources;
        QStringList countries;    // ISO codes seen with a GeoIP database, oldest first
    };
    struct PbxFirstSeen {         // start of a PBX's quiet learning period (new-source detector)
        QString pbx;
        qint64 firstMs = 0;
    };

    QVector<CallBaseline> callBaselines;
    QVector<DailySpend> dailySpend;
    QVector<AccountSources> accountSources;
    QVector<PbxFirstSeen> pbxFirstSeen;

    bool isEmpty() const
    {
        return callBaselines.isEmpty() && dailySpend.isEmpty() && accountSources.isEmpty() && pbxFirstSeen.isEmpty();
    }
};

} // namespace tg
