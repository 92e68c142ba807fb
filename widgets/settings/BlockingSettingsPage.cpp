#include "BlockingSettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tg {

BlockingSettingsPage::BlockingSettingsPage(QWidget *parent)
    : SettingsPage(parent)
{
    const AutoBlockSettings s = AutoBlockSettings::load();

    auto *intro = new QLabel(tr("Tollgate can block the source address of a new alert by itself. It goes through the "
                                "same plan and safety checks as a block made by hand: it never blocks loopback, "
                                "allowlisted ranges, the address you reach the PBX from, the PBX's own addresses or "
                                "its SIP trunk peers. Off until you choose a rule."), this);
    intro->setWordWrap(true);

    auto *rules = new QGroupBox(tr("Rules that block automatically"), this);
    auto *rulesLayout = new QVBoxLayout(rules);
    for (const QString &rule : AutoBlockSettings::eligibleRules()) {
        auto *box = new QCheckBox(ruleText(rule), rules);
        box->setObjectName(rule);
        box->setToolTip(tr("Detector rule %1").arg(rule));
        box->setChecked(s.rules.contains(rule));
        rulesLayout->addWidget(box);
        m_rules.insert(rule, box);
        connect(box, &QCheckBox::toggled, this, &BlockingSettingsPage::updateState);
    }

    m_duration = new QComboBox(this);
    const QVector<QPair<QString, qint64>> durations{{tr("1 hour"), 3600}, {tr("1 day"), 24 * 3600},
                                                    {tr("7 days"), 7 * 24 * 3600}, {tr("30 days"), 30 * 24 * 3600},
                                                    {tr("Until unblocked"), 0}};
    for (const auto &d : durations)
        m_duration->addItem(d.first, d.second);
    if (m_duration->findData(s.ttlS) < 0)   // a value set elsewhere stays as it is
        m_duration->addItem(tr("%1 seconds").arg(s.ttlS), s.ttlS);
    m_duration->setCurrentIndex(m_duration->findData(s.ttlS));

    m_target = new QComboBox(this);
    m_target->addItem(tr("The PBX that raised the alert"), int(AutoBlockSettings::Target::AlertPbx));
    m_target->addItem(tr("Every PBX with SSH access"), int(AutoBlockSettings::Target::AllPbxes));
    m_target->setCurrentIndex(m_target->findData(int(s.target)));

    m_perHour = new QSpinBox(this);
    m_perHour->setRange(1, 1000);
    m_perHour->setValue(s.maxPerHour);
    m_perHour->setSuffix(tr(" per hour"));
    m_perPbx = new QSpinBox(this);
    m_perPbx->setRange(1, 1000);
    m_perPbx->setValue(s.maxPerHourPerPbx);
    m_perPbx->setSuffix(tr(" per hour"));

    auto *how = new QGroupBox(tr("How"), this);
    auto *form = new QFormLayout(how);
    form->addRow(tr("Block for"), m_duration);
    form->addRow(tr("Block on"), m_target);
    form->addRow(tr("At most, on all PBXes"), m_perHour);
    form->addRow(tr("At most, on one PBX"), m_perPbx);

    auto *backend = new QLabel(tr("Each PBX blocks with its own backend, detected over SSH: nftables, iptables with "
                                  "ipset, or fail2ban. Every automatic block is recorded as \"automatic\" in the "
                                  "Blocks tab and listed on its alert. When a limit is reached nothing is blocked, "
                                  "and the alert and the Blocks tab say so."), this);
    backend->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(rules);
    layout->addWidget(how);
    layout->addWidget(backend);
    layout->addWidget(m_status);
    layout->addStretch();
    updateState();
}

QString BlockingSettingsPage::title() const
{
    return tr("Blocking");
}

QString BlockingSettingsPage::ruleText(const QString &rule)
{
    if (rule == QLatin1String("brute_force_ip"))
        return tr("Brute force from one address");
    if (rule == QLatin1String("enumeration"))
        return tr("Account enumeration from one address");
    if (rule == QLatin1String("scanner"))
        return tr("SIP scanner");
    if (rule == QLatin1String("success_after_failures"))
        return tr("Login success after failures (when the alert names the address)");
    if (rule == QLatin1String("flood"))
        return tr("Flood from one address");
    return rule;
}

AutoBlockSettings BlockingSettingsPage::settings() const
{
    AutoBlockSettings s;
    for (const QString &rule : AutoBlockSettings::eligibleRules())
        if (m_rules.value(rule)->isChecked())
            s.rules << rule;
    s.ttlS = m_duration->currentData().toLongLong();
    s.target = AutoBlockSettings::Target(m_target->currentData().toInt());
    s.maxPerHour = m_perHour->value();
    s.maxPerHourPerPbx = m_perPbx->value();
    return s;
}

void BlockingSettingsPage::updateState()
{
    const AutoBlockSettings s = settings();
    const bool on = s.isEnabled();
    for (QWidget *w : {static_cast<QWidget *>(m_duration), static_cast<QWidget *>(m_target),
                       static_cast<QWidget *>(m_perHour), static_cast<QWidget *>(m_perPbx)})
        w->setEnabled(on);
    m_status->setText(on ? tr("Automatic blocking is on: %1 of %2 rules block by themselves.")
                               .arg(s.rules.size())
                               .arg(AutoBlockSettings::eligibleRules().size())
                         : tr("Automatic blocking is off."));
}

bool BlockingSettingsPage::validate(QString *why) const
{
    return settings().validate(why);
}

bool BlockingSettingsPage::save(QString *why)
{
    if (!validate(why))
        return false;
    settings().save();
    return true;
}

} // namespace tg
