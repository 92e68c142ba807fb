#include "AlertsView.h"

#include "AlertFilterProxy.h"
#include "AlertTableModel.h"
#include "BlockTableModel.h"
#include "ConsoleStyle.h"
#include "GeoIpLookup.h"
#include "IncidentPeriodDialog.h"
#include "StoreClient.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSet>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace tg {

namespace {
bool looksLikeIp(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,3}(\.\d{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]+)$)"));
    return re.match(s).hasMatch();
}
} // namespace

AlertsView::AlertsView(StoreClient *store, AlertTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(model)
    , m_proxy(new AlertFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    m_severity = new QComboBox(this);
    m_severity->addItem(tr("Any severity"), int(Severity::Info));
    m_severity->addItem(tr("Low and above"), int(Severity::Low));
    m_severity->addItem(tr("Medium and above"), int(Severity::Medium));
    m_severity->addItem(tr("High and above"), int(Severity::High));
    m_severity->addItem(tr("Critical only"), int(Severity::Critical));
    m_status = new QComboBox(this);
    m_status->addItem(tr("Open and acknowledged"), QStringLiteral("active"));
    m_status->addItem(tr("All statuses"), QString());
    for (int s = 0; s <= int(AlertStatus::Snoozed); ++s)
        m_status->addItem(ConsoleStyle::statusText(AlertStatus(s)), s);
    m_rule = new QComboBox(this);
    m_rule->addItem(tr("All rules"), QString());
    m_rule->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_age = new QComboBox(this);
    m_age->addItem(tr("Any time"), 0);
    m_age->addItem(tr("Seen in the last hour"), 3600 * 1000LL);
    m_age->addItem(tr("Seen in the last 24 hours"), 24 * 3600 * 1000LL);
    m_age->addItem(tr("Seen in the last 7 days"), 7 * 24 * 3600 * 1000LL);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Search title, subject, rule, note… (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_severity);
    filters->addWidget(m_status);
    filters->addWidget(m_rule);
    filters->addWidget(m_age);
    filters->addWidget(m_text, 1);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AlertTableModel::LastSeenColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    const QFontMetrics fm = m_table->fontMetrics();
    auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 40; };
    m_table->setColumnWidth(AlertTableModel::SeverityColumn, width(tr("Critical")));
    m_table->setColumnWidth(AlertTableModel::StatusColumn, width(tr("Acknowledged")));
    m_table->setColumnWidth(AlertTableModel::PbxColumn, width(QStringLiteral("Demo PBX")));
    m_table->setColumnWidth(AlertTableModel::TitleColumn, width(QStringLiteral("Brute force from 255.255.255.255 xx")));
    m_table->setColumnWidth(AlertTableModel::SubjectColumn, width(QStringLiteral("255.255.255.255")));
    m_table->setColumnWidth(AlertTableModel::CountColumn, width(QStringLiteral("99,999")));
    m_table->setColumnWidth(AlertTableModel::LastSeenColumn, width(QStringLiteral("2026-12-31 23:59:59")));
    m_table->setColumnWidth(AlertTableModel::FirstSeenColumn, width(QStringLiteral("2026-12-31 23:59:59")));
    m_table->setColumnWidth(AlertTableModel::CostColumn, width(tr("Est. cost")));
    m_table->horizontalHeader()->setStretchLastSection(true);

    // Single keys act on the selected alerts while the list has focus; the shortcut context
    // keeps them from firing while typing in the search field.
    auto makeAction = [this](const QString &text, const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        m_table->addAction(a);
        return a;
    };
    m_ack = makeAction(tr("Acknowledge"), QKeySequence(Qt::Key_A), tr("I have seen it and am on it"));
    m_resolve = makeAction(tr("Resolve"), QKeySequence(Qt::Key_R), tr("The cause is dealt with"));
    m_falsePositive = makeAction(tr("False positive"), QKeySequence(Qt::Key_F), tr("Not an attack or a fault"));
    m_snooze = makeAction(tr("Snooze"), QKeySequence(Qt::Key_S), tr("Hide it from the open list"));
    m_note = makeAction(tr("Add note…"), QKeySequence(Qt::Key_N), tr("Record a note with the alert"));
    connect(m_ack, &QAction::triggered, this, [this] { triage(AlertStatus::Acknowledged); });
    connect(m_resolve, &QAction::triggered, this, [this] { triage(AlertStatus::Resolved); });
    connect(m_falsePositive, &QAction::triggered, this, [this] { triage(AlertStatus::FalsePositive); });
    connect(m_snooze, &QAction::triggered, this, [this] { triage(AlertStatus::Snoozed); });
    connect(m_note, &QAction::triggered, this, &AlertsView::addNote);
    m_report = new QAction(tr("Incident report…"), this);
    m_report->setToolTip(tr("Write a PDF or HTML incident report of the selected alerts: timeline, evidence, "
                            "accounts, addresses, cost and the actions taken"));
    connect(m_report, &QAction::triggered, this, &AlertsView::chooseIncidentReportFile);
    m_periodReport = new QAction(tr("Incident report for a period…"), this);
    m_periodReport->setObjectName(QStringLiteral("actionPeriodReport"));
    m_periodReport->setToolTip(tr("Write a PDF or HTML incident report of every alert active between two times"));
    connect(m_periodReport, &QAction::triggered, this, &AlertsView::choosePeriodReport);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({m_ack, m_resolve, m_falsePositive, m_snooze, m_note});
    bar->addSeparator();
    bar->addAction(m_report);
    bar->addAction(m_periodReport);

    m_detail = new QTextBrowser(this);
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select an alert to see why it fired, what to do, and its evidence."));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(bar);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_count = new QLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_count);

    connect(m_severity, &QComboBox::currentIndexChanged, this, &AlertsView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &AlertsView::applyFilter);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &AlertsView::applyFilter);
    connect(m_age, &QComboBox::currentIndexChanged, this, &AlertsView::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &AlertsView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertsView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlertsView::showDetail);
    connect(m_table, &QWidget::customContextMenuRequested, this, &AlertsView::showContextMenu);
    connect(m_model, &AlertTableModel::countsChanged, this, [this] {
        updateRules();
        m_count->setText(tr("%1 of %2 alerts shown, %3 open or acknowledged")
                             .arg(m_proxy->rowCount()).arg(m_model->rowCount()).arg(m_model->activeCount()));
    });
    // The selected alert changed (count, last seen, status): redraw its detail.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
        const int row = m_model->rowOf(m_detailId);
        if (row >= tl.row() && row <= br.row())
            showDetail();
    });
    StoreQueryWorker *w = store->worker();
    connect(w, &StoreQueryWorker::alertsLoaded, this, &AlertsView::onAlertsLoaded);
    connect(w, &StoreQueryWorker::alertStatusSet, this, &AlertsView::onStatusSet);
    connect(w, &StoreQueryWorker::eventsLoaded, this, &AlertsView::onEventsLoaded);
    applyFilter();
    updateActions();
    reload();
}

void AlertsView::reload()
{
    m_store->loadAlerts(++m_loadGeneration, AlertFilter{});
}

void AlertsView::onAlertsLoaded(int generation, const AlertList &alerts)
{
    if (generation != m_loadGeneration)
        return;
    m_model->merge(alerts, true);
}

void AlertsView::setPbx(const QString &pbx)
{
    m_proxy->setPbx(pbx);
    Q_EMIT m_model->countsChanged();
}

void AlertsView::focusFilter()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void AlertsView::applyFilter()
{
    m_proxy->setMinSeverity(Severity(m_severity->currentData().toInt()));
    m_proxy->setRule(m_rule->currentData().toString());
    const QVariant st = m_status->currentData();
    if (st.toString() == QLatin1String("active"))
        m_proxy->setStatuses({AlertStatus::Open, AlertStatus::Acknowledged});
    else if (st.toString().isEmpty())
        m_proxy->setStatuses({});
    else
        m_proxy->setStatuses({AlertStatus(st.toInt())});
    m_proxy->setMaxAge(m_age->currentData().toLongLong());
    m_proxy->setText(m_text->text().trimmed());
    Q_EMIT m_model->countsChanged();
}

void AlertsView::updateRules()
{
    const QStringList rules = m_model->rules();
    if (rules.size() == m_rule->count() - 1)
        return;
    const QString current = m_rule->currentData().toString();
    const QSignalBlocker block(m_rule);
    m_rule->clear();
    m_rule->addItem(tr("All rules"), QString());
    for (const QString &r : rules)
        m_rule->addItem(r, r);
    const int i = m_rule->findData(current);
    m_rule->setCurrentIndex(i < 0 ? 0 : i);
}

QVector<qint64> AlertsView::selectedIds() const
{
    QVector<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        ids.append(i.data(AlertTableModel::AlertIdRole).toLongLong());
    return ids;
}

void AlertsView::updateActions()
{
    const bool any = m_table->selectionModel()->hasSelection();
    for (QAction *a : {m_ack, m_resolve, m_falsePositive, m_snooze, m_note, m_report})
        a->setEnabled(any);
}

void AlertsView::triage(AlertStatus status, const QString &note)
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    m_triageRequests.append(m_store->setAlertStatus(ids, status, note));
    AlertList triaged;
    for (qint64 id : ids) {
        Alert a = m_model->alertAt(m_model->rowOf(id));
        a.status = status;
        if (!note.isEmpty())
            a.note = note;
        triaged.append(a);
    }
    Q_EMIT alertsTriaged(triaged);
    Q_EMIT message(tr("Marking %1 selected as %2…").arg(ids.size()).arg(ConsoleStyle::statusText(status)));
    if (status == AlertStatus::Resolved || status == AlertStatus::FalsePositive)
        Q_EMIT alertsClosed(ids);
}

void AlertsView::addNote()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const Alert a = m_model->alertAt(m_model->rowOf(ids.first()));
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, tr("Note"), tr("Note for the %1 selected:").arg(ids.size()),
                                                        a.note, &ok);
    if (!ok)
        return;
    // One request per status so a note never changes the alert's state.
    QHash<int, QVector<qint64>> byStatus;
    for (qint64 id : ids)
        byStatus[int(m_model->alertAt(m_model->rowOf(id)).status)].append(id);
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        m_triageRequests.append(m_store->setAlertStatus(it.value(), AlertStatus(it.key()), note));
}

void AlertsView::onStatusSet(int requestId, bool ok, const AlertList &alerts, const QString &error)
{
    if (!m_triageRequests.removeOne(requestId))
        return;
    m_model->merge(alerts, true);
    Q_EMIT message(ok ? tr("Alerts updated: %1.").arg(alerts.size())
                      : tr("Could not update the alert: %1").arg(error));
    Q_EMIT triageDone(ok);
}

void AlertsView::setGeoIp(const GeoIpLookup *geo)
{
    m_geoIp = geo;
    connect(geo, &GeoIpLookup::loaded, this, [this] {
        m_detailId = 0;   // redraw the detail with countries (or without)
        showDetail();
    });
}

QString AlertsView::countryReport(const QString &ip) const
{
    if (!m_geoIp || !m_geoIp->isLoaded())
        return tr("No country for %1: %2 Choose a country database in Settings → GeoIP.")
            .arg(ip, m_geoIp ? m_geoIp->status() : QString());
    const QString country = m_geoIp->label(ip);
    if (country.isEmpty())
        return tr("%1 is not in the GeoIP database (a private, reserved or unlisted address).").arg(ip);
    return tr("%1 is in %2, according to the GeoIP database (%3).").arg(ip, country, m_geoIp->status());
}

void AlertsView::showDetail()
{
    const QModelIndex cur = m_table->currentIndex();
    if (!cur.isValid()) {
        m_detailId = 0;
        m_detail->clear();
        return;
    }
    const qint64 id = cur.data(AlertTableModel::AlertIdRole).toLongLong();
    const Alert a = m_model->alertAt(m_model->rowOf(id));
    const bool sameAlert = id == m_detailId;
    m_detailId = id;
    const QString color = ConsoleStyle::severityColor(a.severity).name();
    QString html;
    html += QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(a.title.toHtmlEscaped());
    html += QStringLiteral("<p><span style='color:%1;font-weight:bold'>%2</span> · %3 · %4</p>")
                .arg(color, ConsoleStyle::severityText(a.severity).toHtmlEscaped(),
                     ConsoleStyle::statusText(a.status).toHtmlEscaped(), a.pbx.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    auto row = [&html](const QString &k, const QString &v) {
        if (!v.isEmpty())
            html += QStringLiteral("<tr><td style='color:#666;padding-right:8px'>%1</td><td>%2</td></tr>")
                        .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    row(tr("Subject"), a.subject);
    if (m_geoIp && looksLikeIp(a.subject))
        row(tr("Country"), m_geoIp->label(a.subject));
    row(tr("Rule"), a.rule);
    row(tr("Count"), QLocale().toString(a.count));
    row(tr("First seen"), ConsoleStyle::formatTime(a.firstSeenMs));
    row(tr("Last seen"), ConsoleStyle::formatTime(a.lastSeenMs));
    if (a.estimatedCost > 0)
        row(tr("Estimated cost"), QLocale().toString(a.estimatedCost, 'f', 2));
    html += QStringLiteral("</table>");
    if (!a.explanation.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Why").toHtmlEscaped(), a.explanation.toHtmlEscaped());
    if (!a.suggestedAction.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Suggested action").toHtmlEscaped(), a.suggestedAction.toHtmlEscaped());
    if (!a.note.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(tr("Note").toHtmlEscaped(), a.note.toHtmlEscaped());
    const BlockRecordList blocks = m_blocksByAlert.value(a.id);
    if (!blocks.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul style='margin-left:-24px'>").arg(tr("Blocks").toHtmlEscaped());
        for (const BlockRecord &b : blocks)
            for (const BlockRecord::Target &t : b.targets) {
                QString line = tr("%1 on %2: %3, by %4").arg(b.address, t.pbx, BlockTableModel::stateText(t.state),
                                                             BlockTableModel::whoText(b.who));
                if (!t.detail.isEmpty())
                    line += QStringLiteral(" \u2014 ") + t.detail;
                html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
            }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Evidence: %1 events").arg(a.evidence.size()).toHtmlEscaped());
    if (sameAlert && html == m_detailHtml)
        return;   // an update that changes nothing shown here
    m_detailHtml = html;
    if (!sameAlert)
        m_evidence.clear();
    if (a.evidence.isEmpty()) {
        m_evidenceHtml.clear();
        m_detail->setHtml(html + QStringLiteral("<p>%1</p>").arg(tr("No evidence events recorded.").toHtmlEscaped()));
        return;
    }
    if (sameAlert && m_evidenceRequest == 0) {
        // Same alert, new count or last seen: keep the loaded evidence and the scroll position.
        const int scroll = m_detail->verticalScrollBar()->value();
        m_detail->setHtml(html + m_evidenceHtml);
        m_detail->verticalScrollBar()->setValue(scroll);
        return;
    }
    m_detail->setHtml(html + QStringLiteral("<p>%1</p>").arg(tr("Loading evidence…").toHtmlEscaped()));
    // The newest evidence is the most telling; cap what we load.
    QVector<qint64> ids = a.evidence;
    if (ids.size() > 50)
        ids = ids.mid(ids.size() - 50);
    m_evidenceRequest = m_store->loadEvents(ids);
}

void AlertsView::onEventsLoaded(int requestId, const EventList &events)
{
    if (requestId != m_evidenceRequest)
        return;
    m_evidenceRequest = 0;
    m_evidence = events;
    QString html;
    if (events.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("The evidence events are no longer stored (retention).").toHtmlEscaped());
    for (const Event &e : events) {
        QStringList what{ConsoleStyle::kindText(e.kind), e.type};
        if (!e.srcIp.isEmpty())
            what << tr("from %1:%2").arg(e.srcIp).arg(e.srcPort);
        if (m_geoIp && !e.srcIp.isEmpty())
            what << m_geoIp->label(e.srcIp);   // empty (dropped below) when unknown
        if (!e.account.isEmpty())
            what << tr("account %1").arg(e.account);
        if (!e.userAgent.isEmpty())
            what << tr("agent %1").arg(e.userAgent);
        what.removeAll(QString());
        html += QStringLiteral("<p style='margin-bottom:0'><b>%1</b> %2</p>")
                    .arg(ConsoleStyle::formatTime(e.timeMs).toHtmlEscaped(), what.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!e.raw.isEmpty())
            html += QStringLiteral("<pre style='background:#f4f4f4;margin-top:0'>%1</pre>")
                        .arg(QString::fromUtf8(e.raw).toHtmlEscaped());
    }
    m_evidenceHtml = html;
    m_detail->setHtml(m_detailHtml + html);
}

void AlertsView::setBlockRecords(const BlockRecordList &records)
{
    m_blocksByAlert.clear();
    for (const BlockRecord &r : records)
        if (r.alertId > 0)
            m_blocksByAlert[r.alertId].append(r);
    if (m_detailId > 0)
        showDetail();   // redraws only when the shown alert's part changed
}

void AlertsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex idx = m_table->indexAt(pos);
    if (!idx.isValid())
        return;
    const Alert a = m_model->alertAt(m_model->rowOf(idx.data(AlertTableModel::AlertIdRole).toLongLong()));
    QMenu menu(this);
    menu.addActions({m_ack, m_resolve, m_falsePositive, m_snooze, m_note});
    menu.addSeparator();
    menu.addAction(m_report);
    menu.addSeparator();
    if (!a.subject.isEmpty()) {
        if (looksLikeIp(a.subject)) {
            menu.addAction(tr("Show events from %1").arg(a.subject), this,
                           [this, s = a.subject] { Q_EMIT showEventsRequested(s, QString()); });
            menu.addAction(tr("Copy IP address"), this, [s = a.subject] { QApplication::clipboard()->setText(s); });
            menu.addAction(tr("Look up the country of %1").arg(a.subject), this,
                           [this, s = a.subject] { Q_EMIT message(countryReport(s)); });
            // The selected alerts' addresses together (bulk), the clicked one first.
            QStringList ips{a.subject};
            QString pbx = a.pbx;
            const QVector<qint64> ids = selectedIds();
            for (qint64 id : ids) {
                const Alert sel = m_model->alertAt(m_model->rowOf(id));
                if (looksLikeIp(sel.subject) && !ips.contains(sel.subject))
                    ips << sel.subject;
                if (sel.pbx != pbx)
                    pbx.clear();
            }
            menu.addAction(ips.size() == 1 ? tr("Block source IP %1…").arg(a.subject)
                                           : tr("Block the source IPs of the selected alerts…"),
                           this, [this, ips, pbx, id = a.id, title = a.title] { Q_EMIT blockRequested(ips, pbx, id, title); });
        } else {
            menu.addAction(tr("Show events of %1").arg(a.subject), this,
                           [this, s = a.subject] { Q_EMIT showEventsRequested(QString(), s); });
            menu.addAction(tr("Copy subject"), this, [s = a.subject] { QApplication::clipboard()->setText(s); });
        }
    }
    const QVector<ActiveCall> live = liveCallsOf(a);
    if (!live.isEmpty())
        menu.addSeparator();
    for (const ActiveCall &c : live) {
        const QString call = tr("%1 → %2").arg(c.caller, c.destination);
        menu.addAction(tr("Hang up the live call %1…").arg(call), this, [this, c, call] {
            const auto answer = QMessageBox::question(
                this, tr("Hang up"),
                tr("Hang up the call %1 on %2 now? The PBX ends it at once; the caller is cut off.").arg(call, c.pbx));
            if (answer == QMessageBox::Yes)
                Q_EMIT hangupRequested(c.pbx, c.callId);
        });
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

QVector<ActiveCall> AlertsView::liveCallsOf(const Alert &a) const
{
    if (a.id != m_detailId || m_evidence.isEmpty())
        return {};
    QSet<QString> callIds, accounts;
    for (const Event &e : m_evidence) {
        if (e.pbx != a.pbx)
            continue;
        if (!e.callId.isEmpty())
            callIds.insert(e.callId);
        const bool call = e.kind == EventKind::CallStart || e.kind == EventKind::CallAnswer || e.kind == EventKind::CallEnd;
        if (call && !e.account.isEmpty())
            accounts.insert(e.account);
    }
    QVector<ActiveCall> out;
    for (const ActiveCall &c : m_activeCalls)
        if (c.pbx == a.pbx && (callIds.contains(c.callId) || accounts.contains(c.caller)) && out.size() < 5)
            out.append(c);
    return out;
}

QString AlertsView::askReportPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("incident-report-%1.pdf")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString pdf = tr("PDF document (*.pdf)");
    const QString html = tr("HTML page (*.html)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(this, tr("Save incident report"), QDir(folder).filePath(name),
                                                pdf + QStringLiteral(";;") + html, &filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += filter == html ? QStringLiteral(".html") : QStringLiteral(".pdf");
    return path;
}

void AlertsView::chooseIncidentReportFile()
{
    if (selectedIds().isEmpty())
        return;
    const QString path = askReportPath();
    if (!path.isEmpty())
        exportIncidentReport(path);
}

void AlertsView::choosePeriodReport()
{
    // The PBXes with alerts in the list, and the one the console shows now.
    QStringList pbxes;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString pbx = m_model->alertAt(row).pbx;
        if (!pbx.isEmpty() && !pbxes.contains(pbx))
            pbxes << pbx;
    }
    if (!m_proxy->pbx().isEmpty() && !pbxes.contains(m_proxy->pbx()))
        pbxes << m_proxy->pbx();
    pbxes.sort(Qt::CaseInsensitive);
    auto *dialog = new IncidentPeriodDialog(pbxes, m_proxy->pbx(), QDateTime::currentDateTime(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const IncidentScope scope = dialog->scope();
        const QString path = askReportPath();
        if (!path.isEmpty())
            exportPeriodReport(scope, path);
    });
    dialog->open();
}

void AlertsView::exportIncidentReport(const QString &path)
{
    IncidentScope scope;
    scope.alertIds = selectedIds();
    if (scope.alertIds.isEmpty())
        return;
    Q_EMIT message(tr("Writing the incident report of %1 alerts to %2…")
                       .arg(scope.alertIds.size())
                       .arg(QDir::toNativeSeparators(path)));
    Q_EMIT incidentReportRequested(scope, path);
}

void AlertsView::exportPeriodReport(const IncidentScope &scope, const QString &path)
{
    if (!scope.isTimeRange() || scope.toMs <= scope.fromMs)
        return;
    const QLocale locale;
    const auto when = [&locale](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    };
    const QString pbx = scope.pbx.isEmpty() ? tr("all PBXes") : scope.pbx;
    Q_EMIT message(tr("Writing the incident report of %1 from %2 to %3 to %4…")
                       .arg(pbx, when(scope.fromMs), when(scope.toMs), QDir::toNativeSeparators(path)));
    Q_EMIT incidentReportRequested(scope, path);
}

void AlertsView::showIncidentReportResult(bool ok, const QString &path, const QString &error)
{
    Q_EMIT message(ok ? tr("Incident report written to %1.").arg(QDir::toNativeSeparators(path))
                      : tr("The incident report was not written: %1").arg(error));
}

} // namespace tg
