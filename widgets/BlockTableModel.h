#pragma once

#include "blocking/BlockRecord.h"
#include "blocking/PbxOutcome.h"

#include <QAbstractTableModel>

namespace tg {

// The Blocks tab's rows: recorded blocks with their state on each PBX, and entries the PBXes
// list that Tollgate did not make (id 0, "outside Tollgate").
class BlockTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AddressColumn, StateColumn, PbxColumn, ExpiresColumn, ReasonColumn, WhoColumn, CreatedColumn, ColumnCount };
    enum Role { BlockIdRole = Qt::UserRole + 1, AddressRole, StateRole, PbxesRole };

    explicit BlockTableModel(QObject *parent = nullptr);

    void setRecords(const BlockRecordList &records);
    // The latest listing of each PBX; what no record explains becomes an "outside" row.
    void setListings(const QVector<PbxOutcome> &listings);
    BlockRecord recordAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(BlockState s);
    // The recorded name, with Tollgate's own automatic blocks named in the user's language.
    static QString whoText(const QString &who);

private:
    void rebuild();

    BlockRecordList m_records;
    QVector<PbxOutcome> m_listings;
    BlockRecordList m_rows;
};

} // namespace tg
