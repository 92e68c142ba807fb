#pragma once

#include "StoreQueryWorker.h"

#include <QObject>
#include <QThread>

namespace tg {

// The GUI side of the store: owns the query thread and its worker, and turns calls made on the
// GUI thread into queued requests. Never blocks; answers come back as the worker's signals,
// which models connect to (see worker()).
class StoreClient : public QObject
{
    Q_OBJECT
public:
    explicit StoreClient(const QString &dbPath, QObject *parent = nullptr);
    ~StoreClient() override;   // cancels an export and joins the thread

    StoreQueryWorker *worker() const { return m_worker; }
    QString dbPath() const { return m_dbPath; }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

    int newClientId() { return ++m_lastClient; }
    int newRequestId() { return ++m_lastRequest; }

    void countEvents(int client, int generation, const EventFilter &f);
    void fetchPage(const EventPageRequest &r);
    int loadEvents(const QVector<qint64> &ids);
    void loadAlerts(int generation, const AlertFilter &f, int limit = 5000);
    int setAlertStatus(const QVector<qint64> &ids, AlertStatus s, const QString &note);
    void loadDashboard(int generation, qint64 sinceMs);
    int exportCsv(const EventFilter &f, const QString &path);
    void cancelExport();

    // Who is triaging, for the alert history.
    static QString analystName();

Q_SIGNALS:
    void opened(bool ok, const QString &error);

private:
    QString m_dbPath;
    QThread m_thread;
    StoreQueryWorker *m_worker = nullptr;
    bool m_open = false;
    QString m_error;
    int m_lastClient = 0;
    int m_lastRequest = 0;
};

} // namespace tg
