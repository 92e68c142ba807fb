#pragma once

#include "Alert.h"
#include "Event.h"
#include "forward/ForwardDestination.h"
#include "forward/ForwardFormatter.h"
#include "forward/ForwardStatus.h"

#include <QObject>
#include <QTimer>
#include <map>
#include <memory>

namespace tg {

class ForwardQueue;
class SyslogSender;

// Forwards alerts (and, per destination, security events) to SIEMs and syslog receivers.
// Lives on its own thread: the engine and the GUI only post to its slots. Per destination it
// filters, formats (ForwardFormatter), appends to the destination's disk queue and lets that
// destination's SyslogSender deliver it.
class ForwardService : public QObject
{
    Q_OBJECT
public:
    explicit ForwardService(QString dataDir, QObject *parent = nullptr);
    ~ForwardService() override;

    ForwardStatusList statuses() const;
    SyslogSender *sender(const QString &name) const;
    qint64 queued(const QString &name) const;
    bool wantsEvents() const;
    // For tests: queue bounds and sender timing of destinations created from now on.
    void setQueueLimit(qint64 maxMessages) { m_queueLimit = maxMessages; }
    void setFormatter(const ForwardFormatter &f) { m_formatter = f; }

public Q_SLOTS:
    // Starts, stops and restarts senders so that exactly these destinations are served. The
    // queue of a destination that is removed is deleted; an edited one keeps its queue.
    void setDestinations(const tg::ForwardDestinationList &destinations);
    void alertOpened(const tg::Alert &alert);
    void alertsStatusChanged(const tg::AlertList &alerts);
    void securityEvents(const tg::EventList &events);
    // Security events that never reached this thread (it fell behind a storm): every destination
    // that takes events gets a QUEUE_DROPPED notice saying how many.
    void securityEventsSkipped(qint64 count);
    // Sends Tollgate's test message to d through a sender of its own with an in-memory queue
    // (d's disk queue is not touched); answers with testFinished.
    void sendTest(const tg::ForwardDestination &d, quint64 requestId);
    void shutdown();

Q_SIGNALS:
    void statusChanged(const tg::ForwardStatusList &statuses);   // at most twice a second
    void testFinished(quint64 requestId, bool ok, const QString &text);
    void eventsWantedChanged(bool wanted);                       // whether any destination takes events

private:
    struct Entry {
        ForwardDestination dest;
        std::unique_ptr<ForwardQueue> queue;
        SyslogSender *sender = nullptr;
        QString error;   // the queue could not be opened
    };

    void addEntry(const ForwardDestination &d);
    void removeEntry(const QString &name, bool deleteQueue);
    void enqueue(Entry &e, const QVector<QByteArray> &messages);
    void alertChanged(const Alert &a, AlertChange change, qint64 timeMs);
    void updateEventsWanted();

    QString m_dataDir;
    ForwardFormatter m_formatter;
    qint64 m_queueLimit;
    std::map<QString, Entry> m_entries;
    QTimer m_statusTimer;
    bool m_statusDirty = false;
    bool m_eventsWanted = false;
};

} // namespace tg
