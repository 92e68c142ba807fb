#include "AsteriskAudit.h"

#include "AsteriskConfig.h"
#include "AsteriskDialplan.h"
#include "ConfigFileSet.h"
#include "PasswordPolicy.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QSet>

namespace tg {

namespace {

QString tr(const char *text)
{
    // lupdate files these strings under the enclosing class or namespace (see Translations::lookup).
    return Translations::lookup({"tg::AsteriskAudit", "tg::Audit", "tg"}, text);
}

bool isLoopback(const QString &addr)
{
    QString a = addr.trimmed().toLower();
    if (a.startsWith(QLatin1Char('[')))
        a = a.mid(1).section(QLatin1Char(']'), 0, 0);
    return a.startsWith(QLatin1String("127.")) || a == QLatin1String("::1") || a == QLatin1String("localhost");
}

QString entryText(const AstEntry &e, bool secret = false)
{
    return QStringLiteral("%1 = %2").arg(e.key, secret ? PasswordPolicy::mask() : e.value);
}

struct Audit {
    const ConfigFileSet &files;
    FindingList out;
    QStringList errors;
    QSet<QString> noload;
    bool autoload = true;
    QSet<QString> load;
    QStringList phoneContexts;   // reached by authenticated phones
    QStringList guestContexts;   // reached without authentication

    explicit Audit(const ConfigFileSet &f) : files(f) {}

    void add(const char *check, Severity sev, const QString &title, const QString &subject, const QString &file,
             int line, const QString &evidence, const QString &why, const QString &how, const QString &fix = {})
    {
        out << makeFinding(check, sev, title, subject, file, line, evidence, why, how, fix);
    }

    bool moduleLoaded(const QString &module) const
    {
        if (noload.contains(module))
            return false;
        return autoload || load.contains(module);
    }

    bool parse(AsteriskConfig &conf, const char *name)
    {
        if (!conf.parse(files, QLatin1String(name)))
            return false;
        errors += conf.errors();
        return true;
    }

    void modules();
    void sip();
    void pjsip();
    void iax();
    void manager();
    void dialplan();
    void logger();
    void cdr();
    void options();

    void weakSecret(const char *check, const AstEntry &e, const QString &account, const QString &what,
                    Severity floor = Severity::Info);
};

void Audit::modules()
{
    AsteriskConfig conf;
    if (!parse(conf, "modules.conf"))
        return;
    for (const AstSection &s : conf.sections()) {
        if (s.name != QLatin1String("modules"))
            continue;
        for (const AstEntry &e : s.entries) {
            if (e.key == QLatin1String("autoload"))
                autoload = AsteriskConfig::isTrue(e.value);
            else if (e.key == QLatin1String("noload"))
                noload.insert(e.value.trimmed());
            else if (e.key == QLatin1String("load") || e.key == QLatin1String("require")
                     || e.key == QLatin1String("preload"))
                load.insert(e.value.trimmed());
        }
    }
}

void Audit::weakSecret(const char *check, const AstEntry &e, const QString &account, const QString &what,
                       Severity floor)
{
    const PasswordPolicy::Verdict v = PasswordPolicy::judge(e.value, account);
    if (!v.weak())
        return;
    add(check, qMax(v.severity, floor), tr("Weak %1 for %2: it %3").arg(what, account, v.reason), account, e.file,
        e.line, entryText(e, true),
        tr("Attackers scan the internet for PBXes and try common and simple passwords against every account, "
           "thousands per minute. An account with a guessable password lets them register as that phone and "
           "make calls on your bill, often to expensive international numbers, within hours of finding it."),
        tr("Set a random secret of at least %1 characters (letters and digits), then update the phone or "
           "client that uses this account.").arg(PasswordPolicy::kMinLength));
}

void Audit::sip()
{
    AsteriskConfig conf;
    if (!parse(conf, "sip.conf") || !moduleLoaded(QStringLiteral("chan_sip.so")))
        return;
    const QString file = conf.fileName();
    const AstSection *general = conf.section(QStringLiteral("general"));
    const int generalLine = general ? general->line : 0;

    const AstEntry allowguest = general ? conf.value(*general, QStringLiteral("allowguest")) : AstEntry();
    const bool guests = allowguest.line == 0 || AsteriskConfig::isTrue(allowguest.value);
    const AstEntry generalContext = general ? conf.value(*general, QStringLiteral("context")) : AstEntry();
    const QString defaultContext = generalContext.line ? generalContext.value : QStringLiteral("default");
    if (guests) {
        guestContexts << defaultContext;
        add("ast.sip.allowguest", Severity::High, tr("chan_sip accepts calls from anyone (allowguest)"),
            QStringLiteral("general"), file, allowguest.line ? allowguest.line : generalLine,
            allowguest.line ? entryText(allowguest) : tr("allowguest is not set; chan_sip's default is yes"),
            tr("With allowguest on, a SIP call from an unknown caller is not rejected: it is sent into the "
               "\"%1\" context without any password. If that context, or one it includes, can reach an outside "
               "line, strangers can call through your PBX.").arg(defaultContext),
            tr("Set allowguest=no in the [general] section of sip.conf and reload chan_sip. Calls from your "
               "own phones and trunks with credentials are not affected."),
            QStringLiteral("sip.allowguest"));
    }
    const AstEntry authreject = general ? conf.value(*general, QStringLiteral("alwaysauthreject")) : AstEntry();
    if (authreject.line && !AsteriskConfig::isTrue(authreject.value))
        add("ast.sip.alwaysauthreject", Severity::Medium,
            tr("chan_sip tells attackers which account names exist (alwaysauthreject=no)"), QStringLiteral("general"),
            file, authreject.line, entryText(authreject),
            tr("When alwaysauthreject is off, Asterisk answers differently for an unknown account and for a wrong "
               "password. Scanners use that difference to list your extensions first and then guess only their "
               "passwords, which makes a brute-force attack much faster."),
            tr("Set alwaysauthreject=yes in the [general] section of sip.conf and reload chan_sip."),
            QStringLiteral("sip.alwaysauthreject"));

    const AstEntry tls = general ? conf.value(*general, QStringLiteral("tlsenable")) : AstEntry();
    if (!AsteriskConfig::isTrue(tls.value))
        add("ast.sip.no_tls", Severity::Low, tr("SIP signalling is not encrypted (no TLS transport)"),
            QStringLiteral("general"), file, tls.line ? tls.line : generalLine,
            tls.line ? entryText(tls) : tr("tlsenable is not set (default no)"),
            tr("Without TLS, SIP messages cross the network in clear text: anyone on the path sees who calls "
               "whom, and the digest exchange can be captured and the password cracked offline."),
            tr("Enable a TLS transport (tlsenable=yes with a certificate) and move phones to it; keep UDP only "
               "on networks you control."));

    QStringList noAcl, noSrtp;
    int firstNoAcl = 0, firstNoSrtp = 0;
    for (const AstSection &s : conf.sections()) {
        if (s.isTemplate || s.name == QLatin1String("general") || s.name == QLatin1String("authentication"))
            continue;
        const AstEntry type = conf.value(s, QStringLiteral("type"));
        if (!type.line)
            continue;
        const AstEntry host = conf.value(s, QStringLiteral("host"));
        const bool dynamic = !host.line || host.value.compare(QLatin1String("dynamic"), Qt::CaseInsensitive) == 0;
        const AstEntry context = conf.value(s, QStringLiteral("context"));
        phoneContexts << (context.line ? context.value : defaultContext);

        const AstEntry secret = conf.value(s, QStringLiteral("secret"));
        if (secret.line)
            weakSecret("ast.sip.weak_secret", secret, s.name, tr("SIP secret"));

        const AstEntry insecure = conf.value(s, QStringLiteral("insecure"));
        if (insecure.line && (insecure.value.contains(QLatin1String("invite")) || insecure.value.contains(QLatin1String("port"))))
            add("ast.sip.insecure", dynamic ? Severity::High : Severity::Medium,
                tr("%1 accepts calls without a password (insecure=%2)").arg(s.name, insecure.value), s.name,
                insecure.file, insecure.line, entryText(insecure),
                tr("insecure=invite tells Asterisk not to challenge calls that match this peer, and insecure=port "
                   "matches it by address alone. Anyone who can send from a matching address, or any address "
                   "when the peer is dynamic, can place calls as this account."),
                tr("Remove insecure= unless this is a provider trunk with a fixed address (host=IP), and then "
                   "also restrict it with permit/deny to the provider's addresses."));

        if (conf.values(s, QStringLiteral("permit")).isEmpty() && conf.values(s, QStringLiteral("deny")).isEmpty()
            && !conf.has(s, QStringLiteral("acl")) && dynamic) {
            noAcl << s.name;
            if (!firstNoAcl)
                firstNoAcl = s.line;
        }
        const AstEntry enc = conf.value(s, QStringLiteral("encryption"));
        if (!AsteriskConfig::isTrue(enc.value)) {
            noSrtp << s.name;
            if (!firstNoSrtp)
                firstNoSrtp = s.line;
        }
    }
    if (!noAcl.isEmpty())
        add("ast.sip.no_acl", Severity::Low,
            tr("SIP accounts can register from any address (no permit/deny): %1").arg(noAcl.join(QStringLiteral(", "))),
            noAcl.join(QLatin1Char(',')), file, firstNoAcl, noAcl.join(QStringLiteral(", ")),
            tr("Without permit/deny, a stolen or guessed password works from anywhere in the world. Limiting "
               "each account to the networks its phone really uses makes a leaked password useless to a "
               "remote attacker."),
            tr("Add deny=0.0.0.0/0.0.0.0 and permit=<your office network>/<mask> to each account (or a "
               "template), then reload chan_sip."));
    if (!noSrtp.isEmpty())
        add("ast.sip.no_srtp", Severity::Low,
            tr("SIP accounts send calls unencrypted (no SRTP): %1").arg(noSrtp.join(QStringLiteral(", "))),
            noSrtp.join(QLatin1Char(',')), file, firstNoSrtp, noSrtp.join(QStringLiteral(", ")),
            tr("Without SRTP, the audio of calls crosses the network as plain RTP: anyone on the path can record "
               "and replay conversations."),
            tr("Set encryption=yes on accounts whose phones support SRTP (together with a TLS transport, so "
               "the keys are not sent in clear)."));
}

void Audit::pjsip()
{
    AsteriskConfig conf;
    if (!parse(conf, "pjsip.conf") || !moduleLoaded(QStringLiteral("res_pjsip.so")))
        return;
    const QString file = conf.fileName();
    QHash<QString, const AstSection *> auths;
    QSet<QString> identified;
    bool tlsTransport = false;
    for (const AstSection &s : conf.sections()) {
        if (s.isTemplate)
            continue;
        const QString type = conf.value(s, QStringLiteral("type")).value.toLower();
        if (type == QLatin1String("auth"))
            auths.insert(s.name, &s);
        else if (type == QLatin1String("identify"))
            identified.insert(conf.value(s, QStringLiteral("endpoint")).value);
        else if (type == QLatin1String("transport")) {
            const QString proto = conf.value(s, QStringLiteral("protocol")).value.toLower();
            tlsTransport = tlsTransport || proto == QLatin1String("tls") || proto == QLatin1String("wss");
        }
    }
    QStringList noAcl, noSrtp;
    int firstNoAcl = 0, firstNoSrtp = 0;
    for (const AstSection &s : conf.sections()) {
        if (s.isTemplate)
            continue;
        const QString type = conf.value(s, QStringLiteral("type")).value.toLower();
        if (type == QLatin1String("auth")) {
            const AstEntry pw = conf.value(s, QStringLiteral("password"));
            if (pw.line) {
                const AstEntry user = conf.value(s, QStringLiteral("username"));
                weakSecret("ast.pjsip.weak_secret", pw, user.line ? user.value : s.name, tr("PJSIP password"));
            }
            continue;
        }
        if (type != QLatin1String("endpoint"))
            continue;
        const AstEntry context = conf.value(s, QStringLiteral("context"));
        const QString ctx = context.line ? context.value : QStringLiteral("default");
        const AstEntry auth = conf.value(s, QStringLiteral("auth"));
        if (s.name == QLatin1String("anonymous")) {
            guestContexts << ctx;
            add("ast.pjsip.anonymous", Severity::High, tr("PJSIP accepts calls from anyone (anonymous endpoint)"),
                s.name, s.file, s.line, QStringLiteral("[anonymous] type = endpoint, context = %1").arg(ctx),
                tr("An endpoint named \"anonymous\" receives every call that matches no other endpoint, without a "
                   "password. Whatever its context \"%1\" can dial, any stranger on the internet can dial too.")
                    .arg(ctx),
                tr("Remove the anonymous endpoint unless you must take calls from unknown SIP addresses; if you "
                   "must, give it a context that only reaches your own extensions."));
            continue;
        }
        phoneContexts << ctx;
        if (!auth.line && !identified.contains(s.name))
            add("ast.pjsip.no_auth", Severity::High, tr("PJSIP endpoint %1 has no authentication").arg(s.name), s.name,
                s.file, s.line, tr("[%1] type = endpoint, no auth= and no identify section").arg(s.name),
                tr("An endpoint without auth= is not challenged for a password, and without an identify section "
                   "it is matched by the user name in the request alone. Anyone who knows or guesses the name "
                   "can call as this endpoint."),
                tr("Add an auth section with a strong password and reference it with auth=, or, for a provider "
                   "trunk, add an identify section matching only the provider's addresses."));
        if (conf.values(s, QStringLiteral("permit")).isEmpty() && !conf.has(s, QStringLiteral("acl"))
            && !identified.contains(s.name)) {
            noAcl << s.name;
            if (!firstNoAcl)
                firstNoAcl = s.line;
        }
        const QString media = conf.value(s, QStringLiteral("media_encryption")).value.toLower();
        if (media != QLatin1String("sdes") && media != QLatin1String("dtls")) {
            noSrtp << s.name;
            if (!firstNoSrtp)
                firstNoSrtp = s.line;
        }
    }
    if (!tlsTransport)
        add("ast.pjsip.no_tls", Severity::Low, tr("No PJSIP transport uses TLS"), QStringLiteral("transport"), file, 0,
            tr("no transport with protocol=tls or wss"),
            tr("Without TLS, SIP messages cross the network in clear text: anyone on the path sees who calls "
               "whom, and the digest exchange can be captured and the password cracked offline."),
            tr("Add a transport with protocol=tls and a certificate, and move phones to it."));
    if (!noAcl.isEmpty())
        add("ast.pjsip.no_acl", Severity::Low,
            tr("PJSIP endpoints accept requests from any address (no permit/deny or acl): %1")
                .arg(noAcl.join(QStringLiteral(", "))),
            noAcl.join(QLatin1Char(',')), file, firstNoAcl, noAcl.join(QStringLiteral(", ")),
            tr("Without an ACL, a stolen or guessed password works from anywhere in the world. Limiting each "
               "endpoint to the networks its phone really uses makes a leaked password useless to a remote "
               "attacker."),
            tr("Add deny=0.0.0.0/0 and permit=<your office network> to the endpoints (or an acl= section), then "
               "reload res_pjsip."));
    if (!noSrtp.isEmpty())
        add("ast.pjsip.no_srtp", Severity::Low,
            tr("PJSIP endpoints send calls unencrypted (no media_encryption): %1").arg(noSrtp.join(QStringLiteral(", "))),
            noSrtp.join(QLatin1Char(',')), file, firstNoSrtp, noSrtp.join(QStringLiteral(", ")),
            tr("Without SRTP, the audio of calls crosses the network as plain RTP: anyone on the path can record "
               "and replay conversations."),
            tr("Set media_encryption=sdes (with a TLS transport) or dtls on endpoints whose phones support it."));
}

void Audit::iax()
{
    AsteriskConfig conf;
    if (!parse(conf, "iax.conf") || !moduleLoaded(QStringLiteral("chan_iax2.so")))
        return;
    for (const AstSection &s : conf.sections()) {
        if (s.isTemplate || s.name == QLatin1String("general"))
            continue;
        const AstEntry context = conf.value(s, QStringLiteral("context"));
        if (context.line)
            phoneContexts << context.value;
        const AstEntry secret = conf.value(s, QStringLiteral("secret"));
        if (secret.line)
            weakSecret("ast.iax.weak_secret", secret, s.name, tr("IAX2 secret"));
    }
}

void Audit::manager()
{
    AsteriskConfig conf;
    if (!parse(conf, "manager.conf"))
        return;
    const QString file = conf.fileName();
    const AstSection *general = conf.section(QStringLiteral("general"));
    if (!general || !AsteriskConfig::isTrue(conf.value(*general, QStringLiteral("enabled")).value))
        return;
    const AstEntry bind = conf.value(*general, QStringLiteral("bindaddr"));
    const bool loopback = bind.line && isLoopback(bind.value);

    QStringList openUsers;
    for (const AstSection &s : conf.sections()) {
        if (s.isTemplate || s.name == QLatin1String("general"))
            continue;
        const AstEntry secret = conf.value(s, QStringLiteral("secret"));
        if (secret.line)
            weakSecret("ast.ami.weak_secret", secret, s.name, tr("AMI secret"), Severity::High);
        const bool hasPermit = !conf.values(s, QStringLiteral("permit")).isEmpty() || conf.has(s, QStringLiteral("acl"));
        if (!hasPermit) {
            openUsers << s.name;
            add("ast.ami.no_permit", loopback ? Severity::Low : Severity::Medium,
                tr("AMI user %1 may log in from any address (no permit)").arg(s.name), s.name, s.file, s.line,
                QStringLiteral("[%1] without permit=").arg(s.name),
                tr("The Asterisk Manager Interface can originate calls, read configuration and, with enough "
                   "rights, run commands. Without permit/deny, anyone who learns this user's secret can use it "
                   "from any address that reaches the AMI port."),
                tr("Add deny=0.0.0.0/0.0.0.0 and permit=127.0.0.1/255.255.255.255 (or the address of your "
                   "management host) to this user, then run \"manager reload\"."),
                QStringLiteral("ami.permit"));
        }
        const AstEntry write = conf.value(s, QStringLiteral("write"));
        QStringList powerful;
        for (const QString &w : write.value.split(QLatin1Char(','))) {
            const QString t = w.trimmed().toLower();
            if (t == QLatin1String("all") || t == QLatin1String("system") || t == QLatin1String("command")
                || t == QLatin1String("originate"))
                powerful << t;
        }
        if (!powerful.isEmpty())
            add("ast.ami.write_privileges", Severity::Medium,
                tr("AMI user %1 has powerful write rights (%2)").arg(s.name, powerful.join(QStringLiteral(", "))),
                s.name, write.file, write.line, entryText(write),
                tr("With system or command rights an AMI user can run Asterisk CLI commands and restart or "
                   "reconfigure the PBX; with originate (or all) it can place calls anywhere, including to premium "
                   "numbers. If this account's secret leaks, the attacker gets exactly these rights."),
                tr("Give each AMI user only the rights its program needs (a monitoring tool needs read rights "
                   "and perhaps call; rarely system or command), then run \"manager reload\"."));
    }
    if (!loopback && !openUsers.isEmpty())
        add("ast.ami.exposed", Severity::High, tr("The AMI listens on all addresses and accepts users without permit"),
            QStringLiteral("general"), file, bind.line ? bind.line : general->line,
            bind.line ? entryText(bind) : tr("bindaddr is not set; the default is 0.0.0.0 (all addresses)"),
            tr("The AMI port (5038) is open on every network interface, and these users may log in from any "
               "address: %1. Attackers scan for this port and try common AMI passwords; a successful login can "
               "place calls and change the configuration.").arg(openUsers.join(QStringLiteral(", "))),
            tr("Set bindaddr=127.0.0.1 in [general] of manager.conf when the programs using the AMI run on the "
               "PBX itself (Tollgate can reach it through an SSH tunnel), and add permit lines to each user."),
            QStringLiteral("ami.bindaddr"));
    const AstEntry display = conf.value(*general, QStringLiteral("displayconnects"));
    if (display.line && !AsteriskConfig::isTrue(display.value))
        add("ast.ami.displayconnects", Severity::Low, tr("AMI logins are not shown (displayconnects=no)"),
            QStringLiteral("general"), file, display.line, entryText(display),
            tr("With displayconnects off, Asterisk does not report AMI logins and logouts on its console and in "
               "its logs, so an intruder using a stolen AMI account leaves fewer traces."),
            tr("Set displayconnects=yes in [general] of manager.conf and run \"manager reload\"."));
}

void Audit::dialplan()
{
    AsteriskConfig conf;
    if (!parse(conf, "extensions.conf"))
        return;
    AsteriskDialplan dp;
    dp.load(conf);
    const QStringList guests = dp.reachable(guestContexts);
    const QStringList phones = dp.reachable(phoneContexts.isEmpty() ? dp.contextNames() : phoneContexts);
    QSet<QString> reported;
    auto restricted = [](const AsteriskDialplan::Extension &x) {
        for (const AsteriskDialplan::Step &s : x.steps)
            for (const char *app : {"Authenticate", "VMAuthenticate", "GotoIf", "GotoIfTime", "ExecIf",
                                    "ExecIfTime", "If", "GosubIf", "DISA"})
                if (AsteriskDialplan::appIs(s, app))
                    return true;
        return false;
    };
    auto dials = [](const AsteriskDialplan::Extension &x) -> const AsteriskDialplan::Step * {
        for (const AsteriskDialplan::Step &s : x.steps)
            if (AsteriskDialplan::appIs(s, "Dial") || AsteriskDialplan::appIs(s, "Queue")
                || AsteriskDialplan::appIs(s, "Page"))
                return &s;
        return nullptr;
    };
    for (const QString &name : guests + phones) {
        const bool guest = guests.contains(name);
        const AsteriskDialplan::Context *ctx = dp.context(name);
        for (const AsteriskDialplan::Extension &x : ctx->extensions) {
            const QString subject = name + QLatin1Char('/') + x.pattern;
            if (reported.contains(subject) || !AsteriskDialplan::isWideOrInternational(x.pattern))
                continue;
            const AsteriskDialplan::Step *dial = dials(x);
            if (!dial || restricted(x))
                continue;
            reported.insert(subject);
            add("ast.dialplan.open_international", guest ? Severity::Critical : Severity::High,
                guest ? tr("Unauthenticated callers can dial out through %1 in context %2").arg(x.pattern, name)
                      : tr("Phones can dial any international number through %1 in context %2").arg(x.pattern, name),
                subject, x.file, x.line,
                QStringLiteral("exten => %1,...,%2(%3)").arg(x.pattern, dial->app, dial->data),
                guest ? tr("This pattern matches international or premium-rate numbers and dials them without any "
                           "check, and the context is reached by calls that were never authenticated. Toll fraud "
                           "rings look for exactly this and can run up thousands in charges over one night.")
                      : tr("This pattern matches international or premium-rate numbers and dials them without a PIN, "
                           "time or caller check. One phone account with a guessed password is then enough to "
                           "call premium numbers around the clock at your expense."),
                tr("Route international calls through a separate context that only trusted phones include, protect "
                   "it with a PIN (Authenticate) or a caller check (GotoIf), and block premium destinations you do "
                   "not call."));
        }
    }
    // Dialplan injection: ${EXTEN} from an open-ended pattern handed to Dial unfiltered.
    for (const QString &name : dp.contextNames()) {
        for (const AsteriskDialplan::Extension &x : dp.context(name)->extensions) {
            if (!AsteriskDialplan::isOpenEnded(x.pattern))
                continue;
            for (const AsteriskDialplan::Step &s : x.steps) {
                if (!(AsteriskDialplan::appIs(s, "Dial") || AsteriskDialplan::appIs(s, "Queue"))
                    || !s.data.contains(QLatin1String("${EXTEN")) || s.data.contains(QLatin1String("FILTER(")))
                    continue;
                add("ast.dialplan.exten_injection", Severity::High,
                    tr("Dialled digits reach %1 unfiltered in %2 (dialplan injection)").arg(s.app, name),
                    name + QLatin1Char('/') + x.pattern, s.file, s.line,
                    QStringLiteral("exten => %1,...,%2(%3)").arg(x.pattern, s.app, s.data),
                    tr("The pattern %1 matches any characters after its prefix, not just digits, and ${EXTEN} is "
                       "put into %2 as it is. A caller can dial a string like \"123&Local/...\" to make Asterisk "
                       "dial an extra destination of the caller's choice.")
                        .arg(x.pattern, s.app),
                    tr("Use a pattern that matches digits only (X, N, Z, [0-9]) or wrap the number in "
                       "${FILTER(0-9,${EXTEN})} before dialling."));
                break;
            }
        }
    }
}

void Audit::logger()
{
    AsteriskConfig conf;
    if (!parse(conf, "logger.conf"))
        return;
    const AstSection *logfiles = conf.section(QStringLiteral("logfiles"));
    if (logfiles)
        for (const AstEntry &e : conf.effectiveEntries(*logfiles))
            if (e.value.contains(QLatin1String("security"), Qt::CaseInsensitive))
                return;
    add("ast.logger.no_security", Severity::Medium, tr("Security events are not logged (no security channel)"),
        QStringLiteral("logfiles"), conf.fileName(), logfiles ? logfiles->line : 0,
        tr("no [logfiles] channel with the security level"),
        tr("Asterisk reports failed logins, unknown accounts and ACL rejections on its \"security\" log level. "
           "Without a channel for it, brute-force attacks leave no trace in the logs, and fail2ban and Tollgate "
           "cannot see them."),
        tr("Add \"security => security\" to the [logfiles] section of logger.conf and run \"logger reload\"."));
}

void Audit::cdr()
{
    AsteriskConfig conf;
    if (!parse(conf, "cdr.conf"))
        return;
    const AstSection *general = conf.section(QStringLiteral("general"));
    if (!general)
        return;
    const AstEntry enable = conf.value(*general, QStringLiteral("enable"));
    if (enable.line && !AsteriskConfig::isTrue(enable.value))
        add("ast.cdr.disabled", Severity::Low, tr("Call detail records are disabled"), QStringLiteral("general"),
            enable.file, enable.line, entryText(enable),
            tr("Without call detail records there is no list of who called which number, when and for how long. "
               "After a fraud you cannot tell which account was abused or how much it cost, and Tollgate cannot "
               "spot unusual call patterns."),
            tr("Set enable=yes in [general] of cdr.conf and reload the CDR module."));
}

void Audit::options()
{
    AsteriskConfig conf;
    if (!parse(conf, "asterisk.conf"))
        return;
    const AstSection *opts = conf.section(QStringLiteral("options"));
    if (!opts)
        return;
    const AstEntry user = conf.value(*opts, QStringLiteral("runuser"));
    if (user.line && user.value == QLatin1String("root"))
        add("ast.options.runuser_root", Severity::Medium, tr("Asterisk is configured to run as root"),
            QStringLiteral("runuser"), user.file, user.line, entryText(user),
            tr("A PBX parses data from the internet all day. If a flaw in Asterisk, a module or the dialplan "
               "(System(), shell commands through AMI) is exploited, the attacker gets the rights of the Asterisk "
               "process; as root, that is the whole server."),
            tr("Create an unprivileged \"asterisk\" user, give it the Asterisk folders, set runuser and rungroup "
               "to it in asterisk.conf and restart Asterisk."));
}

} // namespace

FindingList AsteriskAudit::run(const ConfigFileSet &files, QStringList *errors)
{
    Audit a(files);
    a.modules();
    a.sip();
    a.pjsip();
    a.iax();
    a.manager();
    a.dialplan();
    a.logger();
    a.cdr();
    a.options();
    if (errors)
        *errors += a.errors;
    sortFindings(a.out);
    return a.out;
}

QStringList AsteriskAudit::checkIds()
{
    return {QStringLiteral("ast.sip.allowguest"),        QStringLiteral("ast.sip.alwaysauthreject"),
            QStringLiteral("ast.sip.no_tls"),            QStringLiteral("ast.sip.weak_secret"),
            QStringLiteral("ast.sip.insecure"),          QStringLiteral("ast.sip.no_acl"),
            QStringLiteral("ast.sip.no_srtp"),           QStringLiteral("ast.pjsip.weak_secret"),
            QStringLiteral("ast.pjsip.anonymous"),       QStringLiteral("ast.pjsip.no_auth"),
            QStringLiteral("ast.pjsip.no_tls"),          QStringLiteral("ast.pjsip.no_acl"),
            QStringLiteral("ast.pjsip.no_srtp"),         QStringLiteral("ast.iax.weak_secret"),
            QStringLiteral("ast.ami.weak_secret"),       QStringLiteral("ast.ami.no_permit"),
            QStringLiteral("ast.ami.write_privileges"),  QStringLiteral("ast.ami.exposed"),
            QStringLiteral("ast.ami.displayconnects"),   QStringLiteral("ast.dialplan.open_international"),
            QStringLiteral("ast.dialplan.exten_injection"), QStringLiteral("ast.logger.no_security"),
            QStringLiteral("ast.cdr.disabled"),          QStringLiteral("ast.options.runuser_root")};
}

} // namespace tg
