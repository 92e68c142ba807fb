#pragma once

#include "Alert.h"
#include "AutoBlockSettings.h"
#include "BlockPlan.h"
#include "Clock.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace tg {

// Decides whether a new alert blocks its source address by itself, and turns it into the same
// BlockRequest a person would make (the runner then validates, plans and guards it exactly as a
// manual block). It keeps the rate limits: at most N automatic blocks in any hour, overall and
// per PBX, counted by the injected clock. Pure: no I/O.
class AutoBlockPolicy
{
public:
    struct Decision {
        enum class Kind {
            Ignore,        // not a rule that blocks, no address, or already blocked
            Block,         // run `request`
            RateLimited,   // a limit was reached: nothing runs, `note` says so
            NoPbx,         // no PBX to block on: nothing runs, `note` says so
        };
        Kind kind = Kind::Ignore;
        BlockRequest request;   // Block; RateLimited and NoPbx: what would have run
        QString note;           // a sentence for the alert and the Blocks tab (empty for Ignore)
        QStringList skippedPbxes;   // Block: PBXes left out because their own limit was reached
    };
    // Whether `address` is blocked (in force) on `pbx` already; such PBXes are left out.
    using BlockedCheck = std::function<bool(const QString &address, const QString &pbx)>;

    explicit AutoBlockPolicy(const Clock &clock = Clock::system());

    void setSettings(const AutoBlockSettings &settings) { m_settings = settings; }
    const AutoBlockSettings &settings() const { return m_settings; }

    // `pbxes`: those Tollgate can block on now. A Block decision counts against the limits.
    Decision consider(const Alert &alert, const QStringList &pbxes, const BlockedCheck &isBlocked = {});

    // Automatic blocks counted in the last hour (overall, or on one PBX).
    int madeInLastHour(const QString &pbx = QString()) const;
    // The name automatic blocks are recorded under ("who").
    static QString who() { return QStringLiteral("automatic"); }

private:
    struct Made {
        qint64 timeMs;
        QStringList pbxes;
    };
    void prune(qint64 nowMs);

    const Clock &m_clock;
    AutoBlockSettings m_settings;
    QVector<Made> m_made;   // the last hour's automatic blocks, oldest first
};

} // namespace tg
