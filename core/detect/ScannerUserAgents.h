#pragma once

#include "Alert.h"

#include <QString>
#include <QVector>

namespace tg {

// User-Agent substrings of SIP scanners and attack tools, from resources/data/scanner-user-agents.txt
// (or an override file). Matching is a case-insensitive substring search.
class ScannerUserAgents
{
public:
    struct Pattern {
        QString text;
        Severity severity = Severity::High;
    };

    bool load(const QString &path, QString *error);
    // The pattern the User-Agent matches, nullptr for none.
    const Pattern *match(const QString &userAgent) const;
    int size() const { return int(m_patterns.size()); }

    static QString builtinPath() { return QStringLiteral(":/data/scanner-user-agents.txt"); }

private:
    QVector<Pattern> m_patterns;
};

} // namespace tg
