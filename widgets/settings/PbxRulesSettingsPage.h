#pragma once

#include "DetectionFilePage.h"
#include "detect/PbxDetectionSettings.h"

#include <QMap>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace tg {

// Per-PBX facts the call detectors need: home country, countries it may call, time zone and
// business hours (off-hours detection), concurrent call limit. "*" holds the defaults.
class PbxRulesSettingsPage : public DetectionFilePage
{
    Q_OBJECT
public:
    PbxRulesSettingsPage(const QString &settingsPath, const QStringList &pbxNames, QWidget *parent = nullptr);
    QString title() const override;
    bool validate(QString *why) const override;
    bool save(QString *why) override;

    QComboBox *pbxCombo() const { return m_pbx; }
    QLineEdit *businessHoursEdit() const { return m_hours; }
    QCheckBox *ownRulesCheck() const { return m_own; }

private:
    static QString defaultsKey() { return QStringLiteral("*"); }
    QString currentKey() const;
    void showEntry(const QString &key);
    void keepEdits();                 // the fields into m_entries for the shown PBX
    PbxDetectionSettings fromFields() const;
    void showFields(const PbxDetectionSettings &p);
    void updateEnabled();

    QMap<QString, PbxDetectionSettings> m_entries;
    QString m_shown;
    QComboBox *m_pbx;
    QCheckBox *m_own;
    QLineEdit *m_home;
    QLineEdit *m_allowed;
    QComboBox *m_zone;
    QLineEdit *m_hours;
    QSpinBox *m_concurrent;
};

} // namespace tg
