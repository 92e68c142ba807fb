#pragma once

#include "SettingsPage.h"

class QSpinBox;

namespace tg {

// How much config history Tollgate keeps per watched file (SnapshotRetention, QSettings
// configHistory/*): the newest N snapshots and/or those younger than D days. A file's approved
// baseline and its newest snapshot always stay, because change detection compares with them.
class ConfigHistorySettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit ConfigHistorySettingsPage(QWidget *parent = nullptr);
    QString title() const override;
    bool save(QString *why) override;

    QSpinBox *countSpin() const { return m_count; }
    QSpinBox *daysSpin() const { return m_days; }

private:
    QSpinBox *m_count;
    QSpinBox *m_days;
};

} // namespace tg
