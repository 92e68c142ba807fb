#pragma once

#include "SettingsPage.h"
#include "detect/DetectionSettings.h"

#include <functional>

namespace tg {

// A settings page that edits its part of detection.json (DetectionSettingsFile): the file is read
// when the page is built, a file that could not be read is never saved over, and saving is a
// read-modify-write so pages keep each other's changes.
class DetectionFilePage : public SettingsPage
{
    Q_OBJECT
public:
    DetectionFilePage(const QString &settingsPath, QWidget *parent = nullptr);

protected:
    const DetectionSettings &stored() const { return m_stored; }
    // False with the reason when the file exists but could not be read.
    bool fileUsable(QString *why) const;
    bool update(const std::function<void(DetectionSettings &)> &change, QString *why) const;

private:
    QString m_path;
    QString m_loadError;
    DetectionSettings m_stored;
};

} // namespace tg
