#pragma once

#include "Clock.h"
#include "LiveSnapshot.h"
#include "PbxProfile.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>

namespace tg {

class AmiReplayServer;
class KnownHostsStore;
class PbxLink;
class DetectionEngine;
class StoreWriter;

// The engine thread's owner of everything live: one connector per PBX, the detection engine
// and the store writer. Events flow connector -> store (ids) -> detectors -> alerts -> store,
// and the GUI gets a LiveSnapshot a few times per second, never one signal per event.
class Engine : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString dbPath;
        int snapshotIntervalMs = 250;
        int maxEventsPerSnapshot = 500;
        int demoLoopSeconds = 180;      // the demo capture is spread over this long, then loops
    };

    explicit Engine(Options options, QObject *parent = nullptr);
    ~Engine() override;

    static QString demoPbxName();

    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    bool start();                                   // opens the store; false (see lastError) on error
    void shutdown();                                // stops connectors, flushes the store
    void connectPbx(const tg::PbxProfile &profile, const QString &secret, const QString &sshSecret = QString());
    void disconnectPbx(const QString &name);
    void startDemo();
    void hangup(const QString &pbx, const QString &callId);
    void forgetAlert(qint64 alertId);               // triaged in the GUI: the next firing opens a new alert

Q_SIGNALS:
    void started();
    void failed(const QString &error);
    void snapshotReady(const tg::LiveSnapshot &snapshot);

private:
    struct Link {
        PbxProfile profile;
        PbxLink *client = nullptr;
        qint64 totalEvents = 0;
        qint64 lastEventMs = 0;
        qint64 eventsSinceRate = 0;
        double eventsPerSec = 0.0;
    };

    void onEvents(const QString &pbx, const EventList &events);
    void ingest(Event e);
    void recordAlert(Alert a);
    void flushAlerts();
    void publishSnapshot();

    Options m_options;
    QString m_lastError;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<DetectionEngine> m_detection;
    std::unique_ptr<AmiReplayServer> m_demoServer;
    std::unique_ptr<KnownHostsStore> m_knownHosts;
    QHash<QString, Link> m_links;
    QHash<QString, qint64> m_alertIds;              // alert key -> row id
    QHash<qint64, Alert> m_openAlerts;              // for the critical counts per PBX
    QHash<qint64, Alert> m_dirtyAlerts;             // updated since the last snapshot, by id
    QTimer m_snapshotTimer;
    QTimer m_tickTimer;
    QElapsedTimer m_rateClock;
    LiveSnapshot m_pending;
    qint64 m_totalEvents = 0;
    qint64 m_eventsSinceRate = 0;
    double m_eventsPerSec = 0.0;
};

} // namespace tg
