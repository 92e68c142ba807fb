#pragma once

#include "Alert.h"
#include "Event.h"
#include "PbxProfile.h"
#include "configdiff/ConfigSnapshot.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <functional>

namespace tg {

class AmiClient;
class Clock;
class SnapshotRepository;
class SshPool;

// Keeps one PBX's config history: in each round it fetches the watched files over SSH (SshPool
// readFile; AMI GetConfig when SSH fails, Asterisk only), stores a snapshot of every file whose
// content changed, and reports an unapproved change as an alert (SnapshotRecorder). Rounds run
// on a schedule, after the PBX reloads (ConfigReload events, debounced), and on demand; a round
// asked for while one runs follows it once.
//
// Lives on the engine thread and never blocks it: SSH runs on the pool's workers, and hashing,
// diffing and SQLite run on the watcher's own store thread with its own connection.
class ConfigWatcher : public QObject
{
    Q_OBJECT
public:
    struct Settings {
        int intervalMs = 15 * 60 * 1000;          // scheduled rounds; 0 = none
        int reloadDebounceMs = 5000;              // a burst of reloads makes one round
        qint64 maxFileBytes = 16 * 1024 * 1024;   // a larger file is reported, not stored cut
        bool sudo = false;                        // read with sudo -n (files only root may read)
        QString configDir;                        // for the default list; empty = the type's default
        SnapshotRetention retention;              // applied to a file whenever it gets a new snapshot
    };

    ConfigWatcher(const PbxProfile &profile, const QString &dbPath, QObject *parent = nullptr);
    ~ConfigWatcher() override;

    void setSshPool(SshPool *pool);
    void setAmiClient(AmiClient *ami);
    void setSettings(const Settings &settings);
    Settings settings() const { return m_settings; }
    void setClock(const Clock *clock);
    // An explicit list; otherwise the PBX's stored list (SnapshotRepository::watchedFiles), else
    // WatchList::defaults.
    void setWatchedFiles(const QStringList &paths);

    void start();                 // arms the schedule and runs a first round
    void stop();
    bool isRunning() const { return m_running; }
    bool isBusy() const { return m_round.active; }
    const PbxProfile &profile() const { return m_profile; }

public Q_SLOTS:
    void snapshotNow(const QString &who = QString());
    void onEvents(const tg::EventList &events);

Q_SIGNALS:
    void snapshotStored(const tg::ConfigSnapshot &snapshot);
    // An unapproved change: the alert (rule "config_change") and its evidence event, for the
    // engine's alert path (store the event, put its id in alert.evidence, save the alert).
    void changeDetected(const tg::Alert &alert, const tg::Event &evidence);
    void fetchFailed(const QString &pbx, const QString &path, const QString &error);
    void roundFinished(const QString &pbx, int fetched, int stored, int failed);

private:
    struct Round {
        bool active = false;
        SnapshotTrigger trigger = SnapshotTrigger::OnDemand;
        QString who;
        int pending = 0;
        int fetched = 0;
        int stored = 0;
        int failed = 0;
    };

    void startRound(SnapshotTrigger trigger, const QString &who);
    void expand(const QStringList &entries);
    void fetchAll(const QStringList &paths);
    void fetchOne(const QString &path);
    void fetchViaAmi(const QString &path, const QString &sshError);
    void record(const QString &path, const QByteArray &content, const QString &source);
    void fail(const QString &path, const QString &error);
    void fileDone();
    // Runs job on the store thread with the watcher's connection; done runs here after.
    template <typename R>
    void onStore(std::function<R(SnapshotRepository &)> job, std::function<void(const R &)> done);

    PbxProfile m_profile;
    QString m_dbPath;
    QString m_connection;
    Settings m_settings;
    const Clock *m_clock;
    QPointer<SshPool> m_ssh;
    QPointer<AmiClient> m_ami;
    QStringList m_explicitFiles;
    bool m_running = false;
    QTimer m_schedule;
    QTimer m_reloadDebounce;
    QThreadPool m_storePool;      // one thread that never expires: the connection stays on it
    Round m_round;
    bool m_queued = false;
    SnapshotTrigger m_queuedTrigger = SnapshotTrigger::OnDemand;
    QString m_queuedWho;
};

} // namespace tg
