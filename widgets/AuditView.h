#pragma once

#include "audit/AuditResult.h"
#include "audit/ConfigFileSet.h"
#include "audit/FixPlanner.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace tg {

class AuditFindingsModel;
class AuditFixDialog;

// The Audit tab: run an audit of the selected PBX, the findings by severity with their
// evidence, why and how to fix, the score, "Fix…" with the exact diff and a confirmation,
// rollback of an applied fix, and the report as HTML or PDF. It never talks to a PBX: every
// action leaves as a signal, results come back through the slots.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(QWidget *parent = nullptr);

    AuditFindingsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *fixButton() const { return m_fix; }
    QPushButton *rollbackButton() const { return m_rollback; }
    QPushButton *exportButton() const { return m_export; }
    AuditFixDialog *fixDialog() const;
    const AuditResult &result() const { return m_result; }
    QString pbx() const { return m_pbx; }
    QString scoreText() const;

    // The report of the current result with each finding's remediation status.
    QString reportHtml() const;
    // .pdf (when Qt print support is built in) or HTML for any other name. False with a sentence.
    bool exportReport(const QString &path, QString *error = nullptr) const;
    static bool canExportPdf();

public Q_SLOTS:
    void setPbx(const QString &pbx);
    void setRunning(const QString &pbx, const QString &progress);
    // files: what the audit read, so fix plans can be made here (FixPlanner is pure and fast).
    void setResult(const tg::AuditResult &result, const tg::ConfigFileSet &files = tg::ConfigFileSet());
    void showFixOutcome(const QString &pbx, const tg::FixPlan &plan, bool ok, const QString &message,
                        const QString &backupPath);
    void showRollbackOutcome(const QString &pbx, const QString &file, bool ok, const QString &message);
    void openFixDialog();     // for the selected finding
    void requestRollback();   // for the selected finding, when a fix of it was applied
    void exportWithDialog();

Q_SIGNALS:
    void auditRequested(const QString &pbx);
    void fixConfirmed(const QString &pbx, const tg::FixPlan &plan);
    void rollbackRequested(const QString &pbx, const QString &file, const QString &backupPath, tg::ReloadAction reload);
    void message(const QString &text);

private:
    struct Applied {
        QString file;
        QString backupPath;
        ReloadAction reload = ReloadAction::None;
    };
    void showDetail();
    void updateActions();
    const Finding *selected() const;

    AuditFindingsModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QLabel *m_title;
    QLabel *m_score;
    QLabel *m_state;
    QPushButton *m_run;
    QPushButton *m_fix;
    QPushButton *m_rollback;
    QPushButton *m_export;
    QPointer<AuditFixDialog> m_dialog;
    QString m_pbx;
    AuditResult m_result;
    ConfigFileSet m_files;
    QHash<QString, Applied> m_applied;   // finding key -> the fix that can be rolled back
    QHash<QString, QString> m_remediation;   // finding key -> sentence for the report
    bool m_running = false;
};

} // namespace tg
