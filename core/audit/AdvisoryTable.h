#pragma once

#include "Finding.h"

#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tg {

// Asterisk's published security advisories with the first fixed version of each branch
// (":/audit/asterisk-advisories.csv"), and the version comparison the audit needs.
class AdvisoryTable
{
public:
    struct Advisory {
        QString id;           // AST-2020-002, GHSA-..., or the CVE id
        QString cve;
        Severity severity = Severity::Medium;
        QString summary;
        QStringList fixed;    // "18.0.1", "16.8-cert5"
    };

    static QString builtinPath() { return QStringLiteral(":/audit/asterisk-advisories.csv"); }
    bool load(const QString &path = QString(), QString *error = nullptr);
    bool load(QIODevice &dev, QString *error = nullptr);
    const QVector<Advisory> &advisories() const { return m_advisories; }

    // The advisories that affect `version` ("20.20.1", "Asterisk 18.9-cert4 built by ...").
    QVector<Advisory> affecting(const QString &version) const;
    // A finding per advisory that affects the version (empty version: none).
    FindingList findings(const QString &version) const;

    // "Asterisk 20.20.1 built by..." -> "20.20.1"; "16.8-cert5" kept; empty when none found.
    static QString extractVersion(const QString &text);
    // Branch of a version: "20" for 20.x, "1.8" for 1.8.x.y, "1.6.2" for 1.6.2.x, "16.8-cert" for certified.
    static QString branch(const QString &version);
    // <0, 0, >0 comparing numerically, cert number last.
    static int compare(const QString &a, const QString &b);

private:
    QVector<Advisory> m_advisories;
};

} // namespace tg
