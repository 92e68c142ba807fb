#include "CliCommands.h"

#include "audit/AuditRunner.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace tg::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("tg::cli", s);
}

// Host command output saved to a file (ss -lntup > ss.txt ...), bounded.
bool readText(const QString &path, QString *out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    *out = QString::fromUtf8(f.read(4 * 1024 * 1024));
    return true;
}

// The approved AMI/ESL users of the access review: --approved-users LIST and the names in
// --approved-users-file FILE (lines; '#' starts a comment), both as the PBX dialog's list is
// written (commas, semicolons or spaces). Neither given: *given stays false (no review).
bool approvedUsers(const QStringList &args, AccessPolicy *policy, bool *given)
{
    const QString listOption = QStringLiteral("--approved-users");
    const QString fileOption = QStringLiteral("--approved-users-file");
    *given = false;
    const QString list = optionValue(args, listOption);
    if (args.contains(listOption) || !list.isEmpty()) {
        const QStringList names = AccessPolicy::parseList(list);
        if (names.isEmpty() || names.first().startsWith(QLatin1Char('-'))) {
            err() << tr("--approved-users takes the approved AMI/ESL user names, e.g. --approved-users "
                        "console,ops (event_socket stands for the shared ESL password).")
                  << Qt::endl;
            return false;
        }
        policy->approved += names;
        *given = true;
    }
    const QString path = optionValue(args, fileOption);
    if (args.contains(fileOption) || !path.isEmpty()) {
        QString text;
        if (path.isEmpty() || !readText(path, &text)) {
            err() << tr("--approved-users-file needs a readable file of approved AMI/ESL user names.") << Qt::endl;
            return false;
        }
        QStringList names;
        for (const QString &line : text.split(QLatin1Char('\n')))
            names += AccessPolicy::parseList(line.section(QLatin1Char('#'), 0, 0));
        if (names.isEmpty()) {
            err() << tr("%1 names no approved AMI/ESL user.").arg(path) << Qt::endl;
            return false;
        }
        policy->approved += names;
        *given = true;
    }
    policy->approved.removeDuplicates();
    return true;
}

} // namespace

// tollgate-cli audit --offline DIR|FILE [--json] [--type asterisk|freeswitch] [--pbx-version TEXT]
//                   [--ss FILE] [--firewall FILE] [--fail2ban FILE] [--ps FILE] [--name NAME]
//                   [--approved-users LIST] [--approved-users-file FILE]
int runAudit(const QStringList &args)
{
    const QString target = optionValue(args, QStringLiteral("--offline"));
    if (target.isEmpty() || args.contains(QStringLiteral("--help"))) {
        (target.isEmpty() ? err() : out())
            << tr("Usage: tollgate-cli audit --offline DIR|FILE [--json] [--type asterisk|freeswitch]\n"
                  "                          [--pbx-version TEXT] [--ss FILE] [--firewall FILE] [--fail2ban FILE]\n"
                  "                          [--ps FILE] [--name NAME] [--approved-users LIST]\n"
                  "                          [--approved-users-file FILE]\n"
                  "Runs the configuration checks on a folder of Asterisk (*.conf) or FreeSWITCH (freeswitch.xml,\n"
                  "vars.xml, autoload_configs/, sip_profiles/, directory/) files, or on one such file; the\n"
                  "layout is detected. --pbx-version checks the Asterisk version against the built-in advisory\n"
                  "table; --ss, --firewall, --fail2ban and --ps take saved output of `ss -lntup`,\n"
                  "`nft list ruleset` (or `iptables -S`), `fail2ban-client status` and `ps -o user= -C asterisk`.\n"
                  "--approved-users (names separated by commas or spaces) and --approved-users-file (names\n"
                  "on lines, # for comments) list the AMI users, ESL users and event_socket (the shared ESL\n"
                  "password) that may control the PBX: every other one is reported, as in the console.\n"
                  "--json prints one JSON object per finding and line.\n"
                  "Exit codes: 0 no finding of medium severity or above, 1 such findings, 2 bad input.\n")
            << Qt::endl;
        return target.isEmpty() ? 2 : 0;
    }

    AuditInput in;
    const QFileInfo fi(target);
    in.pbx = optionValue(args, QStringLiteral("--name"), fi.fileName());
    in.source = QStringLiteral("offline %1").arg(target);
    if (fi.isDir()) {
        if (!in.files.loadDirectory(target)) {
            err() << in.files.errors().join(QLatin1Char('\n')) << Qt::endl;
            return 2;
        }
    } else if (fi.isFile()) {
        if (fi.size() > ConfigFileSet::kMaxFileBytes) {
            err() << tr("%1 is larger than %2 MiB; not audited.").arg(target).arg(ConfigFileSet::kMaxFileBytes / (1024 * 1024))
                  << Qt::endl;
            return 2;
        }
        QFile f(target);
        if (!f.open(QIODevice::ReadOnly)) {
            err() << tr("%1 could not be read: %2.").arg(target, f.errorString()) << Qt::endl;
            return 2;
        }
        in.files.insert(fi.fileName(), f.read(ConfigFileSet::kMaxFileBytes));
    } else {
        err() << tr("%1 is neither a folder nor a file.").arg(target) << Qt::endl;
        return 2;
    }
    if (in.files.isEmpty()) {
        err() << tr("%1 holds no readable files.").arg(target) << Qt::endl;
        return 2;
    }

    const QString type = optionValue(args, QStringLiteral("--type")).toLower();
    if (!type.isEmpty()) {
        if (type != QLatin1String("asterisk") && type != QLatin1String("freeswitch")) {
            err() << tr("--type must be asterisk or freeswitch.") << Qt::endl;
            return 2;
        }
        in.type = type == QLatin1String("freeswitch") ? PbxType::FreeSwitch : PbxType::Asterisk;
        in.typeKnown = true;
    } else if (!AuditRunner::detectType(in.files, &in.type)) {
        err() << tr("%1 holds no Asterisk (*.conf) or FreeSWITCH (freeswitch.xml, vars.xml, autoload_configs/) "
                    "configuration; give --type if the layout is unusual.").arg(target)
              << Qt::endl;
        return 2;
    } else {
        in.typeKnown = true;
    }
    in.version = optionValue(args, QStringLiteral("--pbx-version"));

    const struct {
        const char *option;
        QString *text;
    } hostFiles[] = {{"--ss", &in.host.listening},
                     {"--firewall", &in.host.firewall},
                     {"--fail2ban", &in.host.fail2ban},
                     {"--ps", &in.host.processUser}};
    for (const auto &h : hostFiles) {
        const QString path = optionValue(args, QLatin1String(h.option));
        if (path.isEmpty())
            continue;
        if (!readText(path, h.text)) {
            err() << tr("%1 could not be read.").arg(path) << Qt::endl;
            return 2;
        }
        in.hostCollected = true;
        if (qstrcmp(h.option, "--firewall") == 0)
            in.host.firewallCollected = true;
    }

    if (!approvedUsers(args, &in.access, &in.accessKnown))
        return 2;

    const AuditResult r = AuditRunner::run(in);
    for (const QString &e : r.errors)
        err() << tr("warning: %1").arg(e) << Qt::endl;

    if (args.contains(QStringLiteral("--json"))) {
        for (const Finding &f : r.findings)
            out() << QString::fromUtf8(QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        for (const Finding &f : r.findings) {
            out() << QStringLiteral("[%1] %2  %3\n    %4\n")
                         .arg(severityName(f.severity).toUpper(), f.location(), f.check, f.title);
            if (!f.evidence.isEmpty())
                out() << QStringLiteral("    > %1\n").arg(f.evidence.split(QLatin1Char('\n')).join(QStringLiteral("\n    > ")));
        }
        out() << tr("%1: %2, score %3/100, findings: %4 (%5 critical, %6 high, %7 medium, %8 low)")
                     .arg(r.pbx, pbxTypeName(r.type))
                     .arg(r.score())
                     .arg(r.findings.size())
                     .arg(r.count(Severity::Critical))
                     .arg(r.count(Severity::High))
                     .arg(r.count(Severity::Medium))
                     .arg(r.count(Severity::Low))
              << '\n';
    }
    out().flush();
    return r.hasAtLeast(Severity::Medium) ? 1 : 0;
}

} // namespace tg::cli
