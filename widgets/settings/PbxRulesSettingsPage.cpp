#include "PbxRulesSettingsPage.h"

#include "detect/DetectionSettingsFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeZone>

namespace tg {

namespace {

QStringList countryList(const QString &text)
{
    QStringList out;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &p : parts)
        out << p.toUpper();
    return out;
}

bool isCountryCode(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{2}$"));
    return re.match(s).hasMatch();
}

} // namespace

PbxRulesSettingsPage::PbxRulesSettingsPage(const QString &settingsPath, const QStringList &pbxNames, QWidget *parent)
    : DetectionFilePage(settingsPath, parent)
{
    const DetectionSettings &s = stored();
    m_entries = s.pbx;

    m_pbx = new QComboBox(this);
    m_pbx->addItem(tr("All PBXes (defaults)"), defaultsKey());
    for (const QString &name : pbxNames)
        m_pbx->addItem(name, name);
    m_own = new QCheckBox(tr("Own rules for this PBX (otherwise the defaults apply)"), this);
    m_home = new QLineEdit(this);
    m_home->setMaxLength(2);
    m_home->setPlaceholderText(tr("e.g. GB"));
    m_home->setToolTip(tr("ISO 3166 code of the country the PBX is in: its calls there are domestic."));
    m_allowed = new QLineEdit(this);
    m_allowed->setPlaceholderText(tr("e.g. IE, FR, DE"));
    m_allowed->setToolTip(tr("Countries this PBX may call without an alert. High-risk and premium ranges alert anyway."));
    m_zone = new QComboBox(this);
    m_zone->setEditable(true);
    m_zone->addItem(QStringLiteral("UTC"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        if (id != "UTC")
            m_zone->addItem(QString::fromLatin1(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_hours = new QLineEdit(this);
    m_hours->setPlaceholderText(tr("e.g. Mon-Fri 08:00-18:00 (empty: off-hours detection off)"));
    m_concurrent = new QSpinBox(this);
    m_concurrent->setRange(0, 100000);
    m_concurrent->setSpecialValueText(tr("No limit"));
    m_concurrent->setToolTip(tr("More simultaneous calls on the whole PBX than this raise an alert."));

    auto *intro = new QLabel(tr("What the call detectors need to know about each PBX: calls to countries that are "
                                "not allowed, and outbound calls outside business hours, raise alerts."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("PBX"), m_pbx);
    form->addRow(QString(), m_own);
    form->addRow(tr("Home country"), m_home);
    form->addRow(tr("Allowed countries"), m_allowed);
    form->addRow(tr("Time zone"), m_zone);
    form->addRow(tr("Business hours"), m_hours);
    form->addRow(tr("Concurrent calls limit"), m_concurrent);

    connect(m_pbx, &QComboBox::currentIndexChanged, this, [this] {
        keepEdits();
        showEntry(currentKey());
    });
    connect(m_own, &QCheckBox::toggled, this, &PbxRulesSettingsPage::updateEnabled);
    showEntry(defaultsKey());
}

QString PbxRulesSettingsPage::title() const
{
    return tr("PBX rules");
}

QString PbxRulesSettingsPage::currentKey() const
{
    return m_pbx->currentData().toString();
}

void PbxRulesSettingsPage::showEntry(const QString &key)
{
    m_shown = key;
    const bool isDefaults = key == defaultsKey();
    const bool own = isDefaults || m_entries.contains(key);
    m_own->setVisible(!isDefaults);
    m_own->setChecked(own);
    showFields(own ? m_entries.value(key) : m_entries.value(defaultsKey()));
    updateEnabled();
}

void PbxRulesSettingsPage::keepEdits()
{
    if (m_shown.isEmpty())
        return;
    if (m_shown == defaultsKey() || m_own->isChecked())
        m_entries[m_shown] = fromFields();
    else
        m_entries.remove(m_shown);
}

PbxDetectionSettings PbxRulesSettingsPage::fromFields() const
{
    PbxDetectionSettings p = m_entries.value(m_shown, m_entries.value(defaultsKey()));
    p.homeCountry = m_home->text().trimmed().toUpper();
    p.allowedCountries = countryList(m_allowed->text());
    p.timeZone = m_zone->currentText().trimmed();
    p.businessHours = m_hours->text().trimmed();
    p.maxConcurrentCalls = m_concurrent->value();
    return p;
}

void PbxRulesSettingsPage::showFields(const PbxDetectionSettings &p)
{
    m_home->setText(p.homeCountry);
    m_allowed->setText(p.allowedCountries.join(QStringLiteral(", ")));
    m_zone->setCurrentText(p.timeZone.isEmpty() ? QStringLiteral("UTC") : p.timeZone);
    m_hours->setText(p.businessHours);
    m_concurrent->setValue(p.maxConcurrentCalls);
}

void PbxRulesSettingsPage::updateEnabled()
{
    const bool editable = m_shown == defaultsKey() || m_own->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_home), static_cast<QWidget *>(m_allowed),
                       static_cast<QWidget *>(m_zone), static_cast<QWidget *>(m_hours),
                       static_cast<QWidget *>(m_concurrent)})
        w->setEnabled(editable);
}

bool PbxRulesSettingsPage::validate(QString *why) const
{
    if (!fileUsable(why))
        return false;
    auto entries = m_entries;
    if (m_shown == defaultsKey() || m_own->isChecked())
        entries[m_shown] = fromFields();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const PbxDetectionSettings &p = it.value();
        const QString who = it.key() == defaultsKey() ? tr("the defaults") : it.key();
        if (!p.homeCountry.isEmpty() && !isCountryCode(p.homeCountry)) {
            *why = tr("Home country of %1: use a two-letter ISO code such as GB.").arg(who);
            return false;
        }
        for (const QString &c : p.allowedCountries) {
            if (!isCountryCode(c)) {
                *why = tr("Allowed countries of %1: %2 is not a two-letter ISO code.").arg(who, c);
                return false;
            }
        }
        if (!p.timeZone.isEmpty() && !QTimeZone(p.timeZone.toLatin1()).isValid()) {
            *why = tr("Time zone of %1: %2 is not a known time zone.").arg(who, p.timeZone);
            return false;
        }
        QString error;
        int mask = 0, start = 0, end = 0;
        if (!p.businessHours.isEmpty() && !p.parseBusinessHours(&mask, &start, &end, &error)) {
            *why = tr("Business hours of %1: %2").arg(who, error);
            return false;
        }
    }
    return true;
}

bool PbxRulesSettingsPage::save(QString *why)
{
    keepEdits();
    return update([this](DetectionSettings &s) { s.pbx = m_entries; }, why);
}

} // namespace tg
