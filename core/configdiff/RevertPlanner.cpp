#include "RevertPlanner.h"

#include "ConfigDiff.h"
#include "SecretMasker.h"

#include "Translations.h"

#include <QFileInfo>

namespace tg {

namespace {

QString tr(const char *text)
{
    // lupdate files these strings under the enclosing class or namespace (see Translations::lookup).
    return Translations::lookup({"tg::RevertPlanner", "tg"}, text);
}

constexpr int kMaxDiffLines = 5000;   // the dialog shows a preview, not a 10 MB listing

} // namespace

QString RevertPlanner::fixId()
{
    return QStringLiteral("config.revert");
}

ReloadAction RevertPlanner::reloadFor(PbxType type, const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    if (type == PbxType::FreeSwitch)
        return name == QLatin1String("event_socket.conf.xml") ? ReloadAction::FsReloadEventSocket : ReloadAction::FsReloadXml;
    if (name == QLatin1String("sip.conf"))
        return ReloadAction::SipReload;
    if (name.startsWith(QLatin1String("pjsip")))
        return ReloadAction::PjsipReload;
    if (name == QLatin1String("manager.conf"))
        return ReloadAction::ManagerReload;
    if (name.startsWith(QLatin1String("extensions")))
        return ReloadAction::DialplanReload;
    return ReloadAction::CoreReload;
}

FixPlan RevertPlanner::plan(PbxType type, const QString &path, const QByteArray &current, const QByteArray &baseline)
{
    FixPlan p;
    p.fix = fixId();
    p.check = fixId();
    p.subject = path;
    p.type = type;
    p.file = path;
    p.before = current;
    p.after = baseline;
    p.reload = reloadFor(type, path);
    p.description = tr("Write the approved baseline of %1 back to the PBX, replacing what is there now, and run "
                       "\"%2\".").arg(path, FixPlanner::reloadName(p.reload));
    const DiffResult d = ConfigDiff::compute(current, baseline);
    if (d.identical) {
        p.error = tr("%1 on the PBX already is its approved baseline; there is nothing to revert.").arg(path);
        return p;
    }
    if (d.binary) {
        p.diff = tr("Binary file: %1 bytes now, %2 bytes in the baseline.").arg(d.oldSize).arg(d.newSize);
        return p;
    }
    const SecretMasker masker(ConfigDiff::formatFor(path));
    p.diff = d.unifiedText(path + tr(" (on the PBX now)"), path + tr(" (baseline)"), kMaxDiffLines,
                           [&masker](const QString &line) { return masker.maskLine(line); });
    return p;
}

} // namespace tg
