#pragma once

#include "report/IncidentReport.h"

#include <QString>

namespace tg {

// An incident report as one HTML document in the subset QTextDocument renders (so the same
// text becomes the PDF) that also reads well in a browser. Every value from the store (titles,
// notes, user agents, raw PBX text) is escaped, and control characters are made visible, so
// hostile input stays text. GUI-free.
class IncidentReportHtml
{
public:
    static QString html(const IncidentReport &report);
    // The document title: the single alert's title, or what the report covers.
    static QString title(const IncidentReport &report);
    // Times in the report: UTC, "2026-11-27 01:48:05".
    static QString time(qint64 utcMs);
    // HTML-escaped text with control characters (other than newline and tab) shown as U+FFFD.
    static QString escape(const QString &text);
};

} // namespace tg
