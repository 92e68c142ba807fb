#pragma once

#include "Clock.h"
#include "HostKeyQuestion.h"
#include "LiveSnapshot.h"
#include "PbxProfile.h"
#include "audit/AccessPolicy.h"
#include "audit/AuditResult.h"
#include "audit/ConfigFileSet.h"
#include "audit/FixPlanner.h"
#include "blocking/AutoBlockSettings.h"
#include "blocking/BlockPlan.h"
#include "blocking/BlockRecord.h"
#include "blocking/PbxOutcome.h"
#include "configdiff/ConfigSnapshot.h"
#include "detect/DetectionSettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

namespace tg {

class AmiReplayServer;
class AutoBlockPolicy;
class BlockRunner;
class BlockStore;
class HostKeyPrompter;
class KnownHostsStore;
class PbxLink;
class PbxOps;
class SecretStore;
class DetectionEngine;
class StoreWriter;

// The engine thread's owner of everything live: one connector per PBX, the detection engine
// and the store writer. Events flow connector -> store (ids) -> detectors -> alerts -> store,
// and the GUI gets a LiveSnapshot a few times per second, never one signal per event.
// It also carries out what the GUI asks of a PBX (audit, fix, block, config snapshot) through
// each PBX's PbxOps and the BlockRunner, and answers with signals; nothing here waits on SSH.
class Engine : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString dbPath;
        // About seven a second: a storm's alert rows reach the model within ~150 ms of their event
        // at p99 (200 ms gave ~190 ms); the GUI pays ~25 % more CPU for it (bench gui: gui_thread_cpu_s).
        int snapshotIntervalMs = 150;
        int maxEventsPerSnapshot = 375;   // 2,500 live events a second to the GUI; the rest are counted as dropped
        int demoLoopSeconds = 180;      // the demo capture is spread over this long, then loops
        int retentionDays = 90;         // events older than this are pruned; 0 = keep forever
        QString detectionSettingsPath;  // detection.json; empty or missing = built-in defaults
    };

    explicit Engine(Options options, QObject *parent = nullptr);
    ~Engine() override;

    static QString demoPbxName();

    QString lastError() const { return m_lastError; }
    // The application's keychain access (it lives on the GUI thread and is used through
    // SecretStore::readFrom/writeFrom): a fix that generates an ESL password stores it there.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }

    // PBX profiles in the store. Engine thread only: the GUI asks through a queued call, so it
    // never waits on SQLite.
    PbxProfileList pbxProfiles();
    bool savePbxProfile(tg::PbxProfile &profile, QString *error);
    bool removePbxProfile(const QString &name, QString *error);

public Q_SLOTS:
    bool start();                                   // opens the store; false (see lastError) on error
    void shutdown();                                // stops connectors, flushes the store
    void connectPbx(const tg::PbxProfile &profile, const QString &secret, const QString &sshSecret = QString());
    void disconnectPbx(const QString &name);
    void startDemo();
    void hangup(const QString &pbx, const QString &callId);
    void forgetAlert(qint64 alertId);               // triaged in the GUI: the next firing opens a new alert
    // SIEM forwarding wants raw security events (securityEventsReady); off: none are copied.
    void setEventForwarding(bool on) { m_forwardEvents = on; }
    void setRetentionDays(int days);                // from the settings; applies at the next prune
    // Commits what is queued (events, alerts) now: for readers that must see the latest alerts.
    void flushStore();
    void reloadDetectionSettings();                 // detection.json changed (settings dialog)

    // Audit (answers: auditProgress, auditFinished; fixFinished; rollbackFinished).
    void runAudit(const QString &pbx);
    void applyFix(const QString &pbx, const tg::FixPlan &plan);
    void rollbackFix(const QString &pbx, const QString &file, const QString &backupPath, tg::ReloadAction reload);
    // The access review's per-PBX settings (answer: accessPoliciesLoaded, also after a save).
    void loadAccessPolicies();
    void saveAccessPolicy(const QString &pbx, const tg::AccessPolicy &policy);
    // Per-PBX block settings (configuration folder, backend, scope) for the PBX dialog.
    void loadBlockSettings();
    void saveBlockSettings(const QString &pbx, const tg::BlockSettings &settings);
    // Blocking (answers: blockPlanReady, blockOutcome, blockRecordsReady, blockListingsReady).
    void prepareBlock(const tg::BlockRequest &request);
    void executeBlock(const tg::BlockPlan &plan);
    void refreshBlocks(bool includeEnded);
    void sweepBlocks();
    // Automatic blocking of new alerts' source addresses (off until rules are chosen); the
    // same runner, planner and safety checks as a manual block.
    void setAutoBlockSettings(const tg::AutoBlockSettings &settings);
    // The blocks made from alerts (answer: alertBlocksReady), for the alert pane.
    void publishAlertBlocks();
    // Config history: a snapshot round now (answer: configRoundFinished).
    void snapshotConfig(const QString &pbx, const QString &who);
    // How much config history each watcher keeps (Settings); applies to every PBX.
    void setSnapshotRetention(const tg::SnapshotRetention &retention);
    // "Revert to baseline": reads the file on the PBX and answers revertPlanReady with the plan
    // (its diff for the admin, or an error); applyFix carries a confirmed one out (answer:
    // revertFinished); rollbackRevert restores the backup it made (answer: revertRolledBack).
    void prepareRevert(const QString &pbx, const QString &path, qint64 baselineSnapshotId);
    void rollbackRevert(const QString &pbx, const QString &path, const QString &backupPath, tg::ReloadAction reload);
    // "Test connection" of the PBX dialog (answer: testConnectionResult).
    void testConnection(const tg::PbxProfile &profile, const QString &secret, const QString &sshSecret);
    // The user's answer to hostKeyQuestion (a refused replacement answers with failed()).
    void answerHostKey(quint64 id, tg::HostKeyDecision decision, const QString &confirmation);

Q_SIGNALS:
    void testConnectionResult(const QString &pbx, const QStringList &lines);
    // An SSH use of a PBX met an unknown or changed host key and waits for the user's answer.
    void hostKeyQuestion(const tg::HostKeyQuestion &question);
    void started();
    void failed(const QString &error);
    void snapshotReady(const tg::LiveSnapshot &snapshot);
    // For SIEM forwarding: an alert was opened (once per alert, not per update), and the
    // security events of a batch (only while setEventForwarding(true)).
    void alertOpened(const tg::Alert &alert);
    void securityEventsReady(const tg::EventList &events);
    void auditProgress(const QString &pbx, const QString &text);
    void auditFinished(const tg::AuditResult &result, const tg::ConfigFileSet &files);
    void fixFinished(const QString &pbx, const tg::FixPlan &plan, bool ok, const QString &message,
                     const QString &backupPath);
    void rollbackFinished(const QString &pbx, const QString &file, bool ok, const QString &message);
    void accessPoliciesLoaded(const tg::AccessPolicyMap &policies);
    void blockSettingsLoaded(const QHash<QString, tg::BlockSettings> &settings);
    void blockPlanReady(const tg::BlockPlan &plan);
    void blockOutcome(const QVector<tg::PbxOutcome> &outcomes);
    void blockRecordsReady(const tg::BlockRecordList &records);
    void blockListingsReady(const QVector<tg::PbxOutcome> &listings);
    void alertBlocksReady(const tg::BlockRecordList &records);
    // What an automatic block did, or why it did not run (a sentence for the status line).
    void automaticBlockNote(const QString &text);
    void configRoundFinished(const QString &pbx, int fetched, int stored, int failed);
    // A watched file could not be fetched (also stored as an event when it is a new failure).
    void configFetchFailed(const QString &pbx, const QString &path, const QString &error);
    void revertPlanReady(const QString &pbx, const tg::FixPlan &plan);
    void revertFinished(const QString &pbx, const tg::FixPlan &plan, bool ok, const QString &message,
                        const QString &backupPath);
    void revertRolledBack(const QString &pbx, const QString &path, bool ok, const QString &message);

private:
    struct Link {
        PbxProfile profile;
        PbxLink *client = nullptr;
        PbxOps *ops = nullptr;
        qint64 totalEvents = 0;
        qint64 lastEventMs = 0;
        qint64 eventsSinceRate = 0;
        double eventsPerSec = 0.0;
    };

    // The PBX dialog's parts of the per-PBX settings row (PbxSettingsParts.h): every PBX's value
    // published with `loaded`; a save stores one (a failure said with `failure`), then publishes.
    template<typename Part> void publishPart(void (Engine::*loaded)(const typename Part::Map &));
    template<typename Part>
    void savePart(const QString &pbx, const typename Part::Value &value, const QString &failure,
                  void (Engine::*loaded)(const typename Part::Map &));
    void onEvents(const QString &pbx, const EventList &events);
    qint64 ingest(Event e);                          // the event's row id
    PbxOps *opsFor(const QString &pbx) const;
    KnownHostsStore *knownHosts();
    void onHostKeyAccepted(const HostKeyQuestion &question, HostKeyDecision decision, const QString &who);
    void addOps(Link &link, const QString &sshSecret);
    void emitBlockRecords(bool includeEnded);
    void blocksChanged();                            // records and alert blocks to the GUI
    void autoBlock(const Alert &alert);
    void setBlockAllowlist(const QStringList &trusted);
    void recordAlert(Alert a);
    void flushAlerts();
    void saveLearned();                             // queued to the store writer
    void publishSnapshot();
    DetectionSettings loadDetectionSettings();      // reports a broken file, then uses the defaults

    Options m_options;
    QString m_lastError;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<DetectionEngine> m_detection;
    std::unique_ptr<AmiReplayServer> m_demoServer;
    std::unique_ptr<KnownHostsStore> m_knownHosts;
    std::unique_ptr<HostKeyPrompter> m_prompter;   // asks the GUI about unknown/changed host keys
    std::unique_ptr<BlockStore> m_blockStore;       // on the engine's own connection
    std::unique_ptr<BlockRunner> m_blocks;
    std::unique_ptr<AutoBlockPolicy> m_autoBlock;
    bool m_showEndedBlocks = false;                 // what the Blocks tab last asked for
    QHash<QString, Link> m_links;
    SecretStore *m_secrets = nullptr;
    SnapshotRetention m_retention;
    QSet<QString> m_revertRollbacks;                // pbx + path of rollbacks the Config tab asked for
    QHash<QString, QHash<QString, QString>> m_fetchFailures;   // pbx -> path -> error, last round
    QHash<QString, QHash<QString, QString>> m_roundFailures;   // the round in progress
    QHash<QString, qint64> m_alertIds;              // alert key -> row id
    QHash<qint64, Alert> m_openAlerts;              // for the critical counts per PBX
    QHash<qint64, Alert> m_dirtyAlerts;             // updated since the last snapshot, by id
    QTimer m_snapshotTimer;
    QTimer m_tickTimer;
    QTimer m_sweepTimer;                            // expired blocks, every 30 s
    QTimer m_learnedTimer;                          // detectors' learned state to the store
    QElapsedTimer m_rateClock;
    LiveSnapshot m_pending;
    qint64 m_totalEvents = 0;
    qint64 m_eventsSinceRate = 0;
    double m_eventsPerSec = 0.0;
    bool m_forwardEvents = false;
};

} // namespace tg
