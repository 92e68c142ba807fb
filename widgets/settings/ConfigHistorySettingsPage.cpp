#include "ConfigHistorySettingsPage.h"

#include "configdiff/ConfigSnapshot.h"

#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace tg {

ConfigHistorySettingsPage::ConfigHistorySettingsPage(QWidget *parent) : SettingsPage(parent)
{
    const SnapshotRetention r = SnapshotRetention::fromSettings();
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("configHistoryCount"));
    m_count->setRange(0, 100000);
    m_count->setSuffix(tr(" snapshots per file"));
    m_count->setSpecialValueText(tr("No count limit"));
    m_count->setValue(r.keepLast);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("configHistoryDays"));
    m_days->setRange(0, 36500);
    m_days->setSuffix(tr(" days"));
    m_days->setSpecialValueText(tr("No age limit"));
    m_days->setValue(r.maxAgeDays);
    auto *note = new QLabel(tr("Older config snapshots are deleted when a file gets a new one; its approved baseline and "
                               "its newest snapshot are always kept."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Keep the newest"), m_count);
    form->addRow(tr("Keep snapshots for"), m_days);
    form->addRow(QString(), note);
}

QString ConfigHistorySettingsPage::title() const
{
    return tr("Config history");
}

bool ConfigHistorySettingsPage::save(QString *why)
{
    SnapshotRetention r;
    r.keepLast = m_count->value();
    r.maxAgeDays = m_days->value();
    r.toSettings();
    QSettings s;
    s.sync();
    if (s.status() != QSettings::NoError) {
        *why = tr("The settings could not be written to %1.").arg(s.fileName());
        return false;
    }
    return true;
}

} // namespace tg
