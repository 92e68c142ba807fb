#include "DetectionSettingsFile.h"

#include <QDir>
#include <QFileInfo>

namespace tg {

QString DetectionSettingsFile::pathIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("detection.json"));
}

bool DetectionSettingsFile::read(const QString &path, DetectionSettings *settings, QString *error)
{
    *settings = DetectionSettings::defaults();
    if (!QFileInfo::exists(path))
        return true;
    DetectionSettings loaded = DetectionSettings::defaults();
    if (!loaded.load(path, error))
        return false;
    *settings = std::move(loaded);
    return true;
}

bool DetectionSettingsFile::update(const QString &path, const std::function<void(DetectionSettings &)> &change,
                                   QString *error)
{
    DetectionSettings s;
    if (!read(path, &s, error))
        return false;
    change(s);
    return s.save(path, error);
}

} // namespace tg
