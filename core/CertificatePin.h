#pragma once

#include <QString>

namespace tg {

// A trusted TLS certificate given by its SHA-256 fingerprint, as users paste it
// ("AB:CD:...", with spaces or without). Shared by every TLS client (AMI, syslog forwarding).
namespace CertificatePin {
// 64 lower-case hex digits, or empty when the text is not a SHA-256 fingerprint.
QString normalize(const QString &text);
} // namespace CertificatePin

} // namespace tg
