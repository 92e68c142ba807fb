#include "BlockSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace tg {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tg::BlockSettings", text);
}
} // namespace

BlockSettings BlockSettings::defaultsFor(const PbxProfile &profile)
{
    BlockSettings s;
    s.useSudo = profile.sshUser != QLatin1String("root");
    if (profile.type == PbxType::FreeSwitch) {
        // sofia internal/external profiles, TLS variants, ESL, FreeSWITCH's default RTP range.
        s.ports = {{5060, 5061}, {5080, 5081}, {16384, 32768}};
        s.fail2banJail = QStringLiteral("freeswitch");
        s.configDir = QStringLiteral("/etc/freeswitch");
    } else {
        s.ports = {{5060, 5061}, {10000, 20000}};
    }
    if (profile.port > 0)
        s.ports.append({profile.port, profile.port});
    return s;
}

bool BlockSettings::parsePorts(const QString &text, QVector<PortRange> *out, QString *error)
{
    static const QRegularExpression item(QStringLiteral("^([1-9][0-9]{0,4})(?:-([1-9][0-9]{0,4}))?\\z"));
    QVector<PortRange> ports;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &raw : parts) {
        const QString p = raw.trimmed();
        const auto m = item.match(p);
        const int first = m.captured(1).toInt();
        const int last = m.captured(2).isEmpty() ? first : m.captured(2).toInt();
        if (!m.hasMatch() || first > 65535 || last > 65535 || first > last) {
            if (error)
                *error = tr("\"%1\" is not a port or a range of ports (1-65535, like 5060 or 10000-20000).")
                             .arg(p.left(40));
            return false;
        }
        ports.append({first, last});
    }
    if (ports.isEmpty() || ports.size() > 64) {
        if (error)
            *error = tr("Give between 1 and 64 ports or port ranges.");
        return false;
    }
    *out = ports;
    return true;
}

QString BlockSettings::portsText(const QVector<PortRange> &ports)
{
    QStringList parts;
    for (const PortRange &r : ports)
        parts << (r.first == r.last ? QString::number(r.first)
                                    : QStringLiteral("%1-%2").arg(r.first).arg(r.last));
    return parts.join(QLatin1Char(','));
}

bool BlockSettings::isValidJail(const QString &jail)
{
    // \z rather than $, which would let a trailing newline through.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}\\z"));
    return re.match(jail).hasMatch() && !jail.startsWith(QLatin1Char('-'));
}

bool BlockSettings::isSafePath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^/[A-Za-z0-9._+@=/-]{0,1023}\\z"));
    if (!re.match(path).hasMatch())
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &p : parts)
        if (p == QLatin1String("..") || p.startsWith(QLatin1Char('-')))
            return false;
    return true;
}

bool BlockSettings::validate(QString *error) const
{
    auto fail = [error](const QString &s) {
        if (error)
            *error = s;
        return false;
    };
    if (scope == BlockScope::PbxPorts) {
        if (ports.isEmpty() || ports.size() > 64)
            return fail(tr("Blocking on the PBX's ports needs between 1 and 64 ports or port ranges."));
        for (const PortRange &r : ports)
            if (r.first < 1 || r.last > 65535 || r.first > r.last)
                return fail(tr("The port range %1-%2 is not valid.").arg(r.first).arg(r.last));
    }
    if (!isValidJail(fail2banJail))
        return fail(tr("The fail2ban jail name \"%1\" may only contain letters, digits, \"_\" and \"-\".")
                        .arg(fail2banJail.left(40)));
    if (!fail2banSocket.isEmpty() && !isSafePath(fail2banSocket))
        return fail(tr("The fail2ban socket \"%1\" is not a plain absolute path.").arg(fail2banSocket.left(80)));
    if (!isSafePath(configDir))
        return fail(tr("The configuration folder \"%1\" is not a plain absolute path.").arg(configDir.left(80)));
    if (minPrefixV4 < 0 || minPrefixV4 > 32 || minPrefixV6 < 0 || minPrefixV6 > 128)
        return fail(tr("The smallest allowed network prefix is out of range."));
    return true;
}

QJsonObject BlockSettings::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("backend"), blockBackendName(backend));
    o.insert(QStringLiteral("scope"), blockScopeName(scope));
    o.insert(QStringLiteral("ports"), portsText(ports));
    o.insert(QStringLiteral("jail"), fail2banJail);
    if (!fail2banSocket.isEmpty())
        o.insert(QStringLiteral("fail2ban_socket"), fail2banSocket);
    o.insert(QStringLiteral("sudo"), useSudo);
    o.insert(QStringLiteral("config_dir"), configDir);
    o.insert(QStringLiteral("allowlist"), QJsonArray::fromStringList(allowlist));
    o.insert(QStringLiteral("min_prefix_v4"), minPrefixV4);
    o.insert(QStringLiteral("min_prefix_v6"), minPrefixV6);
    return o;
}

BlockSettings BlockSettings::fromJson(const QJsonObject &o, const BlockSettings &defaults)
{
    BlockSettings s = defaults;
    bool ok = false;
    BlockBackend b = blockBackendFromName(o.value(QStringLiteral("backend")).toString(), &ok);
    if (ok)
        s.backend = b;
    BlockScope sc = blockScopeFromName(o.value(QStringLiteral("scope")).toString(), &ok);
    if (ok)
        s.scope = sc;
    QVector<PortRange> ports;
    if (parsePorts(o.value(QStringLiteral("ports")).toString(), &ports))
        s.ports = ports;
    if (o.contains(QStringLiteral("jail")))
        s.fail2banJail = o.value(QStringLiteral("jail")).toString();
    if (o.contains(QStringLiteral("fail2ban_socket")))
        s.fail2banSocket = o.value(QStringLiteral("fail2ban_socket")).toString();
    if (o.contains(QStringLiteral("sudo")))
        s.useSudo = o.value(QStringLiteral("sudo")).toBool();
    if (o.contains(QStringLiteral("config_dir")))
        s.configDir = o.value(QStringLiteral("config_dir")).toString();
    if (o.contains(QStringLiteral("allowlist"))) {
        s.allowlist.clear();
        for (const QJsonValue &v : o.value(QStringLiteral("allowlist")).toArray())
            s.allowlist << v.toString();
    }
    s.minPrefixV4 = o.value(QStringLiteral("min_prefix_v4")).toInt(s.minPrefixV4);
    s.minPrefixV6 = o.value(QStringLiteral("min_prefix_v6")).toInt(s.minPrefixV6);
    return s;
}

} // namespace tg
