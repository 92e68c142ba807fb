#include "ChangeClassifier.h"

#include "AsteriskSectionContext.h"
#include "ConfigDiff.h"
#include "SecretMasker.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace tg {

namespace {

// Numbers an international or premium route would accept; "9" + each for an outside-line digit.
const char *const kProbeNumbers[] = {"00442079460000", "+442079460000", "0900123456",
                                     "900442079460000", "9+442079460000", "90900123456"};

struct Verdict {
    Severity severity = Severity::Info;
    QString rule;
    QString message;
    bool generic = true;    // no specific rule: counted in "other lines changed"
};

Verdict specific(Severity s, const char *rule, const QString &message)
{
    return {s, QString::fromLatin1(rule), message, false};
}

Verdict generic(Severity s)
{
    return {s, QString(), QString(), true};
}

// "key = value ; comment" or "key => value": lower-case key, value without comment.
bool parseKeyValue(const QString &line, QString *key, QString *value)
{
    QString t = line.trimmed();
    for (int i = 0; i < t.size(); ++i) {
        if (t.at(i) == QLatin1Char(';') && (i == 0 || t.at(i - 1) != QLatin1Char('\\'))) {
            t.truncate(i);
            break;
        }
    }
    const int eq = t.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    *key = t.left(eq).trimmed().toLower();
    *value = t.mid(eq + (t.mid(eq, 2) == QLatin1String("=>") ? 2 : 1)).trimmed();
    return !key->isEmpty();
}

bool isConfComment(const QString &line)
{
    const QString t = line.trimmed();
    return t.isEmpty() || t.startsWith(QLatin1Char(';'));
}

bool isXmlComment(const QString &line)
{
    const QString t = line.trimmed();
    return t.isEmpty() || (t.startsWith(QLatin1String("<!--")) && t.endsWith(QLatin1String("-->")));
}

QString patternToRegex(const QString &p)
{
    QString rx = QStringLiteral("^");
    for (int i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i).toUpper();
        if (c == QLatin1Char('X'))
            rx += QLatin1String("[0-9]");
        else if (c == QLatin1Char('Z'))
            rx += QLatin1String("[1-9]");
        else if (c == QLatin1Char('N'))
            rx += QLatin1String("[2-9]");
        else if (c == QLatin1Char('.'))
            rx += QLatin1String(".+");
        else if (c == QLatin1Char('!'))
            rx += QLatin1String(".*");
        else if (c == QLatin1Char('[')) {
            const int end = p.indexOf(QLatin1Char(']'), i);
            if (end < 0)
                return QString();
            QString set = p.mid(i + 1, end - i - 1);
            set.remove(QLatin1Char('\\')).remove(QLatin1Char('^'));
            rx += QLatin1Char('[') + set + QLatin1Char(']');
            i = end;
        } else
            rx += QRegularExpression::escape(QString(p.at(i)));
    }
    return rx + QLatin1Char('$');
}

bool reachesInternational(const QRegularExpression &rx)
{
    if (!rx.isValid())
        return false;
    for (const char *n : kProbeNumbers)
        if (rx.match(QLatin1String(n)).hasMatch())
            return true;
    return false;
}

// For each line of a dialplan: the pattern of the extension it belongs to ("exten =>" and the
// "same =>" lines after it), or "" outside one.
QStringList extensionPatterns(const QStringList &lines)
{
    QStringList out;
    out.reserve(lines.size());
    QString current;
    for (const QString &l : lines) {
        QString key, value, name;
        if (AsteriskSectionContext::parseHeader(l, &name))
            current.clear();
        else if (parseKeyValue(l, &key, &value) && key == QLatin1String("exten"))
            current = value.section(QLatin1Char(','), 0, 0).trimmed();
        out.append(current);
    }
    return out;
}

// For each line of a FreeSWITCH dialplan: the destination expression of the enclosing extension.
QStringList xmlExtensionExpressions(const QStringList &lines)
{
    static const QRegularExpression expr(QStringLiteral("expression\\s*=\\s*\"([^\"]*)\""));
    static const QRegularExpression field(QStringLiteral("field\\s*=\\s*\"([^\"]*)\""));
    QStringList out;
    out.reserve(lines.size());
    QString current;
    for (const QString &l : lines) {
        if (l.contains(QLatin1String("<extension")))
            current.clear();
        if (l.contains(QLatin1String("<condition"))) {
            const QString f = field.match(l).captured(1);
            const QRegularExpressionMatch m = expr.match(l);
            if (m.hasMatch() && (f.isEmpty() || f.contains(QLatin1String("destination_number"))))
                current = m.captured(1);
        }
        out.append(current);
    }
    return out;
}

QString xmlAttr(const QString &line, const char *name)
{
    const QRegularExpression rx(QStringLiteral("\\b%1\\s*=\\s*\"([^\"]*)\"").arg(QLatin1String(name)));
    return rx.match(line).captured(1);
}

bool hasShellApp(const QString &value)
{
    static const QRegularExpression rx(QStringLiteral("\\b(System|TrySystem|Shell)\\s*\\("),
                                       QRegularExpression::CaseInsensitiveOption);
    return rx.match(value).hasMatch();
}

// Context shared by the rules for one file.
struct FileFacts {
    QString base;                   // lower-case file name
    QString path;                   // lower-case path
    ConfigFormat format = ConfigFormat::Plain;
    QSet<QString> oldSections, newSections;
    QStringList oldPatterns, newPatterns;   // dialplan: pattern / expression per line
    QSet<QString> oldRoutes;        // "context\x1fpattern" present before
    QSet<QString> oldXmlUsers;      // directory: user ids present before
    QSet<QString> oldGateways;
};

QString keyOfRow(const DiffResult &d, int row, const FileFacts &f)
{
    const QString t = d.text(row);
    if (f.format == ConfigFormat::FreeSwitchXml)
        return xmlAttr(t, "name").toLower();
    QString key, value;
    return parseKeyValue(t, &key, &value) ? key : QString();
}

QString sectionName(const DiffResult &d, int row)
{
    QString s = d.section(row);
    QString name;
    if (AsteriskSectionContext::parseHeader(s, &name))
        return name;
    return s;
}

Verdict classifyConfRow(const DiffResult &d, int row, const FileFacts &f)
{
    const DiffRow &dr = d.rows[row];
    const bool inserted = dr.op == DiffOp::Insert;
    const bool changed = dr.partner >= 0;
    const QString line = d.text(row);
    const QString t = line.trimmed();
    const QString section = sectionName(d, row);
    if (t.startsWith(QLatin1String("#exec")))
        return specific(Severity::Critical, "exec_include",
                        ChangeClassifier::tr("A #exec line runs a shell command on the PBX at every reload: %1")
                            .arg(t));
    if (t.startsWith(QLatin1String("#include")) || t.startsWith(QLatin1String("#tryinclude")))
        return specific(Severity::Medium, "include_changed",
                        ChangeClassifier::tr("Another file is read into this one: %1").arg(t));
    if (isConfComment(line))
        return generic(Severity::Info);

    QString name;
    if (AsteriskSectionContext::parseHeader(line, &name)) {
        const bool isNew = inserted && !f.oldSections.contains(name);
        const bool gone = !inserted && !f.newSections.contains(name);
        if (f.base == QLatin1String("manager.conf") && name != QLatin1String("general")) {
            if (isNew)
                return specific(Severity::High, "ami_user_added",
                                ChangeClassifier::tr("A new AMI user [%1] was added: it can log in to the "
                                                     "Asterisk Manager Interface.").arg(name));
            if (gone)
                return specific(Severity::Medium, "ami_user_removed",
                                ChangeClassifier::tr("The AMI user [%1] was removed.").arg(name));
        }
        if ((f.base == QLatin1String("sip.conf") || f.base == QLatin1String("pjsip.conf")
             || f.base == QLatin1String("iax.conf")) && isNew)
            return specific(Severity::Medium, "account_added",
                            ChangeClassifier::tr("A new account or endpoint [%1] was added.").arg(name));
        if (f.base.startsWith(QLatin1String("extensions")) && isNew)
            return specific(Severity::Medium, "context_added",
                            ChangeClassifier::tr("A new dialplan context [%1] was added.").arg(name));
        return generic(Severity::Low);
    }

    QString key, value;
    if (!parseKeyValue(line, &key, &value))
        return generic(f.base.startsWith(QLatin1String("extensions")) ? Severity::Medium : Severity::Low);
    const bool sectionIsNew = !f.oldSections.contains(section);
    const QString verb = !inserted ? ChangeClassifier::tr("removed") : changed ? ChangeClassifier::tr("changed")
                                                                             : ChangeClassifier::tr("added");
    const bool acl = key == QLatin1String("permit") || key == QLatin1String("deny") || key == QLatin1String("acl")
        || key.startsWith(QLatin1String("contactpermit")) || key.startsWith(QLatin1String("contactdeny"))
        || key == QLatin1String("contact_acl") || key == QLatin1String("contact_permit")
        || key == QLatin1String("contact_deny") || key == QLatin1String("match");

    if (SecretMasker::isSecretKey(key)) {
        if (inserted && !changed && sectionIsNew)
            return generic(Severity::Info); // part of a new account or user, reported with its header
        if (!inserted && changed)
            return generic(Severity::Info);   // reported on the inserted half
        return specific(Severity::High, "secret_changed",
                        inserted ? ChangeClassifier::tr("The secret of [%1] was %2.").arg(section, verb)
                                 : ChangeClassifier::tr("The secret of [%1] was removed.").arg(section));
    }

    if (f.base == QLatin1String("manager.conf")) {
        if (acl)
            return specific(Severity::High, "acl_changed",
                            ChangeClassifier::tr("The AMI address rule %1 = %2 of [%3] was %4.")
                                .arg(key, value, section, verb));
        if (key == QLatin1String("read") || key == QLatin1String("write")) {
            static const QRegularExpression powerful(
                QStringLiteral("\\b(all|system|command|originate|config|agi)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            const bool strong = inserted && powerful.match(value).hasMatch();
            return specific(strong ? Severity::High : Severity::Medium, "ami_permissions",
                            ChangeClassifier::tr("AMI permissions of [%1] %2: %3 = %4.").arg(section, verb, key, value));
        }
        if (QStringList{QStringLiteral("bindaddr"), QStringLiteral("port"), QStringLiteral("enabled"),
                        QStringLiteral("webenabled")}.contains(key) || key.startsWith(QLatin1String("tls")))
            return specific(Severity::Medium, "ami_listener",
                            ChangeClassifier::tr("How the AMI listens changed: %1 = %2.").arg(key, value));
        return generic(Severity::Low);
    }

    if (f.base == QLatin1String("sip.conf") || f.base == QLatin1String("pjsip.conf")
        || f.base == QLatin1String("iax.conf")) {
        if (acl)
            return specific(Severity::High, "acl_changed",
                            ChangeClassifier::tr("The address rule %1 = %2 of [%3] was %4.").arg(key, value, section, verb));
        const QString v = value.toLower();
        if (inserted && ((key == QLatin1String("allowguest") && v == QLatin1String("yes"))
                         || (key == QLatin1String("insecure") && v.contains(QLatin1String("invite")))
                         || (key == QLatin1String("alwaysauthreject") && v == QLatin1String("no"))))
            return specific(Severity::High, "auth_weakened",
                            ChangeClassifier::tr("%1 = %2 in [%3] weakens authentication of calls.").arg(key, value, section));
        if (QStringList{QStringLiteral("context"), QStringLiteral("host"), QStringLiteral("bindaddr"),
                        QStringLiteral("udpbindaddr"), QStringLiteral("tcpbindaddr"), QStringLiteral("bind"),
                        QStringLiteral("transport"), QStringLiteral("auth"), QStringLiteral("outbound_auth")}
                .contains(key))
            return specific(Severity::Medium, "routing_changed",
                            ChangeClassifier::tr("%1 of [%2] was %3: %4.").arg(key, section, verb, value));
        return generic(sectionIsNew ? Severity::Info : Severity::Low);
    }

    if (f.base.startsWith(QLatin1String("extensions"))) {
        if (hasShellApp(value))
            return specific(Severity::Critical, "dialplan_shell",
                            ChangeClassifier::tr("The dialplan in [%1] runs a shell command: %2").arg(section, t));
        if (key == QLatin1String("switch"))
            return specific(Severity::High, "dialplan_switch",
                            ChangeClassifier::tr("A switch in [%1] hands calls to another server: %2.").arg(section, value));
        if (key == QLatin1String("include"))
            return specific(Severity::Medium, "dialplan_include",
                            ChangeClassifier::tr("Context [%1] %2 an include of [%3].").arg(section, verb, value));
        const QString number = ChangeClassifier::externalNumberIn(value);
        if (inserted && !number.isEmpty() && ChangeClassifier::routesCalls(value))
            return specific(Severity::High, "external_forward",
                            ChangeClassifier::tr("Calls in [%1] are sent to the external number %2.").arg(section, number));
        const QString pattern = (inserted ? f.newPatterns : f.oldPatterns).value(inserted ? dr.newLine : dr.oldLine);
        if (!pattern.isEmpty() && ChangeClassifier::isInternationalPattern(pattern)) {
            const bool newRoute = inserted && !f.oldRoutes.contains(section + QLatin1Char('\x1f') + pattern);
            return specific(Severity::High, "intl_route",
                            newRoute ? ChangeClassifier::tr("A new route %1 in context [%2] reaches international "
                                                            "or premium numbers.").arg(pattern, section)
                                     : ChangeClassifier::tr("The route %1 in context [%2], which reaches international "
                                                            "or premium numbers, was changed.").arg(pattern, section));
        }
        return generic(Severity::Medium);
    }

    if (f.base == QLatin1String("logger.conf")) {
        if (key.contains(QLatin1String("security")) || value.contains(QLatin1String("security")))
            return specific(inserted && !changed ? Severity::Low : Severity::High, "security_log",
                            ChangeClassifier::tr("The security log channel was %1 (%2 => %3): attacks may go "
                                                 "unrecorded.").arg(verb, key, value));
        return generic(Severity::Low);
    }
    if (f.base == QLatin1String("modules.conf")) {
        if ((inserted && key == QLatin1String("load")) || (!inserted && key == QLatin1String("noload")))
            return specific(Severity::Medium, "module_loaded",
                            ChangeClassifier::tr("A module may now load: %1 %2.").arg(key, value));
        return generic(Severity::Low);
    }
    if (acl || f.base == QLatin1String("acl.conf"))
        return specific(Severity::High, "acl_changed",
                        ChangeClassifier::tr("The address rule %1 = %2 of [%3] was %4.").arg(key, value, section, verb));
    if (f.base == QLatin1String("cdr.conf") || f.base == QLatin1String("cel.conf")) {
        if (inserted && (key == QLatin1String("enable") || key == QLatin1String("enabled"))
            && (value == QLatin1String("no") || value == QLatin1String("false") || value == QLatin1String("0")))
            return specific(Severity::Medium, "records_disabled",
                            ChangeClassifier::tr("Call records were turned off (%1 = %2 in [%3]).").arg(key, value, section));
        return generic(Severity::Low);
    }
    return generic(Severity::Low);
}

Verdict classifyXmlRow(const DiffResult &d, int row, const FileFacts &f)
{
    const DiffRow &dr = d.rows[row];
    const bool inserted = dr.op == DiffOp::Insert;
    const bool changed = dr.partner >= 0;
    const QString line = d.text(row);
    if (isXmlComment(line))
        return generic(Severity::Info);
    const QString section = d.section(row);
    const QString name = xmlAttr(line, "name").toLower();
    const QString value = xmlAttr(line, "value");
    const QString verb = !inserted ? ChangeClassifier::tr("removed") : changed ? ChangeClassifier::tr("changed")
                                                                             : ChangeClassifier::tr("added");
    const bool dialplan = f.path.contains(QLatin1String("dialplan")) || section.contains(QLatin1String("extension["));
    const bool directory = f.path.contains(QLatin1String("directory")) || section.contains(QLatin1String("user["));

    // Secrets anywhere (ESL, gateways, users, vars.xml's default_password).
    if (SecretMasker(ConfigFormat::FreeSwitchXml).containsSecret(line)
        || (!inserted && SecretMasker::isSecretKey(name))) {
        if (!inserted && changed)
            return generic(Severity::Info);
        const QString user = xmlAttr(line, "id");
        if (inserted && !changed && directory && section.contains(QLatin1String("user[")))
        {
            const QString id = section.section(QLatin1String("user["), 1).section(QLatin1Char(']'), 0, 0);
            if (!f.oldXmlUsers.contains(id))
                return generic(Severity::Medium); // part of a new user
        }
        Q_UNUSED(user)
        return specific(Severity::High, "secret_changed",
                        ChangeClassifier::tr("A password at %1 was %2.").arg(section, verb));
    }
    if (f.base == QLatin1String("event_socket.conf.xml")
        && QStringList{QStringLiteral("listen-ip"), QStringLiteral("listen-port"),
                       QStringLiteral("apply-inbound-acl")}.contains(name))
        return specific(Severity::High, "esl_listener",
                        ChangeClassifier::tr("The event socket setting %1 was %2: %3.").arg(name, verb, value));
    if (f.base == QLatin1String("acl.conf.xml"))
        return specific(Severity::High, "acl_changed",
                        ChangeClassifier::tr("The FreeSWITCH access lists changed at %1.").arg(section));
    if (name.startsWith(QLatin1String("apply-")) && name.endsWith(QLatin1String("-acl")))
        return specific(Severity::High, "acl_changed",
                        ChangeClassifier::tr("The access list setting %1 was %2: %3.").arg(name, verb, value));
    if (inserted && ((name == QLatin1String("auth-calls") && value == QLatin1String("false"))
                     || ((name == QLatin1String("accept-blind-reg") || name == QLatin1String("accept-blind-auth"))
                         && value == QLatin1String("true"))
                     || (name == QLatin1String("auth-all-packets") && value == QLatin1String("false"))))
        return specific(Severity::High, "auth_weakened",
                        ChangeClassifier::tr("%1 = %2 weakens authentication of calls.").arg(name, value));
    if (line.contains(QLatin1String("<gateway")) && inserted) {
        const QString gw = xmlAttr(line, "name");
        if (!f.oldGateways.contains(gw))
            return specific(Severity::Medium, "gateway_added",
                            ChangeClassifier::tr("A new gateway %1 was added.").arg(gw));
    }
    if (line.contains(QLatin1String("<user")) && inserted && directory) {
        const QString id = xmlAttr(line, "id");
        if (!f.oldXmlUsers.contains(id))
            return specific(Severity::Medium, "account_added",
                            ChangeClassifier::tr("A new directory user %1 was added.").arg(id));
    }
    if (dialplan) {
        const QString app = xmlAttr(line, "application").toLower();
        const QString data = xmlAttr(line, "data");
        if (app == QLatin1String("system") || app == QLatin1String("bgsystem"))
            return specific(Severity::Critical, "dialplan_shell",
                            ChangeClassifier::tr("The dialplan at %1 runs a shell command: %2").arg(section, data));
        const QString number = ChangeClassifier::externalNumberIn(data);
        if (inserted && (app == QLatin1String("bridge") || app == QLatin1String("transfer")
                         || app == QLatin1String("deflect") || app == QLatin1String("redirect")
                         || app == QLatin1String("set") || app == QLatin1String("export"))
            && (!number.isEmpty() || (app == QLatin1String("bridge") && data.contains(QLatin1String("gateway/")))))
            return specific(Severity::High, "external_forward",
                            ChangeClassifier::tr("Calls at %1 are sent out: %2 %3.").arg(section, app, data));
        const QString expression = (inserted ? f.newPatterns : f.oldPatterns).value(inserted ? dr.newLine : dr.oldLine);
        if (!expression.isEmpty() && reachesInternational(QRegularExpression(expression)))
            return specific(Severity::High, "intl_route",
                            ChangeClassifier::tr("The route %1 at %2, which reaches international or premium "
                                                 "numbers, was %3.").arg(expression, section, verb));
        return generic(Severity::Medium);
    }
    return generic(Severity::Low);
}

constexpr int kMaxFindings = 100;

} // namespace

Severity ChangeAssessment::severityOfRow(int row) const
{
    for (const auto &p : rowSeverity)
        if (p.first == row)
            return p.second;
    return Severity::Info;
}

QStringList ChangeAssessment::messages() const
{
    QStringList out;
    for (const SecurityFinding &f : findings)
        out << QStringLiteral("[%1] %2").arg(severityName(f.severity), f.message);
    return out;
}

bool ChangeClassifier::isInternationalPattern(const QString &patternIn)
{
    const QString pattern = patternIn.trimmed();
    if (!pattern.startsWith(QLatin1Char('_'))) {
        static const QRegularExpression literal(QStringLiteral("^9?(00|011|\\+)\\d{5,}$"));
        return literal.match(pattern).hasMatch();
    }
    const QString p = pattern.mid(1);
    // 011 (NANP) and 900-type prefixes only when written out, so national patterns elsewhere
    // (e.g. _0ZX.) are not taken for them.
    for (const char *lit : {"011", "9011", "1900", "900"})
        if (p.startsWith(QLatin1String(lit)))
            return true;
    return reachesInternational(QRegularExpression(patternToRegex(p)));
}

bool ChangeClassifier::routesCalls(const QString &value)
{
    static const QRegularExpression rx(
        QStringLiteral("\\b(Dial|Transfer|Goto|GotoIf|Queue|Originate|BlindTransfer)\\s*\\(|CALLFORWARD|DB\\(CF|FORWARD"),
        QRegularExpression::CaseInsensitiveOption);
    return rx.match(value).hasMatch();
}

QString ChangeClassifier::externalNumberIn(const QString &text)
{
    static const QRegularExpression rx(QStringLiteral("(?<![\\w$.{])\\+?\\d{7,}(?![\\w.])"));
    return rx.match(text).captured(0);
}

ChangeAssessment ChangeClassifier::classify(const QString &path, const DiffResult &d)
{
    ChangeAssessment a;
    if (d.identical)
        return a;
    auto add = [&a](Severity s, const QString &rule, const QString &message, int row, const QString &section) {
        a.findings.append({s, rule, message, row, section});
        a.severity = qMax(a.severity, s);
    };
    if (d.binary) {
        add(Severity::Medium, QStringLiteral("binary_changed"),
            tr("A binary file changed (%1 bytes before, %2 bytes now).").arg(d.oldSize).arg(d.newSize), -1, QString());
        return a;
    }
    if (d.endingsOnly) {
        add(Severity::Info, QStringLiteral("line_endings"), tr("Only line endings or the final newline changed."), -1,
            QString());
        return a;
    }

    FileFacts f;
    f.base = QFileInfo(path).fileName().toLower();
    f.path = path.toLower();
    f.format = ConfigDiff::formatFor(path);
    if (f.format == ConfigFormat::FreeSwitchXml) {
        f.oldPatterns = xmlExtensionExpressions(d.oldLines);
        f.newPatterns = xmlExtensionExpressions(d.newLines);
        for (const QString &l : d.oldLines) {
            if (l.contains(QLatin1String("<user")))
                f.oldXmlUsers.insert(xmlAttr(l, "id"));
            if (l.contains(QLatin1String("<gateway")))
                f.oldGateways.insert(xmlAttr(l, "name"));
        }
    } else {
        const AsteriskSectionContext oldCtx(d.oldLines), newCtx(d.newLines);
        const QStringList on = oldCtx.names(), nn = newCtx.names();
        f.oldSections = QSet<QString>(on.cbegin(), on.cend());
        f.newSections = QSet<QString>(nn.cbegin(), nn.cend());
        if (f.base.startsWith(QLatin1String("extensions"))) {
            f.oldPatterns = extensionPatterns(d.oldLines);
            f.newPatterns = extensionPatterns(d.newLines);
            for (int i = 0; i < d.oldLines.size(); ++i)
                if (!f.oldPatterns[i].isEmpty())
                    f.oldRoutes.insert(oldCtx.nameAt(i) + QLatin1Char('\x1f') + f.oldPatterns[i]);
        }
    }

    int otherLines = 0;
    Severity otherSeverity = Severity::Info;
    for (int row = 0; row < d.rows.size(); ++row) {
        const DiffRow &dr = d.rows[row];
        if (dr.op == DiffOp::Equal)
            continue;
        // A replaced line whose key stays the same is judged once, on its new half.
        if (dr.op == DiffOp::Delete && dr.partner >= 0 && !keyOfRow(d, row, f).isEmpty()
            && keyOfRow(d, row, f) == keyOfRow(d, dr.partner, f))
            continue;
        const Verdict v = f.format == ConfigFormat::FreeSwitchXml ? classifyXmlRow(d, row, f)
                                                                  : classifyConfRow(d, row, f);
        if (v.severity > Severity::Info) {
            a.rowSeverity.append({row, v.severity});
            if (dr.op == DiffOp::Insert && dr.partner >= 0 && keyOfRow(d, row, f) == keyOfRow(d, dr.partner, f))
                a.rowSeverity.append({dr.partner, v.severity}); // its old half, skipped above
        }
        // Past a hundred findings the rest are counted, not listed (a rewritten file would
        // otherwise make an alert of a million lines).
        if (v.generic || a.findings.size() >= kMaxFindings) {
            if (v.severity > Severity::Info) { // comments and blank lines are not worth a mention
                ++otherLines;
                otherSeverity = qMax(otherSeverity, v.severity);
            }
        } else {
            add(v.severity, v.rule, v.message, row, d.section(row));
        }
    }
    if (otherLines > 0)
        add(otherSeverity, QStringLiteral("other_changes"),
            tr("%n other changed line(s).", nullptr, otherLines), -1, QString());
    return a;
}

} // namespace tg
