#include "IncidentReportWriter.h"

#include "Translations.h"
#include "report/IncidentReportHtml.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

namespace tg {

namespace {
QString tr(const char *text)
{
    return Translations::lookup({"tg::IncidentReportWriter", "tg"}, text);
}

QString writeFailed(const QString &path, const QString &why)
{
    return tr("Could not write the report to %1: %2. Choose another folder.").arg(QDir::toNativeSeparators(path), why);
}
} // namespace

IncidentReportWriter::Format IncidentReportWriter::formatForPath(const QString &path, Format fallback)
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return Format::Pdf;
    if (path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive))
        return Format::Html;
    return fallback;
}

bool IncidentReportWriter::writeHtml(const QString &html, const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = writeFailed(path, f.errorString());
        return false;
    }
    f.write(html.toUtf8());
    if (!f.commit()) {
        *error = writeFailed(path, f.errorString());
        return false;
    }
    return true;
}

bool IncidentReportWriter::writePdf(const QString &html, const QString &title, const QString &path, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = tr("PDF reports need Qt's graphical support in this process; write HTML instead.");
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = writeFailed(path, f.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&f);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Tollgate %1").arg(QStringLiteral(TOLLGATE_VERSION)));
        pdf.setResolution(300);
        // QTextDocument::print adds its own 2 cm margins and the page numbers.
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QTextDocument doc;
        QTextOption option = doc.defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);   // long raw lines stay on the page
        doc.setDefaultTextOption(option);
        doc.setHtml(html);
        doc.print(&pdf);
    }
    if (f.size() == 0 || !f.commit()) {
        *error = writeFailed(path, f.errorString());
        return false;
    }
    return true;
}

bool IncidentReportWriter::write(const QString &dbPath, const IncidentScope &scope, const QString &path, Format format,
                                 const IncidentReportBuilder::Options &options, QString *error, IncidentReport *built)
{
    IncidentReport report;
    if (!IncidentReportBuilder(dbPath, options).build(scope, &report, error))
        return false;
    const QString html = IncidentReportHtml::html(report);
    const bool ok = format == Format::Html
        ? writeHtml(html, path, error)
        : writePdf(html, tr("Incident report: %1").arg(IncidentReportHtml::title(report)), path, error);
    if (built)
        *built = std::move(report);
    return ok;
}

} // namespace tg
