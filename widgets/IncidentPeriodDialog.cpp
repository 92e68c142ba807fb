#include "IncidentPeriodDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tg {

namespace {
QDateTimeEdit *timeEdit(const QDateTime &value, QWidget *parent)
{
    auto *e = new QDateTimeEdit(value, parent);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    e->setCalendarPopup(true);
    return e;
}
} // namespace

IncidentPeriodDialog::IncidentPeriodDialog(const QStringList &pbxes, const QString &currentPbx, const QDateTime &now,
                                           QWidget *parent)
    : QDialog(parent)
    , m_from(timeEdit(now.addDays(-1), this))
    , m_to(timeEdit(now, this))
    , m_pbx(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Incident report for a period"));
    m_pbx->addItem(tr("All PBXes"), QString());
    for (const QString &p : pbxes)
        m_pbx->addItem(p, p);
    const int current = currentPbx.isEmpty() ? -1 : m_pbx->findData(currentPbx);
    m_pbx->setCurrentIndex(current < 0 ? 0 : current);

    auto *intro = new QLabel(tr("Every alert active during the period goes into the report, with its evidence, "
                                "the accounts and addresses involved, the estimated cost and the actions taken."),
                             this);
    intro->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&PBX:"), m_pbx);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(tr("&Save report as…"), QDialogButtonBox::AcceptRole);
    m_accept->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);   // the explanation in three lines, not six

    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &IncidentPeriodDialog::validate);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &IncidentPeriodDialog::validate);
    validate();
}

IncidentScope IncidentPeriodDialog::scope() const
{
    IncidentScope s;
    s.fromMs = m_from->dateTime().toMSecsSinceEpoch();
    s.toMs = m_to->dateTime().toMSecsSinceEpoch();
    s.pbx = m_pbx->currentData().toString();
    return s;
}

void IncidentPeriodDialog::validate()
{
    const bool ok = m_to->dateTime() > m_from->dateTime();
    m_problem->setText(ok ? QString() : tr("The end of the period must come after its start."));
    m_problem->setVisible(!ok);
    m_accept->setEnabled(ok);
}

} // namespace tg
