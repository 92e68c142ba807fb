#include "BlockRunner.h"

#include "blocking/BlockPlanner.h"
#include "blocking/BlockProcedure.h"
#include "blocking/BlockStore.h"
#include "ssh/SshPool.h"
#include "ssh/SshSession.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

namespace tg {

namespace {

QString tr(const char *text)
{
    // lupdate files these strings under the enclosing class or namespace (see Translations::lookup).
    return Translations::lookup({"tg::BlockRunner", "tg"}, text);
}

// One command over the PBX's SSH session; root ones through sudo -n unless the user is root.
CommandResult runOverSsh(SshSession &session, const BlockSettings &settings, const RemoteCommand &c, QStringList *log)
{
    SshExecOptions o;
    o.stdinData = c.input;
    o.timeoutMs = 60000;
    log->append(c.display());
    const SshExecResult r = c.root && settings.useSudo ? session.sudoExec(c.command, o) : session.exec(c.command, o);
    CommandResult out;
    out.transportOk = r.status == SshStatus::Ok;
    out.error = r.error;
    out.exitCode = r.exitCode;
    out.out = r.out;
    out.err = SshSession::stripRemoteControls(r.err);   // shown in messages: no escape sequences
    if (out.transportOk && r.exitCode < 0) {
        out.transportOk = false;
        out.error = tr("On PBX %1, a command ended without an exit code (the connection or the command was cut); "
                       "its effect is unknown until the next listing.").arg(session.config().pbxName);
    }
    return out;
}

PbxPlan unknownPbx(const QString &pbx)
{
    PbxPlan p;
    p.pbx = pbx;
    p.error = tr("PBX %1 cannot be blocked on: it is not configured, or has no SSH access set up.").arg(pbx);
    return p;
}

// Collects one result per PBX and calls `done` once all are in (in the request's order).
template <typename T>
struct FanIn {
    QVector<T> results;
    int pending = 0;
    std::function<void(const QVector<T> &)> done;
    void put(int i, T r)
    {
        results[i] = std::move(r);
        if (--pending == 0)
            done(results);
    }
};

} // namespace

BlockRunner::BlockRunner(QObject *parent)
    : QObject(parent)
{
}

BlockRunner::~BlockRunner() = default;

void BlockRunner::setPbx(const QString &pbx, SshPool *pool, const BlockSettings &settings)
{
    m_targets.insert(pbx, Target{pool, settings});
}

void BlockRunner::removePbx(const QString &pbx)
{
    m_targets.remove(pbx);
}

QStringList BlockRunner::pbxes() const
{
    QStringList l = m_targets.keys();
    l.sort();
    return l;
}

BlockSettings BlockRunner::settings(const QString &pbx) const
{
    return m_targets.value(pbx).settings;
}

void BlockRunner::noteCommands(const QString &pbx, const QStringList &commands)
{
    m_commandsSent += int(commands.size());
    for (const QString &c : commands)
        Q_EMIT commandSent(pbx, c);
}

template <typename Result>
bool BlockRunner::onPbx(const QString &pbx, std::function<Result(BlockProcedure &)> work, std::function<void(Result)> then)
{
    const Target t = m_targets.value(pbx);
    if (!t.pool)
        return false;
    QPointer<BlockRunner> self(this);
    const BlockSettings settings = t.settings;
    t.pool->submit([=](SshSession &session) -> std::function<void()> {
        auto log = std::make_shared<QStringList>();
        BlockProcedure proc(pbx, settings, [&session, &settings, log](const RemoteCommand &c) {
            return runOverSsh(session, settings, c, log.get());
        });
        Result r = work(proc);
        return [=] {
            if (!self)
                return;
            self->noteCommands(pbx, *log);
            then(r);
        };
    });
    return true;
}

void BlockRunner::prepare(const BlockRequest &request, std::function<void(const BlockPlan &)> done)
{
    auto plan = std::make_shared<BlockPlan>(BlockPlanner::validate(request, m_general));
    QStringList pbxes = request.pbxes;
    pbxes.removeDuplicates();
    if (plan->addresses.isEmpty() || pbxes.isEmpty()) {
        // Nothing valid to do: no PBX is asked anything.
        for (const QString &pbx : pbxes) {
            PbxPlan p;
            p.pbx = pbx;
            p.settings = m_targets.value(pbx).settings;
            plan->pbxes << p;
        }
        QMetaObject::invokeMethod(this, [plan, done] { done(*plan); }, Qt::QueuedConnection);
        return;
    }
    auto fan = std::make_shared<FanIn<PbxPlan>>();
    fan->results.resize(pbxes.size());
    fan->pending = int(pbxes.size());
    fan->done = [plan, done](const QVector<PbxPlan> &parts) {
        plan->pbxes = parts;
        done(*plan);
    };
    const BlockPlan snapshot = *plan;
    for (int i = 0; i < pbxes.size(); ++i) {
        const QString pbx = pbxes.at(i);
        const bool submitted = onPbx<PbxPlan>(
            pbx, [snapshot](BlockProcedure &proc) { return proc.prepare(snapshot); },
            [fan, i](PbxPlan p) { fan->put(i, std::move(p)); });
        if (!submitted)
            QMetaObject::invokeMethod(this, [fan, i, pbx] { fan->put(i, unknownPbx(pbx)); }, Qt::QueuedConnection);
    }
}

void BlockRunner::execute(const BlockPlan &plan, std::function<void(const QVector<PbxOutcome> &)> done)
{
    QPointer<BlockRunner> self(this);
    // Recorded as of now, before any command: the record's expiry is then never later than
    // the backend's own timeout, which starts when the command runs.
    const qint64 startedMs = nowMs();
    auto fan = std::make_shared<FanIn<PbxOutcome>>();
    fan->results.resize(plan.pbxes.size());
    fan->pending = int(plan.pbxes.size());
    fan->done = [self, plan, done, startedMs](const QVector<PbxOutcome> &outcomes) {
        if (self && self->m_store) {
            QString error;
            const bool ok = plan.request.action == BlockRequest::Action::Block
                ? self->m_store->recordBlock(plan, outcomes, startedMs, nullptr, &error)
                : self->m_store->recordUnblock(plan, outcomes, self->nowMs(), &error);
            if (!ok)
                qWarning("%s", qPrintable(error));
        }
        done(outcomes);
    };
    if (plan.pbxes.isEmpty()) {
        QMetaObject::invokeMethod(this, [fan] { fan->done({}); }, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < plan.pbxes.size(); ++i) {
        const PbxPlan part = plan.pbxes.at(i);
        // A PBX with nothing to run still reports its refusals and covered addresses.
        if (!part.hasWork()) {
            BlockProcedure idle(part.pbx, part.settings, [](const RemoteCommand &) { return CommandResult(); });
            const PbxOutcome o = idle.apply(plan, part);
            QMetaObject::invokeMethod(this, [fan, i, o] { fan->put(i, o); }, Qt::QueuedConnection);
            continue;
        }
        const bool submitted = onPbx<PbxOutcome>(
            part.pbx, [plan, part](BlockProcedure &proc) { return proc.apply(plan, part); },
            [fan, i](PbxOutcome o) { fan->put(i, std::move(o)); });
        if (!submitted) {
            PbxOutcome o;
            o.pbx = part.pbx;
            o.error = unknownPbx(part.pbx).error;
            for (const BlockAddress &a : part.addresses)
                o.items.append({a.toString(), BlockState::Failed, o.error});
            QMetaObject::invokeMethod(this, [fan, i, o] { fan->put(i, o); }, Qt::QueuedConnection);
        }
    }
}

void BlockRunner::list(const QStringList &pbxes, std::function<void(const QVector<PbxOutcome> &)> done)
{
    QPointer<BlockRunner> self(this);
    auto fan = std::make_shared<FanIn<PbxOutcome>>();
    fan->results.resize(pbxes.size());
    fan->pending = int(pbxes.size());
    fan->done = [self, done](const QVector<PbxOutcome> &listings) {
        if (self && self->m_store)
            for (const PbxOutcome &l : listings)
                if (l.listed)
                    self->m_store->reconcile(l.pbx, l.listing, self->nowMs());
        done(listings);
    };
    if (pbxes.isEmpty()) {
        QMetaObject::invokeMethod(this, [fan] { fan->done({}); }, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < pbxes.size(); ++i) {
        const QString pbx = pbxes.at(i);
        const bool submitted = onPbx<PbxOutcome>(
            pbx,
            [pbx](BlockProcedure &proc) {
                PbxOutcome o;
                o.pbx = pbx;
                const PbxFacts f = proc.gatherFacts(false);
                o.backend = f.backend;
                o.listed = f.listed;
                o.listing = f.listing;
                o.ok = f.listed;
                if (!f.reached)
                    o.error = f.error;
                else if (f.backend == BlockBackend::Auto)
                    o.error = tr("PBX %1 has no blocking backend (nftables, iptables with ipset, fail2ban).").arg(pbx);
                else if (!f.listed)
                    o.error = f.notes.value(f.notes.size() - 1);
                return o;
            },
            [fan, i](PbxOutcome o) { fan->put(i, std::move(o)); });
        if (!submitted) {
            PbxOutcome o;
            o.pbx = pbx;
            o.error = unknownPbx(pbx).error;
            QMetaObject::invokeMethod(this, [fan, i, o] { fan->put(i, o); }, Qt::QueuedConnection);
        }
    }
}

void BlockRunner::sweepExpired(std::function<void(int)> done)
{
    if (!m_store) {
        QMetaObject::invokeMethod(this, [done] { done(0); }, Qt::QueuedConnection);
        return;
    }
    // Per PBX: the due records' addresses there and their backend.
    struct Due {
        qint64 id;
        QString address;
        BlockBackend backend;
    };
    QHash<QString, QVector<Due>> byPbx;
    for (const BlockRecord &r : m_store->dueForExpiry(nowMs()))
        for (const BlockRecord::Target &t : r.targets)
            if (t.state == BlockState::Active || t.state == BlockState::Pending)
                byPbx[t.pbx].append({r.id, r.address, t.backend});
    if (byPbx.isEmpty()) {
        QMetaObject::invokeMethod(this, [done] { done(0); }, Qt::QueuedConnection);
        return;
    }
    QPointer<BlockRunner> self(this);
    const QStringList pbxes = byPbx.keys();
    using Gone = QVector<QPair<qint64, QString>>;   // (record id, detail) now gone on that PBX
    auto fan = std::make_shared<FanIn<Gone>>();
    fan->results.resize(pbxes.size());
    fan->pending = int(pbxes.size());
    fan->done = [self, pbxes, done](const QVector<Gone> &gone) {
        int expired = 0;
        if (self && self->m_store)
            for (int i = 0; i < pbxes.size(); ++i)
                for (const auto &g : gone.at(i))
                    if (self->m_store->setTargetState(g.first, pbxes.at(i), BlockState::Expired, g.second, self->nowMs(),
                                                      QStringLiteral("ttl"), nullptr))
                        ++expired;
        done(expired);
    };
    for (int i = 0; i < pbxes.size(); ++i) {
        const QString pbx = pbxes.at(i);
        const QVector<Due> due = byPbx.value(pbx);
        const bool submitted = onPbx<Gone>(
            pbx,
            [due](BlockProcedure &proc) {
                Gone gone;
                const BlockBackend backend = due.first().backend;
                QVector<ListedBlock> listing;
                if (!proc.list(backend, &listing, nullptr))
                    return gone;   // unknown: tried again on the next sweep
                QSet<QString> present;
                for (const ListedBlock &l : listing)
                    present.insert(l.address);
                QVector<BlockAddress> stillThere;
                for (const Due &d : due) {
                    if (!present.contains(d.address))
                        gone.append({d.id, QString()});
                    else if (backend == BlockBackend::Fail2ban)   // bans by its own clock: lift it
                        stillThere << BlockAddress::parse(d.address);
                }
                if (stillThere.isEmpty())
                    return gone;
                const PbxOutcome lifted = proc.lift(backend, stillThere);
                for (const PbxOutcome::Item &item : lifted.items)
                    if (item.state == BlockState::Removed)
                        for (const Due &d : due)
                            if (d.address == item.address)
                                gone.append({d.id, tr("lifted by Tollgate when its duration ended")});
                return gone;
            },
            [fan, i](Gone g) { fan->put(i, std::move(g)); });
        if (!submitted)
            QMetaObject::invokeMethod(this, [fan, i] { fan->put(i, {}); }, Qt::QueuedConnection);
    }
}

} // namespace tg
