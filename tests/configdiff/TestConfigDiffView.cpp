// The Config tab over a real store: timeline, default comparison, masking and reveal, modes,
// folding, navigation, baseline approval and the revert request. Offscreen.
#include "ConfigDiffView.h"
#include "DiffHistoryClient.h"
#include "DiffTextPane.h"
#include "configdiff/SecretMasker.h"
#include "configdiff/SnapshotRepository.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace tg;

namespace {

QByteArray data(const QString &rel)
{
    QFile f(QStringLiteral(TOLLGATE_TEST_DATA "/") + rel);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(rel));
    return f.readAll();
}

const QString kPbx = QStringLiteral("pbx-lab");
const QString kManager = QStringLiteral("/etc/asterisk/manager.conf");
const QString kSip = QStringLiteral("/etc/asterisk/sip.conf");

// Saves a PNG of the widget when TOLLGATE_SCREENSHOT_DIR is set (for looking at it).
void screenshot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("TOLLGATE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

} // namespace

class TestConfigDiffView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsBaselineAgainstLatest();
    void secretsMaskedUntilRevealed();
    void modesFoldsAndNavigation();
    void pickTwoSnapshots();
    void approveAndRevert();
    void largeFileStaysResponsive();
    void fetchFailuresInTheStatusLine();
    void revertPlanOutcomeAndUndo();

private:
    void open(ConfigDiffView &v, const QString &path);
    QTemporaryDir m_dir;
    QString m_db;
    ConfigSnapshot m_base, m_intruded, m_sipBase, m_sipChanged;
    const QString m_ext = QStringLiteral("/etc/asterisk/extensions.conf");
};

void TestConfigDiffView::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("tollgate.sqlite"));
    QVERIFY(Database::open(m_db, QStringLiteral("setup")).ok);
    {
        SnapshotRepository repo(QStringLiteral("setup"));
        auto add = [&](const QString &path, const QByteArray &content, qint64 t, SnapshotTrigger trig, const char *who) {
            ConfigSnapshot s;
            s.pbx = kPbx;
            s.path = path;
            s.timeMs = t;
            s.trigger = trig;
            s.who = QLatin1String(who);
            s.source = QStringLiteral("ssh");
            if (!repo.add(s, content))
                qFatal("add failed");
            return s;
        };
        const qint64 t0 = 1'764'000'000'000;
        m_base = add(kManager, data(QStringLiteral("asterisk-conf/manager.conf")), t0, SnapshotTrigger::OnDemand, "alice");
        add(kManager, data(QStringLiteral("asterisk-conf/manager.conf")) + "; reviewed\n", t0 + 3600'000,
            SnapshotTrigger::Schedule, "scheduler");
        m_intruded = add(kManager, data(QStringLiteral("configdiff/manager-new-ami-user.conf")), t0 + 7200'000,
                         SnapshotTrigger::Reload, "reload event");
        QVERIFY(repo.approveBaseline(m_base.id, QStringLiteral("alice"), t0 + 1000));
        m_sipBase = add(kSip, data(QStringLiteral("asterisk-conf/sip.conf")), t0, SnapshotTrigger::OnDemand, "alice");
        add(m_ext, data(QStringLiteral("asterisk-conf/extensions.conf")), t0, SnapshotTrigger::OnDemand, "alice");
        add(m_ext, data(QStringLiteral("configdiff/extensions-benign.conf")), t0 + 60'000, SnapshotTrigger::Schedule,
            "scheduler");
        m_sipChanged = add(kSip, data(QStringLiteral("configdiff/sip-changed-secret.conf")), t0 + 60'000,
                           SnapshotTrigger::Schedule, "scheduler");
    }
    Database::close(QStringLiteral("setup"));
}

void TestConfigDiffView::cleanupTestCase() {}

void TestConfigDiffView::open(ConfigDiffView &v, const QString &path)
{
    v.resize(1400, 800);
    v.show();
    v.showFile(kPbx, path);
    // The view may show another file first; wait for this one's diff.
    QTRY_VERIFY_WITH_TIMEOUT(v.comparedNewer().path == path && !v.isComputing() && v.diff(), 20000);
}

void TestConfigDiffView::showsBaselineAgainstLatest()
{
    ConfigDiffView v(m_db);
    open(v, kManager);
    QTRY_COMPARE(v.snapshots().size(), 3);
    QCOMPARE(v.baseline().snapshotId, m_base.id);
    auto *timeline = v.findChild<QTreeWidget *>(QStringLiteral("configTimeline"));
    QCOMPARE(timeline->topLevelItemCount(), 3);
    QVERIFY(timeline->topLevelItem(2)->text(3).contains(QStringLiteral("baseline")));
    QVERIFY(timeline->topLevelItem(0)->text(3).contains(QStringLiteral("not approved")));
    // Default: the baseline against the latest, classified.
    QCOMPARE(v.diff()->added, 7); // the new user: a blank line, its header and 5 settings
    QCOMPARE(v.diff()->removed, 0);
    QCOMPARE(v.assessment().severity, Severity::High);
    auto *findings = v.findChild<QListWidget *>(QStringLiteral("configFindings"));
    QVERIFY(findings->count() >= 3);
    QVERIFY(v.pane()->sectionAtTop().startsWith(QLatin1Char('[')));
    QVERIFY(v.summaryText().contains(QStringLiteral("High")));
    QVERIFY(v.findChild<QPushButton *>(QStringLiteral("configRevert"))->isEnabled());
    screenshot(&v, "configdiff-side-by-side");
}

void TestConfigDiffView::secretsMaskedUntilRevealed()
{
    ConfigDiffView v(m_db);
    open(v, kSip);
    DiffTextPane *pane = v.pane();
    QCOMPARE(pane->mode(), DiffTextPane::Mode::SideBySide);
    auto *reveal = v.findChild<QCheckBox *>(QStringLiteral("configRevealSecrets"));
    QVERIFY(!reveal->isChecked());
    // The changed secret's line, found while revealed, then checked masked and revealed.
    reveal->setChecked(true);
    int secretLine = -1;
    for (int i = 0; i < pane->displayLineCount(); ++i)
        if (pane->displayText(i, true) == QStringLiteral("secret = hunter2"))
            secretLine = i;
    QVERIFY(secretLine >= 0);
    reveal->setChecked(false);
    QCOMPARE(pane->displayText(secretLine, true), QStringLiteral("secret = ") + SecretMasker::mask());
    QCOMPARE(pane->displayText(secretLine, false), QStringLiteral("secret = ") + SecretMasker::mask());
    screenshot(&v, "configdiff-masked");
    reveal->setChecked(true);
    QCOMPARE(pane->displayText(secretLine, true), QStringLiteral("secret = hunter2"));
    QCOMPARE(pane->displayText(secretLine, false), QStringLiteral("secret = Vq7#pR2x!mZ9tLw4"));
    screenshot(&v, "configdiff-revealed");
    // Another file masks again.
    v.showFile(kPbx, kManager);
    QTRY_COMPARE(v.currentFile(), kManager);
    QVERIFY(!reveal->isChecked());
}

void TestConfigDiffView::modesFoldsAndNavigation()
{
    ConfigDiffView v(m_db);
    open(v, m_ext);
    DiffTextPane *pane = v.pane();
    QVERIFY(pane->foldCount() >= 1);          // the unchanged middle folds away
    QCOMPARE(pane->changeCount(), 2);         // the reworded comment and the new extension
    QCOMPARE(pane->currentChange(), 0);       // the view starts at the first change
    pane->nextChange();
    QCOMPARE(pane->currentChange(), 1);
    pane->nextChange();
    QCOMPARE(pane->currentChange(), 1);       // stays on the last
    pane->previousChange();
    QCOMPARE(pane->currentChange(), 0);
    QVERIFY(pane->sectionAtTop().startsWith(QLatin1Char('[')));
    const int sideLines = pane->displayLineCount();
    pane->setMode(DiffTextPane::Mode::Unified);
    QVERIFY(pane->displayLineCount() >= sideLines);
    screenshot(&v, "configdiff-unified");
    pane->expandAllFolds();
    QCOMPARE(pane->foldCount(), 0);
    QCOMPARE(pane->displayLineCount(), int(v.diff()->rows.size()));
}

void TestConfigDiffView::pickTwoSnapshots()
{
    ConfigDiffView v(m_db);
    open(v, kManager);
    QSignalSpy shown(&v, &ConfigDiffView::diffShown);
    auto *timeline = v.findChild<QTreeWidget *>(QStringLiteral("configTimeline"));
    timeline->clearSelection();
    timeline->topLevelItem(0)->setSelected(true);  // newest
    timeline->topLevelItem(1)->setSelected(true);  // the one before: only the new user differs
    QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 1 && !v.isComputing(), 10000);
    QTRY_COMPARE(v.diff()->added, 7);
    QCOMPARE(v.diff()->removed, 1); // the "; reviewed" comment line
}

void TestConfigDiffView::approveAndRevert()
{
    ConfigDiffView v(m_db);
    open(v, kSip);
    QSignalSpy revert(&v, &ConfigDiffView::revertRequested);
    auto *revertButton = v.findChild<QPushButton *>(QStringLiteral("configRevert"));
    QVERIFY(!revertButton->isEnabled()); // no baseline yet
    QSignalSpy approved(v.history(), &DiffHistoryClient::baselineApproved);
    v.approveSelectedAsBaseline();       // the newer of the comparison: the changed secret
    QVERIFY(approved.wait(5000));
    QVERIFY(approved.first().at(0).toBool());
    QTRY_COMPARE(v.baseline().snapshotId, m_sipChanged.id);
    // The latest is the baseline: nothing to revert.
    QTRY_VERIFY(!revertButton->isEnabled() || v.baseline().snapshotId == m_sipChanged.id);
    // Approve the original instead; the latest now differs and can be reverted.
    v.compare(m_sipBase.id, m_sipBase.id);
    QTRY_VERIFY(!v.isComputing());
    QSignalSpy approved2(v.history(), &DiffHistoryClient::baselineApproved);
    v.history()->approveBaseline(m_sipBase, QStringLiteral("alice"));
    QVERIFY(approved2.wait(5000));
    QTRY_COMPARE(v.baseline().snapshotId, m_sipBase.id);
    QTRY_VERIFY(revertButton->isEnabled());
    revertButton->click();
    QCOMPARE(revert.size(), 1);
    QCOMPARE(revert.first().at(0).toString(), kPbx);
    QCOMPARE(revert.first().at(1).toString(), kSip);
    QCOMPARE(revert.first().at(2).toLongLong(), m_sipBase.id);
}

void TestConfigDiffView::largeFileStaysResponsive()
{
    // A 10 MB pair: the diff runs on a worker thread while the GUI thread keeps its event loop.
    const QString path = QStringLiteral("/etc/asterisk/big.conf");
    {
        QVERIFY(Database::open(m_db, QStringLiteral("big")).ok);
        SnapshotRepository repo(QStringLiteral("big"));
        QByteArray big;
        for (int i = 0; big.size() < 10 * 1024 * 1024; ++i)
            big += "[" + QByteArray::number(i) + "]\nsecret = s" + QByteArray::number(i) + "\ncontext = internal\n";
        ConfigSnapshot a;
        a.pbx = kPbx;
        a.path = path;
        a.timeMs = 1;
        QVERIFY(repo.add(a, big));
        big.replace("[100000]\n", "[100000]\npermit = 0.0.0.0/0\n");
        ConfigSnapshot b = a;
        b.id = 0;
        b.timeMs = 2;
        QVERIFY(repo.add(b, big));
    }
    Database::close(QStringLiteral("big"));
    ConfigDiffView v(m_db);
    QElapsedTimer tick;
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start(10);
    open(v, path);
    QVERIFY(ticks > 0); // the event loop ran while the diff was computed
    QCOMPARE(v.diff()->added, 1);
    QCOMPARE(v.assessment().severity, Severity::High); // an added permit, in any .conf
    QVERIFY(v.pane()->foldCount() >= 2);
    screenshot(&v, "configdiff-large");
}

void TestConfigDiffView::fetchFailuresInTheStatusLine()
{
    ConfigDiffView v(m_db);
    open(v, kSip);
    QVERIFY(v.statusText().isEmpty());
    // ConfigWatcher reports a file it could not read: the tab says so at once.
    const QString error = QStringLiteral("Could not read /etc/asterisk/pjsip.conf on pbx-lab: Permission denied");
    v.showFetchFailure(kPbx, QStringLiteral("/etc/asterisk/pjsip.conf"), error);
    QVERIFY2(v.statusText().contains(error), qPrintable(v.statusText()));
    QVERIFY(v.statusText().contains(QStringLiteral("1 watched file")));
    // Another PBX's failure is not shown for this one.
    v.showFetchFailure(QStringLiteral("other"), QStringLiteral("/etc/asterisk/sip.conf"), QStringLiteral("boom"));
    QVERIFY(!v.statusText().contains(QStringLiteral("boom")));
    // The round ends with that failure: it stays; the next round fetches everything: it goes.
    v.roundFinished(kPbx, 3, 0, 1);
    QVERIFY(v.statusText().contains(error));
    screenshot(&v, "config-fetch-failed");
    v.roundFinished(kPbx, 4, 0, 0);
    QVERIFY(v.statusText().isEmpty());
}

void TestConfigDiffView::revertPlanOutcomeAndUndo()
{
    ConfigDiffView v(m_db);
    open(v, kSip);
    // A plan that could not be made (e.g. the PBX is unreachable) is said in the status line.
    FixPlan failed;
    failed.error = QStringLiteral("pbx-lab is not reachable over SSH in this session");
    v.showRevertPlan(kPbx, failed);
    QCOMPARE(v.statusText(), failed.error);
    // An applied revert offers "Undo revert" with its backup; the rollback request carries it.
    FixPlan plan;
    plan.fix = QStringLiteral("config.revert");
    plan.file = kSip;
    plan.reload = ReloadAction::SipReload;
    QVERIFY(!v.rollbackButton()->isVisible());
    v.showRevertOutcome(kPbx, plan, true, QStringLiteral("back to its approved baseline"),
                        kSip + QStringLiteral(".20260101-000000.tollgate.bak"));
    QVERIFY(v.rollbackButton()->isVisible());
    QSignalSpy undo(&v, &ConfigDiffView::revertRollbackRequested);
    v.rollbackButton()->click();
    QCOMPARE(undo.size(), 1);
    QCOMPARE(undo.first().at(1).toString(), kSip);
    QCOMPARE(undo.first().at(2).toString(), kSip + QStringLiteral(".20260101-000000.tollgate.bak"));
    QCOMPARE(undo.first().at(3).value<ReloadAction>(), ReloadAction::SipReload);
    v.showRevertRollback(kPbx, kSip, true, QStringLiteral("restored from its backup"));
    QVERIFY(!v.rollbackButton()->isVisible());
    QCOMPARE(v.statusText(), QStringLiteral("restored from its backup"));
    // The snapshot round that follows (nothing failed) leaves the outcome on screen.
    v.roundFinished(kPbx, 1, 1, 0);
    QCOMPARE(v.statusText(), QStringLiteral("restored from its backup"));
}

QTEST_MAIN(TestConfigDiffView)
#include "TestConfigDiffView.moc"
