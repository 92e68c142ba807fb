#include "SettingsDialog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace tg {

QString SettingsDialog::retentionKey()
{
    return QStringLiteral("store/retentionDays");
}

QString SettingsDialog::languageKey()
{
    return QStringLiteral("ui/language");
}

int SettingsDialog::retentionDays()
{
    return QSettings().value(retentionKey(), kDefaultRetentionDays).toInt();
}

SettingsDialog::SettingsDialog(const QString &dataDir, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
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

    auto *form = new QFormLayout;
    form->addRow(tr("Data folder"), dirRow);
    form->addRow(tr("Keep events for"), m_retention);
    form->addRow(tr("Language"), m_language);
    form->addRow(QString(), langNote);
    auto *note = new QLabel(tr("Detector thresholds, business hours, the allowlist and rate tables are "
                               "not configurable from this dialog in this version."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void SettingsDialog::accept()
{
    QSettings s;
    s.setValue(retentionKey(), m_retention->value());
    s.setValue(languageKey(), m_language->currentData().toString());
    QDialog::accept();
}

} // namespace tg
