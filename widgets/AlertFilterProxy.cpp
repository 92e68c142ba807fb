#include "AlertFilterProxy.h"

#include <QDateTime>

#include "AlertTableModel.h"

namespace tg {

AlertFilterProxy::AlertFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AlertTableModel::SortRole);
    setDynamicSortFilter(true);
}

void AlertFilterProxy::setMinSeverity(Severity s)
{
    m_minSeverity = s;
    invalidateFilter();
}

void AlertFilterProxy::setPbx(const QString &pbx)
{
    m_pbx = pbx;
    invalidateFilter();
}

void AlertFilterProxy::setRule(const QString &rule)
{
    m_rule = rule;
    invalidateFilter();
}

void AlertFilterProxy::setStatuses(const QVector<AlertStatus> &statuses)
{
    m_statuses = statuses;
    invalidateFilter();
}

void AlertFilterProxy::setText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

void AlertFilterProxy::setMaxAge(qint64 maxAgeMs)
{
    m_maxAgeMs = qMax<qint64>(0, maxAgeMs);
    invalidateFilter();
}

bool AlertFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (i.data(AlertTableModel::SeverityRole).toInt() < int(m_minSeverity))
        return false;
    if (!m_pbx.isEmpty() && i.data(AlertTableModel::PbxRole).toString() != m_pbx)
        return false;
    if (!m_rule.isEmpty() && i.data(AlertTableModel::RuleRole).toString() != m_rule)
        return false;
    if (!m_statuses.isEmpty()
        && !m_statuses.contains(AlertStatus(i.data(AlertTableModel::StatusRole).toInt())))
        return false;
    if (m_maxAgeMs > 0
        && i.data(AlertTableModel::LastSeenRole).toLongLong() < QDateTime::currentMSecsSinceEpoch() - m_maxAgeMs)
        return false;
    if (!m_text.isEmpty()
        && !i.data(AlertTableModel::SearchRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool AlertFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(AlertTableModel::SortRole);
    const QVariant r = right.data(AlertTableModel::SortRole);
    if (l.userType() == QMetaType::QString)
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace tg
