#include "WatchList.h"

#include <QRegularExpression>

namespace tg {

QString WatchList::defaultConfigDir(PbxType type)
{
    return type == PbxType::FreeSwitch ? QStringLiteral("/etc/freeswitch") : QStringLiteral("/etc/asterisk");
}

QStringList WatchList::defaults(PbxType type, const QString &configDir)
{
    QString dir = configDir.isEmpty() ? defaultConfigDir(type) : configDir;
    while (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
        dir.chop(1);
    QStringList names;
    if (type == PbxType::FreeSwitch) {
        names = {QStringLiteral("freeswitch.xml"), QStringLiteral("vars.xml"),
                 QStringLiteral("autoload_configs/event_socket.conf.xml"), QStringLiteral("autoload_configs/acl.conf.xml"),
                 QStringLiteral("autoload_configs/modules.conf.xml"), QStringLiteral("sip_profiles/*.xml"),
                 QStringLiteral("dialplan/*.xml"), QStringLiteral("directory/*.xml")};
    } else {
        // What an intruder changes to call out, get in or hide: accounts, dialplan, AMI, ACLs, logs.
        names = {QStringLiteral("sip.conf"),        QStringLiteral("pjsip.conf"),     QStringLiteral("iax.conf"),
                 QStringLiteral("extensions.conf"), QStringLiteral("manager.conf"),   QStringLiteral("logger.conf"),
                 QStringLiteral("modules.conf"),    QStringLiteral("acl.conf"),       QStringLiteral("features.conf"),
                 QStringLiteral("voicemail.conf"),  QStringLiteral("http.conf"),      QStringLiteral("ari.conf"),
                 QStringLiteral("rtp.conf"),        QStringLiteral("cdr.conf"),       QStringLiteral("asterisk.conf")};
    }
    QStringList out;
    for (const QString &n : std::as_const(names))
        out << dir + QLatin1Char('/') + n;
    return out;
}

bool WatchList::isValidEntry(const QString &path)
{
    static const QRegularExpression ok(QStringLiteral("^/[A-Za-z0-9_./*+@-]+$"));
    return ok.match(path).hasMatch() && !path.contains(QLatin1String("..")) && !path.contains(QLatin1String("//"))
        && !path.section(QLatin1Char('/'), 0, -2).contains(QLatin1Char('*'));
}

} // namespace tg
