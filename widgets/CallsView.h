#pragma once

#include "LiveSnapshot.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tg {

class EventTableModel;
class LiveCallsModel;
class StoreClient;

// The Calls tab: calls in progress (ticking duration, hang up with confirmation) above the
// call history, which is the stored CallEnd events paged like the events table.
class CallsView : public QWidget
{
    Q_OBJECT
public:
    CallsView(StoreClient *store, QWidget *parent = nullptr);

    LiveCallsModel *liveModel() const { return m_live; }
    EventTableModel *historyModel() const { return m_history; }
    QTableView *liveTable() const { return m_liveTable; }

    void setActiveCalls(const QVector<ActiveCall> &calls);
    void addLiveEvents(const EventList &events);
    void setPbx(const QString &pbx);
    void refresh();
    // Asks for confirmation (unless confirm is false) and emits hangupRequested.
    void hangupSelected(bool confirm = true);

Q_SIGNALS:
    void hangupRequested(const QString &pbx, const QString &callId);

private:
    void updateButtons();

    StoreClient *m_store;
    LiveCallsModel *m_live;
    EventTableModel *m_history;
    QTableView *m_liveTable;
    QTableView *m_historyTable;
    QPushButton *m_hangup;
    QLabel *m_liveCount;
    QLabel *m_historyCount;
    QString m_pbx;
};

} // namespace tg
