#include "ConfigDiffView.h"

#include "AuditFixDialog.h"

#include "ConsoleStyle.h"
#include "DiffHistoryClient.h"
#include "DiffTextPane.h"
#include "StoreClient.h"
#include "configdiff/ConfigDiff.h"
#include "configdiff/WatchList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QFontMetrics>
#include <QLabel>
#include <QMessageBox>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace tg {

namespace {

QString sizeText(qint64 bytes)
{
    return bytes < 10240 ? ConfigDiffView::tr("%1 B").arg(bytes)
                         : ConfigDiffView::tr("%1 KB").arg(QLocale().toString(double(bytes) / 1024.0, 'f', 0));
}

} // namespace

ConfigDiffView::ConfigDiffView(const QString &dbPath, QWidget *parent)
    : QWidget(parent)
    , m_history(new DiffHistoryClient(dbPath, this))
    , m_pane(new DiffTextPane(this))
{
    setObjectName(QStringLiteral("configDiffView"));
    buildUi();
    connect(m_history, &DiffHistoryClient::pbxesListed, this, &ConfigDiffView::onPbxesListed);
    connect(m_history, &DiffHistoryClient::filesListed, this, &ConfigDiffView::onFilesListed);
    connect(m_history, &DiffHistoryClient::snapshotsListed, this, &ConfigDiffView::onSnapshotsListed);
    connect(m_history, &DiffHistoryClient::contentsLoaded, this, &ConfigDiffView::onContentsLoaded);
    connect(m_history, &DiffHistoryClient::failed, this, &ConfigDiffView::message);
    connect(m_history, &DiffHistoryClient::baselineApproved, this,
            [this](bool ok, const ConfigBaseline &b, const QString &error) {
                if (!ok) {
                    emit message(tr("The baseline could not be approved: %1").arg(error));
                    return;
                }
                emit message(tr("The snapshot of %1 from %2 is now the approved baseline.")
                                 .arg(QFileInfo(b.path).fileName(), ConsoleStyle::formatTime(snapshotById(b.snapshotId).timeMs)));
                m_history->listSnapshots(b.pbx, b.path);
            });
    connect(m_history, &DiffHistoryClient::watchListLoaded, this,
            [this](const QString &pbx, const QStringList &paths, bool isDefault) {
                bool ok = false;
                const QString text = QInputDialog::getMultiLineText(
                    this, tr("Watched files of %1").arg(pbx),
                    (isDefault ? tr("The defaults for this PBX are shown. ") : QString())
                        + tr("One absolute path per line; a * in the file name matches several files "
                             "(e.g. /etc/freeswitch/sip_profiles/*.xml)."),
                    paths.join(QLatin1Char('\n')), &ok);
                if (!ok)
                    return;
                QStringList list;
                for (const QString &l : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                    const QString p = l.trimmed();
                    if (!WatchList::isValidEntry(p)) {
                        emit message(tr("\"%1\" is not an absolute path of plain characters; the watch list was "
                                        "not changed.").arg(p));
                        return;
                    }
                    list << p;
                }
                m_history->saveWatchList(pbx, list);
            });
    connect(m_history, &DiffHistoryClient::watchListSaved, this, [this](bool ok, const QString &error) {
        emit message(ok ? tr("The watch list was saved; it is used from the next snapshot round.")
                        : tr("The watch list could not be saved: %1").arg(error));
    });
    connect(&m_watcher, &QFutureWatcher<Computed>::finished, this, &ConfigDiffView::onDiffComputed);
    connect(m_pane, &DiffTextPane::currentChangeChanged, this, [this](int index, int count) {
        m_changePos->setText(count == 0 ? tr("no changes") : tr("change %1 of %2").arg(qMax(0, index + 1)).arg(count));
    });
    updateActions();
}

ConfigDiffView::~ConfigDiffView()
{
    m_watcher.waitForFinished();
}

void ConfigDiffView::buildUi()
{
    // Left: PBX, files, timeline.
    m_pbxCombo = new QComboBox(this);
    m_pbxCombo->setObjectName(QStringLiteral("configPbxCombo"));
    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("configFiles"));
    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(QStringLiteral("configTimeline"));
    m_timeline->setHeaderLabels({tr("Time"), tr("Trigger"), tr("By"), tr("Status")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->setToolTip(tr("Select one snapshot to compare it with the baseline (or the one before), or two to "
                              "compare them with each other."));
    m_snapshotNow = new QPushButton(tr("Snapshot now"), this);
    m_snapshotNow->setObjectName(QStringLiteral("configSnapshotNow"));
    m_watchList = new QPushButton(tr("Watched files\u2026"), this);

    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    auto *pbxRow = new QHBoxLayout;
    pbxRow->addWidget(new QLabel(tr("PBX:"), this));
    pbxRow->addWidget(m_pbxCombo, 1);
    ll->addLayout(pbxRow);
    auto *btnRow = new QHBoxLayout;
    btnRow->addWidget(m_snapshotNow);
    btnRow->addWidget(m_watchList);
    ll->addLayout(btnRow);
    ll->addWidget(new QLabel(tr("Files"), this));
    ll->addWidget(m_files, 2);
    ll->addWidget(new QLabel(tr("Snapshots"), this));
    ll->addWidget(m_timeline, 3);

    // Right: what is compared, the tools, the diff and its findings.
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("configDiffTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont tf = m_title->font();
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setWordWrap(true);
    // Room for two wrapped lines: a word-wrapped label in a row layout is otherwise cut off.
    m_title->setMinimumHeight(2 * QFontMetrics(tf).lineSpacing() + 4);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("configStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();
    auto tool = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    m_sideBySide = tool(tr("Side by side"), tr("Old version left, new version right"));
    m_unified = tool(tr("Unified"), tr("One column, removed lines above added ones"));
    for (QToolButton *b : {m_sideBySide, m_unified})
        b->setCheckable(true);
    m_sideBySide->setChecked(true);
    m_prev = tool(tr("\u2191 Previous"), tr("Previous change (Alt+Up)"));
    m_next = tool(tr("\u2193 Next"), tr("Next change (Alt+Down)"));
    m_prev->setObjectName(QStringLiteral("configPrevChange"));
    m_next->setObjectName(QStringLiteral("configNextChange"));
    m_changePos = new QLabel(this);
    m_changePos->setMinimumWidth(m_changePos->fontMetrics().horizontalAdvance(tr("change %1 of %2").arg(888).arg(888)));
    m_reveal = new QCheckBox(tr("Show secrets"), this);
    m_reveal->setObjectName(QStringLiteral("configRevealSecrets"));
    m_reveal->setToolTip(tr("Secret values (secret=, password=, ...) are masked; show them only when nobody is "
                            "watching your screen."));
    m_approve = new QPushButton(tr("Approve as baseline"), this);
    m_approve->setObjectName(QStringLiteral("configApprove"));
    m_approve->setToolTip(tr("Accept the newer version of this comparison as the file's approved content."));
    m_revert = new QPushButton(tr("Revert to baseline\u2026"), this);
    m_revert->setObjectName(QStringLiteral("configRevert"));
    m_revert->setToolTip(tr("Restore the approved content on the PBX through the guided fix flow (preview, "
                            "backup, write, reload, roll back)."));

    m_rollbackRevert = new QPushButton(tr("Undo revert"), this);
    m_rollbackRevert->setObjectName(QStringLiteral("configRollbackRevert"));
    m_rollbackRevert->setToolTip(tr("Put back the file the last revert replaced (from the backup it made) and "
                                    "reload."));
    m_rollbackRevert->hide();

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_sideBySide);
    tools->addWidget(m_unified);
    tools->addSpacing(12);
    tools->addWidget(m_prev);
    tools->addWidget(m_next);
    tools->addWidget(m_changePos);
    tools->addSpacing(12);
    tools->addWidget(m_reveal);
    tools->addStretch(1);
    // The baseline actions next to what is compared, so the tool row stays narrow.
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_approve);
    titleRow->addWidget(m_revert);
    titleRow->addWidget(m_rollbackRevert);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("configDiffSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_findings = new QListWidget(this);
    m_findings->setObjectName(QStringLiteral("configFindings"));
    m_findings->setToolTip(tr("Security-relevant changes; click one to go to its line."));
    // One finding gets one row: without a minimum of its own the splitter keeps the list's
    // (three-row) minimum size hint.
    m_findings->setMinimumHeight(m_findings->fontMetrics().height() + 8);

    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addLayout(titleRow);
    rl->addWidget(m_status);
    rl->addLayout(tools);
    rl->addWidget(m_summary);
    // Findings above the diff; the analyst can drag the border between them.
    m_diffSplit = new QSplitter(Qt::Vertical, this);
    m_diffSplit->addWidget(m_findings);
    m_diffSplit->addWidget(m_pane);
    m_diffSplit->setStretchFactor(1, 1);
    m_diffSplit->setChildrenCollapsible(true);
    rl->addWidget(m_diffSplit, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split);

    connect(m_pbxCombo, &QComboBox::currentTextChanged, this, [this](const QString &pbx) {
        showFailuresOf(pbx);
        m_files->clear();
        m_timeline->clear();
        m_snapshots.clear();
        if (!pbx.isEmpty())
            m_history->listFiles(pbx);
        updateActions();
    });
    connect(m_files, &QListWidget::currentTextChanged, this, [this](const QString &path) {
        m_reveal->setChecked(false); // secrets are masked again for every file
        if (!path.isEmpty())
            m_history->listSnapshots(currentPbx(), path);
    });
    connect(m_timeline, &QTreeWidget::itemSelectionChanged, this, &ConfigDiffView::onTimelineSelection);
    connect(m_sideBySide, &QToolButton::clicked, this, [this] {
        m_sideBySide->setChecked(true);
        m_unified->setChecked(false);
        m_pane->setMode(DiffTextPane::Mode::SideBySide);
    });
    connect(m_unified, &QToolButton::clicked, this, [this] {
        m_unified->setChecked(true);
        m_sideBySide->setChecked(false);
        m_pane->setMode(DiffTextPane::Mode::Unified);
    });
    connect(m_prev, &QToolButton::clicked, m_pane, &DiffTextPane::previousChange);
    connect(m_next, &QToolButton::clicked, m_pane, &DiffTextPane::nextChange);
    auto *nextKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), this);
    auto *prevKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), this);
    connect(nextKey, &QShortcut::activated, m_pane, &DiffTextPane::nextChange);
    connect(prevKey, &QShortcut::activated, m_pane, &DiffTextPane::previousChange);
    connect(m_reveal, &QCheckBox::toggled, m_pane, &DiffTextPane::setSecretsRevealed);
    connect(m_approve, &QPushButton::clicked, this, &ConfigDiffView::approveSelectedAsBaseline);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_baseline.isNull() || m_revertBusy)
            return;
        m_revertBusy = true;
        setStatus(tr("Reading %1 on %2 to prepare the revert\u2026").arg(m_baseline.path, m_baseline.pbx), false);
        updateActions();
        emit revertRequested(m_baseline.pbx, m_baseline.path, m_baseline.snapshotId);
    });
    connect(m_rollbackRevert, &QPushButton::clicked, this, [this] {
        if (m_applied.backupPath.isEmpty() || m_revertBusy)
            return;
        m_revertBusy = true;
        setStatus(tr("Restoring %1 on %2 from %3\u2026").arg(m_applied.path, m_applied.pbx, m_applied.backupPath), false);
        updateActions();
        emit revertRollbackRequested(m_applied.pbx, m_applied.path, m_applied.backupPath, m_applied.reload);
    });
    connect(m_snapshotNow, &QPushButton::clicked, this, [this] {
        if (!currentPbx().isEmpty()) {
            emit snapshotRequested(currentPbx());
            emit message(tr("Fetching the watched files of %1\u2026").arg(currentPbx()));
        }
    });
    connect(m_watchList, &QPushButton::clicked, this, &ConfigDiffView::editWatchList);
    connect(m_findings, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_pane->scrollToRow(item->data(Qt::UserRole).toInt());
    });
}

QString ConfigDiffView::currentPbx() const
{
    return m_pbxCombo->currentText();
}

QString ConfigDiffView::currentFile() const
{
    return m_files->currentItem() ? m_files->currentItem()->text() : QString();
}

void ConfigDiffView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        reload();
    }
}

void ConfigDiffView::reload()
{
    m_loadedOnce = true;
    m_history->listPbxes();
}

void ConfigDiffView::showFile(const QString &pbx, const QString &path)
{
    m_pendingPbx = pbx;
    m_pendingFile = path;
    if (m_pbxCombo->findText(pbx) < 0) {
        reload();
        return;
    }
    if (currentPbx() != pbx)
        m_pbxCombo->setCurrentText(pbx); // lists the files, which picks m_pendingFile
    else
        m_history->listFiles(pbx);
}

void ConfigDiffView::onPbxesListed(const QStringList &names)
{
    const QString keep = m_pendingPbx.isEmpty() ? currentPbx() : m_pendingPbx;
    {
        const QSignalBlocker block(m_pbxCombo);
        m_pbxCombo->clear();
        m_pbxCombo->addItems(names);
    }
    const int i = qMax(0, int(m_pbxCombo->findText(keep)));
    m_pbxCombo->setCurrentIndex(-1);
    m_pbxCombo->setCurrentIndex(names.isEmpty() ? -1 : i);
    if (names.isEmpty())
        m_title->setText(tr("No PBX has configuration snapshots yet. Add a PBX with SSH access; Tollgate then "
                            "keeps a history of its configuration files."));
}

void ConfigDiffView::onFilesListed(const QString &pbx, const QStringList &files)
{
    if (pbx != currentPbx())
        return;
    const QString keep = m_pendingFile.isEmpty() ? currentFile() : m_pendingFile;
    m_pendingPbx.clear();
    m_pendingFile.clear();
    {
        const QSignalBlocker block(m_files);
        m_files->clear();
        for (const QString &f : files) {
            auto *item = new QListWidgetItem(QFileInfo(f).fileName(), m_files);
            item->setText(f);
            item->setToolTip(f);
        }
    }
    const auto found = m_files->findItems(keep, Qt::MatchExactly);
    if (!found.isEmpty())
        m_files->setCurrentItem(found.first());
    else if (m_files->count() > 0)
        m_files->setCurrentRow(0);
    if (files.isEmpty())
        m_title->setText(tr("No snapshots of %1 yet. Use \"Snapshot now\" to fetch its watched files.").arg(pbx));
}

void ConfigDiffView::onSnapshotsListed(const QString &pbx, const QString &path, const ConfigSnapshotList &list,
                                       const ConfigBaseline &baseline)
{
    if (pbx != currentPbx() || path != currentFile())
        return;
    m_snapshots = list;
    m_baseline = baseline;
    {
        const QSignalBlocker block(m_timeline);
        m_timeline->clear();
        for (int i = 0; i < list.size(); ++i) {
            const ConfigSnapshot &s = list.at(i);
            auto *item = new QTreeWidgetItem(m_timeline);
            item->setText(0, ConsoleStyle::formatTime(s.timeMs));
            item->setToolTip(0, tr("%1, %2\nSHA-256 %3")
                                    .arg(ConsoleStyle::formatTimeUtc(s.timeMs), sizeText(s.size),
                                         QString::fromLatin1(s.sha256)));
            item->setText(1, snapshotTriggerLabel(s.trigger));
            item->setText(2, s.who);
            item->setData(0, Qt::UserRole, s.id);
            if (s.source == QLatin1String("ami"))
                item->setToolTip(1, tr("Read over AMI GetConfig: comments and layout are not kept."));
            if (s.id == baseline.snapshotId) {
                item->setText(3, tr("\u2605 baseline"));
                item->setToolTip(3, tr("Approved by %1 on %2").arg(baseline.approvedBy,
                                                                 ConsoleStyle::formatTime(baseline.approvedMs)));
                QFont f = item->font(0);
                f.setBold(true);
                for (int c = 0; c < 4; ++c)
                    item->setFont(c, f);
            } else if (!baseline.isNull() && s.sha256 == baseline.sha256) {
                item->setText(3, tr("same as baseline"));
            } else if (!baseline.isNull() && i == 0) {
                item->setText(3, tr("not approved"));
                item->setForeground(3, ConsoleStyle::severityColor(Severity::High));
            }
        }
    }
    // Default comparison: the baseline against the latest; else the latest against the one before.
    if (list.isEmpty()) {
        m_pane->clear();
        return;
    }
    const ConfigSnapshot latest = list.first();
    const ConfigSnapshot base = snapshotById(baseline.snapshotId);
    if (!base.isNull() && base.sha256 != latest.sha256)
        compareSnapshots(base, latest);
    else if (list.size() > 1)
        compareSnapshots(list.at(1), latest);
    else
        compareSnapshots(latest, latest);
    updateActions();
}

ConfigSnapshot ConfigDiffView::snapshotById(qint64 id) const
{
    for (const ConfigSnapshot &s : m_snapshots)
        if (s.id == id)
            return s;
    return ConfigSnapshot();
}

void ConfigDiffView::onTimelineSelection()
{
    QVector<ConfigSnapshot> picked;
    for (QTreeWidgetItem *item : m_timeline->selectedItems())
        picked << snapshotById(item->data(0, Qt::UserRole).toLongLong());
    std::sort(picked.begin(), picked.end(),
              [](const ConfigSnapshot &a, const ConfigSnapshot &b) { return a.timeMs < b.timeMs || (a.timeMs == b.timeMs && a.id < b.id); });
    if (picked.size() >= 2) {
        compareSnapshots(picked.first(), picked.last());
    } else if (picked.size() == 1) {
        const ConfigSnapshot s = picked.first();
        const ConfigSnapshot base = snapshotById(m_baseline.snapshotId);
        if (!base.isNull() && base.id != s.id) {
            compareSnapshots(base.timeMs <= s.timeMs ? base : s, base.timeMs <= s.timeMs ? s : base);
        } else {
            // Against the snapshot before it.
            int i = 0;
            while (i < m_snapshots.size() && m_snapshots.at(i).id != s.id)
                ++i;
            compareSnapshots(i + 1 < m_snapshots.size() ? m_snapshots.at(i + 1) : s, s);
        }
    }
}

void ConfigDiffView::compare(qint64 olderSnapshotId, qint64 newerSnapshotId)
{
    const ConfigSnapshot a = snapshotById(olderSnapshotId), b = snapshotById(newerSnapshotId);
    if (!a.isNull() && !b.isNull())
        compareSnapshots(a, b);
}

void ConfigDiffView::compareSnapshots(const ConfigSnapshot &older, const ConfigSnapshot &newer)
{
    m_older = older;
    m_newer = newer;
    auto label = [this](const ConfigSnapshot &s) {
        return (s.id == m_baseline.snapshotId ? tr("baseline of %1") : tr("snapshot of %1")).arg(ConsoleStyle::formatTime(s.timeMs));
    };
    m_title->setText(older.id == newer.id
                         ? tr("%1 \u2014 only one snapshot (%2)").arg(newer.path, ConsoleStyle::formatTime(newer.timeMs))
                         : tr("%1 \u2014 %2 \u2192 %3").arg(newer.path, label(older), label(newer)));
    m_summary->setText(tr("Comparing\u2026"));
    m_computing = true;
    m_history->loadContents(++m_request, older, newer);
    updateActions();
}

void ConfigDiffView::onContentsLoaded(int requestId, const QByteArray &a, const QByteArray &b)
{
    if (requestId != m_request)
        return; // a newer comparison was asked for
    if (m_watcher.isRunning()) {
        // One diff at a time; ask again when this one ends (the newest request wins).
        connect(&m_watcher, &QFutureWatcher<Computed>::finished, this,
                [this, requestId, a, b] { if (requestId == m_request) onContentsLoaded(requestId, a, b); },
                Qt::SingleShotConnection);
        return;
    }
    const QString path = m_newer.path;
    m_watcher.setProperty("request", requestId);
    m_watcher.setFuture(QtConcurrent::run([a, b, path]() {
        auto d = std::make_shared<DiffResult>(ConfigDiff::compute(a, b));
        ConfigDiff::annotate(*d, ConfigDiff::formatFor(path));
        Computed c;
        c.assessment = ChangeClassifier::classify(path, *d);
        c.diff = std::move(d);
        return c;
    }));
}

void ConfigDiffView::onDiffComputed()
{
    if (m_watcher.property("request").toInt() != m_request)
        return;
    const Computed c = m_watcher.result();
    m_computing = false;
    m_diff = c.diff;
    m_assessment = c.assessment;
    m_pane->setDiff(m_diff, m_assessment, ConfigDiff::formatFor(m_newer.path));
    m_findings->clear();
    for (const SecurityFinding &f : std::as_const(m_assessment.findings)) {
        auto *item = new QListWidgetItem(ConsoleStyle::dotIcon(ConsoleStyle::severityColor(f.severity)),
                                         ConsoleStyle::severityText(f.severity) + QStringLiteral(" \u2014 ") + f.message,
                                         m_findings);
        item->setData(Qt::UserRole, f.row);
    }
    // As tall as its findings, up to five; the diff gets the rest.
    const int shown = qMin(5, m_findings->count());
    const int findingsHeight = shown == 0 ? 0 : m_findings->sizeHintForRow(0) * shown + 2 * m_findings->frameWidth() + 4;
    m_findings->setVisible(shown > 0);
    m_diffSplit->setSizes({findingsHeight, qMax(100, m_diffSplit->height() - findingsHeight)});
    m_summary->setText(summaryText());
    if (m_pane->changeCount() > 0)
        m_pane->nextChange(); // start at the first change
    updateActions();
    emit diffShown();
}

QString ConfigDiffView::summaryText() const
{
    if (!m_diff)
        return QString();
    if (m_diff->identical)
        return tr("No difference.");
    if (m_diff->binary)
        return tr("Binary file changed: %1 bytes \u2192 %2 bytes.").arg(m_diff->oldSize).arg(m_diff->newSize);
    QString s = tr("<span style='color:#2e7d32'>+%1</span> <span style='color:#c62828'>\u2212%2</span> lines, %n "
                   "change(s)", nullptr, int(m_diff->changeStarts.size()))
                    .arg(m_diff->added)
                    .arg(m_diff->removed);
    if (m_assessment.severity > Severity::Info)
        s += tr(" \u2014 highest risk: <b style='color:%1'>%2</b>")
                 .arg(ConsoleStyle::severityColor(m_assessment.severity).name(),
                      ConsoleStyle::severityText(m_assessment.severity));
    if (m_diff->approximate)
        s += tr(" \u2014 the versions differ too much to align line by line; shown as one replacement");
    if (m_diff->truncated)
        s += tr(" \u2014 only the first %1 MB are compared").arg(ConfigDiff::Options().maxBytes / (1024 * 1024));
    return s;
}

void ConfigDiffView::approveSelectedAsBaseline()
{
    if (m_newer.isNull())
        return;
    m_history->approveBaseline(m_newer, StoreClient::analystName());
}

void ConfigDiffView::editWatchList()
{
    if (!currentPbx().isEmpty())
        m_history->loadWatchList(currentPbx());
}

void ConfigDiffView::updateActions()
{
    const bool hasPbx = !currentPbx().isEmpty();
    m_snapshotNow->setEnabled(hasPbx);
    m_watchList->setEnabled(hasPbx);
    m_approve->setEnabled(!m_newer.isNull() && m_newer.id != m_baseline.snapshotId && !m_computing);
    const bool drifted = !m_baseline.isNull() && !m_snapshots.isEmpty() && m_snapshots.first().sha256 != m_baseline.sha256;
    m_revert->setEnabled(drifted && !m_revertBusy);
    m_rollbackRevert->setVisible(!m_applied.backupPath.isEmpty() && m_applied.pbx == currentPbx());
    m_rollbackRevert->setEnabled(!m_revertBusy);
    const bool changes = m_diff && !m_computing && !m_diff->changeStarts.isEmpty();
    m_prev->setEnabled(changes);
    m_next->setEnabled(changes);
}

QString ConfigDiffView::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void ConfigDiffView::setStatus(const QString &text, bool warning)
{
    m_statusIsFailure = false;
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(warning ? QStringLiteral("color: %1;").arg(ConsoleStyle::severityColor(Severity::High).name())
                                    : QString());
}

void ConfigDiffView::showFailuresOf(const QString &pbx)
{
    const QHash<QString, QString> failures = m_failures.value(pbx);
    if (failures.isEmpty()) {
        // Only a failure report goes away by itself; a revert's outcome stays until the next action.
        if (m_statusIsFailure)
            setStatus(QString(), false);
        return;
    }
    QStringList paths = failures.keys();
    paths.sort();
    setStatus(tr("%n watched file(s) of %1 could not be fetched: %2", nullptr, int(paths.size()))
                  .arg(pbx, failures.value(paths.first())),
              true);
    m_statusIsFailure = true;
}

void ConfigDiffView::showFetchFailure(const QString &pbx, const QString &path, const QString &error)
{
    m_roundFailures[pbx].insert(path, error);
    // Shown at once; the round's end replaces the last round's list with this one.
    m_failures[pbx].insert(path, error);
    if (pbx == currentPbx() && !m_revertBusy)
        showFailuresOf(pbx);
}

void ConfigDiffView::roundFinished(const QString &pbx, int, int stored, int)
{
    m_failures.insert(pbx, m_roundFailures.take(pbx));
    if (pbx == currentPbx() && !m_revertBusy)
        showFailuresOf(pbx);
    if (stored > 0)
        reload();
}

void ConfigDiffView::showRevertPlan(const QString &pbx, const FixPlan &plan)
{
    if (!plan.ok()) {
        m_revertBusy = false;
        setStatus(plan.error, true);
        updateActions();
        emit message(plan.error);
        return;
    }
    auto *dialog = new AuditFixDialog(pbx, plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, pbx, plan] {
        setStatus(tr("Reverting %1 on %2: backup, write, reload\u2026").arg(plan.file, pbx), false);
        emit revertConfirmed(pbx, plan);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_revertBusy = false;
        setStatus(tr("The revert was cancelled; nothing was changed."), false);
        updateActions();
    });
    dialog->open();
}

void ConfigDiffView::showRevertOutcome(const QString &pbx, const FixPlan &plan, bool ok, const QString &message,
                                       const QString &backupPath)
{
    m_revertBusy = false;
    if (ok && !backupPath.isEmpty())
        m_applied = AppliedRevert{pbx, plan.file, backupPath, plan.reload};
    setStatus(message, !ok);
    emit this->message(message);
    if (!ok)
        QMessageBox::warning(this, tr("Revert on %1").arg(pbx), message);
    updateActions();
}

void ConfigDiffView::showRevertRollback(const QString &pbx, const QString &path, bool ok, const QString &message)
{
    m_revertBusy = false;
    if (ok && m_applied.pbx == pbx && m_applied.path == path)
        m_applied = AppliedRevert();
    setStatus(message, !ok);
    emit this->message(message);
    updateActions();
}

} // namespace tg
