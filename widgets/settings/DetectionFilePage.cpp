#include "DetectionFilePage.h"

#include "detect/DetectionSettingsFile.h"

namespace tg {

DetectionFilePage::DetectionFilePage(const QString &settingsPath, QWidget *parent)
    : SettingsPage(parent)
    , m_path(settingsPath)
{
    DetectionSettingsFile::read(m_path, &m_stored, &m_loadError);
}

bool DetectionFilePage::fileUsable(QString *why) const
{
    if (m_loadError.isEmpty())
        return true;
    *why = tr("The detection settings file cannot be read, so it is not overwritten: %1").arg(m_loadError);
    return false;
}

bool DetectionFilePage::update(const std::function<void(DetectionSettings &)> &change, QString *why) const
{
    return DetectionSettingsFile::update(m_path, change, why);
}

} // namespace tg
