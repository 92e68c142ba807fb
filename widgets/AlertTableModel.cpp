#include "AlertTableModel.h"

#include "ConsoleStyle.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QSet>
#include <QTimer>

namespace tg {

AlertTableModel::AlertTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    auto *timer = new QTimer(this);
    timer->setInterval(2000);
    connect(timer, &QTimer::timeout, this, &AlertTableModel::expireHighlights);
    timer->start();
}

void AlertTableModel::merge(const AlertList &alerts, bool triageFromIncoming)
{
    if (alerts.isEmpty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    AlertList fresh;
    for (const Alert &in : alerts) {
        if (in.id == 0)
            continue;
        auto it = m_rowById.constFind(in.id);
        if (it == m_rowById.constEnd()) {
            fresh.append(in);
            continue;
        }
        const int row = *it;
        Alert &cur = m_alerts[row];
        Alert next = in;
        if (!triageFromIncoming) {
            next.status = cur.status;
            next.note = cur.note;
        }
        cur = next;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (!fresh.isEmpty()) {
        // Snapshot alerts may repeat an id inside one batch: keep the last.
        QHash<qint64, int> pos;
        AlertList unique;
        for (const Alert &a : fresh) {
            auto p = pos.constFind(a.id);
            if (p != pos.constEnd()) {
                unique[*p] = a;
            } else {
                pos.insert(a.id, unique.size());
                unique.append(a);
            }
        }
        const int first = m_alerts.size();
        beginInsertRows(QModelIndex(), first, first + unique.size() - 1);
        for (const Alert &a : unique) {
            m_rowById.insert(a.id, m_alerts.size());
            m_alerts.append(a);
            if (!triageFromIncoming)
                m_arrivedMs.insert(a.id, now);
        }
        endInsertRows();
        if (!triageFromIncoming)
            Q_EMIT alertsArrived(unique.size());
    }
    Q_EMIT countsChanged();
}

void AlertTableModel::clear()
{
    beginResetModel();
    m_alerts.clear();
    m_rowById.clear();
    m_arrivedMs.clear();
    endResetModel();
    Q_EMIT countsChanged();
}

void AlertTableModel::expireHighlights()
{
    if (m_arrivedMs.isEmpty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_arrivedMs.begin(); it != m_arrivedMs.end();) {
        if (now - it.value() > m_highlightMs) {
            const int row = m_rowById.value(it.key(), -1);
            it = m_arrivedMs.erase(it);
            if (row >= 0)
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::BackgroundRole});
        } else {
            ++it;
        }
    }
}

Alert AlertTableModel::alertAt(int row) const
{
    return row >= 0 && row < m_alerts.size() ? m_alerts.at(row) : Alert();
}

int AlertTableModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

QMap<Severity, int> AlertTableModel::activeCountBySeverity() const
{
    QMap<Severity, int> counts;
    for (int s = 0; s <= int(Severity::Critical); ++s)
        counts.insert(Severity(s), 0);
    for (const Alert &a : m_alerts)
        if (isActive(a.status))
            ++counts[a.severity];
    return counts;
}

int AlertTableModel::openCount(Severity s) const
{
    int n = 0;
    for (const Alert &a : m_alerts)
        n += a.status == AlertStatus::Open && a.severity == s;
    return n;
}

int AlertTableModel::activeCount() const
{
    int n = 0;
    for (const Alert &a : m_alerts)
        if (isActive(a.status))
            ++n;
    return n;
}

QStringList AlertTableModel::rules() const
{
    QSet<QString> set;
    for (const Alert &a : m_alerts)
        set.insert(a.rule);
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_alerts.size();
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Alert &a = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return ConsoleStyle::severityText(a.severity);
        case StatusColumn: return ConsoleStyle::statusText(a.status);
        case PbxColumn: return a.pbx;
        case TitleColumn: return a.title;
        case SubjectColumn: return a.subject;
        case CountColumn: return QLocale().toString(a.count);
        case LastSeenColumn: return ConsoleStyle::formatTime(a.lastSeenMs);
        case FirstSeenColumn: return ConsoleStyle::formatTime(a.firstSeenMs);
        case CostColumn: return a.estimatedCost > 0 ? QLocale().toString(a.estimatedCost, 'f', 2) : QString();
        case RuleColumn: return a.rule;
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return a.explanation.isEmpty() ? a.title : a.explanation;
        if (index.column() == LastSeenColumn || index.column() == FirstSeenColumn)
            return tr("%1 UTC").arg(ConsoleStyle::formatTimeUtc(index.column() == LastSeenColumn ? a.lastSeenMs : a.firstSeenMs));
        return QVariant();
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return ConsoleStyle::dotIcon(ConsoleStyle::severityColor(a.severity));
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return ConsoleStyle::severityColor(a.severity);
        if (!isActive(a.status))
            return QColor(Qt::gray);
        return QVariant();
    case Qt::BackgroundRole:
        if (m_arrivedMs.contains(a.id))
            return QColor(0xff, 0xf3, 0xc4);   // just arrived
        return QVariant();
    case Qt::FontRole:
        if (a.status == AlertStatus::Open) {
            QFont f;
            f.setBold(true);   // not looked at yet, like unread mail
            return f;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn || index.column() == CostColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case AlertIdRole: return a.id;
    case SeverityRole: return int(a.severity);
    case StatusRole: return int(a.status);
    case PbxRole: return a.pbx;
    case RuleRole: return a.rule;
    case LastSeenRole: return a.lastSeenMs;
    case SearchRole:
        return QStringList{a.title, a.subject, a.rule, a.pbx, a.note, a.explanation}.join(QLatin1Char('\n'));
    case SortRole:
        switch (index.column()) {
        case SeverityColumn: return int(a.severity);
        case StatusColumn: return int(a.status);
        case CountColumn: return a.count;
        case LastSeenColumn: return a.lastSeenMs;
        case FirstSeenColumn: return a.firstSeenMs;
        case CostColumn: return a.estimatedCost;
        default: return data(index, Qt::DisplayRole);
        }
    default:
        return QVariant();
    }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case StatusColumn: return tr("Status");
    case PbxColumn: return tr("PBX");
    case TitleColumn: return tr("Alert");
    case SubjectColumn: return tr("Subject");
    case CountColumn: return tr("Count");
    case LastSeenColumn: return tr("Last seen");
    case FirstSeenColumn: return tr("First seen");
    case CostColumn: return tr("Est. cost");
    case RuleColumn: return tr("Rule");
    }
    return QVariant();
}

} // namespace tg
