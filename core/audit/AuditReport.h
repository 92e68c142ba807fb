#pragma once

#include "AuditResult.h"

#include <QHash>
#include <QString>

namespace tg {

// The audit as a printable HTML document (the subset QTextDocument renders): PBX, date, score,
// findings by severity with evidence, why and how to fix, and remediation status. GUI-free;
// the widget prints it to PDF.
class AuditReport
{
public:
    // remediation: Finding::key() -> status sentence ("Fixed on 2025-01-02 14:03, backup ...").
    static QString html(const AuditResult &result, const QHash<QString, QString> &remediation = {});
    static QString severityLabel(Severity s);
    static QString severityColor(Severity s);   // "#b00020" for Critical, ...
};

} // namespace tg
