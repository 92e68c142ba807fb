#include "AuditView.h"

#include "AuditFindingsModel.h"
#include "AuditFixDialog.h"
#include "ConsoleStyle.h"
#include "audit/AuditReport.h"

#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#ifdef TOLLGATE_HAVE_PRINTSUPPORT
#include <QPrinter>
#endif

namespace tg {

namespace {
// The key of the finding a plan fixes (as Finding::key()).
QString planKey(const FixPlan &plan)
{
    Finding f;
    f.check = plan.check;
    f.subject = plan.subject;
    return f.key();
}
} // namespace

AuditView::AuditView(QWidget *parent) : QWidget(parent), m_model(new AuditFindingsModel(this))
{
    setObjectName(QStringLiteral("auditView"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("auditTitle"));
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.2);
    m_title->setFont(tf);
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("auditScore"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("auditState"));
    m_run = new QPushButton(tr("Run audit"), this);
    m_run->setObjectName(QStringLiteral("runAudit"));
    m_fix = new QPushButton(tr("Fix…"), this);
    m_fix->setObjectName(QStringLiteral("fixFinding"));
    m_rollback = new QPushButton(tr("Roll back"), this);
    m_rollback->setObjectName(QStringLiteral("rollbackFix"));
    m_export = new QPushButton(tr("Export report…"), this);
    m_export->setObjectName(QStringLiteral("exportReport"));
    top->addWidget(m_title);
    top->addSpacing(16);
    top->addWidget(m_score);
    top->addStretch(1);
    top->addWidget(m_state);
    top->addWidget(m_run);
    top->addWidget(m_fix);
    top->addWidget(m_rollback);
    top->addWidget(m_export);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("auditFindings"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(AuditFindingsModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AuditFindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_detail = new QTextBrowser(split);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setOpenLinks(false);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, [this] {
        if (!m_pbx.isEmpty())
            Q_EMIT auditRequested(m_pbx);
    });
    connect(m_fix, &QPushButton::clicked, this, &AuditView::openFixDialog);
    connect(m_rollback, &QPushButton::clicked, this, &AuditView::requestRollback);
    connect(m_export, &QPushButton::clicked, this, &AuditView::exportWithDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetail();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AuditView::updateActions);
    setPbx(QString());
}

AuditFixDialog *AuditView::fixDialog() const
{
    return m_dialog.data();
}

QString AuditView::scoreText() const
{
    return m_score->text();
}

bool AuditView::canExportPdf()
{
#ifdef TOLLGATE_HAVE_PRINTSUPPORT
    return true;
#else
    return false;
#endif
}

void AuditView::setPbx(const QString &pbx)
{
    if (pbx == m_pbx && !pbx.isEmpty())
        return;
    m_pbx = pbx;
    m_title->setText(pbx.isEmpty() ? tr("Security audit") : tr("Security audit of %1").arg(pbx));
    if (m_result.pbx != pbx) {
        m_result = AuditResult();
        m_files = ConfigFileSet();
        m_applied.clear();
        m_remediation.clear();
        m_model->setFindings({});
        m_score->clear();
        m_detail->setHtml(pbx.isEmpty()
                              ? tr("<p>Select a PBX in the sidebar, then run an audit. Tollgate reads its configuration "
                                   "over SSH (read-only) and lists weak secrets, open guest access, exposed management "
                                   "ports and risky dialplan, each with why it matters and how to fix it.</p>")
                              : tr("<p>No audit of %1 yet. \"Run audit\" reads its configuration over SSH; nothing is "
                                   "changed.</p>").arg(pbx.toHtmlEscaped()));
    }
    m_state->clear();
    updateActions();
}

void AuditView::setRunning(const QString &pbx, const QString &progress)
{
    if (pbx != m_pbx)
        return;
    m_running = !progress.isEmpty();
    m_state->setText(progress);
    updateActions();
}

void AuditView::setResult(const AuditResult &result, const ConfigFileSet &files)
{
    if (!m_pbx.isEmpty() && result.pbx != m_pbx)
        return;   // an audit of another PBX finished; it is in the history
    m_running = false;
    m_state->setText(tr("Audited %1").arg(ConsoleStyle::formatTime(result.finishedUtc.toMSecsSinceEpoch())));
    m_result = result;
    m_files = files;
    m_applied.clear();
    m_remediation.clear();
    m_model->setFindings(result.findings);
    const int score = result.score();
    const QColor color = score >= 90 ? QColor(QStringLiteral("#1e8449"))
        : score >= 50                ? QColor(QStringLiteral("#b7950b"))
                                     : ConsoleStyle::severityColor(Severity::Critical);
    m_score->setText(tr("Score %1/100 · %2 critical, %3 high, %4 medium, %5 low")
                         .arg(score)
                         .arg(result.count(Severity::Critical))
                         .arg(result.count(Severity::High))
                         .arg(result.count(Severity::Medium))
                         .arg(result.count(Severity::Low)));
    m_score->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(color.name()));
    if (result.findings.isEmpty())
        m_detail->setHtml(tr("<p>No findings. %1</p>")
                              .arg(result.errors.isEmpty() ? QString()
                                                           : tr("Some parts could not be audited: %1")
                                                                 .arg(result.errors.join(QStringLiteral("; ")).toHtmlEscaped())));
    else
        m_table->selectRow(0);
    updateActions();
}

const Finding *AuditView::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->finding(rows.first().row());
}

void AuditView::updateActions()
{
    const Finding *f = selected();
    m_run->setEnabled(!m_pbx.isEmpty() && !m_running);
    m_fix->setEnabled(f && f->fixable() && !m_files.isEmpty() && !m_applied.contains(f->key()) && !m_running);
    m_rollback->setEnabled(f && m_applied.contains(f->key()) && !m_running);
    m_export->setEnabled(m_result.finishedUtc.isValid());
}

void AuditView::showDetail()
{
    const Finding *f = selected();
    if (!f)
        return;
    QString h;
    h += QStringLiteral("<h3 style=\"color:%1\">%2</h3>")
             .arg(ConsoleStyle::severityColor(f->severity).name(), f->title.toHtmlEscaped());
    h += QStringLiteral("<p><small>%1 · %2 · %3</small></p>")
             .arg(ConsoleStyle::severityText(f->severity).toHtmlEscaped(), f->check.toHtmlEscaped(),
                  f->location().toHtmlEscaped());
    if (!f->evidence.isEmpty())
        h += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>").arg(tr("Evidence"), f->evidence.toHtmlEscaped());
    h += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("Why it matters"), f->why.toHtmlEscaped());
    h += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("How to fix"), f->howToFix.toHtmlEscaped());
    const QString status = m_remediation.value(f->key());
    if (!status.isEmpty())
        h += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("Remediation"), status.toHtmlEscaped());
    else if (f->fixable())
        h += QStringLiteral("<p><i>%1</i></p>").arg(tr("Tollgate can make this change for you: \"Fix…\" shows the "
                                                        "exact diff first."));
    m_detail->setHtml(h);
}

void AuditView::openFixDialog()
{
    const Finding *f = selected();
    if (!f || !f->fixable())
        return;
    const FixPlan plan = FixPlanner::plan(*f, m_files);
    if (!plan.ok()) {
        Q_EMIT message(plan.error);
        QMessageBox::information(this, tr("Fix"), plan.error);
        return;
    }
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new AuditFixDialog(m_pbx, plan, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString pbx = m_pbx;
    connect(m_dialog, &QDialog::accepted, this, [this, pbx, plan] {
        m_running = true;
        m_state->setText(tr("Applying the fix…"));
        m_model->setStatus(planKey(plan), tr("Applying…"));
        updateActions();
        Q_EMIT fixConfirmed(pbx, plan);
    });
    m_dialog->open();   // window-modal, asynchronous: the GUI keeps updating
}

void AuditView::showFixOutcome(const QString &pbx, const FixPlan &plan, bool ok, const QString &message,
                               const QString &backupPath)
{
    if (pbx != m_pbx)
        return;
    m_running = false;
    const QString key = planKey(plan);
    const QString when = ConsoleStyle::formatTime(QDateTime::currentMSecsSinceEpoch());
    if (ok) {
        if (!backupPath.isEmpty())
            m_applied.insert(key, Applied{plan.file, backupPath, plan.reload});
        m_model->setStatus(key, tr("Fixed"));
        m_remediation.insert(key, tr("Fixed on %1 (%2); backup %3. %4").arg(when, plan.file, backupPath, message));
        m_state->setText(tr("Fix applied"));
    } else {
        m_model->setStatus(key, tr("Fix failed"));
        m_remediation.insert(key, tr("Fix attempted on %1 and failed: %2").arg(when, message));
        m_state->setText(tr("The fix failed"));
        QMessageBox::warning(this, tr("Fix on %1").arg(pbx), message);
    }
    Q_EMIT this->message(message);
    showDetail();
    updateActions();
}

void AuditView::requestRollback()
{
    const Finding *f = selected();
    if (!f || !m_applied.contains(f->key()))
        return;
    const Applied a = m_applied.value(f->key());
    m_running = true;
    m_state->setText(tr("Rolling back…"));
    updateActions();
    Q_EMIT rollbackRequested(m_pbx, a.file, a.backupPath, a.reload);
}

void AuditView::showRollbackOutcome(const QString &pbx, const QString &file, bool ok, const QString &message)
{
    if (pbx != m_pbx)
        return;
    m_running = false;
    const QString when = ConsoleStyle::formatTime(QDateTime::currentMSecsSinceEpoch());
    for (auto it = m_applied.begin(); it != m_applied.end();) {
        if (it->file != file) {
            ++it;
            continue;
        }
        if (ok) {
            m_model->setStatus(it.key(), tr("Rolled back"));
            m_remediation.insert(it.key(), tr("Fixed, then rolled back on %1 to the backup %2.").arg(when, it->backupPath));
            it = m_applied.erase(it);
        } else {
            ++it;
        }
    }
    m_state->setText(ok ? tr("Rolled back") : tr("The rollback failed"));
    if (!ok)
        QMessageBox::warning(this, tr("Roll back on %1").arg(pbx), message);
    Q_EMIT this->message(message);
    showDetail();
    updateActions();
}

QString AuditView::reportHtml() const
{
    return AuditReport::html(m_result, m_remediation);
}

bool AuditView::exportReport(const QString &path, QString *error) const
{
    const QString html = reportHtml();
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
#ifdef TOLLGATE_HAVE_PRINTSUPPORT
        QTextDocument doc;
        doc.setHtml(html);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setDocName(tr("Security audit of %1").arg(m_result.pbx));
        doc.print(&printer);
        if (!QFile::exists(path)) {
            if (error)
                *error = tr("The PDF %1 could not be written; check the folder's permissions.").arg(path);
            return false;
        }
        return true;
#else
        if (error)
            *error = tr("This build of Tollgate has no PDF support; export as HTML and print it from a browser.");
        return false;
#endif
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(html.toUtf8()) < 0 || !f.commit()) {
        if (error)
            *error = tr("The report %1 could not be written: %2.").arg(path, f.errorString());
        return false;
    }
    return true;
}

void AuditView::exportWithDialog()
{
    QString filters = tr("HTML report (*.html)");
    if (canExportPdf())
        filters = tr("PDF report (*.pdf)") + QStringLiteral(";;") + filters;
    const QString suggested = QStringLiteral("tollgate-audit-%1-%2")
                                  .arg(m_result.pbx, m_result.finishedUtc.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    QString chosenFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export audit report"), suggested, filters, &chosenFilter);
    if (path.isEmpty())
        return;
    if (!path.contains(QLatin1Char('.')))
        path += chosenFilter.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf") : QStringLiteral(".html");
    QString error;
    if (!exportReport(path, &error))
        QMessageBox::warning(this, tr("Export audit report"), error);
    else
        Q_EMIT message(tr("Report saved to %1").arg(path));
}

} // namespace tg
