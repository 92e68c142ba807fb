#pragma once

#include "DetectionFilePage.h"

class QLabel;

namespace tg {

// The prefix/rate table behind toll-fraud, off-hours and cost detection: the built-in one, or a
// CSV the admin imports (copied into the data folder so a later change of the original does not
// silently change detection).
class RatesSettingsPage : public DetectionFilePage
{
    Q_OBJECT
public:
    RatesSettingsPage(const QString &settingsPath, const QString &dataDir, QWidget *parent = nullptr);
    QString title() const override;
    bool validate(QString *why) const override;
    bool save(QString *why) override;

    // Checks a CSV and stages it for save(); false with *why when it cannot be used.
    bool importTable(const QString &csvPath, QString *why);
    void useBuiltIn();
    QString stagedFile() const { return m_staged; }

private:
    void chooseImport();
    void exportTable();
    void describe();

    QString m_dataDir;
    QString m_current;       // prefixTableFile in detection.json ("" = built in)
    QString m_staged;        // what save() writes ("" = built in)
    bool m_changed = false;
    QLabel *m_status;
};

} // namespace tg
