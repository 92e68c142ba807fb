#pragma once

#include "Alert.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>

namespace tg {

// All alerts the console knows: loaded from the store on start, then upserted by id from each
// snapshot's changedAlerts. Status and note belong to the analyst: an update from the engine
// keeps them (as the store does); a result of triage (from the store) replaces them.
class AlertTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        StatusColumn,
        PbxColumn,
        TitleColumn,
        SubjectColumn,
        CountColumn,
        LastSeenColumn,
        FirstSeenColumn,
        CostColumn,
        RuleColumn,
        ColumnCount
    };
    enum Role {
        AlertIdRole = Qt::UserRole + 1,
        SeverityRole,
        StatusRole,
        PbxRole,
        RuleRole,
        SortRole,
        SearchRole,
        LastSeenRole,          // ms since the epoch, UTC
    };

    explicit AlertTableModel(QObject *parent = nullptr);

    // triageFromIncoming: true for rows read from the store (their status and note win).
    void merge(const AlertList &alerts, bool triageFromIncoming);
    void clear();

    Alert alertAt(int row) const;
    int rowOf(qint64 id) const;
    const AlertList &alerts() const { return m_alerts; }
    QMap<Severity, int> activeCountBySeverity() const;
    int activeCount() const;              // open or acknowledged
    int openCount(Severity s) const;      // still open (nobody has acknowledged them)
    QStringList rules() const;
    static bool isActive(AlertStatus s) { return s == AlertStatus::Open || s == AlertStatus::Acknowledged; }
    void setHighlightMs(qint64 ms) { m_highlightMs = ms; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void countsChanged();
    void alertsArrived(int count);   // new alert ids (not updates), for notifications

private:
    void expireHighlights();

    AlertList m_alerts;
    QHash<qint64, int> m_rowById;
    QHash<qint64, qint64> m_arrivedMs;   // new this session: shown highlighted for a while
    qint64 m_highlightMs = 10000;
    bool m_loaded = false;
};

} // namespace tg
