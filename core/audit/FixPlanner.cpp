#include "FixPlanner.h"

#include "AsteriskConfig.h"
#include "ConfigFileSet.h"
#include "ConfigPatch.h"
#include "PasswordPolicy.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tg {

namespace {

QString tr(const char *text)
{
    // lupdate files these strings under the enclosing class or namespace (see Translations::lookup).
    return Translations::lookup({"tg::FixPlanner", "tg::Planner", "tg"}, text);
}

// "key = old ; comment" -> "key = new ; comment": the admin's spacing and comment are kept.
QByteArray replaceValue(const QByteArray &line, const QByteArray &value)
{
    int eq = line.indexOf('=');
    if (eq < 0)
        return line;
    int start = eq + 1;
    if (start < line.size() && line.at(start) == '>')
        ++start;
    while (start < line.size() && (line.at(start) == ' ' || line.at(start) == '\t'))
        ++start;
    int end = start;
    while (end < line.size() && line.at(end) != ';')
        ++end;
    int valueEnd = end;
    while (valueEnd > start && (line.at(valueEnd - 1) == ' ' || line.at(valueEnd - 1) == '\t'))
        --valueEnd;
    return line.left(start) + value + line.mid(valueEnd);
}

// "key = value" in the style of the section's first entry ("key=value" when it has none).
QByteArray styled(const ConfigPatch &p, const AstSection &s, const QByteArray &key, const QByteArray &value)
{
    for (const AstEntry &e : s.entries) {
        if (e.file != s.file)
            continue;
        const QByteArray l = p.line(e.line);
        const bool arrow = l.contains("=>");
        const bool spaced = l.contains(" =");
        return key + (spaced ? " " : "") + (arrow ? "=>" : "=") + (spaced ? " " : "") + value;
    }
    return key + " = " + value;
}

struct Planner {
    const Finding &finding;
    const ConfigFileSet &files;
    FixPlan plan;

    void setting(const char *fileName, const char *sectionName, const char *key, const char *value, ReloadAction reload)
    {
        AsteriskConfig conf;
        if (!conf.parse(files, QLatin1String(fileName))) {
            plan.error = tr("%1 was not among the audited files; audit the PBX again.").arg(QLatin1String(fileName));
            return;
        }
        const AstSection *s = conf.section(QLatin1String(sectionName));
        if (!s) {
            plan.error = tr("%1 has no [%2] section to change; edit it by hand.")
                             .arg(QLatin1String(fileName), QLatin1String(sectionName));
            return;
        }
        const AstEntry e = conf.value(*s, QLatin1String(key));
        // The line to change may live in an included file: patch the file it is in.
        const QString target = e.line ? e.file : s->file;
        const QByteArray before = files.content(target);
        ConfigPatch patch(before);
        if (e.line)
            patch.replaceLine(e.line, replaceValue(patch.line(e.line), value));
        else
            patch.insertAfter(s->line, styled(patch, *s, key, value));
        finish(target, before, patch, reload);
    }

    void amiPermit()
    {
        AsteriskConfig conf;
        if (!conf.parse(files, QStringLiteral("manager.conf"))) {
            plan.error = tr("manager.conf was not among the audited files; audit the PBX again.");
            return;
        }
        const AstSection *s = conf.section(finding.subject);
        if (!s || finding.subject == QLatin1String("general")) {
            plan.error = tr("manager.conf has no user [%1] any more; audit the PBX again.").arg(finding.subject);
            return;
        }
        const QByteArray before = files.content(s->file);
        ConfigPatch patch(before);
        // Asterisk applies deny/permit in order and the last match wins: deny all, then allow loopback.
        patch.insertAfter(s->line, styled(patch, *s, "deny", "0.0.0.0/0.0.0.0"));
        patch.insertAfter(s->line, styled(patch, *s, "permit", "127.0.0.1/255.255.255.255"));
        finish(s->file, before, patch, ReloadAction::ManagerReload);
    }

    void eslPassword()
    {
        const QByteArray before = files.content(finding.file);
        ConfigPatch patch(before);
        const QByteArray line = patch.line(finding.line);
        static const QRegularExpression value(QStringLiteral("(value\\s*=\\s*\")[^\"]*(\")"));
        const QString text = QString::fromUtf8(line);
        if (finding.file.isEmpty() || !text.contains(QLatin1String("\"password\"")) || !value.match(text).hasMatch()) {
            plan.error = tr("The password parameter is not on one line of %1; change it by hand.").arg(finding.file);
            return;
        }
        plan.newSecret = PasswordPolicy::generate(24);
        QString changed = text;
        changed.replace(value, QStringLiteral("\\1%1\\2").arg(plan.newSecret));
        patch.replaceLine(finding.line, changed.toUtf8());
        finish(finding.file, before, patch, ReloadAction::FsReloadEventSocket);
    }

    void finish(const QString &file, const QByteArray &before, const ConfigPatch &patch, ReloadAction reload)
    {
        plan.file = file;
        plan.before = before;
        plan.after = patch.apply();
        plan.reload = reload;
        plan.diff = patch.unifiedDiff(file, 3, plan.newSecret.isEmpty() ? QStringList() : QStringList{plan.newSecret});
        if (plan.after == plan.before)
            plan.error = tr("%1 already has this setting; audit the PBX again.").arg(file);
    }
};

} // namespace

QString FixPlanner::reloadName(ReloadAction action)
{
    switch (action) {
    case ReloadAction::SipReload: return QStringLiteral("module reload chan_sip.so");
    case ReloadAction::PjsipReload: return QStringLiteral("module reload res_pjsip.so");
    case ReloadAction::ManagerReload: return QStringLiteral("manager reload");
    case ReloadAction::FsReloadXml: return QStringLiteral("reloadxml");
    case ReloadAction::FsReloadEventSocket: return QStringLiteral("reload mod_event_socket");
    case ReloadAction::DialplanReload: return QStringLiteral("dialplan reload");
    case ReloadAction::CoreReload: return QStringLiteral("core reload");
    case ReloadAction::None: break;
    }
    return QString();
}

FixPlan FixPlanner::plan(const Finding &finding, const ConfigFileSet &files)
{
    Planner p{finding, files, {}};
    p.plan.fix = finding.fix;
    p.plan.check = finding.check;
    p.plan.subject = finding.subject;
    if (finding.fix == QLatin1String("sip.allowguest")) {
        p.setting("sip.conf", "general", "allowguest", "no", ReloadAction::SipReload);
        p.plan.description = tr("Set allowguest=no in sip.conf and reload chan_sip.");
    } else if (finding.fix == QLatin1String("sip.alwaysauthreject")) {
        p.setting("sip.conf", "general", "alwaysauthreject", "yes", ReloadAction::SipReload);
        p.plan.description = tr("Set alwaysauthreject=yes in sip.conf and reload chan_sip.");
    } else if (finding.fix == QLatin1String("ami.bindaddr")) {
        p.setting("manager.conf", "general", "bindaddr", "127.0.0.1", ReloadAction::ManagerReload);
        p.plan.description = tr("Bind the AMI to 127.0.0.1 in manager.conf and run \"manager reload\". Programs "
                                "that reach the AMI over the network must then use an SSH tunnel.");
    } else if (finding.fix == QLatin1String("ami.permit")) {
        p.amiPermit();
        p.plan.description = tr("Allow AMI user %1 only from 127.0.0.1 and run \"manager reload\".").arg(finding.subject);
    } else if (finding.fix == QLatin1String("esl.password")) {
        p.plan.type = PbxType::FreeSwitch;
        p.eslPassword();
        p.plan.description = tr("Replace the event socket password with a generated one (kept in the keychain) and "
                                "reload mod_event_socket. fs_cli and other ESL clients must then use the new "
                                "password.");
    } else {
        p.plan.error = finding.fix.isEmpty() ? tr("Tollgate cannot fix this finding; follow \"How to fix\".")
                                             : tr("Unknown fix \"%1\".").arg(finding.fix);
    }
    return p.plan;
}

} // namespace tg
