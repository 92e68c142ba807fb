#include "BlockTableModel.h"

#include "blocking/BlockAddress.h"
#include "report/IncidentLabels.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace tg {

BlockTableModel::BlockTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString BlockTableModel::stateText(BlockState s)
{
    return IncidentLabels::blockState(s);   // same words in the block list as in incident reports
}

QString BlockTableModel::whoText(const QString &who)
{
    return who == QLatin1String("automatic") ? tr("Tollgate (automatic)") : who;
}

void BlockTableModel::setRecords(const BlockRecordList &records)
{
    m_records = records;
    rebuild();
}

void BlockTableModel::setListings(const QVector<PbxOutcome> &listings)
{
    m_listings = listings;
    rebuild();
}

void BlockTableModel::rebuild()
{
    BlockRecordList rows = m_records;
    // Listed entries that no block in force explains: made by hand or by another tool.
    QHash<QString, int> outside;
    for (const PbxOutcome &l : m_listings) {
        for (const ListedBlock &b : l.listing) {
            const BlockAddress a = BlockAddress::parse(b.address);
            const bool explained = std::any_of(m_records.cbegin(), m_records.cend(), [&](const BlockRecord &r) {
                if (r.overall() != BlockState::Active && r.overall() != BlockState::Pending)
                    return false;
                for (const BlockRecord::Target &t : r.targets)
                    if (t.pbx == l.pbx && BlockAddress::parse(r.address) == a)
                        return true;
                return false;
            });
            if (explained)
                continue;
            BlockRecord::Target t;
            t.pbx = l.pbx;
            t.backend = l.backend;
            t.state = BlockState::Active;
            t.detail = tr("made outside Tollgate");
            if (outside.contains(b.address)) {
                rows[outside.value(b.address)].targets << t;
                continue;
            }
            BlockRecord r;
            r.address = b.address;
            r.state = BlockState::Active;
            r.who = tr("outside Tollgate");
            r.targets << t;
            if (b.expiresS > 0)
                r.expiresMs = QDateTime::currentMSecsSinceEpoch() + b.expiresS * 1000;
            outside.insert(b.address, int(rows.size()));
            rows << r;
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int BlockTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BlockTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BlockTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BlockRecord &r = m_rows.at(index.row());
    const BlockState state = r.overall();
    switch (role) {
    case BlockIdRole:
        return r.id;
    case AddressRole:
        return r.address;
    case StateRole:
        return int(state);
    case PbxesRole: {
        QStringList pbxes;
        for (const BlockRecord::Target &t : r.targets)
            if (t.state == BlockState::Active || t.state == BlockState::Pending || t.state == BlockState::Failed)
                pbxes << t.pbx;
        return pbxes;
    }
    case Qt::ForegroundRole:
        if (state == BlockState::Failed)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (state != BlockState::Active && state != BlockState::Pending)
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PbxColumn) {
            QStringList lines;
            for (const BlockRecord::Target &t : r.targets)
                lines << tr("%1: %2 with %3%4").arg(t.pbx, stateText(t.state), blockBackendName(t.backend),
                                                    t.detail.isEmpty() ? QString() : QStringLiteral(" — ") + t.detail);
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case AddressColumn:
        return r.address;
    case StateColumn:
        return r.isExternal() ? tr("blocked (outside Tollgate)") : stateText(state);
    case PbxColumn: {
        QStringList parts;
        for (const BlockRecord::Target &t : r.targets)
            parts << tr("%1: %2").arg(t.pbx, stateText(t.state));
        return parts.join(QStringLiteral(", "));
    }
    case ExpiresColumn:
        if (r.expiresMs <= 0)
            return r.isExternal() ? QString() : tr("until unblocked");
        return locale.toString(QDateTime::fromMSecsSinceEpoch(r.expiresMs), QLocale::ShortFormat);
    case ReasonColumn:
        return r.alertId > 0 ? tr("%1 (alert %2)").arg(r.reason).arg(r.alertId) : r.reason;
    case WhoColumn:
        return whoText(r.who);
    case CreatedColumn:
        return r.createdMs > 0 ? locale.toString(QDateTime::fromMSecsSinceEpoch(r.createdMs), QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QVariant BlockTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AddressColumn: return tr("Address");
    case StateColumn: return tr("State");
    case PbxColumn: return tr("On PBXes");
    case ExpiresColumn: return tr("Expires");
    case ReasonColumn: return tr("Reason");
    case WhoColumn: return tr("By");
    case CreatedColumn: return tr("Blocked at");
    default: return {};
    }
}

} // namespace tg
