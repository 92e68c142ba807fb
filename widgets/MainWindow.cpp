#include "MainWindow.h"

#include "AlertTableModel.h"
#include "AlertsView.h"
#include "BlocksView.h"
#include "AuditView.h"
#include "CallsView.h"
#include "ConfigDiffView.h"
#include "ConsoleStyle.h"
#include "DashboardView.h"
#include "EmptyStateWidget.h"
#include "EventTableModel.h"
#include "EventsView.h"
#include "GeoIpLookup.h"
#include "PbxDialog.h"
#include "PbxSidebar.h"
#include "SettingsDialog.h"
#include "AlertNotifier.h"
#include "TrayIcon.h"
#include "settings/NotificationsSettingsPage.h"
#include "StoreClient.h"
#include "detect/DetectionSettingsFile.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

namespace tg {

MainWindow::MainWindow(const QString &dbPath, QWidget *parent)
    : QMainWindow(parent)
    , m_store(new StoreClient(dbPath, this))
    , m_alertModel(new AlertTableModel(this))
{
    setWindowTitle(tr("Tollgate"));
    setObjectName(QStringLiteral("tollgateMainWindow"));

    m_sidebar = new PbxSidebar(this);
    m_sidebarDock = new QDockWidget(tr("PBXes"), this);
    m_sidebarDock->setObjectName(QStringLiteral("pbxSidebar"));
    m_sidebarDock->setWidget(m_sidebar);
    m_sidebarDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_sidebarDock->setMinimumWidth(200);
    addDockWidget(Qt::LeftDockWidgetArea, m_sidebarDock);

    m_dashboard = new DashboardView(m_store, this);
    m_alerts = new AlertsView(m_store, m_alertModel, this);
    // Countries next to addresses, from the database in detection.json (Settings → GeoIP).
    m_geoIp = new GeoIpLookup(this);
    m_dashboard->setGeoIp(m_geoIp);
    m_alerts->setGeoIp(m_geoIp);
    const QString detectionSettings = DetectionSettingsFile::pathIn(QFileInfo(dbPath).absolutePath());
    m_geoIp->loadConfigured(detectionSettings);
    connect(this, &MainWindow::settingsChanged, m_geoIp, [this, detectionSettings] {
        m_geoIp->loadConfigured(detectionSettings);
    });
    m_calls = new CallsView(m_store, this);
    m_events = new EventsView(m_store, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildDashboardTab(), tr("Dashboard"));
    m_tabs->addTab(m_alerts, tr("Alerts"));
    m_tabs->addTab(m_calls, tr("Calls"));
    m_tabs->addTab(m_events, tr("Events"));
    m_audit = new AuditView(this);
    m_tabs->addTab(m_audit, tr("Audit"));
    // Config history; the application connects its snapshotRequested and revertRequested.
    m_config = new ConfigDiffView(dbPath, this);
    m_tabs->addTab(m_config, tr("Config"));
    m_blocks = new BlocksView(this);
    m_tabs->addTab(m_blocks, tr("Blocks"));
    setCentralWidget(m_tabs);

    m_rateLabel = new QLabel(this);
    m_alertsLabel = new QLabel(this);
    m_pbxLabel = new QLabel(this);
    m_filterLabel = new QLabel(this);
    for (QLabel *l : {m_filterLabel, m_rateLabel, m_alertsLabel, m_pbxLabel}) {
        l->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(l);
    }
    buildMenus();

    // The tray: overall state, notifications of new alerts, and monitoring on with the window closed.
    m_tray = new TrayIcon(this);
    m_notifier = new AlertNotifier(this);
    connect(m_notifier, &AlertNotifier::notify, m_tray, &TrayIcon::showNotification);
    connect(m_tray, &TrayIcon::showRequested, this, &MainWindow::showFromTray);
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quit);
    connect(this, &MainWindow::settingsChanged, this, &MainWindow::applyNotificationSettings);
    applyNotificationSettings();

    connect(m_sidebar, &PbxSidebar::pbxSelected, this, &MainWindow::showPbx);
    connect(m_sidebar, &PbxSidebar::addRequested, this, &MainWindow::openAddPbxDialog);
    connect(m_sidebar, &PbxSidebar::editRequested, this, &MainWindow::openEditPbxDialog);
    connect(m_sidebar, &PbxSidebar::removeRequested, this, &MainWindow::confirmRemovePbx);
    connect(m_sidebar, &PbxSidebar::demoRequested, this, &MainWindow::demoRequested);
    connect(m_dashboard, &DashboardView::pbxClicked, this, [this](const QString &name) {
        // A second click on the selected tile shows all PBXes again.
        m_sidebar->selectPbx(name == m_pbxFilter ? QString() : name);
    });
    connect(m_calls, &CallsView::hangupRequested, this, &MainWindow::hangupRequested);
    connect(m_alerts, &AlertsView::hangupRequested, this, &MainWindow::hangupRequested);
    connect(m_audit, &AuditView::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_alerts, &AlertsView::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_blocks, &BlocksView::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_config, &ConfigDiffView::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_alerts, &AlertsView::blockRequested, this, &MainWindow::openBlockDialog);
    connect(m_events, &EventsView::blockRequested, this, &MainWindow::openBlockDialog);
    connect(m_dashboard, &DashboardView::blockRequested, this, [this](const QString &ip) {
        openBlockDialog({ip}, m_pbxFilter, 0, tr("Top attacking source on the dashboard"));
    });
    connect(m_alerts, &AlertsView::showEventsRequested, this, [this](const QString &ip, const QString &account) {
        m_tabs->setCurrentIndex(EventsTab);
        if (!ip.isEmpty())
            m_events->setSourceIp(ip);
        else
            m_events->setAccount(account);
    });
    connect(m_events, &EventsView::exportFinished, this, [this](bool, qint64, const QString &message) {
        statusBar()->showMessage(message, 8000);
    });
    connect(m_alertModel, &AlertTableModel::countsChanged, this, [this] {
        m_dashboard->setOpenAlertCounts(m_alertModel->activeCountBySeverity());
        updateStatusBar();
        updateTray();
    });
    connect(m_store, &StoreClient::opened, this, [this](bool ok, const QString &error) {
        if (!ok)
            statusBar()->showMessage(tr("The event store could not be opened: %1").arg(error));
        updateStatusBar();
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_tabs->setCurrentIndex(qBound(0, settings.value(QStringLiteral("mainWindow/tab")).toInt(), TabCount - 1));
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1280, 800);
    updateWelcome();
    updateStatusBar();
}

MainWindow::~MainWindow() = default;

PbxDialog *MainWindow::pbxDialog() const
{
    return m_pbxDialog.data();
}

QWidget *MainWindow::buildDashboardTab()
{
    m_dashboardStack = new QStackedWidget(this);
    m_welcome = new EmptyStateWidget(
        tr("No PBX configured"),
        tr("Tollgate watches Asterisk and FreeSWITCH systems for attacks and toll fraud. Start the "
           "Demo PBX to see it at work on recorded traffic, or add your own PBX."),
        this);
    connect(m_welcome->addButton(tr("Start the Demo PBX")), &QPushButton::clicked, this, &MainWindow::demoRequested);
    connect(m_welcome->addButton(tr("Add PBX…")), &QPushButton::clicked, this, &MainWindow::openAddPbxDialog);
    m_dashboardStack->addWidget(m_welcome);
    m_dashboardStack->addWidget(m_dashboard);
    return m_dashboardStack;
}

void MainWindow::buildMenus()
{
    auto add = [this](QMenu *menu, const QString &name, const QString &text, const QKeySequence &key,
                      auto slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, QStringLiteral("actionExportEvents"), tr("&Export events to CSV…"), QKeySequence(),
        [this] { m_tabs->setCurrentIndex(EventsTab); m_events->exportCsv(); });
    file->addAction(m_alerts->periodReportAction());
    add(file, QStringLiteral("actionSettings"), tr("&Settings…"), QKeySequence::Preferences, &MainWindow::openSettings);
    file->addSeparator();
    QAction *quit = add(file, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), &MainWindow::quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names{tr("&Dashboard"), tr("&Alerts"), tr("&Calls"), tr("&Events"),
                            tr("A&udit"), tr("C&onfig"), tr("&Blocks")};
    for (int i = 0; i < names.size(); ++i)
        add(view, QStringLiteral("actionTab%1").arg(i + 1), names.at(i), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)),
            [this, i] { m_tabs->setCurrentIndex(i); });
    view->addSeparator();
    add(view, QStringLiteral("actionFind"), tr("&Filter…"), QKeySequence(Qt::CTRL | Qt::Key_F), &MainWindow::focusFilter);
    add(view, QStringLiteral("actionRefresh"), tr("&Refresh"), QKeySequence(Qt::Key_F5), &MainWindow::refresh);
    add(view, QStringLiteral("actionAllPbxes"), tr("Show &all PBXes"), QKeySequence(Qt::CTRL | Qt::Key_0),
        [this] { m_sidebar->selectPbx(QString()); });
    QAction *toggle = m_sidebarDock->toggleViewAction();
    toggle->setText(tr("PBX &sidebar"));
    view->addAction(toggle);

    QMenu *pbx = menuBar()->addMenu(tr("&PBX"));
    add(pbx, QStringLiteral("actionDemo"), tr("Start the &Demo PBX"), QKeySequence(), &MainWindow::demoRequested);
    pbx->addSeparator();
    add(pbx, QStringLiteral("actionAddPbx"), tr("&Add PBX…"), QKeySequence(Qt::CTRL | Qt::Key_N), &MainWindow::openAddPbxDialog);
    add(pbx, QStringLiteral("actionEditPbx"), tr("&Edit selected PBX…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        [this] { openEditPbxDialog(m_pbxFilter); });
    add(pbx, QStringLiteral("actionRemovePbx"), tr("&Remove selected PBX…"), QKeySequence(),
        [this] { confirmRemovePbx(m_pbxFilter); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = add(help, QStringLiteral("actionAbout"), tr("&About Tollgate"), QKeySequence(), &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::applySnapshot(const LiveSnapshot &s)
{
    m_gotSnapshot = true;
    m_statuses = s.pbxes;
    m_eventsPerSec = s.eventsPerSec;
    m_sidebar->setStatuses(s.pbxes);
    m_dashboard->applySnapshot(s);
    if (!s.newEvents.isEmpty()) {
        m_events->model()->addLiveEvents(s.newEvents);
        m_calls->addLiveEvents(s.newEvents);
    }
    if (s.droppedEvents > 0) {
        m_events->model()->noteDroppedEvents(s.droppedEvents);
        m_calls->historyModel()->noteDroppedEvents(s.droppedEvents);
    }
    if (!s.changedAlerts.isEmpty()) {
        m_alertModel->merge(s.changedAlerts, false);
        m_notifier->addAlerts(s.changedAlerts);
    }
    m_calls->setActiveCalls(s.activeCalls);
    m_alerts->setActiveCalls(s.activeCalls);
    updateWelcome();
    updateStatusBar();
    updateTray();
}

void MainWindow::setPbxProfiles(const PbxProfileList &profiles)
{
    m_profiles = profiles;
    m_sidebar->setProfiles(profiles);
    QStringList blockable;   // blocking runs over SSH
    for (const PbxProfile &p : profiles)
        if (!p.demo && !p.sshUser.isEmpty())
            blockable << p.name;
    m_blocks->setPbxes(blockable);
    updateWelcome();
    updateStatusBar();
}

void MainWindow::updateWelcome()
{
    const bool none = m_profiles.isEmpty() && m_statuses.isEmpty();
    m_dashboardStack->setCurrentWidget(none ? static_cast<QWidget *>(m_welcome) : m_dashboard);
}

bool MainWindow::isWelcomeShown() const
{
    return m_dashboardStack->currentWidget() == m_welcome;
}

void MainWindow::updateStatusBar()
{
    m_rateLabel->setText(tr("%1 events/s").arg(QLocale().toString(m_eventsPerSec, 'f', 1)));
    m_alertsLabel->setText(tr("Open alerts: %1").arg(m_alertModel->activeCount()));
    QStringList names;
    for (const PbxProfile &p : m_profiles)
        names << p.name;
    int connected = 0;
    for (const PbxStatus &st : m_statuses) {
        if (!names.contains(st.name))
            names << st.name;
        if (st.state == LinkState::Connected)
            ++connected;
    }
    m_pbxLabel->setText(names.isEmpty() ? tr("No PBX configured")
                                        : tr("%1/%2 connected").arg(connected).arg(names.size()));
    m_pbxLabel->setToolTip(tr("PBXes with a live manager connection"));
    m_filterLabel->setText(m_pbxFilter.isEmpty() ? QString() : tr("Showing PBX %1").arg(m_pbxFilter));
    m_filterLabel->setVisible(!m_pbxFilter.isEmpty());
}

QString MainWindow::statusText() const
{
    QStringList parts;
    for (QLabel *l : {m_filterLabel, m_rateLabel, m_alertsLabel, m_pbxLabel})
        if (!l->text().isEmpty())
            parts << l->text();
    return parts.join(QStringLiteral(" | "));
}

void MainWindow::showPbx(const QString &name)
{
    if (name != m_sidebar->selectedPbx()) {
        m_sidebar->selectPbx(name);   // comes back here through pbxSelected
        return;
    }
    m_pbxFilter = name;
    m_events->setPbx(name);
    m_alerts->setPbx(name);
    m_calls->setPbx(name);
    m_audit->setPbx(name);
    m_dashboard->setSelectedPbx(name);
    action(QStringLiteral("actionEditPbx"))->setEnabled(!name.isEmpty());
    action(QStringLiteral("actionRemovePbx"))->setEnabled(!name.isEmpty());
    updateStatusBar();
}

void MainWindow::openPbxDialog(const PbxProfile &p, bool isNew)
{
    if (m_pbxDialog) {
        m_pbxDialog->raise();
        m_pbxDialog->activateWindow();
        return;
    }
    QStringList names;
    for (const PbxProfile &x : m_profiles)
        names << x.name;
    auto *dlg = new PbxDialog(p, isNew, names, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    m_pbxDialog = dlg;
    connect(dlg, &PbxDialog::testRequested, this, &MainWindow::testConnectionRequested);
    dlg->setAccessPolicy(m_accessPolicies.value(p.name));
    dlg->setBlockSettings(m_blockSettings.value(p.name, BlockSettings::defaultsFor(p)));
    connect(dlg, &QDialog::accepted, this, [this, dlg] {
        // The secret goes to the application for the keychain; nothing here keeps it.
        Q_EMIT pbxSaveRequested(dlg->profile(), dlg->secret());
        const AccessPolicy policy = dlg->accessPolicy();
        if (!m_accessPolicies.contains(dlg->profile().name) || !(m_accessPolicies.value(dlg->profile().name) == policy))
            Q_EMIT accessPolicySaveRequested(dlg->profile().name, policy);
        const PbxProfile saved = dlg->profile();
        const BlockSettings blocking = dlg->blockSettings();
        if (blocking.toJson() != m_blockSettings.value(saved.name, BlockSettings::defaultsFor(saved)).toJson())
            Q_EMIT blockSettingsSaveRequested(saved.name, blocking);
    });
    dlg->open();
}

void MainWindow::openBlockDialog(const QStringList &addresses, const QString &pbx, qint64 alertId,
                                 const QString &reason)
{
    m_tabs->setCurrentIndex(BlocksTab);
    m_blocks->requestBlock(addresses, pbx, alertId, reason);
}

void MainWindow::setAccessPolicies(const AccessPolicyMap &policies)
{
    m_accessPolicies = policies;
}

void MainWindow::setBlockSettings(const QHash<QString, BlockSettings> &settings)
{
    m_blockSettings = settings;
}

void MainWindow::openAddPbxDialog()
{
    openPbxDialog(PbxProfile{}, true);
}

void MainWindow::openEditPbxDialog(const QString &name)
{
    for (const PbxProfile &p : m_profiles) {
        if (p.name == name) {
            openPbxDialog(p, false);
            return;
        }
    }
    statusBar()->showMessage(name.isEmpty() ? tr("Select a PBX in the sidebar to edit it.")
                                            : tr("%1 has no stored profile to edit.").arg(name),
                             5000);
}

void MainWindow::confirmRemovePbx(const QString &name)
{
    if (name.isEmpty()) {
        statusBar()->showMessage(tr("Select a PBX in the sidebar to remove it."), 5000);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Remove PBX"),
        tr("Stop monitoring %1 and remove its profile? Its stored events and alerts are kept.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        Q_EMIT pbxRemoveRequested(name);
}

void MainWindow::showTestConnectionResult(const QString &pbx, const QStringList &lines)
{
    if (m_pbxDialog) {
        m_pbxDialog->showTestResult(lines);
        return;
    }
    QMessageBox::information(this, tr("Connection test: %1").arg(pbx), lines.join(QLatin1Char('\n')));
}

void MainWindow::openSettings()
{
    QStringList pbxNames;
    for (const PbxProfile &p : std::as_const(m_profiles))
        pbxNames << p.name;
    auto *dlg = new SettingsDialog(QFileInfo(m_store->dbPath()).absolutePath(), pbxNames, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, &MainWindow::settingsChanged);
    Q_EMIT settingsOpened(dlg);
    dlg->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Tollgate"),
        tr("<h3>Tollgate %1</h3>"
           "<p>A security operations console for Asterisk and FreeSWITCH PBXes: it watches "
           "logins, calls and configuration, raises alerts on attacks and toll fraud, and helps "
           "you act on them.</p>"
           "<p>Event store: %2</p><p>Built with Qt %3.</p>")
            .arg(ConsoleStyle::versionString(), m_store->dbPath().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

void MainWindow::refresh()
{
    m_events->refresh();
    m_calls->refresh();
    m_alerts->reload();
    m_dashboard->reseed();
    statusBar()->showMessage(tr("Reading the store again…"), 2000);
}

void MainWindow::focusFilter()
{
    switch (m_tabs->currentIndex()) {
    case AlertsTab:
        m_alerts->focusFilter();
        break;
    default:
        m_tabs->setCurrentIndex(EventsTab);
        m_events->focusFilter();
        break;
    }
}

void MainWindow::applyNotificationSettings()
{
    m_notifier->setLevel(NotificationsSettingsPage::level());
    m_closeToTray = NotificationsSettingsPage::closeToTray();
}

void MainWindow::updateTray()
{
    m_tray->setStatus(TrayStatus::from(m_statuses, m_alertModel->openCount(Severity::Critical)));
}

void MainWindow::showFromTray()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    QCoreApplication::quit();   // also when the window was already hidden in the tray
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/tab"), m_tabs->currentIndex());
    if (!m_quitting && m_closeToTray && m_tray->isAvailable()) {
        event->ignore();
        hide();
        if (!m_trayHintShown) {
            m_trayHintShown = true;
            m_tray->showNotification(tr("Tollgate is still monitoring"),
                                     tr("It keeps watching your PBXes from the tray. Quit from the tray icon's menu."),
                                     Severity::Info);
        }
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace tg
