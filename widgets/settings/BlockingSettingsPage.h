#pragma once

#include "SettingsPage.h"
#include "blocking/AutoBlockSettings.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace tg {

// Automatic blocking (off by default): which rules block the source address of their new
// alerts, for how long, on which PBXes, and the hourly limits. Kept in QSettings
// (AutoBlockSettings::settingsKey()); the application hands it to the engine when saved.
class BlockingSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit BlockingSettingsPage(QWidget *parent = nullptr);
    QString title() const override;
    bool validate(QString *why) const override;
    bool save(QString *why) override;

    AutoBlockSettings settings() const;   // as shown
    QCheckBox *ruleBox(const QString &rule) const { return m_rules.value(rule); }
    QComboBox *durationCombo() const { return m_duration; }
    QComboBox *targetCombo() const { return m_target; }
    QSpinBox *perHourSpin() const { return m_perHour; }
    QSpinBox *perPbxSpin() const { return m_perPbx; }

    static QString ruleText(const QString &rule);

private:
    void updateState();

    QHash<QString, QCheckBox *> m_rules;
    QComboBox *m_duration;
    QComboBox *m_target;
    QSpinBox *m_perHour;
    QSpinBox *m_perPbx;
    QLabel *m_status;
};

} // namespace tg
