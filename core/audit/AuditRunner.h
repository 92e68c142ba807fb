#pragma once

#include "AccessPolicy.h"
#include "AuditResult.h"
#include "ConfigFileSet.h"
#include "HostAudit.h"

namespace tg {

// Everything one audit looks at, however it was collected (local folder, SSH, AMI).
struct AuditInput {
    QString pbx;
    PbxType type = PbxType::Asterisk;
    bool typeKnown = false;       // false: detected from the files
    ConfigFileSet files;
    QString version;              // "Asterisk 20.20.1 ..." or "FreeSWITCH Version 1.10.12 ..."
    HostFacts host;
    bool hostCollected = false;
    QString source;
    QStringList errors;           // collection problems, carried into the result
    AccessPolicy access;          // the PBX's approved AMI/ESL users and inactivity period
    bool accessKnown = false;     // false (offline audit): no approved-list review
    AccountActivity activity;     // from the store; !known: no inactivity review
};

// Runs the config, version and host checks of one PBX. Pure: no I/O besides the built-in tables.
class AuditRunner
{
public:
    // Asterisk (*.conf at the top) or FreeSWITCH (freeswitch.xml, vars.xml, autoload_configs/,
    // sip_profiles/, directory/). False when the files look like neither.
    static bool detectType(const ConfigFileSet &files, PbxType *type);
    static AuditResult run(const AuditInput &input);
    // Only the config checks of one PBX type (the re-check after a fix uses it).
    static FindingList configFindings(const ConfigFileSet &files, PbxType type, QStringList *errors = nullptr);
};

} // namespace tg
