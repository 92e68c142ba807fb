// The tray icon's state, the notification rules (level, once per alert, aggregation under an
// attack) and the Notifications settings page, offscreen, where there is no system tray: the
// window must then close for real and the tray options say why they are off.
#include "AlertNotifier.h"
#include "Clock.h"
#include "MainWindow.h"
#include "TrayIcon.h"
#include "TrayStatus.h"
#include "settings/NotificationsSettingsPage.h"
#include "store/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;

namespace {

PbxStatus pbx(const QString &name, LinkState state, const QString &reason = {})
{
    PbxStatus p;
    p.name = name;
    p.state = state;
    p.reason = reason;
    return p;
}

Alert alert(qint64 id, Severity s, const QString &title = {})
{
    Alert a;
    a.id = id;
    a.pbx = QStringLiteral("office");
    a.rule = QStringLiteral("brute_force_ip");
    a.severity = s;
    a.title = title.isEmpty() ? QStringLiteral("Alert %1").arg(id) : title;
    return a;
}

} // namespace

class TestTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // QSettings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("tollgate-test"));
    }
    void init() { QSettings().clear(); }

    void statusFromSnapshot()
    {
        TrayStatus none = TrayStatus::from({}, 0);
        QCOMPARE(none.level(), TrayStatus::Level::NoPbx);
        QVERIFY(none.tooltip().contains(QStringLiteral("No PBX")));

        const TrayStatus calm = TrayStatus::from({pbx(QStringLiteral("office"), LinkState::Connected),
                                                  pbx(QStringLiteral("branch"), LinkState::Connected),
                                                  pbx(QStringLiteral("old"), LinkState::Disabled)},
                                                 0);
        QCOMPARE(calm.level(), TrayStatus::Level::Calm);
        QVERIFY2(calm.tooltip().contains(QStringLiteral("2 of 2")), qPrintable(calm.tooltip()));

        const TrayStatus down = TrayStatus::from(
            {pbx(QStringLiteral("office"), LinkState::Connected),
             pbx(QStringLiteral("branch"), LinkState::AuthFailed, QStringLiteral("AMI refused the secret"))},
            0);
        QCOMPARE(down.level(), TrayStatus::Level::PbxDown);
        QCOMPARE(down.downPbxes(), QStringList{QStringLiteral("branch")});
        QVERIFY(down.tooltip().contains(QStringLiteral("branch: AMI refused the secret")));

        // A PBX still connecting for the first time is not down.
        QCOMPARE(TrayStatus::from({pbx(QStringLiteral("office"), LinkState::Connecting)}, 0).level(),
                 TrayStatus::Level::Calm);

        // Open critical alerts win over a PBX down; the tooltip says both.
        const TrayStatus critical = TrayStatus::from(
            {pbx(QStringLiteral("branch"), LinkState::Reconnecting, QStringLiteral("connection refused"))}, 3);
        QCOMPARE(critical.level(), TrayStatus::Level::Critical);
        QVERIFY(critical.tooltip().contains(QStringLiteral("Open critical alerts: 3")));
        QVERIFY(critical.tooltip().contains(QStringLiteral("branch: connection refused")));
        QVERIFY(!critical.icon().isNull());
        QVERIFY(critical.icon().pixmap(32).toImage() != calm.icon().pixmap(32).toImage());
    }

    void notifiesEachCriticalAlertOnce()
    {
        ManualClock clock(1000000);
        AlertNotifier n;
        n.setClock(&clock);
        QSignalSpy spy(&n, &AlertNotifier::notify);
        n.addAlerts({alert(1, Severity::High), alert(2, Severity::Medium)});
        QCOMPARE(spy.count(), 0);   // default level: critical only
        n.addAlerts({alert(3, Severity::Critical, QStringLiteral("Successful login after failures: 1001"))});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().at(1).toString(), QStringLiteral("Successful login after failures: 1001"));
        QVERIFY(spy.last().at(0).toString().contains(QStringLiteral("office")));
        QCOMPARE(spy.last().at(2).value<Severity>(), Severity::Critical);

        // Updates of the same alert (count, last seen) are not news.
        clock.advanceMs(60000);
        n.addAlerts({alert(3, Severity::Critical)});
        QCOMPARE(spy.count(), 1);
        // An acknowledged alert is somebody's already.
        Alert acked = alert(4, Severity::Critical);
        acked.status = AlertStatus::Acknowledged;
        n.addAlerts({acked});
        QCOMPARE(spy.count(), 1);

        // High and above; an alert that became critical after a high start is announced once.
        n.setLevel(AlertNotifier::Level::HighAndAbove);
        n.addAlerts({alert(5, Severity::High)});
        QCOMPARE(spy.count(), 2);
        clock.advanceMs(60000);
        n.addAlerts({alert(5, Severity::Critical)});
        QCOMPARE(spy.count(), 2);

        n.setLevel(AlertNotifier::Level::None);
        clock.advanceMs(60000);
        n.addAlerts({alert(6, Severity::Critical)});
        n.flush();
        QCOMPARE(spy.count(), 2);
    }

    void attackIsSummarised()
    {
        ManualClock clock(1000000);
        AlertNotifier n;
        n.setClock(&clock);
        n.setMinIntervalMs(30000);
        QSignalSpy spy(&n, &AlertNotifier::notify);
        // 400 critical alerts over 60 s of attack, in snapshots four times a second.
        qint64 id = 0;
        for (int tick = 0; tick < 240; ++tick) {
            AlertList batch;
            for (int i = 0; i < 2 && id < 400; ++i)
                batch.append(alert(++id, Severity::Critical));
            n.addAlerts(batch);
            clock.advanceMs(250);
            n.flush();   // what the timer does when it fires
        }
        clock.advanceMs(30000);
        n.flush();
        QVERIFY2(spy.count() <= 4, qPrintable(QString::number(spy.count())));   // one now, then one per 30 s
        QCOMPARE(n.pendingCount(), 0);
        // Every alert was announced, most of them in summaries that say how many.
        int announced = 0;
        for (const QList<QVariant> &call : spy) {
            const QString title = call.at(0).toString();
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^(\\d+) new alerts")).match(title);
            announced += m.hasMatch() ? m.captured(1).toInt() : 1;
        }
        QCOMPARE(announced, 400);
        QVERIFY(spy.last().at(1).toString().contains(QStringLiteral("more")));
    }

    void settingsPageSavesAndReads()
    {
        QCOMPARE(NotificationsSettingsPage::level(), AlertNotifier::Level::Critical);
        QVERIFY(NotificationsSettingsPage::closeToTray());
        {
            NotificationsSettingsPage page(true);
            QVERIFY(page.closeToTrayBox()->isEnabled());
            page.levelCombo()->setCurrentIndex(page.levelCombo()->findData(int(AlertNotifier::Level::HighAndAbove)));
            page.closeToTrayBox()->setChecked(false);
            QString why;
            QVERIFY2(page.save(&why), qPrintable(why));
        }
        QCOMPARE(NotificationsSettingsPage::level(), AlertNotifier::Level::HighAndAbove);
        QVERIFY(!NotificationsSettingsPage::closeToTray());
        NotificationsSettingsPage again(true);
        QCOMPARE(again.levelCombo()->currentData().toInt(), int(AlertNotifier::Level::HighAndAbove));
        QVERIFY(!again.closeToTrayBox()->isChecked());

        // No system tray: the option cannot be switched on.
        NotificationsSettingsPage noTray(false);
        QVERIFY(!noTray.closeToTrayBox()->isEnabled());
    }

    // Offscreen has no system tray: the window closes for real, and the notifier still follows
    // the setting the dialog saved.
    void mainWindowWithoutTray()
    {
        QTemporaryDir dir;
        const QString path = Database::dbPath(dir.path());
        QVERIFY(Database::open(path, QStringLiteral("tray-test")).ok);
        Database::close(QStringLiteral("tray-test"));
        QSettings().setValue(NotificationsSettingsPage::closeToTrayKey(), true);
        QSettings().setValue(NotificationsSettingsPage::levelKey(), QStringLiteral("none"));

        MainWindow w(path);
        QVERIFY(!TrayIcon::systemTrayAvailable());
        QVERIFY(!w.trayIcon()->isAvailable());
        QCOMPARE(w.notifier()->level(), AlertNotifier::Level::None);
        QVERIFY(w.trayIcon()->menu()->actions().contains(w.trayIcon()->showAction()));
        QVERIFY(w.trayIcon()->menu()->actions().contains(w.trayIcon()->quitAction()));

        // A snapshot with a PBX down and a new critical alert: the state follows, no crash without a tray.
        LiveSnapshot s;
        s.pbxes = {pbx(QStringLiteral("office"), LinkState::Error, QStringLiteral("host unreachable"))};
        w.applySnapshot(s);
        QCOMPARE(w.trayIcon()->status().level(), TrayStatus::Level::PbxDown);
        s.changedAlerts = {alert(7, Severity::Critical)};
        w.applySnapshot(s);
        QCOMPARE(w.trayIcon()->status().level(), TrayStatus::Level::Critical);
        w.trayIcon()->showNotification(QStringLiteral("t"), QStringLiteral("x"), Severity::Critical);

        QSettings().setValue(NotificationsSettingsPage::levelKey(), QStringLiteral("high"));
        Q_EMIT w.settingsChanged();
        QCOMPARE(w.notifier()->level(), AlertNotifier::Level::HighAndAbove);

        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.close());
        QVERIFY(!w.isVisible());
    }
};

QTEST_MAIN(TestTray)
#include "TestTray.moc"
