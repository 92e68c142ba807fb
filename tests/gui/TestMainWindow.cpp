// The main window offscreen: it opens, every tab shows, the empty states are honest, snapshots
// update the sidebar, status bar, events, alerts and calls, and the keyboard shortcuts work.

#include "AlertFilterProxy.h"
#include "AlertTableModel.h"
#include "AlertsView.h"
#include "CallsView.h"
#include "ConfigDiffView.h"
#include "DashboardView.h"
#include "AuditView.h"
#include "BlocksView.h"
#include "EmptyStateWidget.h"
#include "EventTableModel.h"
#include "EventsView.h"
#include "GuiTestUtil.h"
#include "LiveCallsModel.h"
#include "MainWindow.h"
#include "PbxDialog.h"
#include "PbxHealthTile.h"
#include "PbxSidebar.h"

#include "GeoIpLookup.h"
#include "detect/DetectionSettingsFile.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QDateTime>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <algorithm>

using namespace tg;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    LiveSnapshot snapshot(qint64 now) const
    {
        LiveSnapshot s;
        s.timeMs = now;
        s.pbxes = {guitest::status(QStringLiteral("Demo PBX"), LinkState::Connected, true),
                   guitest::status(QStringLiteral("office"), LinkState::Connected),
                   guitest::status(QStringLiteral("branch"), LinkState::AuthFailed)};
        s.pbxes[0].lastEventMs = now - 2000;
        s.eventsPerSec = 42.0;
        for (int i = 0; i < 7; ++i)
            s.newEvents.append(guitest::event(now + 1 + i, i, EventKind::AuthFailure, QStringLiteral("Demo PBX")));
        s.newEvents.append(guitest::event(now + 50, 3, EventKind::AuthFailure, QStringLiteral("office")));
        s.newEvents.append(guitest::event(now + 60, 4, EventKind::CallEnd, QStringLiteral("office")));
        Alert a = guitest::alert(QStringLiteral("Demo PBX"), QStringLiteral("203.0.113.5"), Severity::Critical, now);
        a.id = 1;
        Alert b = guitest::alert(QStringLiteral("office"), QStringLiteral("198.51.100.9"), Severity::Medium, now);
        b.id = 2;
        s.changedAlerts = {a, b};
        ActiveCall c;
        c.pbx = QStringLiteral("office");
        c.callId = QStringLiteral("1700000000.42");
        c.caller = QStringLiteral("1001");
        c.destination = QStringLiteral("00441234567890");
        c.srcIp = QStringLiteral("192.0.2.10");
        c.startMs = now - 65000;
        c.answerMs = now - 61000;
        s.activeCalls = {c};
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // QSettings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("tollgate-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("tollgate.sqlite"));
        QString error;
        QVERIFY2(guitest::fillStore(m_path, 500, QDateTime::currentMSecsSinceEpoch() - 120000, &error), qPrintable(error));
    }

    void opensWithEveryTab()
    {
        MainWindow w(m_path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.tabs()->count(), int(MainWindow::TabCount));
        const QStringList titles{QStringLiteral("Dashboard"), QStringLiteral("Alerts"), QStringLiteral("Calls"),
                                 QStringLiteral("Events"), QStringLiteral("Audit"), QStringLiteral("Config"),
                                 QStringLiteral("Blocks")};
        for (int i = 0; i < titles.size(); ++i) {
            QCOMPARE(w.tabs()->tabText(i), titles.at(i));
            w.tabs()->setCurrentIndex(i);
            QVERIFY(w.tabs()->currentWidget()->isVisible());
        }
        // Every tab is a real view.
        QCOMPARE(w.tabs()->widget(MainWindow::AuditTab), static_cast<QWidget *>(w.auditView()));
        QCOMPARE(w.tabs()->widget(MainWindow::BlocksTab), static_cast<QWidget *>(w.blocksView()));
        QVERIFY(qobject_cast<ConfigDiffView *>(w.tabs()->widget(MainWindow::ConfigTab)));
        // The stored events are there.
        QTRY_COMPARE_WITH_TIMEOUT(w.eventsView()->model()->rowCount(), 500, 10000);
    }

    void welcomeWithoutPbx()
    {
        MainWindow w(m_path);
        w.show();
        QVERIFY(w.isWelcomeShown());
        QVERIFY(w.statusText().contains(QStringLiteral("No PBX configured")));
        QSignalSpy demo(&w, &MainWindow::demoRequested);
        w.action(QStringLiteral("actionDemo"))->trigger();
        QCOMPARE(demo.count(), 1);

        PbxProfile p;
        p.name = QStringLiteral("office");
        p.host = QStringLiteral("pbx.example.net");
        p.user = QStringLiteral("tollgate");
        w.setPbxProfiles({p});
        QVERIFY(!w.isWelcomeShown());
        QVERIFY(w.statusText().contains(QStringLiteral("0/1 connected")));
    }

    void snapshotUpdatesEverything()
    {
        MainWindow w(m_path);
        w.show();
        QTRY_COMPARE_WITH_TIMEOUT(w.eventsView()->model()->rowCount(), 500, 10000);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        w.applySnapshot(snapshot(now));

        // Sidebar: each PBX with its state; the demo says so.
        QCOMPARE(w.sidebar()->pbxNames().size(), 3);
        QVERIFY(w.sidebar()->entryText(QStringLiteral("Demo PBX")).contains(QStringLiteral("replayed Asterisk traffic · Connected")));
        QVERIFY(w.sidebar()->entryText(QStringLiteral("branch")).contains(QStringLiteral("Login refused")));
        QVERIFY(w.sidebar()->entryToolTip(QStringLiteral("branch")).contains(QStringLiteral("manager.conf")));
        QVERIFY(!w.isWelcomeShown());

        // Status bar.
        const QString status = w.statusText();
        QVERIFY2(status.contains(QStringLiteral("2/3 connected")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("42.0 events/s")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Open alerts: 2")), qPrintable(status));

        // Events: the 9 new ones (newer than the model's anchor) on top, newest first, without a reset.
        EventTableModel *events = w.eventsView()->model();
        QCOMPARE(events->rowCount(), 509);
        QCOMPARE(events->index(0, 0).data(EventTableModel::TimeMsRole).toLongLong(), now + 60);

        // Alerts, calls, dashboard.
        QCOMPARE(w.alertsView()->model()->rowCount(), 2);
        QCOMPARE(w.callsView()->liveModel()->rowCount(), 1);
        QCOMPARE(w.callsView()->liveModel()->index(0, LiveCallsModel::DurationColumn).data().toString(), QStringLiteral("1:01"));
        QCOMPARE(w.callsView()->historyModel()->liveRows(), 1);
        QVERIFY(w.dashboard()->tile(QStringLiteral("Demo PBX")));
        QVERIFY(w.dashboard()->authFailuresInRange() >= 8);

        // An update of an alert keeps one row; a second snapshot with the same PBXes keeps the
        // sidebar selection.
        w.sidebar()->selectPbx(QStringLiteral("office"));
        LiveSnapshot s2 = snapshot(now + 500);
        s2.newEvents.clear();
        s2.changedAlerts[0].count = 99;
        s2.pbxes[2].state = LinkState::Connected;
        w.applySnapshot(s2);
        QCOMPARE(w.alertsView()->model()->alertAt(0).count, 99);
        QCOMPARE(w.sidebar()->selectedPbx(), QStringLiteral("office"));
        QVERIFY(w.statusText().contains(QStringLiteral("3/3 connected")));
    }

    // Settings → GeoIP (detection.json) reaches the console: the top-addresses tooltip names countries.
    void countriesFromTheGeoIpSetting()
    {
        const QString settings = DetectionSettingsFile::pathIn(QFileInfo(m_path).absolutePath());
        QString error;
        QVERIFY2(DetectionSettingsFile::update(settings, [](DetectionSettings &d) {
            d.geoIpDatabase = QStringLiteral(TOLLGATE_TEST_DATA "/geoip/tollgate-test-country.mmdb");
        }, &error), qPrintable(error));
        {
            MainWindow w(m_path);
            QTRY_VERIFY_WITH_TIMEOUT(w.geoIp()->isLoaded(), 10000);
            w.applySnapshot(snapshot(QDateTime::currentMSecsSinceEpoch()));
            w.dashboard()->redrawNow();
            const auto top = w.dashboard()->topSourceIps();
            QVERIFY(!top.isEmpty());
            // Bars are drawn bottom-up: the busiest address is the last index.
            const QString tip = w.dashboard()->topIpToolTip(int(top.size()) - 1);
            QVERIFY2(tip.startsWith(top.first().first) && tip.contains(QStringLiteral("(DE)")), qPrintable(tip));
        }
        QFile::remove(settings);
    }

    void dashboardCostsAndRange()
    {
        MainWindow w(m_path);
        DashboardView *d = w.dashboard();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        LiveSnapshot s = snapshot(now);
        s.currency = QStringLiteral("EUR");
        CostExposure office;
        office.pbx = QStringLiteral("office");
        office.spentToday = 120.5;
        office.burnPerHour = 60.0;
        office.dailyBaseline = 20.0;
        office.baselineDays = 9;
        office.byCountry = {{QStringLiteral("CU"), 3, 100.0}, {QStringLiteral("GB"), 12, 20.5}};
        CostExposure demo;
        demo.pbx = QStringLiteral("Demo PBX");
        demo.spentToday = 4.0;
        demo.byCountry = {{QStringLiteral("GB"), 2, 4.0}};
        s.costs = {office, demo};
        w.applySnapshot(s);

        const QVector<CountryCost> all = d->countryCosts();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].country, QStringLiteral("CU"));
        QCOMPARE(all[1].calls, 14);                       // GB over both PBXes
        QCOMPARE(all[1].cost, 24.5);
        QString summary = d->costSummary();
        QVERIFY2(summary.contains(QStringLiteral("124.50")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("#b3261e")), qPrintable(summary)); // above the learned day

        d->setSelectedPbx(QStringLiteral("Demo PBX"));
        QCOMPARE(d->countryCosts().size(), 1);
        summary = d->costSummary();
        QVERIFY2(summary.contains(QStringLiteral("still learning")), qPrintable(summary));
        QVERIFY(!summary.contains(QStringLiteral("#b3261e")));

        QCOMPARE(d->range(), DashboardView::Range::Hour);
        d->setRange(DashboardView::Range::Day);
        QCOMPARE(d->range(), DashboardView::Range::Day);
        QVERIFY(!d->seeded());                              // the day is re-read from the store
        QTRY_VERIFY(d->seeded());
    }

    // A storm's first burst lifts the count axes from 0..5 to 0..5000. QtCharts lays an axis out at
    // every setter, one label per tick, so no step on the way may ask for more than a handful of
    // ticks (the range first, at the old interval of 1, built 5,000 labels: a 0.3 s freeze).
    void dashboardAxesNeverAskForThousandsOfTicks()
    {
        MainWindow w(m_path);
        DashboardView *d = w.dashboard();
        d->redrawNow();
        double mostTicks = 0;
        QList<QValueAxis *> axes;
        for (QChartView *view : d->findChildren<QChartView *>()) {
            for (QAbstractAxis *axis : view->chart()->axes()) {
                auto *y = qobject_cast<QValueAxis *>(axis);
                if (!y)
                    continue;
                axes << y;
                auto count = [y, &mostTicks] {
                    if (y->tickType() == QValueAxis::TicksDynamic && y->tickInterval() > 0)
                        mostTicks = std::max(mostTicks, (y->max() - y->min()) / y->tickInterval() + 1);
                };
                connect(y, &QValueAxis::rangeChanged, this, count);
                connect(y, &QValueAxis::tickIntervalChanged, this, count);
                connect(y, &QValueAxis::tickTypeChanged, this, count);
            }
        }
        QVERIFY(axes.size() >= 4);

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        LiveSnapshot burst;
        burst.timeMs = now;
        for (int i = 0; i < 3000; ++i)
            burst.newEvents.append(guitest::event(now, 0));   // one source, this minute
        w.applySnapshot(burst);
        d->setOpenAlertCounts({{Severity::Critical, 3000}});
        d->redrawNow();
        QVERIFY2(mostTicks <= 6, qPrintable(QString::number(mostTicks)));
        int grown = 0;
        for (QValueAxis *y : std::as_const(axes)) {
            if (y->max() == 5000) {
                QCOMPARE(y->tickInterval(), 1000.0);   // labels on the grid lines
                ++grown;
            }
        }
        QVERIFY(grown >= 3);   // failures per minute, top source, open alerts

        d->setOpenAlertCounts({{Severity::Critical, 2}});   // and back down
        d->redrawNow();
        QVERIFY2(mostTicks <= 6, qPrintable(QString::number(mostTicks)));
    }

    void pbxFilterFromSidebarAndTiles()
    {
        MainWindow w(m_path);
        w.show();
        QTRY_COMPARE_WITH_TIMEOUT(w.eventsView()->model()->rowCount(), 500, 10000);
        w.applySnapshot(snapshot(QDateTime::currentMSecsSinceEpoch()));
        w.sidebar()->selectPbx(QStringLiteral("branch"));
        QCOMPARE(w.selectedPbx(), QStringLiteral("branch"));
        QCOMPARE(w.eventsView()->currentFilter().pbx, QStringLiteral("branch"));
        QTRY_COMPARE_WITH_TIMEOUT(w.eventsView()->model()->rowCount(), 125, 10000);   // every 4th stored event
        QCOMPARE(w.alertsView()->proxy()->rowCount(), 0);
        QCOMPARE(w.callsView()->liveModel()->rowCount(), 0);

        // Clicking the Demo PBX tile filters to it; clicking again shows all.
        PbxHealthTile *tile = w.dashboard()->tile(QStringLiteral("Demo PBX"));
        QVERIFY(tile);
        Q_EMIT tile->clicked(QStringLiteral("Demo PBX"));
        QCOMPARE(w.selectedPbx(), QStringLiteral("Demo PBX"));
        QCOMPARE(w.alertsView()->proxy()->rowCount(), 1);
        Q_EMIT tile->clicked(QStringLiteral("Demo PBX"));
        QCOMPARE(w.selectedPbx(), QString());
        QCOMPARE(w.alertsView()->proxy()->rowCount(), 2);
    }

    void keyboardShortcuts()
    {
        MainWindow w(m_path);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w) || QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        for (int i = 0; i < MainWindow::TabCount; ++i) {
            QTest::keyClick(&w, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(w.tabs()->currentIndex(), i);
        }
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(w.tabs()->currentIndex(), int(MainWindow::EventsTab));
        QVERIFY(w.action(QStringLiteral("actionRefresh"))->shortcut() == QKeySequence(Qt::Key_F5));
        QVERIFY(w.action(QStringLiteral("actionQuit"))->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q));
        QTest::keyClick(&w, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!w.isVisible());
    }

    void geometryRemembered()
    {
        {
            MainWindow w(m_path);
            w.show();
            w.resize(1111, 777);
            w.tabs()->setCurrentIndex(MainWindow::CallsTab);
            QTRY_COMPARE(w.size(), QSize(1111, 777));
            w.close();
        }
        MainWindow w(m_path);
        w.show();
        QCOMPARE(w.size(), QSize(1111, 777));
        QCOMPARE(w.tabs()->currentIndex(), int(MainWindow::CallsTab));
    }

    void hangupAndPbxSignals()
    {
        MainWindow w(m_path);
        w.show();
        w.applySnapshot(snapshot(QDateTime::currentMSecsSinceEpoch()));
        QSignalSpy hangup(&w, &MainWindow::hangupRequested);
        w.callsView()->liveTable()->selectRow(0);
        w.callsView()->hangupSelected(false);
        QCOMPARE(hangup.count(), 1);
        QCOMPARE(hangup.at(0).at(0).toString(), QStringLiteral("office"));
        QCOMPARE(hangup.at(0).at(1).toString(), QStringLiteral("1700000000.42"));

        // Add PBX: the dialog hands profile and secret to the application.
        QSignalSpy save(&w, &MainWindow::pbxSaveRequested);
        QSignalSpy test(&w, &MainWindow::testConnectionRequested);
        w.openAddPbxDialog();
        PbxDialog *dlg = w.pbxDialog();
        QVERIFY(dlg);
        dlg->nameEdit()->setText(QStringLiteral("lab"));
        dlg->hostEdit()->setText(QStringLiteral("192.0.2.1"));
        dlg->userEdit()->setText(QStringLiteral("tollgate"));
        dlg->secretEdit()->setText(QStringLiteral("s3cret"));
        QTest::mouseClick(dlg->testButton(), Qt::LeftButton);
        QCOMPARE(test.count(), 1);
        w.showTestConnectionResult(QStringLiteral("lab"), {QStringLiteral("AMI: login accepted"), QStringLiteral("SSH: not configured")});
        dlg->accept();
        QCOMPARE(save.count(), 1);
        const PbxProfile p = save.at(0).at(0).value<PbxProfile>();
        QCOMPARE(p.name, QStringLiteral("lab"));
        QCOMPARE(p.port, quint16(5038));
        QCOMPARE(save.at(0).at(1).toString(), QStringLiteral("s3cret"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
