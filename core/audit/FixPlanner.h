#pragma once

#include "Finding.h"
#include "PbxProfile.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace tg {

class ConfigFileSet;

// What makes the PBX read a changed file. The commands are fixed templates (see
// RemediationRunner::reloadCommand); nothing from a config or a finding goes into them.
enum class ReloadAction : int {
    None = 0, SipReload, PjsipReload, ManagerReload, FsReloadXml, FsReloadEventSocket, DialplanReload, CoreReload
};

// The exact change one fix makes to one file: shown to the admin as a diff before anything is
// written, then carried out by RemediationRunner.
struct FixPlan {
    QString fix;                 // "sip.allowguest", ...
    QString check;               // the finding it fixes
    QString subject;
    PbxType type = PbxType::Asterisk;
    QString file;                // relative to the config root
    QByteArray before;           // the file as audited (the runner refuses to write if it changed)
    QByteArray after;
    QString diff;                // unified diff; a generated secret appears as ********
    ReloadAction reload = ReloadAction::None;
    QString description;         // one sentence: what changes and what reloads
    QString newSecret;           // a generated secret to store in the keychain (ESL password), else empty
    QString error;               // a sentence when no plan could be made

    bool ok() const { return error.isEmpty() && !diff.isEmpty(); }
};

// Turns a fixable finding into a FixPlan over the audited files. Only single-line, well-understood
// changes: alwaysauthreject=yes, allowguest=no, AMI bindaddr=127.0.0.1, AMI user deny/permit to
// localhost, a generated ESL password.
class FixPlanner
{
public:
    static FixPlan plan(const Finding &finding, const ConfigFileSet &files);
    static QString reloadName(ReloadAction action);
};

} // namespace tg

Q_DECLARE_METATYPE(tg::FixPlan)
Q_DECLARE_METATYPE(tg::ReloadAction)
