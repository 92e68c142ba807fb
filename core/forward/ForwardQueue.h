#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>
#include <functional>

namespace tg {

// The messages waiting for one destination, in their own SQLite file (WAL) next to the store:
// they survive a restart of Tollgate and a receiver that is down for days. Bounded: when full,
// the oldest messages are dropped and a notice saying how many takes their place, so the
// receiver sees the gap. A message leaves the queue only when the sender says it was delivered.
// Used from one thread (the forwarder's); each instance has its own connection.
class ForwardQueue
{
public:
    struct Item {
        qint64 id = 0;   // ascending in queue order
        QByteArray message;
    };
    // Makes the "dropped N oldest" message, given N.
    using DroppedNotice = std::function<QByteArray(qint64 dropped)>;

    static constexpr qint64 kDefaultMaxMessages = 100000;

    explicit ForwardQueue(QString path, qint64 maxMessages = kDefaultMaxMessages);   // ":memory:" for none
    ~ForwardQueue();
    ForwardQueue(const ForwardQueue &) = delete;
    ForwardQueue &operator=(const ForwardQueue &) = delete;

    bool open(QString *error);
    bool isOpen() const { return m_open; }

    // Appends in one transaction; returns how many old messages were dropped to make room.
    qint64 append(const QVector<QByteArray> &messages, const DroppedNotice &notice);
    // Up to max messages after afterId, oldest first.
    QVector<Item> peek(int max, qint64 afterId = 0) const;
    // Delivered: removes these ids (one transaction).
    void remove(const QVector<qint64> &ids);
    qint64 count() const { return m_count; }
    qint64 droppedTotal() const { return m_droppedTotal; }   // over the queue file's life
    qint64 maxMessages() const { return m_max; }
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

private:
    bool exec(const QString &sql);
    qint64 scalar(const QString &sql) const;

    QString m_path;
    QString m_connection;
    qint64 m_max;
    qint64 m_count = 0;
    qint64 m_droppedTotal = 0;
    bool m_open = false;
    QString m_lastError;
};

} // namespace tg
