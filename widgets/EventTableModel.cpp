#include "EventTableModel.h"

#include "ConsoleStyle.h"
#include "StoreClient.h"

#include <QDateTime>

#include <algorithm>
#include <climits>

namespace tg {

namespace {
// Events newer than now minus this may not be committed yet (the writer batches for up to a
// second), so they stay live rows until a later reconcile.
constexpr qint64 kCommitMarginMs = 2000;
constexpr int kMaxStaleRows = 20000;

bool newer(const Event &a, const Event &b)
{
    return a.timeMs != b.timeMs ? a.timeMs > b.timeMs : a.id > b.id;
}

} // namespace

EventTableModel::EventTableModel(StoreClient *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_client(store->newClientId())
{
    m_reconcileTimer.setSingleShot(true);
    connect(&m_reconcileTimer, &QTimer::timeout, this, &EventTableModel::reconcile);
    StoreQueryWorker *w = store->worker();
    connect(w, &StoreQueryWorker::eventsCounted, this, &EventTableModel::onCounted);
    connect(w, &StoreQueryWorker::pageReady, this, &EventTableModel::onPageReady);
    connect(w, &StoreQueryWorker::pageDropped, this, &EventTableModel::onPageDropped);
    refresh();
}

void EventTableModel::setFilter(const EventFilter &f)
{
    m_filter = f;
    refresh();
}

void EventTableModel::refresh()
{
    beginResetModel();
    ++m_generation;
    m_live.clear();
    m_pages.clear();
    m_pending.clear();
    m_stale.clear();
    m_foldUntilMs = 0;
    m_dbCount = 0;
    m_anchorMs = qMax(QDateTime::currentMSecsSinceEpoch(), m_newestSeenMs);
    m_reconciling = false;
    m_reconcileAgain = false;
    endResetModel();
    startCount();
    // Rows committed just after the count are picked up by a recount shortly after.
    m_reconcileTimer.start(int(kCommitMarginMs) + 500);
}

EventFilter EventTableModel::storedFilter() const
{
    EventFilter f = m_filter;
    const qint64 cap = m_anchorMs + 1;   // toMs is exclusive
    f.toMs = f.toMs > 0 ? qMin(f.toMs, cap) : cap;
    return f;
}

void EventTableModel::startCount()
{
    const bool wasLoading = m_counting;
    m_counting = true;
    m_store->countEvents(m_client, m_generation, storedFilter());
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void EventTableModel::onCounted(int client, int generation, qint64 count)
{
    if (client != m_client || generation != m_generation)
        return;
    m_counting = false;
    const int first = liveRows();
    count = qMin<qint64>(count, INT_MAX - 1 - qint64(m_maxLive) * 2);
    if (!m_reconciling) {
        if (count > 0) {
            beginInsertRows(QModelIndex(), first, int(first + count - 1));
            m_dbCount = count;
            endInsertRows();
        }
    } else {
        const qint64 diff = count - m_dbCount;
        // Offsets move, so the pages are refetched; between begin and end so that known rows
        // keep their data across the insertion, as views and the model tester expect.
        if (diff > 0) {
            // The missing rows are the newest of the stored part (late commits, dropped events).
            beginInsertRows(QModelIndex(), first, int(first + diff - 1));
            invalidatePages(diff);
            m_dbCount = count;
            endInsertRows();
        } else if (diff < 0) {
            // Retention removed the oldest rows.
            beginRemoveRows(QModelIndex(), int(first + count), int(first + m_dbCount - 1));
            invalidatePages(0);
            m_dbCount = count;
            endRemoveRows();
        }
        if (diff != 0)
            emitStoredChanged();
    }
    m_reconciling = false;
    Q_EMIT loadingChanged(false);
    Q_EMIT totalChanged(qint64(liveRows()) + m_dbCount);
    if (m_reconcileAgain) {
        m_reconcileAgain = false;
        scheduleReconcile();
    }
}

void EventTableModel::reconcile()
{
    if (m_counting) {
        m_reconcileAgain = true;
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A PBX clock far ahead must not keep us reconciling for long.
    m_foldUntilMs = qMin(m_foldUntilMs, now + 60000);
    const qint64 newestLive = m_live.empty() ? m_anchorMs : m_live.front().timeMs;
    qint64 anchor = qMax(m_anchorMs, qMin(now - kCommitMarginMs, qMax(newestLive, m_foldUntilMs)));
    if (qint64(m_live.size()) > m_maxLive)   // too many in memory: fold them regardless
        anchor = qMax(anchor, m_live[size_t(m_maxLive / 2)].timeMs);

    // The oldest live rows become the newest stored rows; their row numbers do not change.
    std::deque<Event> folded;
    while (!m_live.empty() && m_live.back().timeMs <= anchor) {
        folded.push_front(m_live.back());
        m_live.pop_back();
    }
    const qint64 k = qint64(folded.size());
    if (k > 0 || anchor != m_anchorMs) {
        invalidatePages(k);
        for (qint64 i = 0; i < k && i < kMaxStaleRows; ++i)
            m_stale.insert(i, folded[size_t(i)]);
        m_dbCount += k;
        m_anchorMs = anchor;
        emitStoredChanged();
    }
    m_reconciling = true;
    startCount();
    // Dropped or late events newer than the anchor are not countable yet: look again later.
    if (m_anchorMs < m_foldUntilMs)
        m_reconcileAgain = true;
}

void EventTableModel::invalidatePages(qint64 shift)
{
    // Keep what is known on screen (as stale rows, moved by the rows inserted above them)
    // until the fresh pages of the new generation arrive.
    QHash<qint64, Event> stale;
    stale.reserve(qMin<qsizetype>(kMaxStaleRows, m_stale.size() + qsizetype(m_pages.size()) * m_pageSize));
    for (auto it = m_stale.cbegin(); it != m_stale.cend() && stale.size() < kMaxStaleRows; ++it)
        stale.insert(it.key() + shift, it.value());
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const qint64 base = it.key() * m_pageSize + shift;
        for (int i = 0; i < it->rows.size(); ++i)
            stale.insert(base + i, it->rows.at(i));
    }
    m_stale = std::move(stale);
    ++m_generation;
    m_pages.clear();
    m_pending.clear();
}

void EventTableModel::emitStoredChanged()
{
    const int first = liveRows();
    const int last = rowCount() - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void EventTableModel::scheduleReconcile()
{
    if (!m_reconcileTimer.isActive())
        m_reconcileTimer.start(m_reconcileDelayMs);
}

void EventTableModel::addLiveEvents(const EventList &events)
{
    EventList fresh;
    bool missed = false;
    for (const Event &e : events) {
        m_newestSeenMs = qMax(m_newestSeenMs, e.timeMs);
        if (!m_filter.matches(e))
            continue;
        if (e.timeMs <= m_anchorMs) {
            missed = true;   // stored before the anchor but not counted yet: recount
            continue;
        }
        fresh.append(e);
    }
    if (!fresh.isEmpty()) {
        std::sort(fresh.begin(), fresh.end(), newer);
        // Only what is newer than the current top goes on top; anything out of order is
        // placed correctly by the next reconcile.
        int n = fresh.size();
        if (!m_live.empty()) {
            n = 0;
            while (n < fresh.size() && !newer(m_live.front(), fresh.at(n)))
                ++n;
            if (n < fresh.size())
                missed = true;
        }
        if (n > 0) {
            beginInsertRows(QModelIndex(), 0, n - 1);
            for (int i = n - 1; i >= 0; --i)
                m_live.push_front(fresh.at(i));
            endInsertRows();
            Q_EMIT totalChanged(qint64(liveRows()) + m_dbCount);
        }
    }
    if (missed) {
        m_foldUntilMs = qMax(m_foldUntilMs, m_newestSeenMs);
        scheduleReconcile();
    } else if (qint64(m_live.size()) > m_maxLive) {
        scheduleReconcile();
    }
}

void EventTableModel::noteDroppedEvents(int n)
{
    if (n <= 0)
        return;
    // The dropped events are no newer than the newest event seen so far.
    m_foldUntilMs = qMax(m_foldUntilMs, m_newestSeenMs);
    scheduleReconcile();
}

const Event *EventTableModel::rowEvent(int row) const
{
    if (row < 0)
        return nullptr;
    if (row < liveRows())
        return &m_live[size_t(row)];
    const qint64 off = qint64(row) - liveRows();
    if (off >= m_dbCount)
        return nullptr;
    const qint64 page = off / m_pageSize;
    auto it = m_pages.find(page);
    if (it != m_pages.end()) {
        it->lastUse = ++m_useTick;
        const qint64 i = off - page * m_pageSize;
        return i < it->rows.size() ? &it->rows.at(int(i)) : nullptr;
    }
    requestPage(page);
    auto s = m_stale.constFind(off);
    return s != m_stale.constEnd() ? &s.value() : nullptr;
}

void EventTableModel::requestPage(qint64 page) const
{
    if (m_pending.contains(page))
        return;
    m_pending.insert(page);
    EventPageRequest r;
    r.client = m_client;
    r.generation = m_generation;
    r.filter = storedFilter();
    r.offset = page * m_pageSize;
    r.limit = m_pageSize;
    // Keyset paging from the page above when we have it: cheap at any depth.
    auto prev = m_pages.constFind(page - 1);
    if (prev != m_pages.constEnd() && prev->rows.size() == m_pageSize) {
        r.beforeTimeMs = prev->rows.last().timeMs;
        r.beforeId = prev->rows.last().id;
    }
    m_store->fetchPage(r);
}

void EventTableModel::onPageReady(int client, int generation, qint64 offset, const EventList &events)
{
    if (client != m_client || generation != m_generation)
        return;
    const qint64 page = offset / m_pageSize;
    m_pending.remove(page);
    m_pages.insert(page, Page{events, ++m_useTick});
    while (m_pages.size() > m_maxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        m_pages.erase(oldest);
    }
    const qint64 expected = qMin<qint64>(m_pageSize, m_dbCount - offset);
    if (events.size() < expected)
        scheduleReconcile();   // rows vanished (retention) since the count
    const int first = int(liveRows() + offset);
    const int last = int(qMin<qint64>(liveRows() + offset + m_pageSize, rowCount()) - 1);
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void EventTableModel::onPageDropped(int client, int generation, qint64 offset)
{
    if (client != m_client || generation != m_generation)
        return;
    m_pending.remove(offset / m_pageSize);
    // If those rows are still on screen the view asks again when it repaints them.
    const int first = int(liveRows() + offset);
    const int last = int(qMin<qint64>(liveRows() + offset + m_pageSize, rowCount()) - 1);
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

bool EventTableModel::eventAt(int row, Event *out) const
{
    const Event *e = rowEvent(row);
    if (!e)
        return false;
    if (out)
        *out = *e;
    return true;
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(qMin<qint64>(qint64(m_live.size()) + m_dbCount, INT_MAX - 1));
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::display(const Event &e, int column) const
{
    switch (column) {
    case TimeColumn: return ConsoleStyle::formatTime(e.timeMs);
    case PbxColumn: return e.pbx;
    case KindColumn: return ConsoleStyle::kindText(e.kind);
    case SourceColumn:
        if (e.srcIp.isEmpty())
            return QString();
        return e.srcPort ? QStringLiteral("%1:%2").arg(e.srcIp).arg(e.srcPort) : e.srcIp;
    case AccountColumn: return e.account;
    case DestinationColumn: return e.destination;
    case DurationColumn: return e.durationMs > 0 ? ConsoleStyle::formatDuration(e.durationMs) : QString();
    case DetailColumn:
        if (e.detail.isEmpty())
            return e.type;
        if (e.type.isEmpty())
            return e.detail;
        return QStringLiteral("%1 — %2").arg(e.type, e.detail);
    }
    return QVariant();
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Event *e = rowEvent(index.row());
    if (!e) {
        if (role == Qt::DisplayRole && index.column() == TimeColumn)
            return tr("Loading…");
        if (role == LoadedRole)
            return false;
        if (role == Qt::ForegroundRole)
            return QColor(Qt::gray);
        return QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*e, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn: return tr("%1 UTC").arg(ConsoleStyle::formatTimeUtc(e->timeMs));
        case SourceColumn:
            return e->transport.isEmpty() ? display(*e, SourceColumn)
                                          : QStringLiteral("%1 (%2)").arg(display(*e, SourceColumn).toString(), e->transport);
        case AccountColumn: return e->userAgent.isEmpty() ? e->account : tr("%1, user agent: %2").arg(e->account, e->userAgent);
        case DetailColumn: return display(*e, DetailColumn);
        default: return QVariant();
        }
    case Qt::ForegroundRole:
        switch (e->kind) {
        case EventKind::AuthFailure:
        case EventKind::AclReject:
        case EventKind::ProtocolAbuse:
        case EventKind::ResourceLimit: return QColor(0xb7, 0x1c, 0x1c);
        case EventKind::AuthSuccess: return QColor(0x1b, 0x5e, 0x20);
        default: return QVariant();
        }
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case EventIdRole: return e->id;
    case LoadedRole: return true;
    case KindRole: return int(e->kind);
    case TimeMsRole: return e->timeMs;
    default: return QVariant();
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case PbxColumn: return tr("PBX");
    case KindColumn: return tr("Kind");
    case SourceColumn: return tr("Source");
    case AccountColumn: return tr("Account");
    case DestinationColumn: return tr("Destination");
    case DurationColumn: return tr("Duration");
    case DetailColumn: return tr("Detail");
    }
    return QVariant();
}

} // namespace tg
