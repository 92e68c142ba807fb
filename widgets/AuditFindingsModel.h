#pragma once

#include "audit/Finding.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tg {

// The findings of one audit, most severe first, with the remediation status of each.
class AuditFindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, TitleColumn, LocationColumn, StatusColumn, ColumnCount };
    enum Role { FindingKeyRole = Qt::UserRole + 1 };

    explicit AuditFindingsModel(QObject *parent = nullptr);

    void setFindings(const FindingList &findings);
    const FindingList &findings() const { return m_findings; }
    const Finding *finding(int row) const;
    // A short status for the Status column ("Fixed", "Rolled back", "Fix failed"); empty clears.
    void setStatus(const QString &key, const QString &status);
    QString status(const QString &key) const { return m_status.value(key); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    FindingList m_findings;
    QHash<QString, QString> m_status;
};

} // namespace tg
