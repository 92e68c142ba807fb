#pragma once

#include <QByteArrayView>
#include <QString>

namespace tg {

// The canonical text of an IPv4 or IPv6 address as a PBX wrote it (QHostAddress's, so the same
// address always reads the same, whichever connector saw it); a null string when host is not one.
// Addresses come from the network: nothing else is accepted (no names, nothing over 64 characters).
QString canonicalAddress(QByteArrayView host);

} // namespace tg
