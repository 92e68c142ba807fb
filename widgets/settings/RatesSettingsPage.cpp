#include "RatesSettingsPage.h"

#include "detect/DetectionSettingsFile.h"
#include "detect/PrefixTable.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tg {

namespace {
constexpr qint64 kMaxTableBytes = 32LL * 1024 * 1024; // the real E.164 plan is well under 1 MB
QString importedName()
{
    return QStringLiteral("prefixes.csv");
}
} // namespace

RatesSettingsPage::RatesSettingsPage(const QString &settingsPath, const QString &dataDir, QWidget *parent)
    : DetectionFilePage(settingsPath, parent)
    , m_dataDir(dataDir)
{
    const DetectionSettings &s = stored();
    m_current = m_staged = s.prefixTableFile;

    auto *intro = new QLabel(tr("Tollgate classifies every dialed number by the longest matching E.164 prefix of this "
                                "table: its country, its risk tier (standard, elevated, high, premium, satellite) and "
                                "its rate per minute, used for toll-fraud alerts and cost estimates. The CSV columns "
                                "are: prefix,country,tier,rate_per_minute,description."), this);
    intro->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *import = new QPushButton(tr("Import CSV…"), this);
    auto *builtIn = new QPushButton(tr("Use the built-in table"), this);
    auto *exportButton = new QPushButton(tr("Export current table…"), this);
    exportButton->setToolTip(tr("Save the table in use as a CSV to edit it, then import it again."));
    connect(import, &QPushButton::clicked, this, &RatesSettingsPage::chooseImport);
    connect(builtIn, &QPushButton::clicked, this, &RatesSettingsPage::useBuiltIn);
    connect(exportButton, &QPushButton::clicked, this, &RatesSettingsPage::exportTable);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(import);
    buttons->addWidget(builtIn);
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addStretch(1);
    describe();
}

QString RatesSettingsPage::title() const
{
    return tr("Rates");
}

void RatesSettingsPage::describe()
{
    PrefixTable table;
    QString error;
    const bool ok = table.load(m_staged, &error);
    QString text = m_staged.isEmpty() ? tr("In use: the built-in table.")
                                      : tr("In use: %1.").arg(QDir::toNativeSeparators(m_staged));
    if (ok)
        text += QLatin1Char(' ') + tr("%1 prefixes, %2 lines skipped.").arg(table.size()).arg(table.skippedLines());
    else
        text += QLatin1Char(' ') + error;
    if (m_changed)
        text += QLatin1Char(' ') + tr("(applied when you press OK)");
    m_status->setText(text);
}

bool RatesSettingsPage::importTable(const QString &csvPath, QString *why)
{
    const QFileInfo info(csvPath);
    if (!info.isFile()) {
        *why = tr("%1 is not a file.").arg(QDir::toNativeSeparators(csvPath));
        return false;
    }
    if (info.size() > kMaxTableBytes) {
        *why = tr("%1 is larger than 32 MB; that is not a prefix table.").arg(QDir::toNativeSeparators(csvPath));
        return false;
    }
    PrefixTable table;
    QString error;
    if (!table.load(csvPath, &error)) {
        *why = tr("%1 cannot be used: %2").arg(QDir::toNativeSeparators(csvPath), error);
        return false;
    }
    m_staged = csvPath;
    m_changed = true;
    describe();
    return true;
}

void RatesSettingsPage::useBuiltIn()
{
    m_staged.clear();
    m_changed = m_staged != m_current;
    describe();
}

void RatesSettingsPage::chooseImport()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import a prefix and rate table"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    QString why;
    if (!importTable(file, &why))
        QMessageBox::warning(this, tr("Import a prefix and rate table"), why);
}

void RatesSettingsPage::exportTable()
{
    const QString target = QFileDialog::getSaveFileName(this, tr("Export the prefix and rate table"),
                                                        importedName(), tr("CSV files (*.csv)"));
    if (target.isEmpty())
        return;
    const QString source = m_staged.isEmpty() ? PrefixTable::builtinPath() : m_staged;
    QFile::remove(target); // the dialog already asked before replacing
    if (!QFile::copy(source, target))
        QMessageBox::warning(this, tr("Export the prefix and rate table"),
                             tr("Could not write %1.").arg(QDir::toNativeSeparators(target)));
    else
        QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
}

bool RatesSettingsPage::validate(QString *why) const
{
    if (!fileUsable(why))
        return false;
    return true;
}

bool RatesSettingsPage::save(QString *why)
{
    if (!m_changed)
        return true;
    QString tableFile;
    if (!m_staged.isEmpty()) {
        // A private copy: detection must not change because someone edits the original later.
        tableFile = QDir(m_dataDir).filePath(importedName());
        if (QFileInfo(m_staged).absoluteFilePath() != QFileInfo(tableFile).absoluteFilePath()) {
            const QString temp = tableFile + QStringLiteral(".new");
            QFile::remove(temp);
            if (!QFile::copy(m_staged, temp)) {
                *why = tr("Could not copy %1 into the data folder.").arg(QDir::toNativeSeparators(m_staged));
                return false;
            }
            QFile::remove(tableFile);
            if (!QFile::rename(temp, tableFile)) {
                *why = tr("Could not write %1.").arg(QDir::toNativeSeparators(tableFile));
                return false;
            }
        }
    }
    if (!update([&tableFile](DetectionSettings &s) { s.prefixTableFile = tableFile; }, why))
        return false;
    m_current = m_staged = tableFile;
    m_changed = false;
    return true;
}

} // namespace tg
