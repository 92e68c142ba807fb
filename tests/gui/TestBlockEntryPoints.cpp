// Every way to block opens the same preview dialog, filled in: a row of the events table (context
// menu), a bar of the dashboard's top attacking IPs chart (click), the alert pane (one alert or the
// selected alerts' addresses together), with "All PBXes" for blocking everywhere at once. Blocks
// made from an alert, automatic ones included, are listed on that alert.
#include "AlertTableModel.h"
#include "AlertsView.h"
#include "BlockPlanDialog.h"
#include "BlocksView.h"
#include "DashboardView.h"
#include "EventTableModel.h"
#include "EventsView.h"
#include "GuiTestUtil.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QCheckBox>
#include <QDateTime>
#include <QHorizontalBarSeries>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

using namespace tg;

namespace {

// Opens a context menu through `open` and triggers its action whose text starts with `prefix`;
// false when the menu had no such action.
bool triggerMenuAction(const std::function<void()> &open, const QString &prefix, QStringList *texts = nullptr)
{
    bool found = false;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions()) {
            if (texts && !a->text().isEmpty())
                *texts << a->text();
            if (!found && a->text().startsWith(prefix)) {
                found = true;
                a->trigger();
            }
        }
        menu->close();
    });
    open();
    return found;
}

PbxProfile sshPbx(const QString &name)
{
    PbxProfile p;
    p.name = name;
    p.host = QStringLiteral("192.0.2.1");
    p.sshUser = QStringLiteral("tollgate");
    return p;
}

} // namespace

class TestBlockEntryPoints : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    QStringList dialogAddresses() const
    {
        BlockPlanDialog *d = m_window->blocksView()->planDialog();
        return d ? d->request().addresses : QStringList();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("tollgate-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestBlockEntryPoints"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("tollgate.sqlite"));
        QString error;
        QVERIFY2(guitest::fillStore(m_path, 20, QDateTime::currentMSecsSinceEpoch() - 60000, &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_path);
        // Two PBXes with SSH (blockable) and the Demo PBX (not).
        PbxProfile demo;
        demo.name = QStringLiteral("Demo PBX");
        demo.demo = true;
        m_window->setPbxProfiles({sshPbx(QStringLiteral("office")), sshPbx(QStringLiteral("branch")), demo});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void cleanup()
    {
        if (BlockPlanDialog *d = m_window->blocksView()->planDialog())
            d->reject();
        QTRY_VERIFY(!m_window->blocksView()->planDialog());
    }

    void eventsTableContextMenu()
    {
        EventsView *events = m_window->eventsView();
        m_window->tabs()->setCurrentIndex(MainWindow::EventsTab);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Event e = guitest::event(now, 7, EventKind::AuthFailure, QStringLiteral("office"));
        e.srcIp = QStringLiteral("198.51.100.23");
        events->model()->addLiveEvents({e});
        QTRY_VERIFY(events->model()->rowCount() > 0);
        int row = -1;
        for (int r = 0; r < events->model()->rowCount() && row < 0; ++r) {
            Event got;
            if (events->model()->eventAt(r, &got) && got.srcIp == e.srcIp)
                row = r;
        }
        QVERIFY(row >= 0);
        const QRect rect = events->table()->visualRect(events->table()->model()->index(row, 0));
        QVERIFY(rect.isValid());
        QStringList texts;
        QVERIFY(triggerMenuAction([&] { Q_EMIT events->table()->customContextMenuRequested(rect.center()); },
                                  QStringLiteral("Block source IP 198.51.100.23"), &texts));
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::BlocksTab));
        QTRY_VERIFY(m_window->blocksView()->planDialog());
        QCOMPARE(dialogAddresses(), QStringList{QStringLiteral("198.51.100.23")});
        // The event's PBX is preselected; nothing ran, the plan comes first.
        QCOMPARE(m_window->blocksView()->planDialog()->request().pbxes, QStringList{QStringLiteral("office")});
        QVERIFY(m_window->blocksView()->planDialog()->showPlanButton()->isEnabled());
    }

    void dashboardTopIpBar()
    {
        DashboardView *dash = m_window->dashboard();
        m_window->tabs()->setCurrentIndex(MainWindow::DashboardTab);
        LiveSnapshot s;
        s.timeMs = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 6; ++i) {
            Event e = guitest::event(s.timeMs - 1000 + i, i, EventKind::AuthFailure, QStringLiteral("Demo PBX"));
            e.srcIp = i < 4 ? QStringLiteral("203.0.113.99") : QStringLiteral("203.0.113.7");
            s.newEvents << e;
        }
        dash->applySnapshot(s);
        dash->redrawNow();
        const auto top = dash->topSourceIps();
        QVERIFY(top.size() >= 2);
        QCOMPARE(top.first().first, QStringLiteral("203.0.113.99"));
        // The largest bar is drawn on top, which is the last bar of the set.
        QHorizontalBarSeries *series = dash->topIpSeries();
        QBarSet *set = series->barSets().first();
        Q_EMIT series->clicked(set->count() - 1, set);
        QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::BlocksTab));
        QTRY_VERIFY(m_window->blocksView()->planDialog());
        QCOMPARE(dialogAddresses(), QStringList{QStringLiteral("203.0.113.99")});
        // All PBXes shown: none preselected from a Demo PBX chart; "All PBXes" checks them all.
        BlockPlanDialog *d = m_window->blocksView()->planDialog();
        QVERIFY(d->request().pbxes.isEmpty());
        QVERIFY(!d->showPlanButton()->isEnabled());
        d->allPbxesBox()->click();
        QCOMPARE(d->request().pbxes, (QStringList{QStringLiteral("office"), QStringLiteral("branch")}));
        QVERIFY(d->showPlanButton()->isEnabled());
        cleanup();
        Q_EMIT series->clicked(set->count() - 2, set);
        QTRY_VERIFY(m_window->blocksView()->planDialog());
        QCOMPARE(dialogAddresses(), QStringList{top.at(1).first});
    }

    void alertPaneBulkOnAllPbxes()
    {
        AlertsView *alerts = m_window->alertsView();
        m_window->tabs()->setCurrentIndex(MainWindow::AlertsTab);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Alert a = guitest::alert(QStringLiteral("office"), QStringLiteral("203.0.113.5"), Severity::High, now);
        a.id = 501;
        Alert b = guitest::alert(QStringLiteral("branch"), QStringLiteral("2001:db8::66"), Severity::High, now);
        b.id = 502;
        alerts->model()->merge({a, b}, false);
        QTRY_COMPARE(alerts->table()->model()->rowCount(), 2);
        alerts->table()->selectAll();
        const QRect rect = alerts->table()->visualRect(alerts->table()->model()->index(0, 0));
        QSignalSpy planned(m_window->blocksView(), &BlocksView::planRequested);
        QVERIFY(triggerMenuAction([&] { Q_EMIT alerts->table()->customContextMenuRequested(rect.center()); },
                                  QStringLiteral("Block the source IPs of the selected alerts")));
        QTRY_VERIFY(m_window->blocksView()->planDialog());
        BlockPlanDialog *d = m_window->blocksView()->planDialog();
        QStringList addrs = d->request().addresses;
        addrs.sort();
        QCOMPARE(addrs, (QStringList{QStringLiteral("2001:db8::66"), QStringLiteral("203.0.113.5")}));
        // Alerts of two PBXes: none preselected; block on all of them at once.
        d->allPbxesBox()->click();
        d->showPlanButton()->click();
        QCOMPARE(planned.size(), 1);
        const BlockRequest r = planned.first().at(0).value<BlockRequest>();
        QCOMPARE(r.pbxes, (QStringList{QStringLiteral("office"), QStringLiteral("branch")}));
        QCOMPARE(r.addresses.size(), 2);
        QVERIFY(r.alertId == 501 || r.alertId == 502);
    }

    void alertShowsItsBlocks()
    {
        AlertsView *alerts = m_window->alertsView();
        m_window->tabs()->setCurrentIndex(MainWindow::AlertsTab);
        alerts->table()->clearSelection();
        for (int r = 0; r < alerts->table()->model()->rowCount(); ++r)
            if (alerts->table()->model()->index(r, 0).data(AlertTableModel::AlertIdRole).toLongLong() == 501)
                alerts->table()->setCurrentIndex(alerts->table()->model()->index(r, 0));
        QVERIFY(!alerts->detail()->toPlainText().contains(QStringLiteral("Blocks")));
        BlockRecord done;
        done.id = 1;
        done.address = QStringLiteral("203.0.113.5");
        done.who = QStringLiteral("automatic");
        done.alertId = 501;
        done.targets.append({QStringLiteral("office"), BlockBackend::Nftables, BlockState::Active, QString(), 0});
        BlockRecord limited = done;
        limited.id = 2;
        limited.targets = {{QStringLiteral("branch"), BlockBackend::Auto, BlockState::Refused,
                            QStringLiteral("the limit of 10 automatic blocks per hour was reached"), 0}};
        BlockRecord other = done;
        other.id = 3;
        other.alertId = 502;
        alerts->setBlockRecords({done, limited, other});
        const QString text = alerts->detail()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("203.0.113.5 on office: blocked, by Tollgate (automatic)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("on branch: refused, by Tollgate (automatic)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("automatic blocks per hour was reached")));
    }
};

QTEST_MAIN(TestBlockEntryPoints)
#include "TestBlockEntryPoints.moc"
