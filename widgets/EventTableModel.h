#pragma once

#include "Event.h"
#include "store/EventFilter.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <deque>

namespace tg {

class StoreClient;

// The events table over the whole store, newest first, for millions of rows.
//
// Rows are two parts. On top, live rows: matching events from snapshots, newer than the
// anchor time, kept in memory. Below, stored rows: everything in SQLite up to the anchor,
// fetched a page at a time on the query thread when a view first asks for them, and kept in
// a small LRU of pages. New events are prepended with rowsInserted, never a reset. From time to
// time (too many live rows, events dropped from a snapshot, late arrivals) the model folds the
// older live rows into the stored part and recounts, inserting or removing only the difference.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        PbxColumn,
        KindColumn,
        SourceColumn,
        AccountColumn,
        DestinationColumn,
        DurationColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role { EventIdRole = Qt::UserRole + 1, LoadedRole, KindRole, TimeMsRole };

    explicit EventTableModel(StoreClient *store, QObject *parent = nullptr);

    void setFilter(const EventFilter &f);   // resets the model and counts again
    EventFilter filter() const { return m_filter; }
    void refresh();                         // re-anchors at now, resets and counts again
    void addLiveEvents(const EventList &events);   // a snapshot's newEvents, any order
    void noteDroppedEvents(int n);          // a snapshot left stored events out: reconcile soon
    void reconcile();                       // fold live rows into the stored part and recount

    bool eventAt(int row, Event *out) const;   // false while the row's page is loading
    bool isLoading() const { return m_counting; }
    qint64 storedRows() const { return m_dbCount; }
    int liveRows() const { return int(m_live.size()); }
    int cachedPages() const { return m_pages.size(); }

    void setPageSize(int rows) { m_pageSize = qMax(10, rows); }
    int pageSize() const { return m_pageSize; }
    void setMaxCachedPages(int pages) { m_maxPages = qMax(4, pages); }
    void setMaxLiveRows(int rows) { m_maxLive = qMax(100, rows); }
    void setReconcileDelayMs(int ms) { m_reconcileDelayMs = ms; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalChanged(qint64 rows);
    void storeError(const QString &error);

private:
    struct Page {
        EventList rows;
        quint64 lastUse = 0;
    };
    EventFilter storedFilter() const;
    void startCount();
    void onCounted(int client, int generation, qint64 count);
    void onPageReady(int client, int generation, qint64 offset, const EventList &events);
    void onPageDropped(int client, int generation, qint64 offset);
    const Event *rowEvent(int row) const;   // requests the page when missing
    void requestPage(qint64 page) const;
    void scheduleReconcile();
    void invalidatePages(qint64 shift);   // new generation; known rows kept as stale
    void emitStoredChanged();
    QVariant display(const Event &e, int column) const;

    StoreClient *m_store;
    int m_client = 0;
    int m_generation = 0;
    EventFilter m_filter;
    qint64 m_anchorMs = 0;           // stored part: time <= anchor
    qint64 m_newestSeenMs = 0;       // newest event time seen in any snapshot
    std::deque<Event> m_live;        // newest first, all newer than the anchor
    qint64 m_dbCount = 0;
    bool m_counting = false;
    bool m_reconciling = false;      // the pending count is a reconcile, not a reset
    bool m_reconcileAgain = false;

    int m_pageSize = 200;
    int m_maxPages = 48;
    int m_maxLive = 20000;
    mutable QHash<qint64, Page> m_pages;
    mutable QSet<qint64> m_pending;
    mutable quint64 m_useTick = 0;
    QHash<qint64, Event> m_stale;    // by stored offset: rows known before the last
                                     // invalidation, shown until the fresh pages arrive
    qint64 m_foldUntilMs = 0;        // dropped or late events up to here are not counted yet
    QTimer m_reconcileTimer;
    int m_reconcileDelayMs = 1500;
};

} // namespace tg
