#include "GeneralSettingsPage.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>

namespace tg {

QString GeneralSettingsPage::retentionKey()
{
    return QStringLiteral("store/retentionDays");
}

QString GeneralSettingsPage::languageKey()
{
    return QStringLiteral("ui/language");
}

int GeneralSettingsPage::retentionDays()
{
    return QSettings().value(retentionKey(), kDefaultRetentionDays).toInt();
}

GeneralSettingsPage::GeneralSettingsPage(const QString &dataDir, QWidget *parent)
    : SettingsPage(parent)
{
    auto *dir = new QLabel(QDir::toNativeSeparators(dataDir), this);
    dir->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dir->setWordWrap(true);
    auto *open = new QPushButton(tr("Open folder"), this);
    connect(open, &QPushButton::clicked, this, [dataDir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dataDir)); });
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(dir, 1);
    dirRow->addWidget(open);

    m_retention = new QSpinBox(this);
    m_retention->setRange(0, 3650);
    m_retention->setSuffix(tr(" days"));
    m_retention->setSpecialValueText(tr("Keep forever"));
    m_retention->setValue(retentionDays());
    m_retention->setToolTip(tr("Events older than this are deleted; open alerts are kept."));

    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Português (Brasil)"), QStringLiteral("pt_BR"));
    const int i = m_language->findData(QSettings().value(languageKey()).toString());
    m_language->setCurrentIndex(i < 0 ? 0 : i);
    auto *langNote = new QLabel(tr("A new language takes effect the next time Tollgate starts."), this);
    langNote->setWordWrap(true);
    langNote->setEnabled(false);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Data folder"), dirRow);
    form->addRow(tr("Keep events for"), m_retention);
    form->addRow(tr("Language"), m_language);
    form->addRow(QString(), langNote);
}

QString GeneralSettingsPage::title() const
{
    return tr("General");
}

bool GeneralSettingsPage::save(QString *why)
{
    QSettings s;
    s.setValue(retentionKey(), m_retention->value());
    s.setValue(languageKey(), m_language->currentData().toString());
    s.sync();
    if (s.status() != QSettings::NoError) {
        *why = tr("The settings could not be written to %1.").arg(s.fileName());
        return false;
    }
    return true;
}

} // namespace tg
