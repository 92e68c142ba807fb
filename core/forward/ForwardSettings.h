#pragma once

#include "forward/ForwardDestination.h"

namespace tg {

// The forwarding destinations in QSettings ("forwarding/destinations"), shared by the GUI's
// settings page, the application wiring and tollgate-cli. No secrets live here: TLS trust is
// a CA file path or a public certificate fingerprint.
class ForwardSettings
{
public:
    static ForwardDestinationList load();
    static void save(const ForwardDestinationList &destinations);
    // The destination called name; false when there is none.
    static bool find(const QString &name, ForwardDestination *out);
};

} // namespace tg
