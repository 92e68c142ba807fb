// The Blocks tab and the "Block source IP…" dialog: rows with their state per PBX, blocks made
// outside Tollgate, live validation, the plan shown before anything runs, confirm and unblock.
#include "BlockPlanDialog.h"
#include "BlockTableModel.h"
#include "BlocksView.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace tg;

namespace {

BlockRecord record(qint64 id, const QString &address, BlockState office, BlockState branch)
{
    BlockRecord r;
    r.id = id;
    r.address = address;
    r.createdMs = 1700000000000;
    r.who = QStringLiteral("analyst");
    r.reason = QStringLiteral("SIP brute force");
    r.state = BlockState::Active;
    r.targets.append({QStringLiteral("branch"), BlockBackend::Nftables, branch, QStringLiteral("nft failed"), 0});
    r.targets.append({QStringLiteral("office"), BlockBackend::Nftables, office, QString(), 0});
    return r;
}

} // namespace

class TestBlocksView : public QObject
{
    Q_OBJECT
private slots:
    void modelRowsAndOutsideBlocks();
    void dialogValidatesAndShowsPlanFirst();
    void unblockSelected();
};

void TestBlocksView::modelRowsAndOutsideBlocks()
{
    BlockTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords({record(1, QStringLiteral("203.0.113.5"), BlockState::Active, BlockState::Failed)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, BlockTableModel::StateColumn).data().toString(), QStringLiteral("blocked"));
    QCOMPARE(model.index(0, BlockTableModel::PbxColumn).data().toString(), QStringLiteral("branch: failed, office: blocked"));
    QVERIFY(model.index(0, BlockTableModel::PbxColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("nft failed")));

    PbxOutcome office;
    office.pbx = QStringLiteral("office");
    office.backend = BlockBackend::Nftables;
    office.listed = true;
    office.listing = {{QStringLiteral("203.0.113.5"), 0, 0}, {QStringLiteral("198.51.100.0/24"), 600, 590}};
    PbxOutcome branch = office;
    branch.pbx = QStringLiteral("branch");
    branch.listing = {{QStringLiteral("198.51.100.0/24"), 0, 0}};
    model.setListings({office, branch});
    QCOMPARE(model.rowCount(), 2);   // the record, and one outside row for both PBXes
    QCOMPARE(model.index(1, BlockTableModel::AddressColumn).data().toString(), QStringLiteral("198.51.100.0/24"));
    QCOMPARE(model.index(1, BlockTableModel::StateColumn).data().toString(), QStringLiteral("blocked (outside Tollgate)"));
    QCOMPARE(model.recordAt(1).targets.size(), 2);
    QVERIFY(model.recordAt(1).isExternal());
}

void TestBlocksView::dialogValidatesAndShowsPlanFirst()
{
    BlocksView view;
    view.setPbxes({QStringLiteral("office"), QStringLiteral("branch")});
    QSignalSpy planSpy(&view, &BlocksView::planRequested);
    QSignalSpy runSpy(&view, &BlocksView::executeRequested);
    view.requestBlock({QStringLiteral("1.2.3.4; rm -rf /")}, QStringLiteral("office"), 42, QStringLiteral("Brute force"));
    BlockPlanDialog *d = view.planDialog();
    QVERIFY(d);
    QVERIFY(!d->showPlanButton()->isEnabled());
    QVERIFY(d->validationLabel()->text().contains(QStringLiteral("only digits")));

    d->setAddresses({QStringLiteral("203.0.113.5")});
    QVERIFY(d->showPlanButton()->isEnabled());
    d->showPlanButton()->click();
    QCOMPARE(planSpy.size(), 1);
    const BlockRequest r = planSpy.first().first().value<BlockRequest>();
    QCOMPARE(r.addresses, QStringList{QStringLiteral("203.0.113.5")});
    QCOMPARE(r.pbxes, QStringList{QStringLiteral("office")});
    QCOMPARE(r.alertId, 42);
    QCOMPARE(r.ttlS, 3600);
    QCOMPARE(r.reason, QStringLiteral("Brute force"));
    QVERIFY(!d->confirmButton()->isEnabled());   // no plan yet: nothing to confirm

    // The plan comes back: its commands are shown, and only then may it run.
    BlockPlan plan;
    plan.request = r;
    plan.addresses << BlockAddress::parse(QStringLiteral("203.0.113.5"));
    PbxPlan part;
    part.pbx = QStringLiteral("office");
    part.backend = BlockBackend::Nftables;
    part.addresses = plan.addresses;
    RemoteCommand c;
    c.command = QStringLiteral("nft -f -");
    c.input = "add element inet tollgate blocked4 { 203.0.113.5 timeout 3600s }\n";
    c.root = true;
    part.commands << c;
    plan.pbxes << part;
    view.showPlan(plan);
    QVERIFY(d->planText().contains(QStringLiteral("blocked4 { 203.0.113.5 timeout 3600s }")));
    QVERIFY(d->confirmButton()->isEnabled());
    QCOMPARE(runSpy.size(), 0);
    d->confirmButton()->click();
    QCOMPARE(runSpy.size(), 1);
    QCOMPARE(runSpy.first().first().value<BlockPlan>().pbxes.first().pbx, QStringLiteral("office"));

    // A plan with nothing to run cannot be confirmed.
    view.requestBlock({QStringLiteral("192.0.2.50")});
    d = view.planDialog();
    d->setSelectedPbxes({QStringLiteral("office")});
    d->showPlanButton()->click();
    BlockPlan refused;
    refused.request = planSpy.last().first().value<BlockRequest>();
    PbxPlan p2;
    p2.pbx = QStringLiteral("office");
    p2.refusals.append({BlockRefusal::Reason::AdminAddress, QStringLiteral("192.0.2.50"), QStringLiteral("office"),
                        QStringLiteral("192.0.2.50 is where you connect from.")});
    refused.pbxes << p2;
    view.showPlan(refused);
    QVERIFY(!d->confirmButton()->isEnabled());
    QVERIFY(d->planText().contains(QStringLiteral("where you connect from")));
    d->reject();
}

void TestBlocksView::unblockSelected()
{
    BlocksView view;
    view.setPbxes({QStringLiteral("office")});
    view.setRecords({record(7, QStringLiteral("203.0.113.9"), BlockState::Active, BlockState::Failed)});
    QSignalSpy planSpy(&view, &BlocksView::planRequested);
    view.table()->selectRow(0);
    auto *unblock = view.findChild<QPushButton *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(unblock);
    const QList<QPushButton *> buttons = view.findChildren<QPushButton *>(QString(), Qt::FindDirectChildrenOnly);
    QPushButton *u = nullptr;
    for (QPushButton *b : buttons)
        if (b->text().contains(QStringLiteral("Unblock")))
            u = b;
    QVERIFY(u && u->isEnabled());
    u->click();
    BlockPlanDialog *d = view.planDialog();
    QVERIFY(d);
    d->showPlanButton()->click();
    const BlockRequest r = planSpy.first().first().value<BlockRequest>();
    QCOMPARE(r.action, BlockRequest::Action::Unblock);
    QCOMPARE(r.addresses, QStringList{QStringLiteral("203.0.113.9")});
    QCOMPARE(r.pbxes, QStringList{QStringLiteral("office")});   // only PBXes that can be reached
    d->reject();
}

QTEST_MAIN(TestBlocksView)
#include "TestBlocksView.moc"
