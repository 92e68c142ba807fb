#pragma once

#include "Alert.h"

#include <QSortFilterProxyModel>

namespace tg {

// Sorts alerts by the model's SortRole and filters them by severity, PBX, rule, status, time and text.
class AlertFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AlertFilterProxy(QObject *parent = nullptr);

    void setMinSeverity(Severity s);
    void setPbx(const QString &pbx);
    void setRule(const QString &rule);
    void setStatuses(const QVector<AlertStatus> &statuses);   // empty = all
    void setText(const QString &text);
    // Only alerts seen within the last maxAgeMs (0 = any time), counted from now at each filtering.
    void setMaxAge(qint64 maxAgeMs);
    QString pbx() const { return m_pbx; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Severity m_minSeverity = Severity::Info;
    QString m_pbx;
    QString m_rule;
    QVector<AlertStatus> m_statuses;
    QString m_text;
    qint64 m_maxAgeMs = 0;
};

} // namespace tg
