#pragma once

#include "Finding.h"

#include <QStringList>

namespace tg {

class ConfigFileSet;
class FreeSwitchConfig;

// The FreeSWITCH configuration checks: vars.xml default_password, mod_event_socket password and
// exposure, sofia profile authentication and TLS, directory passwords, dialplan routes to
// international numbers. Read-only.
class FreeSwitchAudit
{
public:
    // Reads freeswitch.xml (and its includes) when present, else the conf folder layout.
    static FindingList run(const ConfigFileSet &files, QStringList *errors = nullptr);
    static FindingList run(const FreeSwitchConfig &config);
    static QStringList checkIds();
};

} // namespace tg
