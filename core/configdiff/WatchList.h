#pragma once

#include "PbxProfile.h"

#include <QString>
#include <QStringList>

namespace tg {

// The config files watched on a PBX. Entries are absolute paths on the PBX; a "*" in the last
// component is expanded on the PBX (e.g. /etc/freeswitch/sip_profiles/*.xml).
class WatchList
{
public:
    static QString defaultConfigDir(PbxType type);   // /etc/asterisk, /etc/freeswitch
    // sip.conf, pjsip.conf, extensions.conf, manager.conf, ... or vars.xml, event_socket, the
    // SIP profiles, dialplan and directory of FreeSWITCH; under configDir (default when empty).
    static QStringList defaults(PbxType type, const QString &configDir = QString());
    static bool isPattern(const QString &path) { return path.contains(QLatin1Char('*')); }
    // A watch entry must be an absolute path of plain characters (no "..", quotes, $, ;, `).
    static bool isValidEntry(const QString &path);
};

} // namespace tg
