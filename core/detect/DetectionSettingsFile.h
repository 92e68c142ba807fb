#pragma once

#include "DetectionSettings.h"

#include <functional>

namespace tg {

// The console's detection settings file, detection.json in the data folder. Several settings
// pages edit parts of it, so each change is a read-modify-write of the whole file: a page never
// overwrites what another page saved.
class DetectionSettingsFile
{
public:
    static QString pathIn(const QString &dataDir);

    // Defaults when the file does not exist; false with *error when it exists and cannot be used
    // (then *settings holds the defaults).
    static bool read(const QString &path, DetectionSettings *settings, QString *error);
    // Reads the current file (defaults when missing), applies change and writes it atomically.
    // A file that exists but does not parse is not overwritten.
    static bool update(const QString &path, const std::function<void(DetectionSettings &)> &change,
                       QString *error);
};

} // namespace tg
