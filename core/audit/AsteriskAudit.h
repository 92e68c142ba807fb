#pragma once

#include "Finding.h"

#include <QStringList>

namespace tg {

class ConfigFileSet;

// The Asterisk configuration checks: chan_sip, PJSIP, IAX2 and AMI accounts, dialplan
// reachability, logging, CDRs and the run user. Read-only, over the files of a ConfigFileSet.
class AsteriskAudit
{
public:
    // Runs every check on the files present; parse problems go to *errors.
    static FindingList run(const ConfigFileSet &files, QStringList *errors = nullptr);
    // The check ids this class can report (for documentation and tests).
    static QStringList checkIds();
};

} // namespace tg
