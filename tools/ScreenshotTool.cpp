// Renders the console with the Demo PBX into PNGs for the README (docs/screenshots/):
//   tollgate-screenshots OUT_DIR [SECONDS]
// Runs the real application wiring; waits while the demo streams, then grabs each main tab.
#include "AlertsView.h"
#include "AuditView.h"
#include "BlocksView.h"
#include "CallsView.h"
#include "HostKeyDialog.h"
#include "IncidentPeriodDialog.h"
#include "MainWindow.h"
#include "PbxDialog.h"
#include "SettingsDialog.h"
#include "Translations.h"
#include "engine/Engine.h"
#include "forward/ForwardSettings.h"
#include "gui/AppController.h"
#include "settings/ForwardingSettingsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <QEventLoop>
#include <QTimer>

using namespace tg;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);   // never touch the user's own settings
    Translations::install(qEnvironmentVariable("TOLLGATE_LANGUAGE"));   // e.g. "de" to check layouts
    const QString outDir = app.arguments().value(1, QStringLiteral("."));
    const int seconds = app.arguments().value(2, QStringLiteral("75")).toInt();
    QDir().mkpath(outDir);

    QTemporaryDir data;
    AppController::Options o;
    o.dataDir = data.path();
    o.demo = true;
    AppController controller(o);
    QString error;
    if (!controller.start(&error)) {
        qCritical("%s", qPrintable(error));
        return 1;
    }
    MainWindow *w = controller.window();
    w->resize(1440, 900);
    w->show();

    const auto grab = [w, outDir](MainWindow::Tab tab, const QString &name) {
        w->tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        w->grab().save(QDir(outDir).filePath(name));
    };
    // Calls are live only for seconds at a time: grab the Calls tab as soon as one is up.
    QTimer calls;
    QObject::connect(&calls, &QTimer::timeout, [&] {
        if (w->callsView()->liveTable()->model()->rowCount() > 0) {
            grab(MainWindow::CallsTab, QStringLiteral("calls.png"));
            w->tabs()->setCurrentIndex(MainWindow::DashboardTab);
            calls.stop();
        }
    });
    calls.start(200);
    // The action tabs: an audit of the Demo PBX (over AMI: it has no SSH) and a Blocks check.
    QTimer::singleShot(qMax(0, seconds - 5) * 1000, &app, [&] {
        w->showPbx(Engine::demoPbxName());
        w->tabs()->setCurrentIndex(MainWindow::AuditTab);
        w->auditView()->runButton()->click();
        Q_EMIT w->blocksView()->refreshRequested(false);
    });
    QTimer::singleShot(seconds * 1000, &app, [&] {
        grab(MainWindow::AuditTab, QStringLiteral("audit.png"));
        grab(MainWindow::ConfigTab, QStringLiteral("config.png"));
        grab(MainWindow::BlocksTab, QStringLiteral("blocks.png"));
        grab(MainWindow::DashboardTab, QStringLiteral("dashboard.png"));
        // The events table reads its pages from the store off the GUI thread: let the first ones arrive.
        w->tabs()->setCurrentIndex(MainWindow::EventsTab);
        QEventLoop settle;
        QTimer::singleShot(1500, &settle, &QEventLoop::quit);
        settle.exec();
        grab(MainWindow::EventsTab, QStringLiteral("events.png"));
        w->tabs()->setCurrentIndex(MainWindow::AlertsTab);
        w->alertsView()->table()->selectRow(0);
        grab(MainWindow::AlertsTab, QStringLiteral("alerts.png"));
        // Alerts → "Incident report for a period…": the last 24 hours of the Demo PBX.
        IncidentPeriodDialog period({Engine::demoPbxName()}, Engine::demoPbxName(), QDateTime::currentDateTime(), w);
        period.show();
        QApplication::processEvents();
        period.grab().save(QDir(outDir).filePath(QStringLiteral("incident-period.png")));
        period.hide();
        // Settings tabs: the detector thresholds, the per-PBX rules and SIEM forwarding (two
        // example destinations, with the states the forwarder would report).
        ForwardDestination soc;
        soc.name = QStringLiteral("SOC rsyslog");
        soc.host = QStringLiteral("siem.example.com");
        soc.transport = ForwardTransport::Relp;
        soc.port = defaultForwardPort(soc.transport);
        soc.minSeverity = Severity::Medium;
        soc.includeEvents = true;
        ForwardDestination legacy;
        legacy.name = QStringLiteral("Legacy collector");
        legacy.host = QStringLiteral("192.0.2.40");
        legacy.transport = ForwardTransport::Udp;
        legacy.port = defaultForwardPort(legacy.transport);
        legacy.format = ForwardFormat::Cef;
        ForwardSettings::save({soc, legacy});
        SettingsDialog settings(data.path(), {Engine::demoPbxName()}, w);
        if (auto *forwarding = settings.page<ForwardingSettingsPage>()) {
            ForwardStatus up{soc.name, ForwardStatus::Connected, QString(), 0, 1284, 0};
            ForwardStatus down{legacy.name, ForwardStatus::Retrying, QString(), 37, 12, 0};
            forwarding->setStatuses({up, down});
            forwarding->table()->topLevelItem(0)->setSelected(true);
        }
        settings.show();
        auto *tabs = settings.findChild<QTabWidget *>();
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            const QString name = tabs->widget(i)->metaObject()->className();
            QString file;
            if (name.endsWith(QLatin1String("DetectionSettingsPage")))
                file = QStringLiteral("settings-detection.png");
            else if (name.endsWith(QLatin1String("PbxRulesSettingsPage")))
                file = QStringLiteral("settings-pbx-rules.png");
            else if (name.endsWith(QLatin1String("ForwardingSettingsPage")))
                file = QStringLiteral("settings-forwarding.png");
            else
                continue;
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            settings.grab().save(QDir(outDir).filePath(file));
        }
        // The refused changed SSH host key, with the deliberate replacement opened.
        HostKeyQuestion question{1, QStringLiteral("Branch office"), QStringLiteral("pbx.branch.example"), 22,
                                 QStringLiteral("ssh-ed25519"),
                                 QStringLiteral("SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8"),
                                 QStringLiteral("SHA256:8Lw2KvRgRLyzXXmJ0nq7xN4c1jTQZ3p6sVwd0f9hYbA")};
        HostKeyDialog hostKey(question, w);
        hostKey.show();
        hostKey.replaceCheck()->setChecked(true);
        hostKey.confirmEdit()->setText(question.fingerprint.mid(7, HostKeyQuestion::kConfirmChars));
        QApplication::processEvents();
        hostKey.grab().save(QDir(outDir).filePath(QStringLiteral("ssh-hostkey-changed.png")));
        // The PBX dialog of an SSH-managed PBX blocking through fail2ban.
        PbxProfile branch;
        branch.name = QStringLiteral("Branch office");
        branch.host = QStringLiteral("pbx.branch.example");
        branch.user = QStringLiteral("tollgate");
        branch.sshUser = QStringLiteral("tollgate");
        branch.viaSsh = true;
        PbxDialog pbxDialog(branch, false, {}, w);
        BlockSettings blocking = BlockSettings::defaultsFor(branch);
        blocking.backend = BlockBackend::Fail2ban;
        pbxDialog.setBlockSettings(blocking);
        pbxDialog.show();
        QApplication::processEvents();
        pbxDialog.grab().save(QDir(outDir).filePath(QStringLiteral("pbx-dialog.png")));
        app.quit();
    });
    return app.exec();
}
