#pragma once

#include "LiveSnapshot.h"
#include "PbxProfile.h"
#include "audit/AccessPolicy.h"
#include "blocking/BlockSettings.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace tg {

class SettingsDialog;

class AlertNotifier;
class AlertTableModel;
class AlertsView;
class BlocksView;
class AuditView;
class CallsView;
class ConfigDiffView;
class DashboardView;
class EmptyStateWidget;
class EventsView;
class GeoIpLookup;
class PbxDialog;
class PbxSidebar;
class StoreClient;
class TrayIcon;

// The console's main window. It reads the store on its own query thread (StoreClient) and
// takes live state only from applySnapshot(); it never talks to a PBX. Everything that acts on
// a PBX leaves as a signal for the application to carry out.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { DashboardTab, AlertsTab, CallsTab, EventsTab, AuditTab, ConfigTab, BlocksTab, TabCount };

    explicit MainWindow(const QString &dbPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Views, for the application and tests.
    PbxSidebar *sidebar() const { return m_sidebar; }
    DashboardView *dashboard() const { return m_dashboard; }
    AlertsView *alertsView() const { return m_alerts; }
    CallsView *callsView() const { return m_calls; }
    EventsView *eventsView() const { return m_events; }
    BlocksView *blocksView() const { return m_blocks; }   // the app wires its signals to a BlockRunner
    AuditView *auditView() const { return m_audit; }   // the app wires its signals to the engine
    ConfigDiffView *configView() const { return m_config; }
    QTabWidget *tabs() const { return m_tabs; }
    StoreClient *store() const { return m_store; }
    GeoIpLookup *geoIp() const { return m_geoIp; }
    PbxDialog *pbxDialog() const;   // the open add/edit dialog, or null
    QString statusText() const;        // the permanent status bar fields, joined
    QString selectedPbx() const { return m_pbxFilter; }
    bool isWelcomeShown() const;        // the "no PBX configured" state
    QAction *action(const QString &objectName) const;
    TrayIcon *trayIcon() const { return m_tray; }
    AlertNotifier *notifier() const { return m_notifier; }

public Q_SLOTS:
    void applySnapshot(const tg::LiveSnapshot &s);
    void setPbxProfiles(const tg::PbxProfileList &profiles);
    void setAccessPolicies(const tg::AccessPolicyMap &policies);   // shown in the PBX dialog
    void setBlockSettings(const QHash<QString, tg::BlockSettings> &settings);   // likewise, by PBX name
    void showTestConnectionResult(const QString &pbx, const QStringList &lines);
    void showPbx(const QString &name);  // filter the console to one PBX (empty = all)
    void openAddPbxDialog();
    void openEditPbxDialog(const QString &name);
    void confirmRemovePbx(const QString &name);
    void openSettings();
    void showAbout();
    void refresh();                     // F5: re-read events, alerts and charts from the store
    void focusFilter();                 // Ctrl+F on the current tab
    void showFromTray();
    void quit();                        // File → Quit and the tray's Quit: closes for real

Q_SIGNALS:
    void hangupRequested(const QString &pbx, const QString &callId);
    void pbxSaveRequested(const tg::PbxProfile &profile, const QString &secret);
    void accessPolicySaveRequested(const QString &pbx, const tg::AccessPolicy &policy);
    void blockSettingsSaveRequested(const QString &pbx, const tg::BlockSettings &settings);
    void pbxRemoveRequested(const QString &name);
    void testConnectionRequested(const tg::PbxProfile &profile, const QString &secret);
    void demoRequested();
    void settingsChanged();             // SettingsDialog wrote QSettings / detection.json
    void settingsOpened(tg::SettingsDialog *dialog);   // the app wires pages that talk to its threads

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    QWidget *buildDashboardTab();
    void updateStatusBar();
    void updateWelcome();
    void openPbxDialog(const PbxProfile &p, bool isNew);
    // Every block entry point (alert, event row, dashboard bar) opens the Blocks tab's dialog.
    void openBlockDialog(const QStringList &addresses, const QString &pbx, qint64 alertId, const QString &reason);
    void applyNotificationSettings();
    void updateTray();

    StoreClient *m_store;
    GeoIpLookup *m_geoIp;
    AlertTableModel *m_alertModel;
    PbxSidebar *m_sidebar;
    QDockWidget *m_sidebarDock;
    QTabWidget *m_tabs;
    QStackedWidget *m_dashboardStack;
    EmptyStateWidget *m_welcome;
    DashboardView *m_dashboard;
    AlertsView *m_alerts;
    CallsView *m_calls;
    EventsView *m_events;
    BlocksView *m_blocks;
    AuditView *m_audit;
    ConfigDiffView *m_config;
    QLabel *m_rateLabel;
    QLabel *m_alertsLabel;
    QLabel *m_pbxLabel;
    QLabel *m_filterLabel;
    QPointer<PbxDialog> m_pbxDialog;
    PbxProfileList m_profiles;
    AccessPolicyMap m_accessPolicies;
    QHash<QString, BlockSettings> m_blockSettings;
    QVector<PbxStatus> m_statuses;
    QString m_pbxFilter;
    double m_eventsPerSec = 0.0;
    bool m_gotSnapshot = false;
    TrayIcon *m_tray;
    AlertNotifier *m_notifier;
    bool m_closeToTray = false;
    bool m_quitting = false;
    bool m_trayHintShown = false;
};

} // namespace tg
