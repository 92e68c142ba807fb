#include "LiveCallsModel.h"

#include "ConsoleStyle.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QTimer>

namespace tg {

LiveCallsModel::LiveCallsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_tick(new QTimer(this))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, DurationColumn), index(m_rows.size() - 1, DurationColumn),
                               {Qt::DisplayRole});
    });
    m_tick->start();
}

void LiveCallsModel::setCalls(const QVector<ActiveCall> &calls)
{
    m_all = calls;
    apply();
}

void LiveCallsModel::setPbxFilter(const QString &pbx)
{
    m_pbx = pbx;
    apply();
}

void LiveCallsModel::apply()
{
    QVector<ActiveCall> next;
    QHash<QString, int> nextRow;
    for (const ActiveCall &c : m_all) {
        if (!m_pbx.isEmpty() && c.pbx != m_pbx)
            continue;
        nextRow.insert(key(c), next.size());
        next.append(c);
    }
    // Remove ended calls (from the bottom, so row numbers stay valid), update the rest in place.
    for (int i = m_rows.size() - 1; i >= 0; --i) {
        if (!nextRow.contains(key(m_rows.at(i)))) {
            beginRemoveRows(QModelIndex(), i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    QHash<QString, int> have;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString k = key(m_rows.at(i));
        have.insert(k, i);
        const ActiveCall &n = next.at(nextRow.value(k));
        const ActiveCall &o = m_rows.at(i);
        if (n.answerMs != o.answerMs || n.destination != o.destination || n.caller != o.caller
            || n.srcIp != o.srcIp || n.channel != o.channel || n.startMs != o.startMs) {
            m_rows[i] = n;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
    QVector<ActiveCall> added;
    for (const ActiveCall &c : next)
        if (!have.contains(key(c)))
            added.append(c);
    if (!added.isEmpty()) {
        beginInsertRows(QModelIndex(), m_rows.size(), m_rows.size() + added.size() - 1);
        m_rows += added;
        endInsertRows();
    }
}

ActiveCall LiveCallsModel::callAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : ActiveCall();
}

int LiveCallsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int LiveCallsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiveCallsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ActiveCall &c = m_rows.at(index.row());
    if (role == CallIdRole)
        return c.callId;
    if (role == PbxRole)
        return c.pbx;
    if (role == Qt::ToolTipRole && index.column() == CallerColumn)
        return c.channel;
    if (role == Qt::TextAlignmentRole && index.column() == DurationColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == StateColumn && c.answerMs > 0)
        return QColor(0x1b, 0x5e, 0x20);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case PbxColumn: return c.pbx;
    case CallerColumn: return c.caller.isEmpty() ? c.channel : c.caller;
    case DestinationColumn: return c.destination;
    case SourceColumn: return c.srcIp;
    case StateColumn: return c.answerMs > 0 ? tr("Answered") : tr("Ringing");
    case StartedColumn: return ConsoleStyle::formatTime(c.startMs);
    case DurationColumn: {
        // Talk time once answered, ringing time before.
        const qint64 from = c.answerMs > 0 ? c.answerMs : c.startMs;
        return from > 0 ? ConsoleStyle::formatDuration(m_now() - from) : QString();
    }
    }
    return QVariant();
}

QVariant LiveCallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PbxColumn: return tr("PBX");
    case CallerColumn: return tr("Caller");
    case DestinationColumn: return tr("Destination");
    case SourceColumn: return tr("Source IP");
    case StateColumn: return tr("State");
    case StartedColumn: return tr("Started");
    case DurationColumn: return tr("Duration");
    }
    return QVariant();
}

} // namespace tg
