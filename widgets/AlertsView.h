#pragma once

#include "Alert.h"
#include "Event.h"
#include "blocking/BlockRecord.h"
#include "report/IncidentReport.h"

#include <QHash>

#include "LiveSnapshot.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace tg {

class AlertFilterProxy;
class AlertTableModel;
class GeoIpLookup;
class StoreClient;

// The Alerts tab: the filterable, sortable list coloured by severity; the detail panel with the
// explanation, the suggested action and the evidence events (raw text loaded by id); triage
// through the store on the query thread.
class AlertsView : public QWidget
{
    Q_OBJECT
public:
    AlertsView(StoreClient *store, AlertTableModel *model, QWidget *parent = nullptr);

    AlertTableModel *model() const { return m_model; }
    AlertFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QComboBox *ageFilter() const { return m_age; }
    QTextBrowser *detail() const { return m_detail; }

    void reload();                        // reads all alerts from the store again
    // Countries next to source addresses and the "Look up the country" action (may stay unset).
    void setGeoIp(const GeoIpLookup *geo);
    // The sentence "Look up the country of IP" shows in the status bar.
    QString countryReport(const QString &ip) const;
    void setPbx(const QString &pbx);
    void focusFilter();
    QVector<qint64> selectedIds() const;
    // Triage the selected alerts; note is recorded with the change.
    void triage(AlertStatus status, const QString &note = QString());
    void addNote();                       // asks for a note, keeps the status
    // Calls in progress (from the snapshots), for "hang up the live call" on call alerts.
    void setActiveCalls(const QVector<ActiveCall> &calls) { m_activeCalls = calls; }
    // The live calls an alert is about: its evidence's call ids or accounts, on its PBX.
    QVector<ActiveCall> liveCallsOf(const Alert &a) const;
    QAction *acknowledgeAction() const { return m_ack; }
    QAction *resolveAction() const { return m_resolve; }
    QAction *falsePositiveAction() const { return m_falsePositive; }
    QAction *snoozeAction() const { return m_snooze; }
    QAction *noteAction() const { return m_note; }
    QAction *reportAction() const { return m_report; }
    QAction *periodReportAction() const { return m_periodReport; }
    // Asks the application for an incident report of the selected alerts at path (.pdf or .html).
    void exportIncidentReport(const QString &path);
    // Asks the application for an incident report of every alert active in scope's period.
    void exportPeriodReport(const IncidentScope &scope, const QString &path);

public Q_SLOTS:
    // The application's answer to incidentReportRequested.
    void showIncidentReportResult(bool ok, const QString &path, const QString &error);

public Q_SLOTS:
    // Blocks made from alerts (by hand or automatically): each alert's detail lists its own.
    void setBlockRecords(const tg::BlockRecordList &records);

Q_SIGNALS:
    void showEventsRequested(const QString &srcIp, const QString &account);
    // "Block source IP…" on alerts about addresses: the Blocks tab shows the plan first.
    void blockRequested(const QStringList &addresses, const QString &pbx, qint64 alertId, const QString &reason);
    void hangupRequested(const QString &pbx, const QString &callId);   // confirmed by the analyst
    void message(const QString &text);   // for the status bar
    void triageDone(bool ok);
    // Alerts the analyst resolved or marked false positive: the engine stops updating them, so the
    // next firing of the same rule on the same subject opens a new alert.
    void alertsClosed(const QVector<qint64> &ids);
    // Every status change the analyst made (acknowledge, resolve, false positive, snooze), with the
    // alerts as they are now, for SIEM forwarding.
    void alertsTriaged(const tg::AlertList &alerts);
    // "Incident report…" (selected alerts) and "Report for a period…": the application builds it
    // off the GUI thread and answers with showIncidentReportResult().
    void incidentReportRequested(const tg::IncidentScope &scope, const QString &path);

private:
    void applyFilter();
    void updateRules();
    void showDetail();
    void updateActions();
    void onAlertsLoaded(int generation, const AlertList &alerts);
    void onStatusSet(int requestId, bool ok, const AlertList &alerts, const QString &error);
    void onEventsLoaded(int requestId, const EventList &events);
    void showContextMenu(const QPoint &pos);
    void chooseIncidentReportFile();
    void choosePeriodReport();
    QString askReportPath();   // empty when the analyst cancels

    StoreClient *m_store;
    const GeoIpLookup *m_geoIp = nullptr;
    AlertTableModel *m_model;
    AlertFilterProxy *m_proxy;
    QComboBox *m_severity;
    QComboBox *m_status;
    QComboBox *m_rule;
    QComboBox *m_age;
    QLineEdit *m_text;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QLabel *m_count;
    QAction *m_ack;
    QAction *m_resolve;
    QAction *m_falsePositive;
    QAction *m_snooze;
    QAction *m_note;
    QAction *m_report;
    QAction *m_periodReport;
    int m_loadGeneration = 0;
    QVector<int> m_triageRequests;
    int m_evidenceRequest = 0;
    qint64 m_detailId = 0;
    QString m_detailHtml;
    QString m_evidenceHtml;
    EventList m_evidence;                 // of m_detailId, once loaded
    QVector<ActiveCall> m_activeCalls;
    QHash<qint64, BlockRecordList> m_blocksByAlert;
};

} // namespace tg
