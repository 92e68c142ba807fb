#pragma once

#include "Event.h"

#include <QString>

// Test-only: turns a recorded AMI byte stream into normalized Events, well enough to drive the
// detectors (security events, PeerStatus, one CallStart/CallEnd per call, Reload/FullyBooted).
// The real AmiNormalizer replaces it in integration tests.
namespace tgtest {

tg::EventList amiCaptureEvents(const QString &path, const QString &pbx = QStringLiteral("lab"));
QString testData(const QString &relative);

} // namespace tgtest
