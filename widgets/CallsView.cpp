#include "CallsView.h"

#include "EventTableModel.h"
#include "LiveCallsModel.h"
#include "StoreClient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tg {

namespace {
QTableView *makeTable(QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

CallsView::CallsView(StoreClient *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_live(new LiveCallsModel(this))
    , m_history(new EventTableModel(store, this))
{
    EventFilter f;
    f.kinds = {EventKind::CallEnd};
    m_history->setFilter(f);

    m_liveTable = makeTable(this);
    m_liveTable->setModel(m_live);
    const QFontMetrics fm = fontMetrics();
    auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    m_liveTable->setColumnWidth(LiveCallsModel::PbxColumn, width(QStringLiteral("Demo PBX xx")));
    m_liveTable->setColumnWidth(LiveCallsModel::CallerColumn, width(QStringLiteral("PJSIP/1001-000000a1")));
    m_liveTable->setColumnWidth(LiveCallsModel::DestinationColumn, width(QStringLiteral("00441234567890")));
    m_liveTable->setColumnWidth(LiveCallsModel::SourceColumn, width(QStringLiteral("255.255.255.255")));
    m_liveTable->setColumnWidth(LiveCallsModel::StateColumn, width(tr("Answered")));
    m_liveTable->setColumnWidth(LiveCallsModel::StartedColumn, width(QStringLiteral("2026-12-31 23:59:59")));
    m_liveTable->setColumnWidth(LiveCallsModel::DurationColumn, width(QStringLiteral("10:00:00")));
    // Keep the ticking duration next to the other columns rather than at the far right.
    m_liveTable->horizontalHeader()->setStretchLastSection(false);
    m_hangup = new QPushButton(tr("Hang up…"), this);
    m_hangup->setToolTip(tr("End the selected call on its PBX (AMI Hangup / ESL uuid_kill)"));
    m_liveCount = new QLabel(this);

    m_historyTable = makeTable(this);
    m_historyTable->setModel(m_history);
    m_historyTable->setColumnWidth(EventTableModel::TimeColumn, width(QStringLiteral("2026-12-31 23:59:59")));
    m_historyTable->setColumnWidth(EventTableModel::PbxColumn, width(QStringLiteral("Demo PBX xx")));
    m_historyTable->setColumnWidth(EventTableModel::SourceColumn, width(QStringLiteral("255.255.255.255:65535")));
    m_historyTable->setColumnWidth(EventTableModel::AccountColumn, width(QStringLiteral("account-1234")));
    m_historyTable->setColumnWidth(EventTableModel::DestinationColumn, width(QStringLiteral("00441234567890")));
    m_historyTable->setColumnWidth(EventTableModel::DurationColumn, width(tr("Duration")));
    m_historyTable->hideColumn(EventTableModel::KindColumn);
    m_historyCount = new QLabel(this);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *topBar = new QHBoxLayout;
    topBar->addWidget(heading(tr("Calls in progress"), top));
    topBar->addWidget(m_liveCount);
    topBar->addStretch();
    topBar->addWidget(m_hangup);
    topLayout->addLayout(topBar);
    topLayout->addWidget(m_liveTable);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *bottomBar = new QHBoxLayout;
    bottomBar->addWidget(heading(tr("Call history"), bottom));
    bottomBar->addWidget(m_historyCount);
    bottomBar->addStretch();
    bottomLayout->addLayout(bottomBar);
    bottomLayout->addWidget(m_historyTable);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_hangup, &QPushButton::clicked, this, [this] { hangupSelected(true); });
    connect(m_liveTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CallsView::updateButtons);
    connect(m_live, &QAbstractItemModel::rowsInserted, this, &CallsView::updateButtons);
    connect(m_live, &QAbstractItemModel::rowsRemoved, this, &CallsView::updateButtons);
    connect(m_history, &EventTableModel::totalChanged, this, [this](qint64 n) {
        m_historyCount->setText(tr("%1 ended calls").arg(QLocale().toString(n)));
    });
    updateButtons();
}

void CallsView::setActiveCalls(const QVector<ActiveCall> &calls)
{
    m_live->setCalls(calls);
}

void CallsView::addLiveEvents(const EventList &events)
{
    m_history->addLiveEvents(events);
}

void CallsView::setPbx(const QString &pbx)
{
    m_pbx = pbx;
    m_live->setPbxFilter(pbx);
    EventFilter f = m_history->filter();
    f.pbx = pbx;
    m_history->setFilter(f);
}

void CallsView::refresh()
{
    m_history->refresh();
}

void CallsView::updateButtons()
{
    m_hangup->setEnabled(m_liveTable->selectionModel()->hasSelection());
    m_liveCount->setText(tr("(%1)").arg(m_live->rowCount()));
}

void CallsView::hangupSelected(bool confirm)
{
    const QModelIndexList rows = m_liveTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const ActiveCall c = m_live->callAt(rows.first().row());
    if (c.callId.isEmpty())
        return;
    if (confirm) {
        const auto answer = QMessageBox::question(
            this, tr("Hang up call"),
            tr("Hang up the call from %1 to %2 on %3? The caller is disconnected at once.")
                .arg(c.caller.isEmpty() ? c.channel : c.caller, c.destination, c.pbx),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    Q_EMIT hangupRequested(c.pbx, c.callId);
}

} // namespace tg
