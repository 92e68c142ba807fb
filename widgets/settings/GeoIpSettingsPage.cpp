#include "GeoIpSettingsPage.h"

#include "GeoIpLookup.h"
#include "detect/DetectionSettingsFile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace tg {

GeoIpSettingsPage::GeoIpSettingsPage(const QString &settingsPath, QWidget *parent)
    : DetectionFilePage(settingsPath, parent)
    , m_probe(new GeoIpLookup(this))
{
    const DetectionSettings &s = stored();

    auto *intro = new QLabel(tr("With a country database, an account that registers from a country never seen for it "
                                "raises a high alert (new_country), and the console shows the country of source "
                                "addresses. Tollgate ships none: download a country database in MaxMind DB format "
                                "(.mmdb), such as MaxMind's free GeoLite2-Country or DB-IP's IP to Country Lite, and "
                                "choose it here. The file is used where it is, so its regular updates are picked up "
                                "when the settings are saved or Tollgate starts."), this);
    intro->setWordWrap(true);
    m_edit = new QLineEdit(QDir::toNativeSeparators(s.geoIpDatabase), this);
    m_edit->setPlaceholderText(tr("No database: country tracking is off"));
    m_edit->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &GeoIpSettingsPage::choose);
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(browse);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(new QLabel(tr("Country database (.mmdb)"), this));
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_probe, &GeoIpLookup::loaded, this, &GeoIpSettingsPage::showResult);
    // Typing a path: check it once the admin pauses, not on every key.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(400);
    connect(debounce, &QTimer::timeout, this, &GeoIpSettingsPage::check);
    connect(m_edit, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    check();
}

QString GeoIpSettingsPage::title() const
{
    return tr("GeoIP");
}

QString GeoIpSettingsPage::currentPath() const
{
    const QString text = m_edit->text().trimmed();
    return text.isEmpty() ? QString() : QDir::fromNativeSeparators(text);
}

void GeoIpSettingsPage::choose()
{
    const QString start = currentPath().isEmpty() ? QStringLiteral("/var/lib/GeoIP") : QFileInfo(currentPath()).path();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a country database"), start,
                                                      tr("MaxMind DB files (*.mmdb);;All files (*)"));
    if (!file.isEmpty())
        m_edit->setText(QDir::toNativeSeparators(file));
}

void GeoIpSettingsPage::check()
{
    m_status->setStyleSheet(QString());
    if (currentPath().isEmpty()) {
        m_checkedPath.clear();
        m_checkedOk = true;
        m_status->setText(tr("No database: country tracking is off; new networks of an account are still reported."));
        Q_EMIT checked(true);
        return;
    }
    m_status->setText(tr("Checking…"));
    m_probe->load(currentPath());
}

void GeoIpSettingsPage::showResult(bool ok, const QString &status)
{
    if (m_probe->path() != currentPath())
        return;
    m_checkedPath = m_probe->path();
    m_checkedOk = ok;
    m_status->setText(ok ? tr("Loaded: %1.").arg(status) : status);
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #b3261e;"));
    Q_EMIT checked(ok);
}

bool GeoIpSettingsPage::validate(QString *why) const
{
    if (!fileUsable(why))
        return false;
    if (isChecked() && !m_checkedOk) {
        *why = m_status->text();
        return false;
    }
    return true;
}

bool GeoIpSettingsPage::save(QString *why)
{
    const QString path = currentPath().isEmpty() ? QString() : QFileInfo(currentPath()).absoluteFilePath();
    return update([&path](DetectionSettings &s) { s.geoIpDatabase = path; }, why);
}

} // namespace tg
