#include "BlockPlanDialog.h"

#include "blocking/BlockAddress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tg {

namespace {
// The duration choices, in seconds; 0 is "until unblocked", -1 "other".
const qint64 kDurations[] = {3600, 24 * 3600, 7 * 24 * 3600, 30 * 24 * 3600, 0, -1};

// One entry per line (or comma), trimmed; anything else in an entry makes it invalid, so
// "1.2.3.4; rm -rf /" is one refused entry, never a valid address with some noise beside it.
QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &l : text.split(QRegularExpression(QStringLiteral("[\\n,]")), Qt::SkipEmptyParts))
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    return out;
}
} // namespace

BlockPlanDialog::BlockPlanDialog(BlockRequest::Action action, const QStringList &pbxes, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
{
    const bool block = action == BlockRequest::Action::Block;
    setWindowTitle(block ? tr("Block source addresses") : tr("Unblock addresses"));
    setObjectName(QStringLiteral("blockPlanDialog"));
    m_pages = new QStackedWidget(this);

    auto *input = new QWidget(this);
    auto *form = new QFormLayout(input);
    m_addresses = new QPlainTextEdit(input);
    m_addresses->setPlaceholderText(tr("One IPv4 or IPv6 address or network per line, e.g. 203.0.113.5 or 198.51.100.0/24"));
    m_addresses->setTabChangesFocus(true);
    form->addRow(tr("&Addresses:"), m_addresses);
    m_pbxes = new QListWidget(input);
    for (const QString &p : pbxes) {
        auto *item = new QListWidgetItem(p, m_pbxes);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(pbxes.size() == 1 ? Qt::Checked : Qt::Unchecked);
    }
    m_pbxes->setMaximumHeight(120);
    // "Block on all PBXes at once" in one click.
    m_allPbxes = new QCheckBox(tr("All PBXes (%1)").arg(pbxes.size()), input);
    m_allPbxes->setEnabled(pbxes.size() > 1);
    auto *pbxColumn = new QVBoxLayout;
    pbxColumn->addWidget(m_pbxes);
    pbxColumn->addWidget(m_allPbxes);
    // A row holding a layout gets no buddy from QFormLayout: without one, "&" shows as text.
    auto *pbxLabel = new QLabel(tr("On &PBXes:"), input);
    pbxLabel->setBuddy(m_pbxes);
    form->addRow(pbxLabel, pbxColumn);
    m_duration = new QComboBox(input);
    m_duration->addItems({tr("1 hour"), tr("1 day"), tr("7 days"), tr("30 days"), tr("Until unblocked"), tr("Other…")});
    m_customSeconds = new QSpinBox(input);
    m_customSeconds->setRange(1, 365 * 24 * 3600);
    m_customSeconds->setSuffix(tr(" s"));
    m_customSeconds->setValue(600);
    m_customSeconds->setVisible(false);
    auto *durationRow = new QHBoxLayout;
    durationRow->addWidget(m_duration);
    durationRow->addWidget(m_customSeconds);
    durationRow->addStretch();
    m_reason = new QLineEdit(input);
    if (block) {
        auto *durationLabel = new QLabel(tr("&Duration:"), input);
        durationLabel->setBuddy(m_duration);
        form->addRow(durationLabel, durationRow);
        form->addRow(tr("&Reason:"), m_reason);
    } else {
        m_duration->setVisible(false);
    }
    m_validation = new QLabel(input);
    m_validation->setWordWrap(true);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_validation);
    m_pages->addWidget(input);

    auto *planPage = new QWidget(this);
    auto *planLayout = new QVBoxLayout(planPage);
    m_planSummary = new QLabel(planPage);
    m_planSummary->setWordWrap(true);
    m_planText = new QPlainTextEdit(planPage);
    m_planText->setReadOnly(true);
    m_planText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_planText->setLineWrapMode(QPlainTextEdit::NoWrap);
    planLayout->addWidget(m_planSummary);
    planLayout->addWidget(m_planText);
    m_pages->addWidget(planPage);

    auto *buttons = new QDialogButtonBox(this);
    m_showPlan = buttons->addButton(tr("Show &plan…"), QDialogButtonBox::ActionRole);
    m_back = buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    m_confirm = buttons->addButton(block ? tr("&Block") : tr("&Unblock"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_back->setVisible(false);
    m_confirm->setVisible(false);
    m_showPlan->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
    resize(720, 480);

    connect(m_addresses, &QPlainTextEdit::textChanged, this, &BlockPlanDialog::validate);
    connect(m_pbxes, &QListWidget::itemChanged, this, &BlockPlanDialog::validate);
    connect(m_allPbxes, &QCheckBox::clicked, this, [this](bool on) {
        for (int i = 0; i < m_pbxes->count(); ++i)
            m_pbxes->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    });
    connect(m_duration, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int i) {
        m_customSeconds->setVisible(kDurations[i] < 0);
    });
    connect(m_showPlan, &QPushButton::clicked, this, [this] {
        m_showPlan->setEnabled(false);
        m_planSummary->setText(tr("Asking the PBXes who must never be blocked there and what they block now…"));
        m_planText->clear();
        m_confirm->setEnabled(false);
        m_confirm->setVisible(true);
        m_back->setVisible(true);
        m_pages->setCurrentIndex(1);
        Q_EMIT planRequested(request());
    });
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        m_back->setVisible(false);
        m_confirm->setVisible(false);
        m_showPlan->setEnabled(true);
        m_plan = BlockPlan();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void BlockPlanDialog::setAddresses(const QStringList &addresses)
{
    m_addresses->setPlainText(addresses.join(QLatin1Char('\n')));
}

void BlockPlanDialog::setSelectedPbxes(const QStringList &pbxes)
{
    for (int i = 0; i < m_pbxes->count(); ++i)
        m_pbxes->item(i)->setCheckState(pbxes.contains(m_pbxes->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
}

void BlockPlanDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

BlockRequest BlockPlanDialog::request() const
{
    BlockRequest r;
    r.action = m_action;
    r.addresses = lines(m_addresses->toPlainText());
    for (int i = 0; i < m_pbxes->count(); ++i)
        if (m_pbxes->item(i)->checkState() == Qt::Checked)
            r.pbxes << m_pbxes->item(i)->text();
    const qint64 d = kDurations[qBound(0, m_duration->currentIndex(), 5)];
    r.ttlS = m_action == BlockRequest::Action::Block ? (d < 0 ? m_customSeconds->value() : d) : 0;
    r.reason = m_reason->text().trimmed();
    r.alertId = m_alertId;
    return r;
}

void BlockPlanDialog::validate()
{
    const QStringList addrs = lines(m_addresses->toPlainText());
    QStringList problems;
    int valid = 0;
    for (const QString &a : addrs) {
        QString error;
        if (BlockAddress::parse(a, &error).isNull())
            problems << error;
        else
            ++valid;
    }
    bool anyPbx = false;
    bool allPbx = m_pbxes->count() > 0;
    for (int i = 0; i < m_pbxes->count(); ++i) {
        anyPbx = anyPbx || m_pbxes->item(i)->checkState() == Qt::Checked;
        allPbx = allPbx && m_pbxes->item(i)->checkState() == Qt::Checked;
    }
    m_allPbxes->setChecked(allPbx);
    if (m_pbxes->count() == 0)
        problems << tr("No PBX has SSH access set up; add it in the PBX's settings to block there.");
    else if (!anyPbx)
        problems << tr("Choose at least one PBX.");
    m_validation->setText(problems.join(QLatin1Char('\n')));
    m_showPlan->setEnabled(valid > 0 && valid == addrs.size() && anyPbx);
}

void BlockPlanDialog::setPlan(const BlockPlan &plan)
{
    m_plan = plan;
    m_planText->setPlainText(plan.text());
    int refused = int(plan.invalid.size());
    int errors = 0;
    for (const PbxPlan &p : plan.pbxes) {
        refused += int(p.refusals.size());
        errors += p.error.isEmpty() ? 0 : 1;
    }
    QString summary;
    if (!plan.hasWork())
        summary = tr("Nothing would run on any PBX: see below why.");
    else
        summary = tr("These commands will run on the PBXes below, then each PBX's listing is read back to verify.");
    if (refused > 0)
        summary += QLatin1Char(' ') + tr("Some addresses are refused; each refusal says why.");
    if (errors > 0)
        summary += QLatin1Char(' ') + tr("Some PBXes cannot be changed; the plan says why.");
    m_planSummary->setText(summary);
    m_confirm->setEnabled(plan.hasWork());
    m_showPlan->setEnabled(true);
}

QString BlockPlanDialog::planText() const
{
    return m_planText->toPlainText();
}

} // namespace tg
