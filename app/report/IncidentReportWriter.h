#pragma once

#include "report/IncidentReportBuilder.h"

#include <QString>

namespace tg {

// Writes incident reports to disk as HTML or PDF. The PDF is Qt's own rendering of the same
// HTML (QTextDocument on a QPdfWriter), which needs a QGuiApplication (the offscreen platform
// is enough). Nothing here touches widgets, so it runs on a worker thread; files are written
// atomically, so a failed report never leaves half a file behind.
class IncidentReportWriter
{
public:
    enum class Format { Html, Pdf };

    // ".pdf" -> Pdf, ".htm"/".html" -> Html, anything else -> fallback.
    static Format formatForPath(const QString &path, Format fallback = Format::Pdf);
    static bool writeHtml(const QString &html, const QString &path, QString *error);
    static bool writePdf(const QString &html, const QString &title, const QString &path, QString *error);

    // Reads the store and writes the report; false with a sentence in *error. *built (optional)
    // gets the report's model, for a summary line.
    static bool write(const QString &dbPath, const IncidentScope &scope, const QString &path, Format format,
                      const IncidentReportBuilder::Options &options, QString *error, IncidentReport *built = nullptr);
};

} // namespace tg
