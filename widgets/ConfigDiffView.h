#pragma once

#include "audit/FixPlanner.h"
#include "configdiff/ChangeClassifier.h"
#include "configdiff/ConfigSnapshot.h"
#include "configdiff/DiffResult.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QToolButton;
class QTreeWidget;

namespace tg {

class DiffHistoryClient;
class DiffTextPane;

// The Config tab: per PBX, the watched files and each file's timeline of snapshots (the approved
// baseline marked), and the diff of any two of them: the baseline against the latest by default,
// one snapshot against the one before it, or two picked in the timeline. The diff is computed
// on a worker thread (QtConcurrent); the history is read on DiffHistoryClient's thread.
// Approving a baseline writes to the store; everything that acts on the PBX leaves as a signal
// for the application: snapshotRequested (ConfigWatcher::snapshotNow) and revertRequested (the
// audit's guided fix flow: preview, backup, write, reload, roll back).
class ConfigDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigDiffView(const QString &dbPath, QWidget *parent = nullptr);
    ~ConfigDiffView() override;

    DiffTextPane *pane() const { return m_pane; }
    DiffHistoryClient *history() const { return m_history; }
    QString currentPbx() const;
    QString currentFile() const;
    ConfigSnapshotList snapshots() const { return m_snapshots; }
    ConfigBaseline baseline() const { return m_baseline; }
    ChangeAssessment assessment() const { return m_assessment; }
    std::shared_ptr<const DiffResult> diff() const { return m_diff; }
    bool isComputing() const { return m_computing; }
    ConfigSnapshot comparedOlder() const { return m_older; }
    ConfigSnapshot comparedNewer() const { return m_newer; }
    QString summaryText() const;
    QString statusText() const;                      // the status line: fetch failures, revert progress
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *rollbackButton() const { return m_rollbackRevert; }

public Q_SLOTS:
    void reload();                                   // PBXes, then files and timeline again
    void showFile(const QString &pbx, const QString &path);
    void compare(qint64 olderSnapshotId, qint64 newerSnapshotId);
    void approveSelectedAsBaseline();
    // The guided revert: the plan (diff preview and confirmation), its outcome, its rollback.
    void showRevertPlan(const QString &pbx, const tg::FixPlan &plan);
    void showRevertOutcome(const QString &pbx, const tg::FixPlan &plan, bool ok, const QString &message,
                           const QString &backupPath);
    void showRevertRollback(const QString &pbx, const QString &path, bool ok, const QString &message);
    // ConfigWatcher's reports: a file that could not be fetched, and the end of a round.
    void showFetchFailure(const QString &pbx, const QString &path, const QString &error);
    void roundFinished(const QString &pbx, int fetched, int stored, int failed);

Q_SIGNALS:
    void snapshotRequested(const QString &pbx);
    // Restore `path` on `pbx` to the baseline snapshot's content (through the guided fix flow).
    void revertRequested(const QString &pbx, const QString &path, qint64 baselineSnapshotId);
    void revertConfirmed(const QString &pbx, const tg::FixPlan &plan);   // the admin saw the diff and agreed
    void revertRollbackRequested(const QString &pbx, const QString &path, const QString &backupPath,
                                 tg::ReloadAction reload);
    void message(const QString &text);
    void diffShown();                                // a diff finished and is on screen (tests)

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void onPbxesListed(const QStringList &names);
    void onFilesListed(const QString &pbx, const QStringList &files);
    void onSnapshotsListed(const QString &pbx, const QString &path, const ConfigSnapshotList &list,
                           const ConfigBaseline &baseline);
    void onContentsLoaded(int requestId, const QByteArray &a, const QByteArray &b);
    void onDiffComputed();
    void onTimelineSelection();
    void compareSnapshots(const ConfigSnapshot &older, const ConfigSnapshot &newer);
    void updateActions();
    void editWatchList();
    ConfigSnapshot snapshotById(qint64 id) const;
    void setStatus(const QString &text, bool warning);
    void showFailuresOf(const QString &pbx);

    struct AppliedRevert {
        QString pbx, path, backupPath;
        ReloadAction reload = ReloadAction::None;
    };

    struct Computed {
        std::shared_ptr<const DiffResult> diff;
        ChangeAssessment assessment;
    };

    DiffHistoryClient *m_history;
    DiffTextPane *m_pane;
    QComboBox *m_pbxCombo;
    QListWidget *m_files;
    QTreeWidget *m_timeline;
    QLabel *m_title;
    QLabel *m_summary;
    QListWidget *m_findings;
    QSplitter *m_diffSplit;
    QToolButton *m_unified;
    QToolButton *m_sideBySide;
    QToolButton *m_prev;
    QToolButton *m_next;
    QLabel *m_changePos;
    QCheckBox *m_reveal;
    QPushButton *m_approve;
    QPushButton *m_revert;
    QPushButton *m_rollbackRevert;
    QLabel *m_status;
    QPushButton *m_snapshotNow;
    QPushButton *m_watchList;
    QFutureWatcher<Computed> m_watcher;
    ConfigSnapshotList m_snapshots;
    ConfigBaseline m_baseline;
    ConfigSnapshot m_older;
    ConfigSnapshot m_newer;
    ChangeAssessment m_assessment;
    std::shared_ptr<const DiffResult> m_diff;
    QString m_pendingPbx;
    QString m_pendingFile;
    int m_request = 0;
    bool m_computing = false;
    bool m_revertBusy = false;
    bool m_statusIsFailure = false;                             // the status line shows fetch failures
    AppliedRevert m_applied;                                    // the last revert, for its rollback
    QHash<QString, QHash<QString, QString>> m_failures;        // pbx -> path -> error, last round
    QHash<QString, QHash<QString, QString>> m_roundFailures;   // the round in progress
    bool m_loadedOnce = false;
};

} // namespace tg
