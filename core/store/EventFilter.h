#pragma once

#include "Event.h"

#include <QString>
#include <QVector>

namespace tg {

// What the event views and the CLI ask the store for. Empty fields match everything;
// pbx, srcIp and account match exactly, text is a case-insensitive substring of the
// type, account, source IP, user agent, destination, call id or detail.
// fromMs is inclusive, toMs exclusive; 0 means unbounded.
struct EventFilter {
    QString pbx;
    QString srcIp;
    QString account;
    QString text;
    QVector<EventKind> kinds;
    qint64 fromMs = 0;
    qint64 toMs = 0;

    // The same test in memory (for live rows that are not stored yet).
    bool matches(const Event &e) const;
};

} // namespace tg
