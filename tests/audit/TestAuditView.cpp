// The Audit tab: findings by severity, detail, Fix… with the diff and confirmation, rollback,
// report export (HTML and PDF). Offscreen; no PBX: the signals are checked, results fed back.
#include "AuditFindingsModel.h"
#include "AuditFixDialog.h"
#include "AuditView.h"
#include "audit/AuditRunner.h"

#include <QAbstractItemModelTester>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace tg;

namespace {

AuditResult labResult(ConfigFileSet *files)
{
    AuditInput in;
    in.pbx = QStringLiteral("lab");
    if (!in.files.loadDirectory(QStringLiteral(TOLLGATE_TEST_DATA "/asterisk-conf")))
        qFatal("no lab configs");
    *files = in.files;
    return AuditRunner::run(in);
}

AuditResult guestResult(ConfigFileSet *files)
{
    AuditInput in;
    in.pbx = QStringLiteral("lab");
    in.files.insert(QStringLiteral("sip.conf"), "[general]\ncontext = guests\nalwaysauthreject = yes\ntlsenable = yes\n");
    *files = in.files;
    return AuditRunner::run(in);
}

int rowOf(const AuditFindingsModel *m, const QString &check)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->finding(r)->check == check)
            return r;
    return -1;
}

} // namespace

class TestAuditView : public QObject
{
    Q_OBJECT
private slots:
    void findingsAndDetail();
    void fixConfirmRollback();
    void cancelChangesNothing();
    void exportReports();
};

void TestAuditView::findingsAndDetail()
{
    AuditView v;
    QAbstractItemModelTester tester(v.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy run(&v, &AuditView::auditRequested);
    QVERIFY(!v.runButton()->isEnabled());   // no PBX selected
    v.setPbx(QStringLiteral("lab"));
    QVERIFY(v.runButton()->isEnabled());
    v.runButton()->click();
    QCOMPARE(run.size(), 1);
    QCOMPARE(run[0][0].toString(), QStringLiteral("lab"));
    v.setRunning(QStringLiteral("lab"), QStringLiteral("Reading files"));
    QVERIFY(!v.runButton()->isEnabled());

    ConfigFileSet files;
    v.setResult(labResult(&files), files);
    QVERIFY(v.runButton()->isEnabled());
    QCOMPARE(v.model()->rowCount(), 7);
    QCOMPARE(v.model()->finding(0)->severity, Severity::Critical);
    QVERIFY(v.scoreText().contains(QStringLiteral("49/100")));
    // The first finding is selected and explained; its secret is not shown.
    QVERIFY(v.detail()->toPlainText().contains(QStringLiteral("Why it matters")));
    QVERIFY(v.detail()->toPlainText().contains(QStringLiteral("sip.conf:26")));
    QVERIFY(!v.detail()->toPlainText().contains(QStringLiteral("1234")));
    QVERIFY(!v.fixButton()->isEnabled());   // weak secrets are not fixed automatically

    // Results of another PBX do not replace the one shown.
    AuditResult other;
    other.pbx = QStringLiteral("other");
    v.setResult(other);
    QCOMPARE(v.model()->rowCount(), 7);
    v.setPbx(QStringLiteral("other"));
    QCOMPARE(v.model()->rowCount(), 0);
}

void TestAuditView::fixConfirmRollback()
{
    AuditView v;
    v.setPbx(QStringLiteral("lab"));
    ConfigFileSet files;
    v.setResult(guestResult(&files), files);
    const int row = rowOf(v.model(), QStringLiteral("ast.sip.allowguest"));
    QVERIFY(row >= 0);
    v.table()->selectRow(row);
    QVERIFY(v.fixButton()->isEnabled());
    QVERIFY(!v.rollbackButton()->isEnabled());

    QSignalSpy confirmed(&v, &AuditView::fixConfirmed);
    v.fixButton()->click();
    AuditFixDialog *d = v.fixDialog();
    QVERIFY(d);
    QVERIFY(d->diffView()->toPlainText().contains(QStringLiteral("+allowguest = no")));
    QVERIFY(confirmed.isEmpty());   // nothing until confirmed
    d->applyButton()->click();
    QCOMPARE(confirmed.size(), 1);
    const FixPlan plan = confirmed[0][1].value<FixPlan>();
    QCOMPARE(plan.fix, QStringLiteral("sip.allowguest"));
    QCOMPARE(v.model()->data(v.model()->index(row, AuditFindingsModel::StatusColumn)).toString(), QStringLiteral("Applying…"));

    const QString backup = QStringLiteral("/etc/asterisk/sip.conf.20261127-090000.tollgate.bak");
    v.showFixOutcome(QStringLiteral("lab"), plan, true, QStringLiteral("Fixed and checked again."), backup);
    QCOMPARE(v.model()->data(v.model()->index(row, AuditFindingsModel::StatusColumn)).toString(), QStringLiteral("Fixed"));
    QVERIFY(v.rollbackButton()->isEnabled());
    QVERIFY(!v.fixButton()->isEnabled());
    QVERIFY(v.reportHtml().contains(backup));

    QSignalSpy rollback(&v, &AuditView::rollbackRequested);
    v.rollbackButton()->click();
    QCOMPARE(rollback.size(), 1);
    QCOMPARE(rollback[0][1].toString(), QStringLiteral("sip.conf"));
    QCOMPARE(rollback[0][2].toString(), backup);
    QCOMPARE(rollback[0][3].value<ReloadAction>(), ReloadAction::SipReload);
    v.showRollbackOutcome(QStringLiteral("lab"), QStringLiteral("sip.conf"), true, QStringLiteral("Restored."));
    QCOMPARE(v.model()->data(v.model()->index(row, AuditFindingsModel::StatusColumn)).toString(), QStringLiteral("Rolled back"));
    QVERIFY(!v.rollbackButton()->isEnabled());
    QVERIFY(v.reportHtml().contains(QStringLiteral("rolled back")));
}

void TestAuditView::cancelChangesNothing()
{
    AuditView v;
    v.setPbx(QStringLiteral("lab"));
    ConfigFileSet files;
    v.setResult(guestResult(&files), files);
    v.table()->selectRow(rowOf(v.model(), QStringLiteral("ast.sip.allowguest")));
    QSignalSpy confirmed(&v, &AuditView::fixConfirmed);
    v.fixButton()->click();
    QVERIFY(v.fixDialog());
    v.fixDialog()->reject();
    QVERIFY(confirmed.isEmpty());
}

void TestAuditView::exportReports()
{
    AuditView v;
    v.setPbx(QStringLiteral("lab"));
    ConfigFileSet files;
    v.setResult(labResult(&files), files);
    QVERIFY(v.exportButton()->isEnabled());
    QTemporaryDir dir;
    QString error;
    const QString html = dir.filePath(QStringLiteral("report.html"));
    QVERIFY2(v.exportReport(html, &error), qPrintable(error));
    QFile h(html);
    QVERIFY(h.open(QIODevice::ReadOnly));
    const QByteArray text = h.readAll();
    QVERIFY(text.contains("Security audit of lab"));
    QVERIFY(text.contains("Why it matters"));
    QVERIFY(!text.contains("1234"));
    if (!AuditView::canExportPdf())
        QSKIP("built without Qt print support");
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(v.exportReport(pdf, &error), qPrintable(error));
    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.read(5) == "%PDF-");
    QVERIFY(p.size() > 1000);
    QVERIFY(!v.exportReport(dir.filePath(QStringLiteral("no/such/dir/r.html")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestAuditView)
#include "TestAuditView.moc"
