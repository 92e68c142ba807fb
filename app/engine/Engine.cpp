#include "Engine.h"

#include "ConnectionTest.h"
#include "PbxLink.h"
#include "PbxOps.h"
#include "PbxSettingsParts.h"
#include "audit/AccessPolicyStore.h"
#include "audit/AuditCollector.h"
#include "audit/AuditHistory.h"
#include "audit/RemediationRunner.h"
#include "blocking/AutoBlockPolicy.h"
#include "blocking/BlockRunner.h"
#include "blocking/BlockStore.h"
#include "configdiff/ConfigWatcher.h"
#include "configdiff/RevertPlanner.h"
#include "configdiff/SnapshotRepository.h"
#include "ssh/SshPool.h"
#include "demo/AmiReplayServer.h"
#include "demo/DemoCapture.h"
#include "detect/DetectionEngine.h"
#include "forward/ForwardFormatter.h"
#include "detect/DetectionSettingsFile.h"
#include "ssh/HostKeyPrompter.h"
#include "ssh/KnownHostsStore.h"
#include "store/AccountActivityReader.h"
#include "store/Database.h"
#include "store/LearnedStateRepository.h"
#include "store/PbxRepository.h"
#include "store/StoreWriter.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <optional>

namespace tg {

namespace {
// The engine thread's own connection for block records and audit history (the writer has its own).
const QString kActionsConnection = QStringLiteral("engine-actions");
const int kSweepIntervalMs = 30 * 1000;
const int kSaveLearnedIntervalMs = 5 * 60 * 1000;  // a crash loses at most this much learning

QString localUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}
} // namespace

Engine::Engine(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_snapshotTimer(this), m_tickTimer(this), m_sweepTimer(this),
      m_learnedTimer(this)
{
    // The timers are children so that moveToThread() takes them along to the engine thread.
    m_snapshotTimer.setInterval(m_options.snapshotIntervalMs);
    connect(&m_snapshotTimer, &QTimer::timeout, this, &Engine::publishSnapshot);
    m_tickTimer.setInterval(1000);
    connect(&m_tickTimer, &QTimer::timeout, this, [this] {
        for (const Alert &a : m_detection->tick())
            recordAlert(a);
    });
    m_sweepTimer.setInterval(kSweepIntervalMs);
    connect(&m_sweepTimer, &QTimer::timeout, this, &Engine::sweepBlocks);
    m_learnedTimer.setInterval(kSaveLearnedIntervalMs);
    connect(&m_learnedTimer, &QTimer::timeout, this, &Engine::saveLearned);
}

Engine::~Engine()
{
    shutdown();
}

QString Engine::demoPbxName()
{
    return QCoreApplication::translate("tg::Engine", "Demo PBX");
}

bool Engine::start()
{
    m_writer = std::make_unique<StoreWriter>(m_options.dbPath);
    m_writer->setRetentionDays(m_options.retentionDays);
    if (!m_writer->start(&m_lastError)) {
        m_writer.reset();
        emit failed(m_lastError);
        return false;
    }
    const DetectionSettings detection = loadDetectionSettings();
    m_detection = std::make_unique<DetectionEngine>(Clock::system(), detection);
    const DbOpenResult actions = Database::openExisting(m_options.dbPath, kActionsConnection);
    if (!actions.ok) {
        m_lastError = actions.error;
        m_writer.reset();
        emit failed(m_lastError);
        return false;
    }
    // Baselines and seen sources from the last run (empty on a new store).
    m_detection->restoreLearnedState(LearnedStateRepository(kActionsConnection).load());
    m_blockStore = std::make_unique<BlockStore>(kActionsConnection);
    m_blocks = std::make_unique<BlockRunner>();
    m_blocks->setStore(m_blockStore.get());
    setBlockAllowlist(detection.allowIps);
    if (!m_autoBlock)
        m_autoBlock = std::make_unique<AutoBlockPolicy>(Clock::system());
    m_rateClock.start();
    m_snapshotTimer.start();
    m_tickTimer.start();
    m_sweepTimer.start();
    m_learnedTimer.start();
    emit started();
    return true;
}

PbxProfileList Engine::pbxProfiles()
{
    return PbxRepository(kActionsConnection).list();
}

bool Engine::savePbxProfile(PbxProfile &profile, QString *error)
{
    return PbxRepository(kActionsConnection).save(profile, error);
}

bool Engine::removePbxProfile(const QString &name, QString *error)
{
    return PbxRepository(kActionsConnection).remove(name, error);
}

DetectionSettings Engine::loadDetectionSettings()
{
    DetectionSettings settings;
    QString error;
    if (!m_options.detectionSettingsPath.isEmpty()
        && !DetectionSettingsFile::read(m_options.detectionSettingsPath, &settings, &error))
        emit failed(tr("The detection settings could not be used, so the built-in defaults apply: %1").arg(error));
    return settings;
}

void Engine::reloadDetectionSettings()
{
    const DetectionSettings detection = loadDetectionSettings();
    if (m_detection)
        m_detection->applySettings(detection);
    setBlockAllowlist(detection.allowIps);
}

void Engine::setBlockAllowlist(const QStringList &trusted)
{
    // Trusted sources (Settings, Allowlist) are never blocked, by hand or automatically: the
    // planner refuses them before any PBX is asked.
    if (!m_blocks)
        return;
    BlockSettings general;
    general.allowlist = trusted;
    m_blocks->setGeneralSettings(general);
}

void Engine::flushStore()
{
    if (!m_writer)
        return;
    flushAlerts();
    m_writer->flush();
}

void Engine::setRetentionDays(int days)
{
    m_options.retentionDays = days;
    if (m_writer)
        m_writer->setRetentionDays(days);
}

void Engine::shutdown()
{
    // Connection tests first: their SSH workers may be waiting on the host key prompter.
    qDeleteAll(findChildren<ConnectionTest *>(QString(), Qt::FindDirectChildrenOnly));
    m_snapshotTimer.stop();
    m_tickTimer.stop();
    m_sweepTimer.stop();
    m_learnedTimer.stop();
    const auto names = m_links.keys();
    for (const QString &name : names)
        disconnectPbx(name);
    m_demoServer.reset();
    if (m_blockStore) {
        m_blocks.reset();
        m_blockStore.reset();
        Database::close(kActionsConnection);
    }
    if (m_writer) {
        flushAlerts();
        saveLearned();
        m_writer->flush();
    }
}

void Engine::saveLearned()
{
    if (m_writer && m_detection)
        m_writer->saveLearnedState(m_detection->learnedState());
}

void Engine::connectPbx(const PbxProfile &profile, const QString &secret, const QString &sshSecret)
{
    if (!m_writer)
        return;
    disconnectPbx(profile.name);
    KnownHostsStore *known = knownHosts();
    // Saved or reconnected by the user: a host key refused before may be asked about again.
    const SshConfig ssh = PbxOps::sshConfig(profile, QString());
    m_prompter->clearRefusals(ssh.host, ssh.port);
    Link link;
    link.profile = profile;
    link.client = new PbxLink(profile, secret, sshSecret, known, this);
    const QString name = profile.name;
    connect(link.client, &PbxLink::eventsReady, this,
            [this, name](const EventList &events) { onEvents(name, events); });
    addOps(link, sshSecret);
    m_links.insert(name, link);
    link.client->start();
}

void Engine::addOps(Link &link, const QString &sshSecret)
{
    const PbxProfile &profile = link.profile;
    const QString name = profile.name;
    // The per-PBX blocking settings also say where its config lives: audit, fixes and the
    // watcher read the same folder the block planner reads sip.conf from.
    const BlockSettings settings = m_blockStore->settings(name, BlockSettings::defaultsFor(profile));
    auto *ops = new PbxOps(profile, sshSecret, knownHosts(), m_options.dbPath, settings.configDir, this);
    link.ops = ops;
    if (ops->pool())
        m_blocks->setPbx(name, ops->pool(), settings);

    connect(ops->collector(), &AuditCollector::progress, this, &Engine::auditProgress);
    connect(ops->collector(), &AuditCollector::finished, this, [this, ops](const AuditResult &result) {
        QString error;
        if (!AuditHistory(kActionsConnection).saveRun(result, &error))
            qWarning("Audit history: %s", qPrintable(error));
        emit auditFinished(result, ops->collector()->files());
    });
    ops->remediation()->setSecretStore(m_secrets);
    connect(ops->remediation(), &RemediationRunner::applied, this,
            [this](const QString &pbx, const FixPlan &plan, const RemediationOutcome &o) {
                // A generated ESL password is in the keychain now; the link logs in with it from
                // the next connection on (mod_event_socket's reload drops the current one).
                if (o.written && !plan.newSecret.isEmpty())
                    if (auto it = m_links.find(pbx); it != m_links.end())
                        it->client->setSecret(plan.newSecret);
                QString message = o.error;
                if (o.ok)
                    message = o.verified ? tr("Fixed on %1: %2 was written and reloaded, and the re-check no longer "
                                              "reports it.").arg(pbx, o.path)
                                         : tr("%2 was written on %1, but the re-check still reports the finding.")
                                               .arg(pbx, o.path);
                AuditHistory::Fix fix;
                fix.pbx = pbx;
                fix.timeMs = Clock::system().nowMs();
                fix.check = plan.check;
                fix.subject = plan.subject;
                fix.file = o.path;
                fix.backupPath = o.backupPath;
                fix.status = !o.ok ? QStringLiteral("failed")
                                   : o.verified ? QStringLiteral("verified") : QStringLiteral("applied");
                fix.who = localUser();
                fix.detail = o.steps.join(QLatin1Char('\n'));
                AuditHistory(kActionsConnection).saveFix(fix);
                if (RevertPlanner::isRevert(plan)) {
                    emit revertFinished(pbx, plan, o.ok,
                                        o.ok ? tr("%1 on %2 is back to its approved baseline (backup of the replaced "
                                                  "file: %3).").arg(o.path, pbx, o.backupPath)
                                             : o.error,
                                        o.backupPath);
                    snapshotConfig(pbx, localUser());   // the timeline shows the restored file
                    return;
                }
                emit fixFinished(pbx, plan, o.ok, message, o.backupPath);
            });
    connect(ops->remediation(), &RemediationRunner::rolledBack, this,
            [this](const QString &pbx, const QString &path, const RemediationOutcome &o) {
                const QString message = o.ok ? tr("%1 on %2 was restored from its backup.").arg(path, pbx) : o.error;
                if (m_revertRollbacks.remove(pbx + QLatin1Char('\x1f') + path)) {
                    emit revertRolledBack(pbx, path, o.ok, message);
                    snapshotConfig(pbx, localUser());
                    return;
                }
                emit rollbackFinished(pbx, path, o.ok, message);
            });

    ConfigWatcher *watcher = ops->watcher();
    connect(link.client, &PbxLink::amiClientChanged, ops, [ops, watcher](AmiClient *ami) {
        ops->setAmiClient(ami);
        // Without SSH the watcher reads over AMI, so it starts once there is a client.
        if (watcher && !ops->pool() && !watcher->isRunning())
            watcher->start();
    });
    if (!watcher)
        return;
    ConfigWatcher::Settings ws = watcher->settings();
    ws.retention = m_retention;
    watcher->setSettings(ws);
    connect(watcher, &ConfigWatcher::changeDetected, this, [this](Alert alert, const Event &evidence) {
        // Same path as every other alert: the evidence is stored, then the alert points at it.
        alert.evidence = {ingest(evidence)};
        recordAlert(alert);
    });
    connect(watcher, &ConfigWatcher::fetchFailed, this, [this](const QString &pbx, const QString &path, const QString &error) {
        m_roundFailures[pbx].insert(path, error);
        emit configFetchFailed(pbx, path, error);
        if (m_fetchFailures.value(pbx).value(path) == error)
            return;   // failing the same way as last round: already recorded
        // The admin finds it in the Events tab too, with the PBX's other events.
        Event e;
        e.timeMs = Clock::system().nowMs();
        e.pbx = pbx;
        e.kind = EventKind::Raw;
        e.type = QStringLiteral("ConfigFetchFailed");
        e.service = QStringLiteral("SSH");
        e.destination = path;
        e.detail = error;
        ingest(e);
    });
    connect(watcher, &ConfigWatcher::roundFinished, this, [this](const QString &pbx, int fetched, int stored, int failed) {
        m_fetchFailures.insert(pbx, m_roundFailures.take(pbx));
        emit configRoundFinished(pbx, fetched, stored, failed);
    });
    if (ops->pool())
        watcher->start();
}

PbxOps *Engine::opsFor(const QString &pbx) const
{
    const auto it = m_links.constFind(pbx);
    return it == m_links.constEnd() ? nullptr : it->ops;
}

void Engine::runAudit(const QString &pbx)
{
    PbxOps *ops = opsFor(pbx);
    if (!ops) {
        AuditResult r;
        r.pbx = pbx;
        r.finishedUtc = QDateTime::currentDateTimeUtc();
        r.errors << tr("%1 is not connected in this session, so it cannot be audited; check its settings.").arg(pbx);
        emit auditFinished(r, ConfigFileSet());
        return;
    }
    if (auto it = m_links.constFind(pbx); it != m_links.constEnd() && it->client->ami())
        ops->setAmiClient(it->client->ami());
    AuditCollector::Options o;
    o.pbx = pbx;
    o.type = ops->profile().type;
    o.configDir = ops->configDir();
    // The access review: the approved users from the PBX's settings, activity from the events.
    o.access = AccessPolicyStore(kActionsConnection).load(pbx);
    o.accessKnown = true;
    o.activity = [pbx](const QVector<ReviewedAccount> &accounts) {
        QStringList names;
        for (const ReviewedAccount &a : accounts)
            names << a.name;
        return AccountActivityReader(kActionsConnection).read(pbx, names, Clock::system().nowMs());
    };
    if (!ops->collector()->start(o))
        return;   // one is running; its result will come
    emit auditProgress(pbx, ops->pool() ? tr("Auditing %1 over SSH…").arg(pbx)
                                        : tr("Auditing %1 over AMI (no SSH configured)…").arg(pbx));
}

void Engine::applyFix(const QString &pbx, const FixPlan &plan)
{
    PbxOps *ops = opsFor(pbx);
    const auto refuse = [this, &pbx, &plan](const QString &message) {
        if (RevertPlanner::isRevert(plan))
            emit revertFinished(pbx, plan, false, message, QString());
        else
            emit fixFinished(pbx, plan, false, message, QString());
    };
    if (!ops) {
        refuse(tr("%1 is not connected; nothing was changed.").arg(pbx));
        return;
    }
    if (!ops->pool()) {
        refuse(tr("Fixes are written over SSH, and %1 has no SSH settings; add them in the PBX's settings. "
                  "Nothing was changed.").arg(pbx));
        return;
    }
    // A config revert is checked against nothing but its own file; a fix against the audited set.
    if (!ops->remediation()->apply(plan, RevertPlanner::isRevert(plan) ? ConfigFileSet() : ops->collector()->files()))
        refuse(tr("Another fix is running on %1; try again when it has finished.").arg(pbx));
}

void Engine::rollbackFix(const QString &pbx, const QString &file, const QString &backupPath, ReloadAction reload)
{
    PbxOps *ops = opsFor(pbx);
    if (!ops || !ops->pool()) {
        emit rollbackFinished(pbx, file, false,
                              tr("%1 is not reachable over SSH, so the backup could not be restored.").arg(pbx));
        return;
    }
    if (!ops->remediation()->rollback(file, backupPath, reload))
        emit rollbackFinished(pbx, file, false,
                              tr("Another fix is running on %1; try again when it has finished.").arg(pbx));
}

template<typename Part>
void Engine::publishPart(void (Engine::*loaded)(const typename Part::Map &))
{
    if (m_blockStore)   // the actions connection is open
        emit (this->*loaded)(Part::loadAll(kActionsConnection, pbxProfiles()));
}

template<typename Part>
void Engine::savePart(const QString &pbx, const typename Part::Value &value, const QString &failure,
                      void (Engine::*loaded)(const typename Part::Map &))
{
    if (!m_blockStore)
        return;
    QString error;
    if (!Part::save(kActionsConnection, pbx, value, &error))
        emit failed(failure.arg(pbx, error));
    publishPart<Part>(loaded);   // also after a failure: the dialog shows what is stored
}

void Engine::loadAccessPolicies()
{
    publishPart<AccessReviewPart>(&Engine::accessPoliciesLoaded);
}

void Engine::saveAccessPolicy(const QString &pbx, const AccessPolicy &policy)
{
    savePart<AccessReviewPart>(pbx, policy, tr("The access review settings of %1 could not be saved: %2"),
                               &Engine::accessPoliciesLoaded);
}

void Engine::loadBlockSettings()
{
    publishPart<BlockingPart>(&Engine::blockSettingsLoaded);
}

void Engine::saveBlockSettings(const QString &pbx, const BlockSettings &settings)
{
    savePart<BlockingPart>(pbx, settings, tr("The settings on the PBX %1 could not be saved: %2"),
                           &Engine::blockSettingsLoaded);
}

void Engine::prepareBlock(const BlockRequest &request)
{
    if (!m_blocks)
        return;
    m_blocks->prepare(request, [this](const BlockPlan &plan) { emit blockPlanReady(plan); });
}

void Engine::executeBlock(const BlockPlan &plan)
{
    if (!m_blocks)
        return;
    m_blocks->execute(plan, [this](const QVector<PbxOutcome> &outcomes) {
        emit blockOutcome(outcomes);
        publishAlertBlocks();
    });
}

void Engine::refreshBlocks(bool includeEnded)
{
    if (!m_blocks)
        return;
    m_showEndedBlocks = includeEnded;
    emitBlockRecords(includeEnded);   // what the store knows now; the listings follow
    m_blocks->list(m_blocks->pbxes(), [this, includeEnded](const QVector<PbxOutcome> &listings) {
        emit blockListingsReady(listings);
        emitBlockRecords(includeEnded);   // reconciled with the listings
        publishAlertBlocks();
    });
}

void Engine::publishAlertBlocks()
{
    if (m_blockStore)
        emit alertBlocksReady(m_blockStore->fromAlerts());
}

void Engine::blocksChanged()
{
    emitBlockRecords(m_showEndedBlocks);
    publishAlertBlocks();
}

void Engine::setAutoBlockSettings(const AutoBlockSettings &settings)
{
    if (!m_autoBlock)
        m_autoBlock = std::make_unique<AutoBlockPolicy>(Clock::system());
    m_autoBlock->setSettings(settings);
}

void Engine::autoBlock(const Alert &alert)
{
    if (!m_autoBlock || !m_autoBlock->settings().isEnabled() || !m_blocks || !m_blockStore)
        return;
    // Read only when the alert's rule blocks: most new alerts never get here.
    std::optional<BlockRecordList> inForce;
    const auto isBlocked = [&](const QString &address, const QString &pbx) {
        if (!inForce)
            inForce = m_blockStore->inForce();
        for (const BlockRecord &r : std::as_const(*inForce))
            if (r.address == address)
                for (const BlockRecord::Target &t : r.targets)
                    if (t.pbx == pbx && (t.state == BlockState::Active || t.state == BlockState::Pending))
                        return true;
        return false;
    };
    const AutoBlockPolicy::Decision d = m_autoBlock->consider(alert, m_blocks->pbxes(), isBlocked);
    if (d.kind == AutoBlockPolicy::Decision::Kind::Ignore)
        return;
    const auto recordSkipped = [this](BlockRequest request, const QStringList &pbxes, const QString &note) {
        request.pbxes = pbxes;
        QString error;
        if (!m_blockStore->recordSkipped(request, note, Clock::system().nowMs(), nullptr, &error))
            qWarning("%s", qPrintable(error));
    };
    if (!d.note.isEmpty())
        emit automaticBlockNote(d.note);
    if (d.kind != AutoBlockPolicy::Decision::Kind::Block) {
        recordSkipped(d.request, d.request.pbxes, d.note);
        blocksChanged();
        return;
    }
    if (!d.skippedPbxes.isEmpty())
        recordSkipped(d.request, d.skippedPbxes, d.note);
    // Exactly the manual path: validate and plan (the guard asks each PBX who must never be
    // blocked there), then run, verify by listing and record.
    m_blocks->prepare(d.request, [this](const BlockPlan &plan) {
        m_blocks->execute(plan, [this, plan](const QVector<PbxOutcome> &outcomes) {
            for (const PbxOutcome &o : outcomes)
                for (const PbxOutcome::Item &item : o.items)
                    emit automaticBlockNote(
                        item.state == BlockState::Active
                            ? tr("%1 was blocked automatically on %2 (alert #%3).").arg(item.address, o.pbx).arg(plan.request.alertId)
                            : tr("The automatic block of %1 on %2 did not happen: %3")
                                  .arg(item.address, o.pbx, item.detail.isEmpty() ? o.error : item.detail));
            blocksChanged();
        });
    });
}

void Engine::emitBlockRecords(bool includeEnded)
{
    if (m_blockStore)
        emit blockRecordsReady(m_blockStore->list(includeEnded));
}

void Engine::sweepBlocks()
{
    if (m_blocks)
        m_blocks->sweepExpired([this](int expired) {
            if (expired > 0)
                blocksChanged();
        });
}

void Engine::snapshotConfig(const QString &pbx, const QString &who)
{
    PbxOps *ops = opsFor(pbx);
    if (!ops || !ops->watcher()) {
        emit configRoundFinished(pbx, 0, 0, 0);
        return;
    }
    if (!ops->watcher()->isRunning())
        ops->watcher()->start();   // its first round is the snapshot asked for
    else
        ops->watcher()->snapshotNow(who);
}

void Engine::setSnapshotRetention(const SnapshotRetention &retention)
{
    m_retention = retention;
    for (const Link &link : std::as_const(m_links)) {
        if (!link.ops || !link.ops->watcher())
            continue;
        ConfigWatcher::Settings ws = link.ops->watcher()->settings();
        ws.retention = retention;
        link.ops->watcher()->setSettings(ws);
    }
}

void Engine::prepareRevert(const QString &pbx, const QString &path, qint64 baselineSnapshotId)
{
    PbxOps *ops = opsFor(pbx);
    const auto fail = [this, &pbx, &path](const QString &error) {
        FixPlan p;
        p.fix = RevertPlanner::fixId();
        p.subject = path;
        p.file = path;
        p.error = error;
        emit revertPlanReady(pbx, p);
    };
    if (!ops || !ops->pool()) {
        fail(tr("%1 is not reachable over SSH in this session, so %2 cannot be reverted; check its SSH settings.")
                 .arg(pbx, path));
        return;
    }
    SnapshotRepository repo(kActionsConnection);
    const ConfigSnapshot base = repo.byId(baselineSnapshotId);
    if (base.isNull() || base.pbx != pbx || base.path != path) {
        fail(tr("The baseline of %1 on %2 is no longer stored; approve a snapshot as baseline first.").arg(path, pbx));
        return;
    }
    const QByteArray baseline = repo.content(base.sha256);
    if (baseline.size() != base.size) {
        fail(tr("The stored baseline of %1 on %2 could not be read: %3").arg(path, pbx, repo.error()));
        return;
    }
    // What is on the PBX now, read fresh: the runner refuses to write if it changes again.
    const PbxType type = ops->profile().type;
    const bool sudo = ops->profile().sshUser != QLatin1String("root");
    ops->pool()->readFile(path, 16 * 1024 * 1024, SshReadMethod::Auto, sudo,
                          [this, pbx, path, type, baseline](const SshFileResult &r) {
                              if (!r.ok() || r.truncated) {
                                  FixPlan p = RevertPlanner::plan(type, path, QByteArray(), baseline);
                                  p.error = r.ok() ? tr("%1 on %2 is larger than 16 MB; revert it by hand.").arg(path, pbx)
                                                   : tr("%1 could not be read on %2: %3").arg(path, pbx, r.error);
                                  emit revertPlanReady(pbx, p);
                                  return;
                              }
                              emit revertPlanReady(pbx, RevertPlanner::plan(type, path, r.data, baseline));
                          });
}

void Engine::rollbackRevert(const QString &pbx, const QString &path, const QString &backupPath, ReloadAction reload)
{
    PbxOps *ops = opsFor(pbx);
    if (!ops || !ops->pool()) {
        emit revertRolledBack(pbx, path, false, tr("%1 is not reachable over SSH, so the backup could not be restored.").arg(pbx));
        return;
    }
    const QString key = pbx + QLatin1Char('\x1f') + path;
    m_revertRollbacks.insert(key);
    if (!ops->remediation()->rollback(path, backupPath, reload)) {
        m_revertRollbacks.remove(key);
        emit revertRolledBack(pbx, path, false, tr("Another fix is running on %1; try again when it has finished.").arg(pbx));
    }
}

void Engine::testConnection(const PbxProfile &profile, const QString &secret, const QString &sshSecret)
{
    KnownHostsStore *known = knownHosts();
    const SshConfig ssh = PbxOps::sshConfig(profile, QString());
    m_prompter->clearRefusals(ssh.host, ssh.port);   // an explicit test asks again
    auto *test = new ConnectionTest(profile, secret, sshSecret, known, this);
    connect(test, &ConnectionTest::finished, this, &Engine::testConnectionResult);
    test->start();
}

KnownHostsStore *Engine::knownHosts()
{
    if (!m_knownHosts) {
        m_knownHosts = std::make_unique<KnownHostsStore>();
        m_prompter = std::make_unique<HostKeyPrompter>(m_knownHosts.get());
        m_knownHosts->setPrompter(m_prompter.get());
        // Asked from SSH worker threads; handed to the GUI from here.
        connect(m_prompter.get(), &HostKeyPrompter::questionAsked, this, &Engine::hostKeyQuestion,
                Qt::QueuedConnection);
        connect(m_prompter.get(), &HostKeyPrompter::keyAccepted, this, &Engine::onHostKeyAccepted);
    }
    return m_knownHosts.get();
}

void Engine::answerHostKey(quint64 id, HostKeyDecision decision, const QString &confirmation)
{
    if (!m_prompter)
        return;
    QString error;
    if (!m_prompter->answer(id, decision, confirmation, localUser(), &error))
        emit failed(error);
}

void Engine::onHostKeyAccepted(const HostKeyQuestion &q, HostKeyDecision decision, const QString &who)
{
    // On the record, beside the PBX's other events: who trusted or replaced which key, when.
    Event e;
    e.timeMs = Clock::system().nowMs();
    e.pbx = q.pbx;
    e.kind = EventKind::ConnectorState;
    e.service = QStringLiteral("SSH");
    e.account = who;
    if (decision == HostKeyDecision::Replace) {
        e.type = QStringLiteral("SshHostKeyReplaced");
        e.detail = tr("%1 replaced the SSH host key of %2 port %3: %4 (was %5).")
                       .arg(who, q.host)
                       .arg(q.port)
                       .arg(q.fingerprint, q.knownFingerprint);
    } else {
        e.type = QStringLiteral("SshHostKeyTrusted");
        e.detail = tr("%1 trusted the SSH host key of %2 port %3: %4 %5.")
                       .arg(who, q.host)
                       .arg(q.port)
                       .arg(q.keyType, q.fingerprint);
    }
    if (m_writer)
        ingest(e);
    // Tunnels that gave up on this host (refused before) try again now.
    for (Link &link : m_links) {
        const SshConfig ssh = PbxOps::sshConfig(link.profile, QString());
        if (ssh.host.compare(q.host, Qt::CaseInsensitive) == 0 && ssh.port == q.port)
            link.client->retryTunnel();
    }
}

void Engine::disconnectPbx(const QString &name)
{
    auto it = m_links.find(name);
    if (it == m_links.end())
        return;
    if (m_blocks)
        m_blocks->removePbx(name);
    // Deleted now, not later: its SSH workers must be joined before the engine thread ends.
    delete it->ops;
    it->client->stop();
    it->client->deleteLater();
    m_links.erase(it);
}

void Engine::startDemo()
{
    if (!m_writer || m_demoServer)
        return;
    // A loopback AMI server inside the app replays real Asterisk traffic; its events take the
    // same path as a real PBX's: socket, parser, normalizer, detectors, store, GUI.
    const QString secret = QString::number(QRandomGenerator::system()->generate64(), 36);
    m_demoServer = std::make_unique<AmiReplayServer>();
    AmiReplayServer::Options opts;
    opts.user = QStringLiteral("demo");
    opts.secret = secret;
    opts.mode = AmiReplayServer::Mode::Paced;
    opts.durationMs = qint64(m_options.demoLoopSeconds) * 1000;
    opts.loop = true;
    opts.liveTimestamps = true;
    m_demoServer->setOptions(opts);
    QString error;
    const QByteArray capture = DemoCapture::build(&error);
    if (capture.isEmpty() || !m_demoServer->setCapture(capture, &error)
        || !m_demoServer->listen(QHostAddress::LocalHost, 0)) {
        if (error.isEmpty())
            error = m_demoServer->errorString();
        m_demoServer.reset();
        emit failed(tr("The Demo PBX could not start: %1").arg(error));
        return;
    }
    m_demoServer->loadCannedReplies(QStringLiteral(":/demo/actions.ami"));
    PbxProfile demo;
    demo.name = demoPbxName();
    demo.demo = true;
    demo.host = QStringLiteral("127.0.0.1");
    demo.port = m_demoServer->serverPort();
    demo.user = opts.user;
    connectPbx(demo, secret);
}

void Engine::hangup(const QString &pbx, const QString &callId)
{
    auto it = m_links.find(pbx);
    if (it == m_links.end())
        return;
    it->client->hangup(callId);
}

void Engine::forgetAlert(qint64 alertId)
{
    auto it = m_openAlerts.find(alertId);
    if (it == m_openAlerts.end())
        return;
    m_alertIds.remove(it->key());
    m_openAlerts.erase(it);
}

void Engine::onEvents(const QString &pbx, const EventList &events)
{
    auto it = m_links.find(pbx);
    if (it != m_links.end()) {
        it->totalEvents += events.size();
        it->eventsSinceRate += events.size();
        if (!events.isEmpty())
            it->lastEventMs = events.last().timeMs;
        if (it->ops && it->ops->watcher())
            it->ops->watcher()->onEvents(events);   // a ConfigReload starts a snapshot round
    }
    for (const Event &e : events)
        ingest(e);
    if (m_forwardEvents) {
        EventList security;
        for (const Event &e : events)
            if (ForwardFormatter::isSecurityEvent(e.kind))
                security.append(e);
        if (!security.isEmpty())
            emit securityEventsReady(security);
    }
}

qint64 Engine::ingest(Event e)
{
    m_detection->enrich(e);   // estimated cost of a finished call, before it is stored
    e.id = m_writer->appendEvent(e);
    const qint64 id = e.id;
    ++m_totalEvents;
    ++m_eventsSinceRate;

    for (const Alert &a : m_detection->process(e))
        recordAlert(a);

    if (m_pending.newEvents.size() < m_options.maxEventsPerSnapshot) {
        e.raw.clear();   // the GUI loads evidence by id; keep snapshots small
        m_pending.newEvents.append(std::move(e));
    } else {
        ++m_pending.droppedEvents;
    }
    return id;
}

void Engine::recordAlert(Alert a)
{
    // The detectors aggregate by key; the store's row id for that key is ours to remember.
    // A new alert is saved at once (that assigns its id); updates to it are coalesced and
    // saved once per snapshot, so an attack of thousands of events per second costs a few
    // alert writes per second, not one per event.
    const QString key = a.key();
    a.id = m_alertIds.value(key);
    const bool isNew = !a.id;
    if (isNew) {
        a.id = m_writer->saveAlert(a);
        m_alertIds.insert(key, a.id);
        emit alertOpened(a);
    }
    m_dirtyAlerts.insert(a.id, a);
    if (isNew)
        autoBlock(a);
}

void Engine::flushAlerts()
{
    for (const Alert &a : std::as_const(m_dirtyAlerts)) {
        m_writer->saveAlert(a);
        m_openAlerts.insert(a.id, a);
        m_pending.changedAlerts.append(a);
    }
    m_dirtyAlerts.clear();
}

void Engine::publishSnapshot()
{
    const qint64 elapsed = m_rateClock.restart();
    const double seconds = elapsed > 0 ? elapsed / 1000.0 : 1.0;
    m_eventsPerSec = m_eventsSinceRate / seconds;
    m_eventsSinceRate = 0;

    flushAlerts();
    LiveSnapshot s;
    s.timeMs = Clock::system().nowMs();
    s.newEvents = std::move(m_pending.newEvents);
    s.droppedEvents = m_pending.droppedEvents;
    s.changedAlerts = std::move(m_pending.changedAlerts);
    m_pending = LiveSnapshot();

    QHash<QString, int> critical;
    for (const Alert &a : m_openAlerts)
        if (a.severity == Severity::Critical && a.status == AlertStatus::Open)
            ++critical[a.pbx];

    for (auto it = m_links.begin(); it != m_links.end(); ++it) {
        Link &link = it.value();
        link.eventsPerSec = link.eventsSinceRate / seconds;
        link.eventsSinceRate = 0;
        PbxStatus st;
        st.name = link.profile.name;
        st.demo = link.profile.demo;
        st.state = link.client->state();
        st.reason = link.client->stateReason();
        st.version = link.client->pbxVersion();
        st.eventsPerSec = link.eventsPerSec;
        st.lastEventMs = link.lastEventMs;
        st.totalEvents = link.totalEvents;
        const QVector<ActiveCall> calls = link.client->activeCalls();
        st.activeCalls = int(calls.size());
        st.openCritical = critical.value(st.name);
        s.activeCalls += calls;
        s.pbxes.append(st);
    }
    s.totalEvents = m_totalEvents;
    s.eventsPerSec = m_eventsPerSec;
    s.costs = m_detection->costExposure();
    s.currency = m_detection->settings().currency;
    emit snapshotReady(s);
}

} // namespace tg
