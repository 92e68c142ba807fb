#pragma once

#include "Event.h"
#include "EventFilter.h"

#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace tg::eventsql {

// The columns EventReader returns (without raw), in fromQuery()'s order.
extern const char kColumns[];

// A filter as SQL: " WHERE ..." (or empty) and its values, all parameters.
struct Where {
    QString sql;
    QVariantList values;
    void add(const QString &term);   // ANDs a term onto sql
};
Where where(const EventFilter &f);

Event fromQuery(const QSqlQuery &q);
// Prepares, binds and runs; on failure *error is a sentence.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error);

} // namespace tg::eventsql
