#pragma once

#include "Event.h"
#include "EventFilter.h"

#include <QPair>
#include <QString>
#include <QVector>

namespace tg {

// Reads events on its own SQLite connection (WAL lets it read while the writer writes).
// Construct and use it on one thread.
class EventReader
{
public:
    explicit EventReader(const QString &path);
    ~EventReader();
    EventReader(const EventReader &) = delete;
    EventReader &operator=(const EventReader &) = delete;

    bool isOpen() const;
    QString error() const;   // a sentence when !isOpen() or the last query failed

    qint64 count(const EventFilter &f);
    // Newest first (time desc, id desc), without the raw text. For deep pages prefer pageBefore().
    EventList page(const EventFilter &f, qint64 offset, int limit);
    // Keyset paging: the next `limit` events strictly older than (beforeTimeMs, beforeId)
    // in the same order as page(); pass the last row of the previous page.
    EventList pageBefore(const EventFilter &f, qint64 beforeTimeMs, qint64 beforeId, int limit);
    Event byId(qint64 id);   // with raw text; id 0 when absent
    QVector<QPair<QString, int>> topSourceIps(qint64 sinceMs, int limit,
                                              EventKind kind = EventKind::AuthFailure);
    // (minute start in UTC ms, count), ascending, minutes without events left out.
    QVector<QPair<qint64, int>> countPerMinute(qint64 sinceMs, EventKind kind,
                                               const QString &pbx = {});

private:
    QString m_connection;
    QString m_error;
    bool m_open = false;
};

} // namespace tg
