#pragma once

#include <QString>

namespace tg {

// Sets organisation/application names and version, so the GUI and the CLI agree on
// QStandardPaths locations, QSettings and the keychain service.
void setApplicationIdentity();
QString versionString();

} // namespace tg
