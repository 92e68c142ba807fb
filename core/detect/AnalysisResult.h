#pragma once

#include "Alert.h"

#include <QHash>
#include <QStringList>

namespace tg {

// What an offline analysis found: every alert (latest state), with the source addresses and
// accounts of its evidence events, plus counts for the summary line.
struct AnalysisResult {
    AlertList alerts;                        // by first seen
    QHash<QString, QStringList> sourceIps;   // Alert::key() + '@' + firstSeenMs -> addresses
    QHash<QString, QStringList> accounts;
    QHash<QString, QString> countries;       // source address -> ISO country, when a GeoIP database is loaded
    QStringList warnings;                    // data files or the GeoIP database that could not be loaded
    int events = 0;                          // events analysed (after --since/--until)
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    QString currency;

    static QString keyOf(const Alert &a) { return a.key() + QLatin1Char('@') + QString::number(a.firstSeenMs); }
};

} // namespace tg
