#pragma once

#include "AccessPolicy.h"
#include "Finding.h"
#include "PbxProfile.h"

#include <QVector>

namespace tg {

class ConfigFileSet;

// One account the access review looks at, as the config defines it.
struct ReviewedAccount {
    QString name;            // as the PBX reports it in events ("1001", "console", "ops@example.com")
    QString kind;            // SIP, PJSIP, IAX2, AMI, ESL
    QString file;
    int line = 0;
    bool management = false; // AMI or ESL: must be on the approved list
    bool powerful = false;   // AMI write=all/system/command/originate
};

// The access review of one PBX: management users (AMI, ESL) that are not on its approved list,
// accounts with no registration or call for N days (from the store's events), and extensions
// whose calls are forwarded to external numbers (as far as the config files show it).
class AccessReview
{
public:
    // Phone accounts, trunks and management users defined in the files.
    static QVector<ReviewedAccount> accounts(const ConfigFileSet &files, PbxType type);
    // The approved-list and inactivity checks; `policyKnown` false (no stored settings, as in an
    // offline audit) skips the approved list, `activity.known` false skips inactivity.
    static FindingList run(const ConfigFileSet &files, PbxType type, const AccessPolicy &policy, bool policyKnown,
                           const AccountActivity &activity);
    // Calls forwarded to external numbers: dialplan entries and FreeSWITCH directory variables.
    static FindingList forwarding(const ConfigFileSet &files, PbxType type);
    static QStringList checkIds();
};

} // namespace tg
