#include "ForwardService.h"

#include "SyslogSender.h"
#include "forward/ForwardQueue.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace tg {

namespace {
const int kStatusIntervalMs = 500;
const int kTestTimeoutMs = 15000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

ForwardService::ForwardService(QString dataDir, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_queueLimit(ForwardQueue::kDefaultMaxMessages),
      m_statusTimer(this)
{
    qRegisterMetaType<tg::ForwardDestination>();
    qRegisterMetaType<tg::ForwardDestinationList>();
    qRegisterMetaType<tg::ForwardStatusList>();
    m_statusTimer.setInterval(kStatusIntervalMs);
    connect(&m_statusTimer, &QTimer::timeout, this, [this] {
        if (!m_statusDirty)
            return;
        m_statusDirty = false;
        emit statusChanged(statuses());
    });
    m_statusTimer.start();
}

ForwardService::~ForwardService()
{
    shutdown();
}

void ForwardService::shutdown()
{
    m_statusTimer.stop();
    while (!m_entries.empty())
        removeEntry(m_entries.begin()->first, false);
}

ForwardStatusList ForwardService::statuses() const
{
    ForwardStatusList list;
    for (const auto &[name, e] : m_entries) {
        if (e.sender) {
            list.append(e.sender->status());
        } else {
            ForwardStatus s;
            s.name = name;
            s.state = ForwardStatus::Failed;
            s.text = e.error;
            list.append(s);
        }
    }
    return list;
}

SyslogSender *ForwardService::sender(const QString &name) const
{
    const auto it = m_entries.find(name);
    return it == m_entries.end() ? nullptr : it->second.sender;
}

qint64 ForwardService::queued(const QString &name) const
{
    const auto it = m_entries.find(name);
    return it == m_entries.end() || !it->second.queue ? 0 : it->second.queue->count();
}

bool ForwardService::wantsEvents() const
{
    for (const auto &[name, e] : m_entries)
        if (e.dest.enabled && e.dest.includeEvents && e.sender)
            return true;
    return false;
}

void ForwardService::setDestinations(const ForwardDestinationList &destinations)
{
    QStringList keep;
    for (const ForwardDestination &d : destinations)
        keep << d.name;
    QStringList gone;
    for (const auto &[name, e] : m_entries)
        if (!keep.contains(name))
            gone << name;
    for (const QString &name : gone)
        removeEntry(name, true);
    for (const ForwardDestination &d : destinations) {
        const auto it = m_entries.find(d.name);
        if (it != m_entries.end() && it->second.dest == d)
            continue;
        if (it != m_entries.end())
            removeEntry(d.name, false);
        addEntry(d);
    }
    m_statusDirty = true;
    updateEventsWanted();
}

void ForwardService::addEntry(const ForwardDestination &d)
{
    Entry &e = m_entries[d.name];
    e.dest = d;
    QDir().mkpath(m_dataDir);
    e.queue = std::make_unique<ForwardQueue>(QDir(m_dataDir).filePath(d.queueFileName()), m_queueLimit);
    if (!e.queue->open(&e.error)) {
        e.queue.reset();
        return;
    }
    e.sender = new SyslogSender(d, e.queue.get(), this);
    connect(e.sender, &SyslogSender::statusChanged, this, [this] { m_statusDirty = true; });
    connect(e.sender, &SyslogSender::delivered, this, [this] { m_statusDirty = true; });
    e.sender->start();
}

void ForwardService::removeEntry(const QString &name, bool deleteQueue)
{
    auto it = m_entries.find(name);
    if (it == m_entries.end())
        return;
    Entry &e = it->second;
    delete e.sender;   // stops it; its socket closes in the background
    QString path;
    if (e.queue)
        path = e.queue->path();
    e.queue.reset();
    m_entries.erase(it);
    if (deleteQueue && !path.isEmpty()) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
}

void ForwardService::enqueue(Entry &e, const QVector<QByteArray> &messages)
{
    if (!e.queue || !e.sender || messages.isEmpty())
        return;
    const ForwardFormat format = e.dest.format;
    const QString name = e.dest.name;
    const qint64 bound = e.queue->maxMessages();
    const qint64 dropped = e.queue->append(messages, [this, format, name, bound](qint64 n) {
        return m_formatter.droppedNotice(format, name, n, bound, nowMs(), ForwardFormatter::newUid());
    });
    if (dropped > 0)
        qWarning("forwarding: queue of %s full, dropped the %lld oldest messages", qPrintable(name), dropped);
    m_statusDirty = true;
    e.sender->kick();
}

void ForwardService::alertChanged(const Alert &a, AlertChange change, qint64 timeMs)
{
    const QString uid = ForwardFormatter::newUid();   // the same message to every destination
    for (auto &[name, e] : m_entries)
        if (ForwardFormatter::wants(e.dest, a))
            enqueue(e, {m_formatter.alert(a, change, e.dest.format, timeMs, uid)});
}

void ForwardService::alertOpened(const Alert &alert)
{
    alertChanged(alert, AlertChange::Opened, alert.lastSeenMs > 0 ? alert.lastSeenMs : nowMs());
}

void ForwardService::alertsStatusChanged(const AlertList &alerts)
{
    const qint64 now = nowMs();
    for (const Alert &a : alerts)
        alertChanged(a, AlertChange::StatusChanged, now);
}

void ForwardService::securityEvents(const EventList &events)
{
    for (auto &[name, e] : m_entries) {
        if (!e.dest.enabled || !e.dest.includeEvents)
            continue;
        QVector<QByteArray> messages;
        for (const Event &ev : events)
            if (ForwardFormatter::isSecurityEvent(ev.kind))
                messages.append(m_formatter.event(ev, e.dest.format, ForwardFormatter::newUid()));
        enqueue(e, messages);
    }
}

void ForwardService::securityEventsSkipped(qint64 count)
{
    qWarning("forwarding: %lld security events skipped, the forwarder fell behind", count);
    const qint64 now = nowMs();
    for (auto &[name, e] : m_entries)
        if (e.dest.enabled && e.dest.includeEvents)
            enqueue(e, {m_formatter.skippedEventsNotice(e.dest.format, e.dest.name, count, now,
                                                        ForwardFormatter::newUid())});
}

void ForwardService::updateEventsWanted()
{
    const bool wanted = wantsEvents();
    if (wanted == m_eventsWanted)
        return;
    m_eventsWanted = wanted;
    emit eventsWantedChanged(wanted);
}

void ForwardService::sendTest(const ForwardDestination &d, quint64 requestId)
{
    const QString problem = d.validate();
    if (!problem.isEmpty()) {
        emit testFinished(requestId, false, problem);
        return;
    }
    // The test runs beside the real sender: its own connection, its own in-memory queue.
    ForwardDestination testDest = d;
    testDest.enabled = true;
    auto queue = std::make_shared<ForwardQueue>(QStringLiteral(":memory:"), 10);
    QString error;
    if (!queue->open(&error)) {
        emit testFinished(requestId, false, error);
        return;
    }
    queue->append({m_formatter.testMessage(d.format, d.name, nowMs(), ForwardFormatter::newUid())}, {});
    auto *sender = new SyslogSender(testDest, queue.get(), this);
    auto *timer = new QTimer(sender);
    timer->setSingleShot(true);
    auto finish = [this, sender, timer, queue, requestId](bool ok, const QString &text) {
        timer->stop();
        sender->disconnect(this);
        emit testFinished(requestId, ok, text);
        sender->stop();
        sender->deleteLater();
    };
    connect(sender, &SyslogSender::delivered, this, [finish, d] {
        finish(true, d.acknowledged()
                         ? tr("The test message reached %1 (%2) and the receiver confirmed it.").arg(d.name, d.url())
                     : d.transport == ForwardTransport::Udp
                         ? tr("The test message was sent to %1 (%2). UDP has no confirmation: check that it "
                              "arrived.")
                               .arg(d.name, d.url())
                         : tr("The test message was sent to %1 (%2) and the connection stayed up.").arg(d.name, d.url()));
    });
    connect(sender, &SyslogSender::failed, this, [finish](const QString &reason) { finish(false, reason); });
    connect(timer, &QTimer::timeout, this, [finish, d] {
        finish(false, tr("The test message to %1 (%2) got no answer within %3 s.").arg(d.name, d.url()).arg(kTestTimeoutMs / 1000));
    });
    timer->start(kTestTimeoutMs);
    sender->start();
}

} // namespace tg
