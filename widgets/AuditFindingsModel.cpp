#include "AuditFindingsModel.h"

#include "ConsoleStyle.h"

namespace tg {

AuditFindingsModel::AuditFindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditFindingsModel::setFindings(const FindingList &findings)
{
    beginResetModel();
    m_findings = findings;
    sortFindings(m_findings);
    m_status.clear();
    endResetModel();
}

const Finding *AuditFindingsModel::finding(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings[row] : nullptr;
}

void AuditFindingsModel::setStatus(const QString &key, const QString &status)
{
    if (status.isEmpty())
        m_status.remove(key);
    else
        m_status.insert(key, status);
    for (int r = 0; r < m_findings.size(); ++r)
        if (m_findings[r].key() == key)
            Q_EMIT dataChanged(index(r, StatusColumn), index(r, StatusColumn));
}

int AuditFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int AuditFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const Finding &f = m_findings[index.row()];
    if (role == FindingKeyRole)
        return f.key();
    if (role == Qt::ToolTipRole)
        return f.check;
    if (role == Qt::DecorationRole && index.column() == SeverityColumn)
        return ConsoleStyle::dotIcon(ConsoleStyle::severityColor(f.severity));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeverityColumn: return ConsoleStyle::severityText(f.severity);
    case TitleColumn: return f.title;
    case LocationColumn: return f.location();
    case StatusColumn: {
        const QString s = m_status.value(f.key());
        return !s.isEmpty() ? s : (f.fixable() ? tr("Can be fixed") : QString());
    }
    default: break;
    }
    return {};
}

QVariant AuditFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case TitleColumn: return tr("Finding");
    case LocationColumn: return tr("Where");
    case StatusColumn: return tr("Remediation");
    default: break;
    }
    return {};
}

} // namespace tg
