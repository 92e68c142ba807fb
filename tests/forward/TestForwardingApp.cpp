// Forwarding in the running application, offscreen: the Demo PBX's alerts and security events go
// to a RELP receiver configured in the settings, an analyst's acknowledgement follows as
// ALERT_STATUS, the settings page's "Send test message" and states work through the forwarder's
// thread, and removing the destination deletes its queue file.
#include "AlertTableModel.h"
#include "AlertsView.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "SyslogTestReceiver.h"
#include "forward/ForwardSettings.h"
#include "gui/AppController.h"
#include "settings/ForwardingSettingsPage.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace tg;

namespace {
constexpr int kWaitMs = 60000;

int countWith(const QVector<QByteArray> &messages, const QByteArray &needle)
{
    int n = 0;
    for (const QByteArray &m : messages)
        n += m.contains(needle) ? 1 : 0;
    return n;
}
} // namespace

class TestForwardingApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TollgateTest"));   // QSettings need one
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void demoAlertsReachTheReceiver()
    {
        test::Receiver rx(test::Receiver::Relp);
        QVERIFY(rx.listen());
        ForwardDestination d;
        d.name = QStringLiteral("SOC");
        d.host = QStringLiteral("127.0.0.1");
        d.port = rx.port();
        d.transport = ForwardTransport::Relp;
        d.format = ForwardFormat::Json;
        d.minSeverity = Severity::Info;
        d.includeEvents = true;
        ForwardSettings::save({d});

        QTemporaryDir dir;
        AppController::Options o;
        o.dataDir = dir.path();
        o.demo = true;
        AppController app(o);
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        MainWindow *w = app.window();
        w->show();

        QTRY_VERIFY_WITH_TIMEOUT(countWith(rx.messages, " ALERT_OPEN ") > 0, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(countWith(rx.messages, " SECURITY_EVENT ") > 0, kWaitMs);
        QVERIFY(countWith(rx.messages, "\"type\":\"alert\"") > 0);
        QVERIFY(!QDir(dir.path()).entryList({QStringLiteral("forward-soc-*.sqlite")}).isEmpty());

        // The analyst acknowledges an alert: its new status goes out too.
        AlertsView *alerts = w->alertsView();
        QTRY_VERIFY_WITH_TIMEOUT(alerts->table()->model()->rowCount() > 0, kWaitMs);
        alerts->table()->selectRow(0);
        alerts->triage(AlertStatus::Acknowledged);
        QTRY_VERIFY_WITH_TIMEOUT(countWith(rx.messages, " ALERT_STATUS ") > 0, kWaitMs);
        QVERIFY(countWith(rx.messages, "status=\"" + alertStatusName(AlertStatus::Acknowledged).toUtf8() + "\"") > 0);

        // The settings page: the destination's state, and a test message through the forwarder.
        w->openSettings();
        auto *dlg = w->findChild<SettingsDialog *>();
        QVERIFY(dlg);
        auto *page = dlg->page<ForwardingSettingsPage>();
        QVERIFY(page);
        QCOMPARE(page->table()->topLevelItemCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(page->table()->topLevelItem(0)->text(4).contains(QStringLiteral("Connected")), kWaitMs);
        page->table()->topLevelItem(0)->setSelected(true);
        page->sendTest();
        QTRY_VERIFY_WITH_TIMEOUT(page->resultText().contains(QStringLiteral("Test passed")), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(countWith(rx.messages, " TEST ") == 1, kWaitMs);

        // Removing the destination stops forwarding to it and deletes its queue.
        page->removeDestination(0);
        dlg->accept();
        QCOMPARE(dlg->result(), int(QDialog::Accepted));
        QVERIFY(ForwardSettings::load().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(QDir(dir.path()).entryList({QStringLiteral("forward-soc-*")}).isEmpty(), kWaitMs);
    }
};

QTEST_MAIN(TestForwardingApp)
#include "TestForwardingApp.moc"
