#pragma once

#include "PbxProfile.h"
#include "audit/FixPlanner.h"

namespace tg {

// "Revert to baseline" as a FixPlan for the audit's guided fix flow (RemediationRunner): the
// file as it is on the PBX now, the approved baseline to write over it, the diff the admin sees
// (secrets masked), and the reload that makes the PBX read it.
class RevertPlanner
{
public:
    static QString fixId();   // "config.revert", the plan's fix and check

    // path: the watched file's absolute path on the PBX.
    static FixPlan plan(PbxType type, const QString &path, const QByteArray &current, const QByteArray &baseline);
    // What reloads the file: chan_sip, res_pjsip, the AMI, the dialplan, FreeSWITCH's XML (and
    // mod_event_socket for its own file), else Asterisk's "core reload".
    static ReloadAction reloadFor(PbxType type, const QString &path);
    static bool isRevert(const FixPlan &plan) { return plan.fix == fixId(); }
};

} // namespace tg
