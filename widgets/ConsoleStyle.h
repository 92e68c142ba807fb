#pragma once

#include "Alert.h"
#include "Event.h"
#include "LiveSnapshot.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace tg {

// Shared look and words of the console: colours per severity and link state, translated names,
// time and duration formats. One place, so every pane says the same thing the same way.
class ConsoleStyle
{
    Q_DECLARE_TR_FUNCTIONS(tg::ConsoleStyle)
public:
    static QColor severityColor(Severity s);
    static QString severityText(Severity s);
    static QString statusText(AlertStatus s);
    static QString kindText(EventKind k);
    static QColor linkStateColor(LinkState s);
    static QString linkStateText(LinkState s);
    static QIcon dotIcon(const QColor &color, int size = 12);

    static QString formatTime(qint64 utcMs);        // local time, to the second
    static QString formatTimeUtc(qint64 utcMs);     // ISO UTC with milliseconds, for tooltips
    static QString formatDuration(qint64 ms);       // 0:07, 12:03, 1:02:03
    static QString formatAge(qint64 ms);            // "3 s ago", "5 min ago"
    // For window titles and the About box.
    static QString versionString();
};

} // namespace tg
