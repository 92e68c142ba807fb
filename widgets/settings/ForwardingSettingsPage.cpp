#include "ForwardingSettingsPage.h"

#include "ConsoleStyle.h"
#include "ForwardDestinationDialog.h"
#include "forward/ForwardSettings.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tg {

namespace {
enum Column { NameCol = 0, AddressCol, FormatCol, SeverityCol, StatusCol, ColumnCount };
}

ForwardingSettingsPage::ForwardingSettingsPage(QWidget *parent)
    : SettingsPage(parent), m_list(ForwardSettings::load())
{
    auto *intro = new QLabel(tr("Alerts are sent to these SIEM or syslog receivers as RFC 5424 syslog (CEF or JSON): "
                                "when an alert opens and when its status changes. Each destination has its own "
                                "queue on disk, so nothing is lost while a receiver is down."),
                             this);
    intro->setWordWrap(true);

    m_table = new QTreeWidget(this);
    m_table->setRootIsDecorated(false);
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({tr("Name"), tr("Address"), tr("Format"), tr("Alerts from"), tr("State")});
    m_table->header()->setSectionResizeMode(StatusCol, QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTreeWidget::itemSelectionChanged, this, &ForwardingSettingsPage::updateButtons);
    connect(m_table, &QTreeWidget::itemDoubleClicked, this, [this] { editDestination(currentRow()); });

    m_add = new QPushButton(tr("Add…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_test = new QPushButton(tr("Send test message"), this);
    connect(m_add, &QPushButton::clicked, this, &ForwardingSettingsPage::addDestination);
    connect(m_edit, &QPushButton::clicked, this, [this] { editDestination(currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeDestination(currentRow()); });
    connect(m_test, &QPushButton::clicked, this, &ForwardingSettingsPage::sendTest);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_test);

    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    refill();
}

QString ForwardingSettingsPage::title() const
{
    return tr("Forwarding");
}

bool ForwardingSettingsPage::save(QString *)
{
    ForwardSettings::save(m_list);
    return true;
}

QString ForwardingSettingsPage::resultText() const
{
    return m_result->text();
}

int ForwardingSettingsPage::currentRow() const
{
    const QList<QTreeWidgetItem *> sel = m_table->selectedItems();
    return sel.isEmpty() ? -1 : m_table->indexOfTopLevelItem(sel.first());
}

QStringList ForwardingSettingsPage::namesExcept(int row) const
{
    QStringList names;
    for (int i = 0; i < m_list.size(); ++i)
        if (i != row)
            names << m_list.at(i).name;
    return names;
}

QString ForwardingSettingsPage::statusText(const QString &name) const
{
    for (const ForwardStatus &s : m_statuses) {
        if (s.name != name)
            continue;
        QString state;
        switch (s.state) {
        case ForwardStatus::Disabled: state = tr("Off"); break;
        case ForwardStatus::Connecting: state = tr("Connecting"); break;
        case ForwardStatus::Connected: state = tr("Connected"); break;
        case ForwardStatus::Retrying: state = tr("Retrying"); break;
        case ForwardStatus::Failed: state = tr("Failed"); break;
        }
        QString text = tr("%1, %2 queued, %3 sent").arg(state).arg(s.queued).arg(s.delivered);
        if (s.droppedTotal > 0)
            text += tr(", %1 dropped (queue full)").arg(s.droppedTotal);
        return text;
    }
    return tr("Not started yet (press OK)");
}

void ForwardingSettingsPage::refill()
{
    const int keep = currentRow();
    m_table->clear();
    for (const ForwardDestination &d : std::as_const(m_list)) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(NameCol, d.name);
        item->setText(AddressCol, d.url());
        item->setText(FormatCol, d.format == ForwardFormat::Cef ? QStringLiteral("CEF") : QStringLiteral("JSON"));
        item->setText(SeverityCol, d.includeEvents ? tr("%1, + events").arg(ConsoleStyle::severityText(d.minSeverity))
                                                   : ConsoleStyle::severityText(d.minSeverity));
        item->setText(StatusCol, d.enabled ? statusText(d.name) : tr("Off"));
        for (const ForwardStatus &s : std::as_const(m_statuses))
            if (s.name == d.name)
                item->setToolTip(StatusCol, s.text);
    }
    for (int c = 0; c < StatusCol; ++c)
        m_table->resizeColumnToContents(c);
    if (keep >= 0 && keep < m_table->topLevelItemCount())
        m_table->topLevelItem(keep)->setSelected(true);
    updateButtons();
}

void ForwardingSettingsPage::updateButtons()
{
    const bool any = currentRow() >= 0;
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
    m_test->setEnabled(any);
}

void ForwardingSettingsPage::addDestination()
{
    ForwardDestination d;
    d.transport = ForwardTransport::Relp;
    d.port = defaultForwardPort(d.transport);
    ForwardDestinationDialog dlg(d, namesExcept(-1), this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    m_list.append(dlg.destination());
    refill();
    m_table->clearSelection();
    m_table->topLevelItem(int(m_list.size()) - 1)->setSelected(true);
}

void ForwardingSettingsPage::editDestination(int row)
{
    if (row < 0 || row >= m_list.size())
        return;
    ForwardDestinationDialog dlg(m_list.at(row), namesExcept(row), this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    m_list[row] = dlg.destination();
    refill();
}

void ForwardingSettingsPage::removeDestination(int row)
{
    if (row < 0 || row >= m_list.size())
        return;
    m_list.removeAt(row);
    refill();
}

void ForwardingSettingsPage::sendTest()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const ForwardDestination &d = m_list.at(row);
    m_result->setText(tr("Sending a test message to %1 (%2)…").arg(d.name, d.url()));
    m_test->setEnabled(false);
    emit testRequested(d, ++m_lastRequest);
}

void ForwardingSettingsPage::showTestResult(quint64 requestId, bool ok, const QString &text)
{
    if (requestId != m_lastRequest)
        return;   // an older test's late answer
    m_result->setText((ok ? tr("Test passed: %1") : tr("Test failed: %1")).arg(text));
    updateButtons();
}

void ForwardingSettingsPage::setStatuses(const ForwardStatusList &statuses)
{
    m_statuses = statuses;
    for (int i = 0; i < m_table->topLevelItemCount() && i < m_list.size(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        const ForwardDestination &d = m_list.at(i);
        item->setText(StatusCol, d.enabled ? statusText(d.name) : tr("Off"));
        for (const ForwardStatus &s : statuses)
            if (s.name == d.name)
                item->setToolTip(StatusCol, s.text);
    }
}

} // namespace tg
