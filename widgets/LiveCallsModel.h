#pragma once

#include "LiveSnapshot.h"

#include <QAbstractTableModel>

#include <functional>

class QTimer;

namespace tg {

// Calls in progress from each snapshot's activeCalls, matched by PBX and call id so rows
// (and the selection) survive updates. The duration ticks every second on its own.
class LiveCallsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PbxColumn,
        CallerColumn,
        DestinationColumn,
        SourceColumn,
        StateColumn,
        StartedColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role { CallIdRole = Qt::UserRole + 1, PbxRole };

    explicit LiveCallsModel(QObject *parent = nullptr);

    void setCalls(const QVector<ActiveCall> &calls);
    ActiveCall callAt(int row) const;
    void setPbxFilter(const QString &pbx);   // empty = all
    void setNowFunction(std::function<qint64()> now) { m_now = std::move(now); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void apply();
    static QString key(const ActiveCall &c) { return c.pbx + QLatin1Char('\x1f') + c.callId; }

    QVector<ActiveCall> m_all;
    QVector<ActiveCall> m_rows;
    QString m_pbx;
    QTimer *m_tick;
    std::function<qint64()> m_now;
};

} // namespace tg
