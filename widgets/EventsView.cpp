#include "EventsView.h"

#include "ConsoleStyle.h"
#include "EventTableModel.h"
#include "StoreClient.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tg {

EventsView::EventsView(StoreClient *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new EventTableModel(store, this))
{
    m_pbxLabel = new QLabel(tr("All PBXes"), this);
    m_pbxLabel->setToolTip(tr("Choose a PBX in the sidebar to show only its events."));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All kinds"), -1);
    m_kind->addItem(tr("Security (auth, ACL, abuse)"), -2);
    for (int k = int(EventKind::AuthFailure); k <= int(EventKind::Raw); ++k)
        m_kind->addItem(ConsoleStyle::kindText(EventKind(k)), k);
    m_ip = new QLineEdit(this);
    m_ip->setPlaceholderText(tr("Source IP"));
    m_ip->setClearButtonEnabled(true);
    m_account = new QLineEdit(this);
    m_account->setPlaceholderText(tr("Account"));
    m_account->setClearButtonEnabled(true);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Search type, account, IP, user agent, destination, detail… (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setToolTip(tr("Write the rows matching the current filter to a CSV file"));
    m_cancelExport = new QPushButton(tr("Cancel export"), this);
    m_cancelExport->hide();
    m_count = new QLabel(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_pbxLabel);
    filters->addWidget(m_kind);
    filters->addWidget(m_ip, 1);
    filters->addWidget(m_account, 1);
    filters->addWidget(m_text, 3);
    filters->addWidget(m_export);
    filters->addWidget(m_cancelExport);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Uniform fixed rows: the header never measures millions of sections.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *h = m_table->horizontalHeader();
    h->setStretchLastSection(true);
    h->setHighlightSections(false);
    // Widths from sample text, so they fit whatever font the desktop uses.
    const QFontMetrics fm = m_table->fontMetrics();
    auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    m_table->setColumnWidth(EventTableModel::TimeColumn, width(QStringLiteral("2026-12-31 23:59:59")));
    m_table->setColumnWidth(EventTableModel::PbxColumn, width(QStringLiteral("Demo PBX xx")));
    m_table->setColumnWidth(EventTableModel::KindColumn, width(QStringLiteral("Protocol abuse")));
    m_table->setColumnWidth(EventTableModel::SourceColumn, width(QStringLiteral("255.255.255.255:65535")));
    m_table->setColumnWidth(EventTableModel::AccountColumn, width(QStringLiteral("account-1234")));
    m_table->setColumnWidth(EventTableModel::DestinationColumn, width(QStringLiteral("00441234567890")));
    m_table->setColumnWidth(EventTableModel::DurationColumn, width(tr("Duration")));

    m_detail = new QPlainTextEdit(this);
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select an event to see its fields and the exact text the PBX sent."));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_count);

    m_applyTimer = new QTimer(this);
    m_applyTimer->setSingleShot(true);
    m_applyTimer->setInterval(350);   // type freely; one query when the user pauses
    connect(m_applyTimer, &QTimer::timeout, this, &EventsView::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventsView::applyFilter);
    for (QLineEdit *e : {m_ip, m_account, m_text}) {
        connect(e, &QLineEdit::textEdited, this, &EventsView::scheduleApply);
        connect(e, &QLineEdit::returnPressed, this, &EventsView::applyFilter);
        // The clear button changes text without textEdited.
        connect(e, &QLineEdit::textChanged, this, [this](const QString &t) {
            if (t.isEmpty())
                scheduleApply();
        });
    }
    connect(m_export, &QPushButton::clicked, this, &EventsView::exportCsv);
    connect(m_cancelExport, &QPushButton::clicked, this, [this] { m_store->cancelExport(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventsView::showDetail);
    connect(m_table, &QWidget::customContextMenuRequested, this, &EventsView::showContextMenu);
    connect(m_model, &EventTableModel::totalChanged, this, &EventsView::updateCountLabel);
    connect(m_model, &EventTableModel::loadingChanged, this, &EventsView::updateCountLabel);
    // A page that arrives for the selected row fills the detail pane.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
        const int row = m_table->currentIndex().row();
        if (row >= tl.row() && row <= br.row() && m_detailId == 0)
            showDetail();
    });
    // Keep the rows the user is reading in place while new ones arrive on top.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        QScrollBar *sb = m_table->verticalScrollBar();
        if (first == 0 && sb->value() > 0) {
            const int n = last - first + 1;
            sb->setRange(sb->minimum(), sb->maximum() + n);
            sb->setValue(sb->value() + n);
        }
    });
    StoreQueryWorker *w = store->worker();
    connect(w, &StoreQueryWorker::eventsLoaded, this, &EventsView::onEventsLoaded);
    connect(w, &StoreQueryWorker::exportProgress, this, &EventsView::onExportProgress);
    connect(w, &StoreQueryWorker::exportFinished, this, &EventsView::onExportFinished);
    updateCountLabel();
}

EventFilter EventsView::currentFilter() const
{
    EventFilter f;
    f.pbx = m_pbx;
    f.srcIp = m_ip->text().trimmed();
    f.account = m_account->text().trimmed();
    f.text = m_text->text().trimmed();
    const int k = m_kind->currentData().toInt();
    if (k == -2)
        f.kinds = {EventKind::AuthFailure, EventKind::AclReject, EventKind::ProtocolAbuse,
                   EventKind::ResourceLimit, EventKind::AuthChallenge};
    else if (k >= 0)
        f.kinds = {EventKind(k)};
    return f;
}

void EventsView::setPbx(const QString &pbx)
{
    if (pbx == m_pbx)
        return;
    m_pbx = pbx;
    m_pbxLabel->setText(pbx.isEmpty() ? tr("All PBXes") : tr("PBX: %1").arg(pbx));
    applyFilter();
}

void EventsView::setSourceIp(const QString &ip)
{
    m_ip->setText(ip);
    applyFilter();
}

void EventsView::setAccount(const QString &account)
{
    m_account->setText(account);
    applyFilter();
}

void EventsView::focusFilter()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void EventsView::refresh()
{
    m_model->refresh();
}

void EventsView::scheduleApply()
{
    m_applyTimer->start();
}

void EventsView::applyFilter()
{
    m_applyTimer->stop();
    m_detail->clear();
    m_detailId = 0;
    m_model->setFilter(currentFilter());
}

void EventsView::updateCountLabel()
{
    const qint64 total = qint64(m_model->rowCount());
    QString text = tr("%1 events").arg(QLocale().toString(total));
    if (m_model->isLoading())
        text += tr(" (counting…)");
    if (!m_store->error().isEmpty())
        text = tr("The event store could not be opened: %1").arg(m_store->error());
    m_count->setText(text);
}

void EventsView::showDetail()
{
    const int row = m_table->currentIndex().row();
    Event e;
    if (row < 0 || !m_model->eventAt(row, &e)) {
        m_detailId = 0;
        m_detail->setPlainText(row < 0 ? QString() : tr("Loading…"));
        return;
    }
    QStringList lines;
    auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -13).arg(value);
    };
    add(tr("Time"), tr("%1 (%2 UTC)").arg(ConsoleStyle::formatTime(e.timeMs), ConsoleStyle::formatTimeUtc(e.timeMs)));
    add(tr("PBX"), e.pbx);
    add(tr("Kind"), ConsoleStyle::kindText(e.kind));
    add(tr("Type"), e.type);
    add(tr("Service"), e.service);
    add(tr("Source"), e.srcIp.isEmpty() ? QString()
                                        : QStringLiteral("%1:%2 %3").arg(e.srcIp).arg(e.srcPort).arg(e.transport));
    add(tr("Account"), e.account);
    add(tr("User agent"), e.userAgent);
    add(tr("Destination"), e.destination);
    add(tr("Call id"), e.callId);
    add(tr("Detail"), e.detail);
    if (e.durationMs > 0)
        add(tr("Duration"), ConsoleStyle::formatDuration(e.durationMs));
    lines << QString() << tr("Raw text:");
    if (!e.raw.isEmpty()) {
        lines << QString::fromUtf8(e.raw);
        m_detailId = e.id;
    } else if (e.id > 0) {
        lines << tr("Loading…");
        m_detailId = e.id;
        m_detailRequest = m_store->loadEvents({e.id});
    } else {
        lines << tr("(not stored)");
    }
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

void EventsView::onEventsLoaded(int requestId, const EventList &events)
{
    if (requestId != m_detailRequest || events.isEmpty() || events.first().id != m_detailId)
        return;
    QString text = m_detail->toPlainText();
    const QString loading = tr("Loading…");
    if (text.endsWith(loading))
        text.chop(loading.size());
    const Event &e = events.first();
    text += e.raw.isEmpty() ? tr("(none recorded)") : QString::fromUtf8(e.raw);
    m_detail->setPlainText(text);
}

void EventsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex idx = m_table->indexAt(pos);
    Event e;
    if (!idx.isValid() || !m_model->eventAt(idx.row(), &e))
        return;
    QMenu menu(this);
    if (!e.srcIp.isEmpty()) {
        menu.addAction(tr("Show events from %1").arg(e.srcIp), this, [this, ip = e.srcIp] { setSourceIp(ip); });
        menu.addAction(tr("Copy IP address"), this, [ip = e.srcIp] { QApplication::clipboard()->setText(ip); });
        menu.addSeparator();
        menu.addAction(tr("Block source IP %1…").arg(e.srcIp), this, [this, e] {
            Q_EMIT blockRequested({e.srcIp}, e.pbx, 0, tr("%1 event from %2").arg(e.type, e.srcIp));
        });
        menu.addSeparator();
    }
    if (!e.account.isEmpty())
        menu.addAction(tr("Show events of account %1").arg(e.account), this, [this, a = e.account] { setAccount(a); });
    menu.addAction(tr("Copy summary"), this, [s = e.summary()] { QApplication::clipboard()->setText(s); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void EventsView::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export events"),
                                                      dir + QStringLiteral("/tollgate-events.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void EventsView::exportCsvTo(const QString &path)
{
    m_exportRequest = m_store->exportCsv(currentFilter(), path);
    m_export->setEnabled(false);
    m_cancelExport->show();
    m_count->setText(tr("Exporting to %1…").arg(path));
}

void EventsView::onExportProgress(int requestId, qint64 done, qint64 total)
{
    if (requestId != m_exportRequest)
        return;
    m_count->setText(tr("Exporting… %1 of %2 rows").arg(QLocale().toString(done), QLocale().toString(total)));
}

void EventsView::onExportFinished(int requestId, bool ok, qint64 rows, const QString &error)
{
    if (requestId != m_exportRequest)
        return;
    m_exportRequest = 0;
    m_export->setEnabled(true);
    m_cancelExport->hide();
    updateCountLabel();
    const QString message = ok ? tr("Exported %1 events.").arg(QLocale().toString(rows)) : error;
    m_count->setText(m_count->text() + QStringLiteral(" — ") + message);
    Q_EMIT exportFinished(ok, rows, message);
}

} // namespace tg
