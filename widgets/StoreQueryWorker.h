#pragma once

#include "Alert.h"
#include "Event.h"
#include "store/AlertRepository.h"
#include "store/EventFilter.h"

#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QVector>

#include <atomic>
#include <memory>

namespace tg {

class EventReader;

// One page of the events table. When before* is set the worker pages by key (fast at any
// depth) instead of by offset.
struct EventPageRequest {
    int client = 0;
    int generation = 0;
    EventFilter filter;
    qint64 offset = 0;
    int limit = 200;
    qint64 beforeTimeMs = 0;
    qint64 beforeId = 0;
};

// What the dashboard needs from history to draw its first frame.
struct DashboardSeed {
    qint64 sinceMs = 0;
    QVector<QPair<qint64, int>> authFailuresPerMinute;
    QVector<QPair<qint64, int>> callsPerMinute;
    QVector<QPair<QString, int>> topSourceIps;
};

// Runs every store read of the console on its own thread, with its own SQLite connections,
// so the GUI thread never waits on the disk. Requests arrive as queued calls (StoreClient),
// answers leave as signals. Page requests go through a small stack: the newest is served
// first and old ones are dropped, so fast scrolling never builds a backlog.
class StoreQueryWorker : public QObject
{
    Q_OBJECT
public:
    explicit StoreQueryWorker(const QString &dbPath);
    ~StoreQueryWorker() override;

    // Thread-safe.
    void enqueuePage(const EventPageRequest &r);
    void cancelExport();

    // The rest runs on the worker thread.
    void open();
    void countEvents(int client, int generation, const tg::EventFilter &f);
    void processPages();
    void loadEvents(int requestId, const QVector<qint64> &ids);
    void loadAlerts(int generation, const tg::AlertFilter &f, int limit);
    void setAlertStatus(int requestId, const QVector<qint64> &ids, tg::AlertStatus s,
                        const QString &who, const QString &note);
    void loadDashboard(int generation, qint64 sinceMs);
    void exportCsv(int requestId, const tg::EventFilter &f, const QString &path);

    static constexpr int kMaxPendingPages = 6;

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    void eventsCounted(int client, int generation, qint64 count);
    void pageReady(int client, int generation, qint64 offset, const tg::EventList &events);
    void pageDropped(int client, int generation, qint64 offset);
    void eventsLoaded(int requestId, const tg::EventList &events);
    void alertsLoaded(int generation, const tg::AlertList &alerts);
    // One per triage request; alerts are the rows as stored afterwards.
    void alertStatusSet(int requestId, bool ok, const tg::AlertList &alerts, const QString &error);
    void dashboardLoaded(int generation, const tg::DashboardSeed &seed);
    void exportProgress(int requestId, qint64 done, qint64 total);
    void exportFinished(int requestId, bool ok, qint64 rows, const QString &error);
    void queryFailed(const QString &error);

private:
    bool ensureOpen();

    QString m_dbPath;
    QString m_connection;
    std::unique_ptr<EventReader> m_reader;
    std::unique_ptr<AlertRepository> m_alerts;
    bool m_open = false;
    QString m_error;

    QMutex m_pagesMutex;
    QVector<EventPageRequest> m_pages;   // newest last
    std::atomic<bool> m_cancelExport{false};
};

} // namespace tg

Q_DECLARE_METATYPE(tg::DashboardSeed)
