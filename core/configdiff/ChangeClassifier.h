#pragma once

#include "Alert.h"
#include "DiffResult.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace tg {

// One security-relevant line of a diff.
struct SecurityFinding {
    Severity severity = Severity::Low;
    QString rule;           // stable id: "ami_user_added", "acl_changed", "intl_route", ...
    QString message;        // one sentence for the analyst (secrets never appear in it)
    int row = -1;           // row in DiffResult::rows
    QString section;
};

struct ChangeAssessment {
    Severity severity = Severity::Info;   // the highest finding's, Info when nothing changed
    QVector<SecurityFinding> findings;    // in row order
    // Severity per changed row (for the view's markers); rows without a finding are absent.
    QVector<QPair<int, Severity>> rowSeverity;
    Severity severityOfRow(int row) const;
    QStringList messages() const;
};

// Rates what changed in a config file by what an intruder would do with it. The rules, by file
// (Asterisk .conf by base name; FreeSWITCH .xml by name and folder):
//
//  Any file   #exec added or changed: Critical (runs a shell command at every reload).
//             #include/#tryinclude added or changed: Medium. Only comments or blank lines: Info.
//  manager.conf  a new user section: High. permit/deny/acl: High. secret changed or added
//             to an existing user: High. read/write with all, system, command, originate, config
//             or agi: High, otherwise Medium. bindaddr, port, enabled, webenabled, tls*: Medium.
//  sip/pjsip/iax.conf  permit/deny/acl/contact_*/match: High. A secret changed (or added to an
//             existing peer): High; a new peer/endpoint (with its secret): Medium.
//             allowguest=yes, insecure=...invite, alwaysauthreject=no: High. context, host,
//             bind addresses, transport: Medium.
//  extensions*.conf  a new or changed route whose pattern reaches international or premium
//             numbers (_00, _011, _+, _9011, _900, _1900, _0900, _09, or a catch-all such as
//             _X. or _.), including its "same =>" lines: High. Dial/Transfer/Goto/forwarding
//             (CALLFORWARD, DB(CF/...)) to a literal number of 7 or more digits: High.
//             System/TrySystem/Shell: Critical. switch =>: High. include =>: Medium.
//             Any other dialplan line: Medium.
//  logger.conf  removing or changing the security channel: High.
//  modules.conf  a load, or a removed noload: Medium.
//  cdr.conf, cel.conf  enable/enabled=no: Medium.
//  acl.conf, and permit/deny/acl in any other .conf: High.
//  FreeSWITCH event_socket.conf.xml  password, listen-ip, listen-port, apply-inbound-acl: High.
//             acl.conf.xml: any change High. sip_profiles: apply-*-acl, auth-calls,
//             accept-blind-reg/-auth, auth-all-packets: High; a new gateway: Medium.
//             A password changed or added to an existing user: High; a new directory user: Medium.
//             Dialplan: a condition reaching international/premium numbers, a bridge/transfer
//             to a literal external number or a gateway: High; system/bgsystem: Critical;
//             other dialplan changes: Medium. vars.xml default_password: High.
//  Anything else: Low.
class ChangeClassifier
{
    Q_DECLARE_TR_FUNCTIONS(tg::ChangeClassifier)
public:
    // `diff` should be annotated (ConfigDiff::annotate) for section names in findings.
    static ChangeAssessment classify(const QString &path, const DiffResult &diff);

    // An Asterisk extension pattern that can reach international or premium numbers.
    static bool isInternationalPattern(const QString &pattern);
    // The first literal number of 7 or more digits (optionally "+"), or empty.
    static QString externalNumberIn(const QString &text);
    // A dialplan line that sends the call somewhere: Dial, Transfer, Goto, Queue, or a forwarding
    // variable (CALLFORWARD, DB(CF/...), FORWARD).
    static bool routesCalls(const QString &value);
};

} // namespace tg
