#include "AccessReview.h"

#include "AsteriskConfig.h"
#include "AsteriskDialplan.h"
#include "ConfigFileSet.h"
#include "FreeSwitchConfig.h"
#include "configdiff/ChangeClassifier.h"

#include "Translations.h"

#include <QDateTime>
#include <QHash>

namespace tg {

namespace {

QString tr(const char *text)
{
    // lupdate files these strings under the enclosing class or namespace (see Translations::lookup).
    return Translations::lookup({"tg::AccessReview", "tg::Audit", "tg"}, text);
}

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kMaxInactiveListed = 20;   // more than this: one finding that lists them

bool isTrueValue(const QString &v)
{
    const QString t = v.trimmed().toLower();
    return t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on") || t == QLatin1String("1");
}

// 00..., 011..., +...: a number abroad, where forwarding fraud makes its money.
bool isInternationalNumber(const QString &number)
{
    return number.startsWith(QLatin1String("00")) || number.startsWith(QLatin1String("011"))
        || number.startsWith(QLatin1Char('+'));
}

FreeSwitchConfig parseFreeSwitch(const ConfigFileSet &files)
{
    FreeSwitchConfig conf;
    if (files.contains(QStringLiteral("freeswitch.xml")))
        conf.parseDocument(files, QStringLiteral("freeswitch.xml"));
    else
        conf.parseLayout(files);
    return conf;
}

bool inDirectory(const FreeSwitchConfig &c, int node)
{
    if (c.node(node).file.startsWith(QLatin1String("directory/")))
        return true;
    for (int p = c.node(node).parent; p >= 0; p = c.node(p).parent)
        if (c.node(p).name == QLatin1String("section") && c.node(p).attr(QStringLiteral("name")) == QLatin1String("directory"))
            return true;
    return false;
}

QString dateText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

void asteriskAccounts(const ConfigFileSet &files, QVector<ReviewedAccount> &out)
{
    const auto phones = [&](const char *fileName, const char *kind, bool endpointsOnly) {
        AsteriskConfig conf;
        if (!conf.parse(files, QLatin1String(fileName)))
            return;
        for (const AstSection &s : conf.sections()) {
            if (s.isTemplate || s.name == QLatin1String("general") || s.name == QLatin1String("authentication"))
                continue;
            const AstEntry type = conf.value(s, QStringLiteral("type"));
            if (!type.line || (endpointsOnly && type.value.trimmed().toLower() != QLatin1String("endpoint"))
                || (endpointsOnly && s.name == QLatin1String("anonymous")))
                continue;
            out.append({s.name, QLatin1String(kind), s.file, s.line, false, false});
        }
    };
    phones("sip.conf", "SIP", false);
    phones("pjsip.conf", "PJSIP", true);
    phones("iax.conf", "IAX2", false);

    AsteriskConfig manager;
    if (!manager.parse(files, QStringLiteral("manager.conf")))
        return;
    const AstSection *general = manager.section(QStringLiteral("general"));
    if (!general || !AsteriskConfig::isTrue(manager.value(*general, QStringLiteral("enabled")).value))
        return;
    for (const AstSection &s : manager.sections()) {
        if (s.isTemplate || s.name == QLatin1String("general"))
            continue;
        bool powerful = false;
        for (const QString &w : manager.value(s, QStringLiteral("write")).value.split(QLatin1Char(','))) {
            const QString t = w.trimmed().toLower();
            powerful = powerful || t == QLatin1String("all") || t == QLatin1String("system")
                || t == QLatin1String("command") || t == QLatin1String("originate");
        }
        out.append({s.name, QStringLiteral("AMI"), s.file, s.line, true, powerful});
    }
}

void freeswitchAccounts(const ConfigFileSet &files, QVector<ReviewedAccount> &out)
{
    const FreeSwitchConfig c = parseFreeSwitch(files);
    QHash<int, int> eslPasswordOf;   // user node -> its esl-password param
    for (int p : c.findAll(QStringLiteral("param")))
        if (c.node(p).attr(QStringLiteral("name")) == QLatin1String("esl-password"))
            eslPasswordOf.insert(c.ancestor(p, QStringLiteral("user")), p);
    for (int u : c.findAll(QStringLiteral("user"))) {
        if (!inDirectory(c, u))
            continue;
        const FsXmlNode &n = c.node(u);
        const QString id = n.attr(QStringLiteral("id"));
        if (id.isEmpty())
            continue;
        out.append({id, QStringLiteral("SIP"), n.file, n.line, false, false});
        if (eslPasswordOf.contains(u)) {
            // mod_event_socket's "userauth user@domain:password".
            const int domain = c.ancestor(u, QStringLiteral("domain"));
            const QString name = domain >= 0 ? id + QLatin1Char('@') + c.node(domain).attr(QStringLiteral("name")) : id;
            const FsXmlNode &p = c.node(eslPasswordOf.value(u));
            out.append({name, QStringLiteral("ESL"), p.file, p.line, true, true});
        }
    }
    const int esl = c.configuration(QStringLiteral("event_socket.conf"));
    if (esl >= 0 && c.param(esl, QStringLiteral("password")) >= 0) {
        const FsXmlNode &p = c.node(c.param(esl, QStringLiteral("password")));
        out.append({QStringLiteral("event_socket"), QStringLiteral("ESL"), p.file, p.line, true, true});
    }
}

void asteriskForwarding(const ConfigFileSet &files, FindingList &out)
{
    AsteriskConfig conf;
    if (!conf.parse(files, QStringLiteral("extensions.conf")))
        return;
    AsteriskDialplan dp;
    dp.load(conf);
    for (const QString &name : dp.contextNames()) {
        for (const AsteriskDialplan::Extension &x : dp.context(name)->extensions) {
            for (const AsteriskDialplan::Step &s : x.steps) {
                const QString call = QStringLiteral("%1(%2)").arg(s.app, s.data);
                const QString number = ChangeClassifier::externalNumberIn(s.data);
                // A route for that very number (exten => 0044...,1,Dial(.../0044...)) is not a forward.
                if (number.isEmpty() || number == x.pattern || !ChangeClassifier::routesCalls(call))
                    continue;
                const bool abroad = isInternationalNumber(number);
                out << makeFinding("access.external_forward", abroad ? Severity::High : Severity::Medium,
                            tr("Calls to %1 in context %2 are forwarded to the external number %3")
                                .arg(x.pattern, name, number),
                            name + QLatin1Char('/') + x.pattern, s.file, s.line,
                            QStringLiteral("exten => %1,...,%2").arg(x.pattern, call),
                            tr("Every call that reaches %1 is sent on to %2, outside the PBX, and you pay for that "
                               "outgoing leg. Intruders who get into a PBX set up exactly such forwards to premium or "
                               "international numbers they profit from, then call the extension from a cheap line "
                               "(or let callers do it) so the PBX keeps dialling out for them.")
                                .arg(x.pattern, number),
                            tr("Check that somebody in your organisation asked for this forward and that %1 is their "
                               "number. If not, remove the line from extensions.conf, run \"dialplan reload\", and "
                               "look at the Config tab's history of the file to see when it appeared.")
                                .arg(number));
                break;   // one finding per extension
            }
        }
    }
}

void freeswitchForwarding(const ConfigFileSet &files, FindingList &out)
{
    const FreeSwitchConfig c = parseFreeSwitch(files);
    // Directory users: forward variables (call_forward_*, forward_*_destination with its
    // forward_*_enabled switch) and dial-strings that point outside.
    struct Forward {
        int node;
        QString name, value, number;
    };
    QHash<int, QVector<Forward>> byUser;
    QHash<int, QHash<QString, QString>> switches;   // user -> "forward_all_enabled" -> value
    for (const char *tag : {"variable", "param"}) {
        for (int v : c.findAll(QLatin1String(tag))) {
            const QString name = c.node(v).attr(QStringLiteral("name")).toLower();
            if (!name.contains(QLatin1String("forward")) && name != QLatin1String("dial-string"))
                continue;
            const int user = c.ancestor(v, QStringLiteral("user"));
            if (user < 0 || !inDirectory(c, user))
                continue;
            const QString value = c.node(v).attr(QStringLiteral("value"));
            if (name.endsWith(QLatin1String("_enabled"))) {
                switches[user].insert(name, value);
                continue;
            }
            const QString number = ChangeClassifier::externalNumberIn(value);
            const bool gateway = name == QLatin1String("dial-string") && value.contains(QLatin1String("gateway/"));
            if (!number.isEmpty() || gateway)
                byUser[user].append({v, name, value, number.isEmpty() ? value : number});
        }
    }
    for (auto it = byUser.cbegin(); it != byUser.cend(); ++it) {
        const QString id = c.node(it.key()).attr(QStringLiteral("id"));
        for (const Forward &f : it.value()) {
            // forward_all_destination counts only while forward_all_enabled is not false.
            QString enabledKey = f.name;
            enabledKey.replace(QLatin1String("_destination"), QLatin1String("_enabled"));
            const auto sw = switches.value(it.key());
            if (enabledKey != f.name && sw.contains(enabledKey) && !isTrueValue(sw.value(enabledKey)))
                continue;
            out << makeFinding("access.external_forward", isInternationalNumber(f.number) ? Severity::High : Severity::Medium,
                        tr("Calls to user %1 are forwarded to %2").arg(id, f.number), id, c.node(f.node).file,
                        c.node(f.node).line,
                        QStringLiteral("<%1 name=\"%2\" value=\"%3\"/>").arg(c.node(f.node).name, f.name, f.value),
                        tr("Calls for user %1 are sent on to %2, outside the PBX, and you pay for that outgoing leg. "
                           "Intruders who get into a PBX set up exactly such forwards to premium or international "
                           "numbers they profit from.").arg(id, f.number),
                        tr("Check that the user asked for this forward and that the number is theirs; if not, remove "
                           "the variable from the user's directory file and run \"reloadxml\"."));
            break;
        }
    }
    // Dialplan: an extension for one literal number whose actions send the call to an external number.
    for (int a : c.findAll(QStringLiteral("action"))) {
        const QString app = c.node(a).attr(QStringLiteral("application")).toLower();
        const QString data = c.node(a).attr(QStringLiteral("data"));
        const bool sends = app == QLatin1String("bridge") || app == QLatin1String("transfer")
            || app == QLatin1String("deflect") || app == QLatin1String("redirect")
            || ((app == QLatin1String("set") || app == QLatin1String("export")) && data.contains(QLatin1String("forward"), Qt::CaseInsensitive));
        const QString number = ChangeClassifier::externalNumberIn(data);
        const int ext = c.ancestor(a, QStringLiteral("extension"));
        if (!sends || number.isEmpty() || ext < 0)
            continue;
        const int cond = c.ancestor(a, QStringLiteral("condition"));
        const QString expression = cond >= 0 ? c.node(cond).attr(QStringLiteral("expression")) : QString();
        if (expression.contains(number))
            continue;   // the route for that number itself
        const int ctx = c.ancestor(ext, QStringLiteral("context"));
        const QString ctxName = ctx >= 0 ? c.node(ctx).attr(QStringLiteral("name")) : QString();
        const QString extName = c.node(ext).attr(QStringLiteral("name"));
        out << makeFinding("access.external_forward", isInternationalNumber(number) ? Severity::High : Severity::Medium,
                    tr("Calls to extension %1 in context %2 are forwarded to the external number %3")
                        .arg(extName, ctxName, number),
                    ctxName + QLatin1Char('/') + extName, c.node(a).file, c.node(a).line,
                    QStringLiteral("<condition expression=\"%1\"> <action application=\"%2\" data=\"%3\"/>")
                        .arg(expression, app, data),
                    tr("Every call that reaches this extension is sent on to %1, outside the PBX, and you pay for "
                       "that outgoing leg. Intruders who get into a PBX set up exactly such forwards to premium or "
                       "international numbers they profit from.").arg(number),
                    tr("Check that somebody asked for this forward and that %1 is their number. If not, remove the "
                       "action from the dialplan and run \"reloadxml\".").arg(number));
    }
}

} // namespace

QVector<ReviewedAccount> AccessReview::accounts(const ConfigFileSet &files, PbxType type)
{
    QVector<ReviewedAccount> out;
    if (type == PbxType::FreeSwitch)
        freeswitchAccounts(files, out);
    else
        asteriskAccounts(files, out);
    return out;
}

FindingList AccessReview::forwarding(const ConfigFileSet &files, PbxType type)
{
    FindingList out;
    if (type == PbxType::FreeSwitch)
        freeswitchForwarding(files, out);
    else
        asteriskForwarding(files, out);
    return out;
}

FindingList AccessReview::run(const ConfigFileSet &files, PbxType type, const AccessPolicy &policy, bool policyKnown,
                              const AccountActivity &activity)
{
    FindingList out;
    const QVector<ReviewedAccount> all = accounts(files, type);
    QStringList management;
    const ReviewedAccount *firstManagement = nullptr;
    for (const ReviewedAccount &a : all) {
        if (!a.management)
            continue;
        management << a.name;
        if (!firstManagement)
            firstManagement = &a;
    }
    if (policyKnown && policy.approved.isEmpty() && firstManagement) {
        out << makeFinding("access.no_approved_list", Severity::Low,
                    tr("No approved list of AMI/ESL users for this PBX (%1 defined: %2)")
                        .arg(management.size())
                        .arg(management.join(QStringLiteral(", "))),
                    QStringLiteral("approved_list"), firstManagement->file, firstManagement->line,
                    management.join(QStringLiteral(", ")),
                    tr("AMI and ESL users can control the PBX: place calls, read its configuration, and sometimes "
                       "run commands. An account an intruder added, or one a former contractor still knows, is easy "
                       "to miss among legitimate ones. With an approved list, Tollgate reports every user that is "
                       "not on it."),
                    tr("Edit the PBX (PBX \u2192 Edit selected PBX\u2026) and list the AMI/ESL users you know and need under "
                       "\"Approved AMI/ESL users\"; remove the others from the PBX."));
    } else if (policyKnown) {
        for (const ReviewedAccount &a : all) {
            if (!a.management || policy.isApproved(a.name))
                continue;
            out << makeFinding("access.unapproved_user", a.powerful ? Severity::High : Severity::Medium,
                        tr("%1 user %2 is not on the approved list").arg(a.kind, a.name), a.name, a.file, a.line,
                        tr("[%1] (%2); approved: %3").arg(a.name, a.kind, policy.listText()),
                        tr("Nobody approved this %1 user for this PBX. It may be an account an intruder added to keep "
                           "control of the PBX, or an old one nobody needs any more; either way it is a door into "
                           "the PBX%2.")
                            .arg(a.kind, a.powerful ? tr(" that can place calls or run commands") : QString()),
                        tr("Find out who uses %1. If nobody does, remove it from the PBX's configuration and reload; "
                           "if it is needed, add it to \"Approved AMI/ESL users\" in the PBX's settings.")
                            .arg(a.name));
        }
    }

    // Inactivity: only when the store has watched this PBX for longer than the period.
    const qint64 periodMs = qint64(policy.inactiveDays) * kDayMs;
    if (activity.known && policy.inactiveDays > 0 && activity.historySinceMs > 0
        && activity.historySinceMs <= activity.nowMs - periodMs) {
        FindingList inactive;
        for (const ReviewedAccount &a : all) {
            if (a.kind == QLatin1String("ESL"))
                continue;   // ESL logins raise no event Tollgate stores
            const qint64 last = activity.lastSeenMs.value(a.name, 0);
            if (last >= activity.nowMs - periodMs)
                continue;
            inactive << makeFinding("access.inactive_account", Severity::Low,
                             tr("%1 account %2: no registration or call in %3 days (inactive, disable?)")
                                 .arg(a.kind, a.name)
                                 .arg(policy.inactiveDays),
                             a.name, a.file, a.line,
                             last > 0 ? tr("last activity %1").arg(dateText(last))
                                      : tr("no activity stored since %1").arg(dateText(activity.historySinceMs)),
                             tr("An account nobody uses still has a password that attackers can guess, and its misuse "
                                "stands out to nobody because nobody expects calls from it. Unused accounts are a "
                                "common way in for toll fraud."),
                             tr("Ask whether %1 is still needed. If not, disable it (remove it or comment it out) and "
                                "reload; if it is, check that its password is strong.").arg(a.name));
        }
        if (inactive.size() > kMaxInactiveListed) {
            QStringList names;
            for (const Finding &f : std::as_const(inactive))
                names << f.subject;
            Finding summary = inactive.first();
            summary.subject = QStringLiteral("inactive_accounts");
            summary.title = tr("%1 accounts had no registration or call in %2 days (inactive, disable?)")
                            .arg(inactive.size())
                            .arg(policy.inactiveDays);
            summary.evidence = names.join(QStringLiteral(", "));
            summary.howToFix = tr("Ask whether these accounts are still needed. Disable (remove or comment out) the ones "
                              "that are not and reload; check that the others have strong passwords.");
            out << summary;
        } else {
            out += inactive;
        }
    }
    return out;
}

QStringList AccessReview::checkIds()
{
    return {QStringLiteral("access.unapproved_user"), QStringLiteral("access.no_approved_list"),
            QStringLiteral("access.inactive_account"), QStringLiteral("access.external_forward")};
}

} // namespace tg
