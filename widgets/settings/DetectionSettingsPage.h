#pragma once

#include "DetectionFilePage.h"
#include "detect/DetectionSettings.h"

#include <QVector>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;

namespace tg {

// Detector thresholds, grouped by detector. Reads and writes its part of detection.json
// (DetectionSettingsFile); the engine applies a change at once.
class DetectionSettingsPage : public DetectionFilePage
{
    Q_OBJECT
public:
    explicit DetectionSettingsPage(const QString &settingsPath, QWidget *parent = nullptr);
    QString title() const override;
    bool validate(QString *why) const override;
    bool save(QString *why) override;

    // Shows the built-in defaults; written only by save().
    void restoreDefaults();

private:
    struct Bound {
        int fieldIndex;
        QDoubleSpinBox *spin;
    };
    void show(const DetectionSettings &s);
    void collect(DetectionSettings &s) const;

    QVector<Bound> m_bound;
    QLineEdit *m_currency = nullptr;
    QCheckBox *m_reloadAlert = nullptr;
};

} // namespace tg
