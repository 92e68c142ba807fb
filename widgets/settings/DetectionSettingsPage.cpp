#include "DetectionSettingsPage.h"

#include "detect/DetectionSettingsFile.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tg {

namespace {

// One number of DetectionSettings as the admin sees it: in the unit that reads naturally
// (minutes, hours) while the file keeps seconds.
struct Field {
    const char *group;
    const char *label;
    const char *help;
    int DetectionSettings::*intMember;
    double DetectionSettings::*doubleMember;
    double min;
    double max;
    double unit;          // seconds (or 1) per displayed unit
    const char *suffix;
};

const Field kFields[] = {
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Brute force and enumeration"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Failures from one address"),
     QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Authentication failures from one source address that raise a brute-force alert (fail2ban's asterisk jail: 10)."),
     &DetectionSettings::bruteForceMaxRetry, nullptr, 1, 100000, 1, ""},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Brute force and enumeration"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "…within"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "The window those failures must fall in."),
     &DetectionSettings::bruteForceFindTimeSec, nullptr, 1, 24 * 60, 60, QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", " min")},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Brute force and enumeration"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Addresses against one account"),
     QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Distinct source addresses failing on one account that raise a distributed brute-force alert."),
     &DetectionSettings::distributedMinSources, nullptr, 2, 100000, 1, ""},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Brute force and enumeration"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Failures on one account"),
     QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Failures on one account, from all those addresses together."),
     &DetectionSettings::distributedMinFailures, nullptr, 2, 100000, 1, ""},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Brute force and enumeration"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "…within"),
     QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Slow sprays from fresh addresses add up over this window."),
     &DetectionSettings::distributedWindowSec, nullptr, 1, 7 * 24, 3600, QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", " h")},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Brute force and enumeration"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Accounts tried from one address"),
     QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Distinct accounts failing from one address that raise an enumeration alert."),
     &DetectionSettings::enumerationMinAccounts, nullptr, 2, 100000, 1, ""},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Brute force and enumeration"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "…within"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "The window those accounts must fall in."),
     &DetectionSettings::enumerationWindowSec, nullptr, 1, 24 * 60, 60, QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", " min")},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Scanners and breach"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Accounts swept by challenges"),
     QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Accounts challenged from one address, almost none answered, that count as a scanner sweep."),
     &DetectionSettings::sweepMinAccounts, nullptr, 2, 100000, 1, ""},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Scanners and breach"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Failures before a success (address)"),
     QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "A successful login from an address after this many failures from it is the breach moment (critical)."),
     &DetectionSettings::successMinIpFailures, nullptr, 1, 100000, 1, ""},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Scanners and breach"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Failures before a success (account)"),
     QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "A successful login on an account after this many failures on it (critical)."),
     &DetectionSettings::successMinAccountFailures, nullptr, 1, 100000, 1, ""},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Scanners and breach"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "New-source learning period"),
     QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "After a PBX's first event, sources are learned quietly for this long before new ones raise alerts."),
     &DetectionSettings::newSourceLearningSec, nullptr, 0, 30 * 24, 3600, QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", " h")},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Calls"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Off-hours risk score"),
     QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Outbound calls outside business hours raise an alert once their risk adds up to this (domestic 1, "
           "international 3, high-risk 5)."),
     &DetectionSettings::offHoursMinScore, nullptr, 1, 1000, 1, ""},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Calls"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Spike factor"),
     QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Calls in an hour against the learned average for that hour of the week."),
     nullptr, &DetectionSettings::spikeFactor, 1.1, 100, 1, QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", " ×")},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Calls"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Never a spike below"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Calls per hour under which no spike is reported."),
     &DetectionSettings::spikeMinCalls, nullptr, 1, 100000, 1, QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", " calls")},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Calls"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Concurrent calls per account"),
     QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "More simultaneous calls on one account than this raise an alert (a desk phone rarely holds more than 2)."),
     &DetectionSettings::maxConcurrentPerAccount, nullptr, 1, 10000, 1, ""},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Calls"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Sequential numbers dialed"),
     QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Distinct numbers differing only in their last digits that count as a range test."),
     &DetectionSettings::sequentialMinNumbers, nullptr, 2, 10000, 1, ""},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Cost"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Cost of one call"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "An alert when one call's estimated cost reaches this."),
     nullptr, &DetectionSettings::costPerCallLimit, 0.01, 1e6, 1, ""},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Cost"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Burn rate per hour"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "An alert when running calls cost this much per hour."),
     nullptr, &DetectionSettings::costBurnPerHourLimit, 0.01, 1e6, 1, ""},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Cost"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Daily spend factor"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Today's spend against the learned daily average."),
     nullptr, &DetectionSettings::dailySpendFactor, 1.1, 100, 1, QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", " ×")},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Cost"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Daily spend limit"),
     QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "An alert at this daily spend, also before there is history to compare with."),
     nullptr, &DetectionSettings::dailySpendHardLimit, 0.01, 1e7, 1, ""},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Cost"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Long call"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "An answered billable call running this long raises an alert."),
     &DetectionSettings::longCallMinutes, nullptr, 1, 24 * 60, 1, QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", " min")},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Floods"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Events from one address"),
     QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Security events from one address within the flood window that count as a flood."),
     &DetectionSettings::floodPerSourceLimit, nullptr, 1, 10000000, 1, ""},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Floods"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Events on one PBX"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Security events on one PBX within the flood window."),
     &DetectionSettings::floodTotalLimit, nullptr, 1, 10000000, 1, ""},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Floods"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Flood window"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "The window of both flood limits."),
     &DetectionSettings::floodWindowSec, nullptr, 1, 3600, 1, QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", " s")},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Floods"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Bad requests per minute"),
     QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Malformed or forbidden requests from one address per minute."),
     &DetectionSettings::badRequestLimit, nullptr, 1, 1000000, 1, ""},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Floods"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Failed calls in a burst"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Failed calls on one PBX within five minutes."),
     &DetectionSettings::failedCallBurstLimit, nullptr, 1, 1000000, 1, ""},
    {QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Floods"), QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Connection drops"),
     QT_TRANSLATE_NOOP("tg::DetectionSettingsPage", "Drops of the connection to one PBX within ten minutes that count as flapping."),
     &DetectionSettings::connectorFlapLimit, nullptr, 1, 10000, 1, ""},
};

double valueOf(const Field &f, const DetectionSettings &s)
{
    const double raw = f.intMember ? double(s.*f.intMember) : s.*f.doubleMember;
    return raw / f.unit;
}

void setValue(const Field &f, DetectionSettings &s, double shown)
{
    if (f.intMember)
        s.*f.intMember = int(qRound64(shown * f.unit));
    else
        s.*f.doubleMember = shown * f.unit;
}

} // namespace

DetectionSettingsPage::DetectionSettingsPage(const QString &settingsPath, QWidget *parent)
    : DetectionFilePage(settingsPath, parent)
{
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    QGroupBox *box = nullptr;
    QFormLayout *form = nullptr;
    const char *group = nullptr;
    for (int i = 0; i < int(std::size(kFields)); ++i) {
        const Field &f = kFields[i];
        if (!group || qstrcmp(group, f.group) != 0) {
            group = f.group;
            box = new QGroupBox(tr(f.group), content);
            form = new QFormLayout(box);
            form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
            contentLayout->addWidget(box);
        }
        auto *spin = new QDoubleSpinBox(box);
        spin->setDecimals(f.doubleMember ? 2 : 0);
        spin->setRange(f.min, f.max);
        spin->setSuffix(tr(f.suffix));
        spin->setToolTip(tr(f.help));
        spin->setMinimumWidth(140);
        spin->setObjectName(QString::fromLatin1(f.intMember ? "int" : "double") + QString::number(i));
        auto *label = new QLabel(tr(f.label), box);
        label->setToolTip(tr(f.help));
        form->addRow(label, spin);
        m_bound.append({i, spin});
        if (qstrcmp(f.group, "Cost") == 0 && !m_currency) {
            m_currency = new QLineEdit(box);
            m_currency->setMaxLength(3);
            m_currency->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Z]{3}")), m_currency));
            m_currency->setToolTip(tr("ISO 4217 code of the rates in the prefix table, e.g. USD or EUR."));
            form->addRow(tr("Currency"), m_currency);
        }
    }
    m_reloadAlert = new QCheckBox(tr("Alert when a PBX reloads its configuration"), content);
    contentLayout->addWidget(m_reloadAlert);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *defaults = new QPushButton(tr("Restore defaults"), this);
    connect(defaults, &QPushButton::clicked, this, &DetectionSettingsPage::restoreDefaults);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(defaults, 0, Qt::AlignRight);

    const DetectionSettings &s = stored();
    show(s);
}

QString DetectionSettingsPage::title() const
{
    return tr("Detection");
}

void DetectionSettingsPage::show(const DetectionSettings &s)
{
    for (const Bound &b : m_bound)
        b.spin->setValue(valueOf(kFields[b.fieldIndex], s));
    m_currency->setText(s.currency);
    m_reloadAlert->setChecked(s.configReloadAlert);
}

void DetectionSettingsPage::collect(DetectionSettings &s) const
{
    for (const Bound &b : m_bound)
        setValue(kFields[b.fieldIndex], s, b.spin->value());
    s.currency = m_currency->text();
    s.configReloadAlert = m_reloadAlert->isChecked();
}

void DetectionSettingsPage::restoreDefaults()
{
    show(DetectionSettings::defaults());
}

bool DetectionSettingsPage::validate(QString *why) const
{
    if (!fileUsable(why))
        return false;
    if (m_currency->text().size() != 3) {
        *why = tr("The currency must be a three-letter ISO 4217 code such as USD or EUR.");
        return false;
    }
    return true;
}

bool DetectionSettingsPage::save(QString *why)
{
    return update([this](DetectionSettings &s) { collect(s); }, why);
}

} // namespace tg
