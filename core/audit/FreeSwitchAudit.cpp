#include "FreeSwitchAudit.h"

#include "ConfigFileSet.h"
#include "FreeSwitchConfig.h"
#include "PasswordPolicy.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QSet>

namespace tg {

namespace {

QString tr(const char *text)
{
    // lupdate files these strings under the enclosing class or namespace (see Translations::lookup).
    return Translations::lookup({"tg::FreeSwitchAudit", "tg::Audit", "tg"}, text);
}

bool isTrue(const QString &v)
{
    const QString t = v.trimmed().toLower();
    return t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on") || t == QLatin1String("1");
}

bool isLoopback(const QString &addr)
{
    const QString a = addr.trimmed().toLower();
    return a.startsWith(QLatin1String("127.")) || a == QLatin1String("::1") || a == QLatin1String("localhost");
}

struct Audit {
    const FreeSwitchConfig &c;
    FindingList out;
    QStringList phoneContexts;
    QStringList guestContexts;

    explicit Audit(const FreeSwitchConfig &conf) : c(conf) {}

    Finding &add(const char *check, Severity sev, const QString &title, const QString &subject, int node,
                 const QString &evidence, const QString &why, const QString &how, const QString &fix = {})
    {
        Finding f;
        f.check = QLatin1String(check);
        f.severity = sev;
        f.title = title;
        f.subject = subject;
        if (node >= 0) {
            f.file = c.node(node).file;
            f.line = c.node(node).line;
        }
        f.evidence = evidence;
        f.why = why;
        f.howToFix = how;
        f.fix = fix;
        out << f;
        return out.last();
    }

    bool inSection(int node, const char *section, const char *folder) const
    {
        if (c.node(node).file.startsWith(QLatin1String(folder)))
            return true;
        for (int p = c.node(node).parent; p >= 0; p = c.node(p).parent)
            if (c.node(p).name == QLatin1String("section") && c.node(p).attr(QStringLiteral("name")) == QLatin1String(section))
                return true;
        return false;
    }

    bool moduleLoaded(const char *module) const
    {
        const int mods = c.configuration(QStringLiteral("modules.conf"));
        if (mods < 0)
            return true;   // not known: assume loaded
        for (int i : c.findAll(QStringLiteral("load")))
            if (c.ancestor(i, QStringLiteral("configuration")) == mods
                && c.node(i).attr(QStringLiteral("module")) == QLatin1String(module))
                return true;
        return false;
    }

    QString paramEvidence(int p, bool secret) const
    {
        const FsXmlAttr *v = c.node(p).attribute(QStringLiteral("value"));
        const QString raw = v ? v->raw : QString();
        QString shown = secret ? PasswordPolicy::mask() : (v ? v->value : QString());
        if (raw.contains(QLatin1String("$${")))
            shown += QStringLiteral("  (%1)").arg(raw);
        return QStringLiteral("<param name=\"%1\" value=\"%2\"/>").arg(c.node(p).attr(QStringLiteral("name")), shown);
    }

    void vars();
    void eventSocket();
    void sofia();
    void directory();
    void dialplan();
};

void Audit::vars()
{
    const auto it = c.variables().constFind(QStringLiteral("default_password"));
    if (it == c.variables().cend())
        return;
    const PasswordPolicy::Verdict v = PasswordPolicy::judge(it->value, QString());
    if (!v.weak())
        return;
    Finding f;
    f.check = QStringLiteral("fs.vars.default_password");
    f.severity = qMax(v.severity, Severity::High);
    f.title = tr("The default password for all users %1").arg(v.reason);
    f.subject = QStringLiteral("default_password");
    f.file = it->file;
    f.line = it->line;
    f.evidence = QStringLiteral("<X-PRE-PROCESS cmd=\"set\" data=\"default_password=%1\"/>").arg(PasswordPolicy::mask());
    f.why = tr("default_password in vars.xml is the password of every directory user that does not set its own "
               "(FreeSWITCH ships with a well-known value, and its sample users 1000-1019 use it). Scanners try it first; a "
               "match lets them register as your extensions and call out at your expense.");
    f.howToFix = tr("Set default_password to a long random value in vars.xml, give every user its own strong "
                    "password, then run \"reloadxml\" and update the phones.");
    out << f;
}

void Audit::eventSocket()
{
    const int cfg = c.configuration(QStringLiteral("event_socket.conf"));
    if (cfg < 0 || !moduleLoaded("mod_event_socket"))
        return;
    const int pw = c.param(cfg, QStringLiteral("password"));
    const int listen = c.param(cfg, QStringLiteral("listen-ip"));
    const int acl = c.param(cfg, QStringLiteral("apply-inbound-acl"));
    const QString listenIp = listen >= 0 ? c.node(listen).attr(QStringLiteral("value")) : QStringLiteral("127.0.0.1");
    const bool exposed = !isLoopback(listenIp);
    if (pw >= 0) {
        const FsXmlAttr *value = c.node(pw).attribute(QStringLiteral("value"));
        const QString secret = value ? value->value : QString();
        const PasswordPolicy::Verdict v = PasswordPolicy::judge(secret, QString());
        if (v.weak()) {
            const bool clueCon = secret == QLatin1String("ClueCon");
            // A literal value can be replaced in place; a $${var} lives elsewhere.
            const bool literal = value && !value->raw.contains(QLatin1String("$${"));
            add("fs.esl.password", clueCon || exposed ? Severity::Critical : qMax(v.severity, Severity::High),
                clueCon ? tr("The event socket password is FreeSWITCH's well-known default")
                        : tr("The event socket password %1").arg(v.reason),
                QStringLiteral("event_socket"), pw, paramEvidence(pw, true),
                tr("The event socket (port 8021) gives full control of FreeSWITCH: it can originate calls to any "
                   "number and run system commands on the server. Its password is the only protection, and "
                   "FreeSWITCH's default password is printed in every guide, so it is the first thing attackers try%1.")
                    .arg(exposed ? tr(", and this socket listens on %1, reachable from the network").arg(listenIp)
                                 : QString()),
                tr("Set a long random password in event_socket.conf.xml, store it where your ESL clients read it "
                   "(Tollgate keeps it in the keychain), then reload mod_event_socket."),
                literal ? QStringLiteral("esl.password") : QString());
        }
    }
    if (exposed && acl < 0)
        add("fs.esl.exposed", Severity::High,
            tr("The event socket listens on %1 without an inbound ACL").arg(listenIp), QStringLiteral("event_socket"),
            listen >= 0 ? listen : cfg, listen >= 0 ? paramEvidence(listen, false) : tr("listen-ip is not set"),
            tr("mod_event_socket accepts connections on every address of this server and no apply-inbound-acl "
               "limits who may connect, so anyone on the internet who reaches port 8021 can try passwords."),
            tr("Set listen-ip to 127.0.0.1 when ESL clients run on the server (Tollgate can use an SSH tunnel), or "
               "add <param name=\"apply-inbound-acl\" value=\"loopback.auto\"/> (or an ACL listing your "
               "management hosts), then reload mod_event_socket."));
}

void Audit::sofia()
{
    bool anyTls = false;
    int profiles = 0;
    int firstProfile = -1;
    for (int p : c.findAll(QStringLiteral("profile"))) {
        const int cfg = c.ancestor(p, QStringLiteral("configuration"));
        const bool isSofia = (cfg >= 0 && c.node(cfg).attr(QStringLiteral("name")) == QLatin1String("sofia.conf"))
            || c.node(p).file.startsWith(QLatin1String("sip_profiles/"));
        if (!isSofia)
            continue;
        ++profiles;
        if (firstProfile < 0)
            firstProfile = p;
        const QString name = c.node(p).attr(QStringLiteral("name"));
        auto value = [&](const char *key) {
            const int i = c.param(p, QLatin1String(key));
            return i >= 0 ? c.node(i).attr(QStringLiteral("value")) : QString();
        };
        const QString context = value("context").isEmpty() ? QStringLiteral("public") : value("context");
        const int authCalls = c.param(p, QStringLiteral("auth-calls"));
        const bool authOff = authCalls >= 0 && !isTrue(c.node(authCalls).attr(QStringLiteral("value")));
        (authOff ? guestContexts : phoneContexts) << context;
        if (authOff)
            add("fs.sofia.auth_calls_off", context == QLatin1String("public") ? Severity::Medium : Severity::High,
                tr("Sofia profile %1 does not authenticate calls (auth-calls false)").arg(name), name, authCalls,
                paramEvidence(authCalls, false),
                tr("Calls arriving on this profile are not challenged for a password and go to the \"%1\" "
                   "context. That is only safe when that context reaches nothing but your own numbers; any "
                   "route out from there can be used by anyone who can send SIP to this port.")
                    .arg(context),
                tr("Set auth-calls to true, or keep it off only on a profile for provider trunks whose context "
                   "routes inbound numbers to your extensions and nowhere else."));
        for (const char *key : {"accept-blind-reg", "accept-blind-auth"}) {
            const int i = c.param(p, QLatin1String(key));
            if (i < 0 || !isTrue(c.node(i).attr(QStringLiteral("value"))))
                continue;
            const bool auth = qstrcmp(key, "accept-blind-auth") == 0;
            add(auth ? "fs.sofia.blind_auth" : "fs.sofia.blind_reg", auth ? Severity::Critical : Severity::High,
                auth ? tr("Sofia profile %1 accepts any password (accept-blind-auth)").arg(name)
                     : tr("Sofia profile %1 accepts any registration (accept-blind-reg)").arg(name),
                name, i, paramEvidence(i, false),
                auth ? tr("With accept-blind-auth, FreeSWITCH challenges for a password but accepts whatever is "
                          "answered, so every account is open to anyone.")
                     : tr("With accept-blind-reg, FreeSWITCH lets any device register as any user, without a "
                          "password, and then routes that user's calls to it."),
                tr("Remove the parameter (or set it to false) and run \"reload mod_sofia\"."));
        }
        anyTls = anyTls || isTrue(value("tls"));
    }
    if (profiles > 0 && !anyTls)
        add("fs.sofia.no_tls", Severity::Low, tr("No Sofia profile offers TLS"), QStringLiteral("sofia"), firstProfile,
            tr("no profile with tls=true"),
            tr("Without TLS, SIP messages cross the network in clear text: anyone on the path sees who calls "
               "whom, and the digest exchange can be captured and the password cracked offline."),
            tr("Enable TLS on the internal profile (tls=true with a certificate in the tls folder) and move phones "
               "to it."));
}

void Audit::directory()
{
    for (int u : c.findAll(QStringLiteral("user"))) {
        if (!inSection(u, "directory", "directory/"))
            continue;
        const QString id = c.node(u).attr(QStringLiteral("id"));
        for (int v : c.findAll(QStringLiteral("variable")))
            if (c.ancestor(v, QStringLiteral("user")) == u && c.node(v).attr(QStringLiteral("name")) == QLatin1String("user_context"))
                phoneContexts << c.node(v).attr(QStringLiteral("value"));
        const int pw = c.param(u, QStringLiteral("password"));
        if (pw < 0)
            continue;
        const PasswordPolicy::Verdict v = PasswordPolicy::judge(c.node(pw).attr(QStringLiteral("value")), id);
        if (!v.weak())
            continue;
        add("fs.directory.weak_password", v.severity, tr("Weak password for user %1: it %2").arg(id, v.reason), id, pw,
            paramEvidence(pw, true),
            tr("Attackers scan the internet for PBXes and try common and simple passwords against every account, "
               "thousands per minute. An account with a guessable password lets them register as that phone and "
               "make calls on your bill, often to expensive international numbers, within hours of finding it."),
            tr("Give this user a random password of at least %1 characters in its directory file, run "
               "\"reloadxml\" and update the phone.").arg(PasswordPolicy::kMinLength));
    }
}

void Audit::dialplan()
{
    QSet<QString> reachable;
    for (const QString &s : phoneContexts + guestContexts)
        reachable.insert(s);
    const QSet<QString> guests(guestContexts.cbegin(), guestContexts.cend());
    for (int ctx : c.findAll(QStringLiteral("context"))) {
        if (!inSection(ctx, "dialplan", "dialplan/"))
            continue;
        const QString ctxName = c.node(ctx).attr(QStringLiteral("name"));
        if (!reachable.isEmpty() && !reachable.contains(ctxName))
            continue;
        for (int ext : c.children(ctx, QStringLiteral("extension"))) {
            bool international = false, restricted = false;
            int bridge = -1;
            QString expression;
            for (int cond : c.children(ext, QStringLiteral("condition"))) {
                const QString field = c.node(cond).attr(QStringLiteral("field"));
                const QString expr = c.node(cond).attr(QStringLiteral("expression"));
                if (field == QLatin1String("destination_number")) {
                    QString e = expr;
                    e.remove(QLatin1Char('^')).remove(QLatin1Char('(')).remove(QStringLiteral("?:"));
                    const bool intl = e.startsWith(QLatin1String("00")) || e.startsWith(QLatin1String("011"))
                        || e.startsWith(QLatin1String("\\+")) || e.startsWith(QLatin1String("+"))
                        || e.startsWith(QLatin1String("9011"));
                    const bool catchAll = e.startsWith(QLatin1String(".*")) || e.startsWith(QLatin1String(".+"))
                        || e.startsWith(QLatin1String("\\d+")) || e.startsWith(QLatin1String("\\d*"))
                        || e.startsWith(QLatin1String("[0-9]+"));
                    if (intl || catchAll) {
                        international = true;
                        expression = expr;
                    }
                } else if (!field.isEmpty()) {
                    restricted = true;   // e.g. ${toll_allow}, caller_id_number, time of day
                }
                for (int a : c.children(cond, QStringLiteral("action"))) {
                    const QString app = c.node(a).attr(QStringLiteral("application"));
                    const QString data = c.node(a).attr(QStringLiteral("data"));
                    if (app == QLatin1String("bridge")
                        && (data.contains(QLatin1String("sofia/gateway/")) || data.contains(QLatin1String("sofia/external/"))))
                        bridge = a;
                }
            }
            if (!international || restricted || bridge < 0)
                continue;
            const QString extName = c.node(ext).attr(QStringLiteral("name"));
            const bool guest = guests.contains(ctxName);
            add("fs.dialplan.open_international", guest ? Severity::Critical : Severity::High,
                tr("Extension %1 in context %2 bridges international numbers without a check").arg(extName, ctxName),
                ctxName + QLatin1Char('/') + extName, ext,
                QStringLiteral("<condition field=\"destination_number\" expression=\"%1\"> ... bridge %2")
                    .arg(expression, c.node(bridge).attr(QStringLiteral("data"))),
                tr("This extension sends numbers matching %1 out through a gateway with no toll_allow, caller or "
                   "time condition. One account with a guessed password%2 is then enough to call premium "
                   "numbers around the clock at your expense.")
                    .arg(expression, guest ? tr(" (or, here, no account at all)") : QString()),
                tr("Add a condition on ${toll_allow} (as FreeSWITCH's sample dialplan does) so only users allowed "
                   "international calls can use this route, and block premium destinations you do not call."));
        }
    }
}

} // namespace

FindingList FreeSwitchAudit::run(const FreeSwitchConfig &config)
{
    Audit a(config);
    a.vars();
    a.eventSocket();
    a.sofia();
    a.directory();
    a.dialplan();
    sortFindings(a.out);
    return a.out;
}

FindingList FreeSwitchAudit::run(const ConfigFileSet &files, QStringList *errors)
{
    FreeSwitchConfig conf;
    if (files.contains(QStringLiteral("freeswitch.xml")))
        conf.parseDocument(files, QStringLiteral("freeswitch.xml"));
    else
        conf.parseLayout(files);
    if (errors)
        *errors += conf.errors();
    return run(conf);
}

QStringList FreeSwitchAudit::checkIds()
{
    return {QStringLiteral("fs.vars.default_password"), QStringLiteral("fs.esl.password"),
            QStringLiteral("fs.esl.exposed"),           QStringLiteral("fs.sofia.auth_calls_off"),
            QStringLiteral("fs.sofia.blind_reg"),       QStringLiteral("fs.sofia.blind_auth"),
            QStringLiteral("fs.sofia.no_tls"),          QStringLiteral("fs.directory.weak_password"),
            QStringLiteral("fs.dialplan.open_international")};
}

} // namespace tg
