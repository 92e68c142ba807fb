#pragma once

#include "store/EventFilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace tg {

class EventTableModel;
class StoreClient;

// The Events tab: filter bar, the paged events table, the raw text of the selected event,
// and CSV export of the filtered rows (written on the query thread).
class EventsView : public QWidget
{
    Q_OBJECT
public:
    explicit EventsView(StoreClient *store, QWidget *parent = nullptr);

    EventTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    EventFilter currentFilter() const;

    void setPbx(const QString &pbx);      // from the sidebar; empty = all PBXes
    void setSourceIp(const QString &ip);
    void setAccount(const QString &account);
    void focusFilter();
    void refresh();
    void exportCsv();                     // asks for a file name, then exports on the worker
    void exportCsvTo(const QString &path);

Q_SIGNALS:
    void exportFinished(bool ok, qint64 rows, const QString &message);
    // "Block source IP…" on a row with a source address: the block dialog shows the plan first.
    void blockRequested(const QStringList &addresses, const QString &pbx, qint64 alertId, const QString &reason);

private:
    void applyFilter();
    void scheduleApply();
    void showDetail();
    void updateCountLabel();
    void onEventsLoaded(int requestId, const EventList &events);
    void onExportProgress(int requestId, qint64 done, qint64 total);
    void onExportFinished(int requestId, bool ok, qint64 rows, const QString &error);
    void showContextMenu(const QPoint &pos);

    StoreClient *m_store;
    EventTableModel *m_model;
    QString m_pbx;
    QLabel *m_pbxLabel;
    QComboBox *m_kind;
    QLineEdit *m_ip;
    QLineEdit *m_account;
    QLineEdit *m_text;
    QPushButton *m_export;
    QPushButton *m_cancelExport;
    QLabel *m_count;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QTimer *m_applyTimer;
    int m_detailRequest = 0;
    qint64 m_detailId = 0;
    int m_exportRequest = 0;
};

} // namespace tg
