#pragma once

#include "Event.h"
#include "EventFilter.h"
#include "EventKeys.h"

#include <QSqlDatabase>
#include <QString>

namespace tg {

// Events of one source address, account or PBX (event_keys), newest first, with the rest of
// the filter applied to the rows themselves. EventReader and AccountActivityReader use it for
// every filter that names one of them.
class KeyedEventQuery
{
public:
    static bool applies(const EventFilter &f) { return !f.srcIp.isEmpty() || !f.account.isEmpty() || !f.pbx.isEmpty(); }

    KeyedEventQuery(const QSqlDatabase &db, const EventFilter &f);
    // One key given outright; rest holds what the rows must match besides it.
    KeyedEventQuery(const QSqlDatabase &db, EventKeyField field, const QString &value, const EventFilter &rest);
    // Whether walking the key beats scanning the table for this filter: with conditions left to
    // check on the rows, a key that covers a large share of them (a store's only PBX) is cheaper
    // to read by a scan. False also when the estimate fails (then scan).
    bool isSelective();
    // Like EventReader::pageBefore(); skip leaves out that many matching events first
    // (offset paging). Pass LLONG_MAX for no bound.
    EventList page(qint64 beforeTimeMs, qint64 beforeId, qint64 skip, int limit, QString *error);
    qint64 count(QString *error);   // -1 on error

private:
    QSqlDatabase m_db;
    EventFilter m_residual;   // what the rows must match besides the key and the time range
    EventKeyField m_field;
    QString m_value;
    qint64 m_fromMs, m_toMs;
};

} // namespace tg
