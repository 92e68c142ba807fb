#pragma once

#include "Clock.h"
#include "blocking/BlockPlan.h"
#include "blocking/BlockSettings.h"
#include "blocking/PbxOutcome.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace tg {

class BlockStore;
class SshPool;
class SshSession;

// Runs block plans on PBXes over SSH: each PBX's steps go to its SshPool's worker (blocking
// libssh calls never run on the caller's thread), all PBXes at once; results come back on the
// thread this object lives in, through the callback. Validation happens first, on the
// caller's thread: an invalid address never leads to any command.
class BlockRunner : public QObject
{
    Q_OBJECT
public:
    explicit BlockRunner(QObject *parent = nullptr);
    ~BlockRunner() override;

    // A PBX that can be blocked on: its pool (not owned; it must outlive its use here and
    // live on this thread) and its blocking settings.
    void setPbx(const QString &pbx, SshPool *pool, const BlockSettings &settings);
    void removePbx(const QString &pbx);
    QStringList pbxes() const;
    BlockSettings settings(const QString &pbx) const;
    // Rules before any PBX is asked: allowlist, broadest networks.
    void setGeneralSettings(const BlockSettings &settings) { m_general = settings; }
    // Where results are recorded (same thread); none: nothing is recorded.
    void setStore(BlockStore *store) { m_store = store; }
    void setClock(const Clock *clock) { m_clock = clock; }

    // Validates, then asks every PBX of the request what it needs to know, and plans. The plan
    // lists the exact commands per PBX; nothing has changed on any PBX yet.
    void prepare(const BlockRequest &request, std::function<void(const BlockPlan &)> done);
    // Runs a prepared plan on its PBXes, verifies each by listing, records the outcome.
    void execute(const BlockPlan &plan, std::function<void(const QVector<PbxOutcome> &)> done);
    // What each PBX blocks now (by Tollgate or by hand); the records are reconciled with it.
    void list(const QStringList &pbxes, std::function<void(const QVector<PbxOutcome> &)> done);
    // Blocks whose TTL has passed: confirmed gone (fail2ban: unbanned) and recorded as expired.
    void sweepExpired(std::function<void(int expired)> done);

    // Commands sent to PBXes by this runner so far (tests: proof that nothing ran).
    int commandsSent() const { return m_commandsSent; }

Q_SIGNALS:
    // For every command that was sent, once its PBX's step is back (for a log pane).
    void commandSent(const QString &pbx, const QString &command);

private:
    struct Target {
        QPointer<SshPool> pool;
        BlockSettings settings;
    };
    // Runs `work` on the PBX's pool with a BlockProcedure over its session; `then` gets the
    // result back on this thread. False (nothing submitted) when the PBX is unknown.
    template <typename Result>
    bool onPbx(const QString &pbx, std::function<Result(class BlockProcedure &)> work, std::function<void(Result)> then);
    qint64 nowMs() const { return m_clock ? m_clock->nowMs() : Clock::system().nowMs(); }
    void noteCommands(const QString &pbx, const QStringList &commands);

    QHash<QString, Target> m_targets;
    BlockSettings m_general;
    BlockStore *m_store = nullptr;
    const Clock *m_clock = nullptr;
    int m_commandsSent = 0;
};

} // namespace tg
