#include "StoreClient.h"

namespace tg {

StoreClient::StoreClient(const QString &dbPath, QObject *parent)
    : QObject(parent)
    , m_dbPath(dbPath)
    , m_worker(new StoreQueryWorker(dbPath))
{
    m_thread.setObjectName(QStringLiteral("tg-store-query"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StoreQueryWorker::opened, this, [this](bool ok, const QString &error) {
        m_open = ok;
        m_error = error;
        Q_EMIT opened(ok, error);
    });
    m_thread.start();
    StoreQueryWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w] { w->open(); }, Qt::QueuedConnection);
}

StoreClient::~StoreClient()
{
    m_worker->cancelExport();
    m_thread.quit();
    m_thread.wait();
}

void StoreClient::countEvents(int client, int generation, const EventFilter &f)
{
    StoreQueryWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w, client, generation, f] { w->countEvents(client, generation, f); },
                              Qt::QueuedConnection);
}

void StoreClient::fetchPage(const EventPageRequest &r)
{
    m_worker->enqueuePage(r);
    StoreQueryWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w] { w->processPages(); }, Qt::QueuedConnection);
}

int StoreClient::loadEvents(const QVector<qint64> &ids)
{
    const int id = newRequestId();
    StoreQueryWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w, id, ids] { w->loadEvents(id, ids); }, Qt::QueuedConnection);
    return id;
}

void StoreClient::loadAlerts(int generation, const AlertFilter &f, int limit)
{
    StoreQueryWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w, generation, f, limit] { w->loadAlerts(generation, f, limit); },
                              Qt::QueuedConnection);
}

int StoreClient::setAlertStatus(const QVector<qint64> &ids, AlertStatus s, const QString &note)
{
    const int id = newRequestId();
    const QString who = analystName();
    StoreQueryWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w, id, ids, s, who, note] { w->setAlertStatus(id, ids, s, who, note); },
                              Qt::QueuedConnection);
    return id;
}

void StoreClient::loadDashboard(int generation, qint64 sinceMs)
{
    StoreQueryWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w, generation, sinceMs] { w->loadDashboard(generation, sinceMs); },
                              Qt::QueuedConnection);
}

int StoreClient::exportCsv(const EventFilter &f, const QString &path)
{
    const int id = newRequestId();
    StoreQueryWorker *w = m_worker;
    QMetaObject::invokeMethod(w, [w, id, f, path] { w->exportCsv(id, f, path); }, Qt::QueuedConnection);
    return id;
}

void StoreClient::cancelExport()
{
    m_worker->cancelExport();
}

QString StoreClient::analystName()
{
    QString who = qEnvironmentVariable("USER");
    if (who.isEmpty())
        who = qEnvironmentVariable("USERNAME");
    return who.isEmpty() ? QStringLiteral("analyst") : who;
}

} // namespace tg
