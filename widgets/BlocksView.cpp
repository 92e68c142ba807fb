#include "BlocksView.h"

#include "BlockPlanDialog.h"
#include "BlockTableModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tg {

BlocksView::BlocksView(QWidget *parent)
    : QWidget(parent)
    , m_model(new BlockTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("blocksView"));
    m_proxy->setSourceModel(m_model);
    m_block = new QPushButton(tr("&Block address…"), this);
    m_unblock = new QPushButton(tr("&Unblock"), this);
    m_refresh = new QPushButton(tr("&Check PBXes"), this);
    m_refresh->setToolTip(tr("Read what each PBX blocks now, including blocks made outside Tollgate"));
    m_ended = new QCheckBox(tr("Show &ended blocks"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_block);
    bar->addWidget(m_unblock);
    bar->addWidget(m_refresh);
    bar->addStretch();
    bar->addWidget(m_ended);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    layout->addWidget(m_status);

    connect(m_block, &QPushButton::clicked, this, [this] { requestBlock({}); });
    connect(m_unblock, &QPushButton::clicked, this, &BlocksView::unblockSelected);
    connect(m_refresh, &QPushButton::clicked, this, [this] { Q_EMIT refreshRequested(showEnded()); });
    connect(m_ended, &QCheckBox::toggled, this, [this](bool on) { Q_EMIT refreshRequested(on); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BlocksView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BlocksView::updateActions);
    updateActions();
}

bool BlocksView::showEnded() const
{
    return m_ended->isChecked();
}

void BlocksView::setPbxes(const QStringList &pbxes)
{
    m_pbxes = pbxes;
    updateActions();
}

void BlocksView::setRecords(const BlockRecordList &records)
{
    m_model->setRecords(records);
}

void BlocksView::setListings(const QVector<PbxOutcome> &listings)
{
    m_model->setListings(listings);
    QStringList problems;
    for (const PbxOutcome &l : listings)
        if (!l.error.isEmpty())
            problems << l.error;
    m_status->setText(problems.join(QLatin1Char('\n')));
}

void BlocksView::updateActions()
{
    bool anyInForce = false;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        const auto s = BlockState(i.data(BlockTableModel::StateRole).toInt());
        anyInForce = anyInForce || s == BlockState::Active || s == BlockState::Pending || s == BlockState::Failed;
    }
    m_unblock->setEnabled(anyInForce && !m_pbxes.isEmpty());
    m_block->setEnabled(!m_pbxes.isEmpty());
    m_block->setToolTip(m_pbxes.isEmpty() ? tr("No PBX has SSH access set up; blocking needs it.") : QString());
}

void BlocksView::unblockSelected()
{
    QStringList addresses;
    QStringList pbxes;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        addresses << i.data(BlockTableModel::AddressRole).toString();
        for (const QString &p : i.data(BlockTableModel::PbxesRole).toStringList())
            if (!pbxes.contains(p) && m_pbxes.contains(p))
                pbxes << p;
    }
    addresses.removeDuplicates();
    if (!addresses.isEmpty())
        requestUnblock(addresses, pbxes);
}

void BlocksView::requestBlock(const QStringList &addresses, const QString &pbx, qint64 alertId, const QString &reason)
{
    // A PBX without SSH (the Demo PBX, say) cannot be preselected: the admin picks from those that can.
    const QStringList chosen = m_pbxes.contains(pbx) ? QStringList{pbx} : QStringList();
    openDialog(BlockRequest::Action::Block, addresses, chosen, alertId, reason);
}

void BlocksView::requestUnblock(const QStringList &addresses, const QStringList &pbxes)
{
    openDialog(BlockRequest::Action::Unblock, addresses, pbxes, 0, QString());
}

void BlocksView::openDialog(BlockRequest::Action action, const QStringList &addresses, const QStringList &pbxes,
                            qint64 alertId, const QString &reason)
{
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new BlockPlanDialog(action, m_pbxes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAddresses(addresses);
    if (!pbxes.isEmpty())
        dialog->setSelectedPbxes(pbxes);
    dialog->setReason(reason);
    dialog->setAlertId(alertId);
    m_dialog = dialog;
    connect(dialog, &BlockPlanDialog::planRequested, this, &BlocksView::planRequested);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const BlockPlan plan = dialog->confirmedPlan();
        if (plan.hasWork()) {
            m_status->setText(tr("Running the plan on the PBXes…"));
            Q_EMIT executeRequested(plan);
        }
    });
    dialog->open();
}

void BlocksView::showPlan(const BlockPlan &plan)
{
    if (m_dialog)
        m_dialog->setPlan(plan);
}

void BlocksView::showOutcome(const QVector<PbxOutcome> &outcomes)
{
    QStringList failures;
    for (const PbxOutcome &o : outcomes)
        if (!o.ok && !o.error.isEmpty())
            failures << o.error;
    const QString text = failures.isEmpty() ? tr("Done, and verified on every PBX.") : failures.join(QLatin1Char('\n'));
    m_status->setText(text);
    Q_EMIT message(failures.isEmpty() ? text : tr("Blocking did not complete everywhere; see the Blocks tab."));
    Q_EMIT refreshRequested(showEnded());
}

} // namespace tg
