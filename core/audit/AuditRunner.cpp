#include "AuditRunner.h"

#include "AccessReview.h"
#include "AdvisoryTable.h"
#include "AsteriskAudit.h"
#include "FreeSwitchAudit.h"

#include <QCoreApplication>

namespace tg {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tg::AuditRunner", text);
}
} // namespace

bool AuditRunner::detectType(const ConfigFileSet &files, PbxType *type)
{
    int asterisk = 0, freeswitch = 0;
    for (const QString &p : files.paths()) {
        if (!p.contains(QLatin1Char('/')) && p.endsWith(QLatin1String(".conf")))
            ++asterisk;
        if (p == QLatin1String("freeswitch.xml") || p == QLatin1String("vars.xml"))
            freeswitch += 5;
        else if (p.startsWith(QLatin1String("autoload_configs/")) || p.startsWith(QLatin1String("sip_profiles/"))
                 || p.startsWith(QLatin1String("directory/")))
            ++freeswitch;
    }
    if (asterisk == 0 && freeswitch == 0)
        return false;
    *type = freeswitch > asterisk ? PbxType::FreeSwitch : PbxType::Asterisk;
    return true;
}

FindingList AuditRunner::configFindings(const ConfigFileSet &files, PbxType type, QStringList *errors)
{
    return type == PbxType::FreeSwitch ? FreeSwitchAudit::run(files, errors) : AsteriskAudit::run(files, errors);
}

AuditResult AuditRunner::run(const AuditInput &in)
{
    AuditResult r;
    r.pbx = in.pbx;
    r.type = in.type;
    r.version = in.version;
    r.source = in.source;
    r.errors = in.errors;
    r.errors += in.files.errors();
    r.files = in.files.paths();
    if (!in.typeKnown && !detectType(in.files, &r.type))
        r.errors << tr("No Asterisk (*.conf) or FreeSWITCH (freeswitch.xml, vars.xml, autoload_configs/) "
                       "configuration files were found.");
    else {
        r.findings = configFindings(in.files, r.type, &r.errors);
        r.findings += AccessReview::forwarding(in.files, r.type);
        r.findings += AccessReview::run(in.files, r.type, in.access, in.accessKnown, in.activity);
    }

    if (r.type == PbxType::Asterisk && !in.version.isEmpty()) {
        AdvisoryTable table;
        QString err;
        if (table.load(QString(), &err))
            r.findings += table.findings(in.version);
        else
            r.errors << err;
    }
    if (in.hostCollected) {
        HostFacts h = in.host;
        h.type = r.type;
        r.findings += HostAudit::run(h);
    }
    sortFindings(r.findings);
    r.finishedUtc = QDateTime::currentDateTimeUtc();
    return r;
}

} // namespace tg
