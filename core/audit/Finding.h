#pragma once

#include "Alert.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace tg {

// One result of an audit check. Evidence never carries a secret in clear (see PasswordPolicy::mask).
struct Finding {
    QString check;               // stable id, e.g. "ast.sip.allowguest"
    Severity severity = Severity::Medium;
    QString title;               // one line
    QString subject;             // what it is about: an account, a section, a port
    QString file;                // config file relative to the config root; empty for command output
    int line = 0;                // 1-based; 0 when not tied to a line
    QString evidence;            // the line or command output that shows it, secrets masked
    QString why;                 // one paragraph a non-expert understands
    QString howToFix;
    QString fix;                 // non-empty when Tollgate can fix it: the FixPlanner's fix id

    bool fixable() const { return !fix.isEmpty(); }
    // "sip.conf:26", or the subject when there is no file.
    QString location() const;
    // Identifies the finding across audits of one PBX (history, remediation status).
    QString key() const { return check + QLatin1Char('\x1f') + subject; }

    QJsonObject toJson() const;
    static Finding fromJson(const QJsonObject &o);
};

using FindingList = QVector<Finding>;

// Builds a finding field by field: the one constructor every config audit uses.
Finding makeFinding(const char *check, Severity sev, const QString &title, const QString &subject,
                    const QString &file, int line, const QString &evidence, const QString &why, const QString &how,
                    const QString &fix = {});

// Most severe first, then by file and line: the order of every list and report.
void sortFindings(FindingList &findings);

} // namespace tg

Q_DECLARE_METATYPE(tg::Finding)
