#include "BlockStore.h"

#include "Translations.h"
#include "store/PbxSettingsTable.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace tg {

namespace {

QString tr(const char *text)
{
    // lupdate files these strings under the enclosing class or namespace (see Translations::lookup).
    return Translations::lookup({"tg::BlockStore", "tg"}, text);
}

bool fail(QSqlQuery &q, QString *error)
{
    if (error)
        *error = tr("Could not record the block in the database: %1.").arg(q.lastError().text());
    return false;
}

const char *kColumns = "id, address, created_ms, who, reason, alert_id, ttl_s, expires_ms, state, ended_ms, ended_by";

BlockRecord fromRow(const QSqlQuery &q)
{
    BlockRecord r;
    r.id = q.value(0).toLongLong();
    r.address = q.value(1).toString();
    r.createdMs = q.value(2).toLongLong();
    r.who = q.value(3).toString();
    r.reason = q.value(4).toString();
    r.alertId = q.value(5).toLongLong();
    r.ttlS = q.value(6).toLongLong();
    r.expiresMs = q.value(7).toLongLong();
    r.state = blockStateFromName(q.value(8).toString());
    r.endedMs = q.value(9).toLongLong();
    r.endedBy = q.value(10).toString();
    return r;
}

// The outcome's item for an address, if that PBX reported on it.
const PbxOutcome::Item *itemFor(const PbxOutcome &o, const QString &address)
{
    for (const PbxOutcome::Item &i : o.items)
        if (i.address == address)
            return &i;
    return nullptr;
}

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = m_db.transaction(); }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

BlockStore::BlockStore(const QString &connectionName)
    : m_connection(connectionName)
{
}

bool BlockStore::upsertTarget(qint64 id, const PbxOutcome &o, const PbxOutcome::Item &item, qint64 nowMs, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO block_targets (block_id, pbx, backend, state, detail, updated_ms) "
                             "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(block_id, pbx) DO UPDATE SET "
                             "backend = excluded.backend, state = excluded.state, detail = excluded.detail, "
                             "updated_ms = excluded.updated_ms"));
    q.addBindValue(id);
    q.addBindValue(o.pbx);
    q.addBindValue(blockBackendName(o.backend));
    q.addBindValue(blockStateName(item.state));
    q.addBindValue(item.detail);
    q.addBindValue(nowMs);
    return q.exec() || fail(q, error);
}

bool BlockStore::refreshOverall(qint64 id, qint64 nowMs, const QString &by, QString *error)
{
    BlockRecord r = byId(id);
    if (r.id == 0)
        return true;
    const BlockState s = r.overall();
    const bool ended = s != BlockState::Active && s != BlockState::Pending;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE blocks SET state = ?, ended_ms = ?, ended_by = ? WHERE id = ?"));
    q.addBindValue(blockStateName(s));
    q.addBindValue(ended ? (r.endedMs > 0 ? r.endedMs : nowMs) : 0);
    q.addBindValue(ended ? (r.endedBy.isEmpty() ? by : r.endedBy) : QString());
    q.addBindValue(id);
    return q.exec() || fail(q, error);
}

bool BlockStore::recordBlock(const BlockPlan &plan, const QVector<PbxOutcome> &outcomes, qint64 nowMs,
                             QVector<qint64> *ids, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    const BlockRequest &req = plan.request;
    const qint64 expires = req.ttlS > 0 ? nowMs + req.ttlS * 1000 : 0;
    for (const BlockAddress &a : plan.addresses) {
        const QString addr = a.toString();
        bool any = false;
        for (const PbxOutcome &o : outcomes)
            any = any || itemFor(o, addr);
        if (!any)
            continue;
        qint64 id = 0;
        {
            QSqlQuery find(db);
            find.prepare(QStringLiteral("SELECT id FROM blocks WHERE address = ? AND state IN ('active', 'pending') "
                                        "ORDER BY id DESC LIMIT 1"));
            find.addBindValue(addr);
            if (!find.exec())
                return fail(find, error);
            if (find.next())
                id = find.value(0).toLongLong();
        }
        QSqlQuery q(db);
        if (id > 0) {
            q.prepare(QStringLiteral("UPDATE blocks SET who = ?, reason = ?, alert_id = ?, ttl_s = ?, expires_ms = ? WHERE id = ?"));
            q.addBindValue(req.who);
            q.addBindValue(req.reason);
            q.addBindValue(req.alertId);
            q.addBindValue(req.ttlS);
            q.addBindValue(expires);
            q.addBindValue(id);
            if (!q.exec())
                return fail(q, error);
        } else {
            q.prepare(QStringLiteral("INSERT INTO blocks (address, created_ms, who, reason, alert_id, ttl_s, expires_ms, state) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending')"));
            q.addBindValue(addr);
            q.addBindValue(nowMs);
            q.addBindValue(req.who);
            q.addBindValue(req.reason);
            q.addBindValue(req.alertId);
            q.addBindValue(req.ttlS);
            q.addBindValue(expires);
            if (!q.exec())
                return fail(q, error);
            id = q.lastInsertId().toLongLong();
        }
        for (const PbxOutcome &o : outcomes)
            if (const PbxOutcome::Item *item = itemFor(o, addr))
                if (!upsertTarget(id, o, *item, nowMs, error))
                    return false;
        if (!refreshOverall(id, nowMs, req.who, error))
            return false;
        if (ids)
            ids->append(id);
    }
    if (!tx.commit()) {
        if (error)
            *error = tr("Could not record the block in the database: %1.").arg(db.lastError().text());
        return false;
    }
    return true;
}

bool BlockStore::recordUnblock(const BlockPlan &plan, const QVector<PbxOutcome> &outcomes, qint64 nowMs, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    for (const BlockAddress &a : plan.addresses) {
        const QString addr = a.toString();
        QSqlQuery find(db);
        find.prepare(QStringLiteral("SELECT id FROM blocks WHERE address = ? AND state IN ('active', 'pending', 'failed')"));
        find.addBindValue(addr);
        if (!find.exec())
            return fail(find, error);
        QVector<qint64> ids;
        while (find.next())
            ids << find.value(0).toLongLong();
        for (qint64 id : ids) {
            for (const PbxOutcome &o : outcomes) {
                const PbxOutcome::Item *item = itemFor(o, addr);
                if (!item)
                    continue;
                PbxOutcome::Item it = *item;
                // A PBX that reports "was not blocked" for a row it had refused keeps the refusal.
                QSqlQuery cur(db);
                cur.prepare(QStringLiteral("SELECT state FROM block_targets WHERE block_id = ? AND pbx = ?"));
                cur.addBindValue(id);
                cur.addBindValue(o.pbx);
                if (!cur.exec())
                    return fail(cur, error);
                if (!cur.next() || cur.value(0).toString() == blockStateName(BlockState::Refused))
                    continue;
                if (!upsertTarget(id, o, it, nowMs, error))
                    return false;
            }
            if (!refreshOverall(id, nowMs, plan.request.who, error))
                return false;
        }
    }
    if (!tx.commit()) {
        if (error)
            *error = tr("Could not record the unblock in the database: %1.").arg(db.lastError().text());
        return false;
    }
    return true;
}

bool BlockStore::recordSkipped(const BlockRequest &request, const QString &detail, qint64 nowMs, qint64 *id,
                               QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO blocks (address, created_ms, who, reason, alert_id, ttl_s, expires_ms, state, "
                             "ended_ms, ended_by) VALUES (?, ?, ?, ?, ?, ?, 0, 'refused', ?, ?)"));
    q.addBindValue(request.addresses.join(QStringLiteral(", ")));
    q.addBindValue(nowMs);
    q.addBindValue(request.who);
    q.addBindValue(request.reason);
    q.addBindValue(request.alertId);
    q.addBindValue(request.ttlS);
    q.addBindValue(nowMs);
    q.addBindValue(request.who);
    if (!q.exec())
        return fail(q, error);
    const qint64 rowId = q.lastInsertId().toLongLong();
    for (const QString &pbx : request.pbxes) {
        PbxOutcome o;
        o.pbx = pbx;
        if (!upsertTarget(rowId, o, {QString(), BlockState::Refused, detail}, nowMs, error))
            return false;
    }
    if (!tx.commit()) {
        if (error)
            *error = tr("Could not record the block in the database: %1.").arg(db.lastError().text());
        return false;
    }
    if (id)
        *id = rowId;
    return true;
}

bool BlockStore::setTargetState(qint64 id, const QString &pbx, BlockState state, const QString &detail, qint64 nowMs,
                                const QString &by, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE block_targets SET state = ?, detail = ?, updated_ms = ? WHERE block_id = ? AND pbx = ?"));
    q.addBindValue(blockStateName(state));
    q.addBindValue(detail);
    q.addBindValue(nowMs);
    q.addBindValue(id);
    q.addBindValue(pbx);
    if (!q.exec())
        return fail(q, error);
    return refreshOverall(id, nowMs, by, error);
}

int BlockStore::reconcile(const QString &pbx, const QVector<ListedBlock> &listing, qint64 nowMs)
{
    QVector<BlockAddress> listed;
    for (const ListedBlock &l : listing)
        listed << BlockAddress::parse(l.address);
    int changed = 0;
    for (const BlockRecord &r : inForce()) {
        const BlockAddress a = BlockAddress::parse(r.address);
        const bool present = std::any_of(listed.cbegin(), listed.cend(), [&](const BlockAddress &l) { return l.contains(a); });
        for (const BlockRecord::Target &t : r.targets) {
            if (t.pbx != pbx || present || t.state != BlockState::Active)
                continue;
            const bool expired = r.expiresMs > 0 && r.expiresMs <= nowMs;
            if (setTargetState(r.id, pbx, expired ? BlockState::Expired : BlockState::Failed,
                               expired ? QString() : tr("no longer listed on the PBX: removed outside Tollgate?"),
                               nowMs, expired ? QStringLiteral("ttl") : QString(), nullptr))
                ++changed;
        }
    }
    return changed;
}

bool BlockStore::loadTargets(BlockRecord &r)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT pbx, backend, state, detail, updated_ms FROM block_targets WHERE block_id = ? ORDER BY pbx"));
    q.addBindValue(r.id);
    if (!q.exec())
        return false;
    while (q.next()) {
        BlockRecord::Target t;
        t.pbx = q.value(0).toString();
        t.backend = blockBackendFromName(q.value(1).toString());
        t.state = blockStateFromName(q.value(2).toString());
        t.detail = q.value(3).toString();
        t.updatedMs = q.value(4).toLongLong();
        r.targets << t;
    }
    return true;
}

BlockRecordList BlockStore::query(const QString &where, const QVariantList &binds, int limit)
{
    BlockRecordList out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM blocks %2 ORDER BY id DESC LIMIT %3")
                  .arg(QLatin1String(kColumns), where)
                  .arg(qBound(1, limit, 100000)));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return out;
    while (q.next())
        out << fromRow(q);
    for (BlockRecord &r : out)
        loadTargets(r);
    return out;
}

BlockRecordList BlockStore::list(bool includeEnded, int limit)
{
    return query(includeEnded ? QString() : QStringLiteral("WHERE state IN ('active', 'pending', 'failed')"), {}, limit);
}

BlockRecord BlockStore::byId(qint64 id)
{
    const BlockRecordList l = query(QStringLiteral("WHERE id = ?"), {id}, 1);
    return l.isEmpty() ? BlockRecord() : l.first();
}

BlockRecordList BlockStore::inForce()
{
    return query(QStringLiteral("WHERE state IN ('active', 'pending')"), {}, 100000);
}

BlockRecordList BlockStore::fromAlerts(int limit)
{
    return query(QStringLiteral("WHERE alert_id > 0"), {}, limit);
}

BlockRecordList BlockStore::dueForExpiry(qint64 nowMs)
{
    return query(QStringLiteral("WHERE state IN ('active', 'pending') AND expires_ms > 0 AND expires_ms <= ?"), {nowMs},
                 100000);
}

bool BlockStore::saveSettings(const QString &pbx, const BlockSettings &settings, QString *error)
{
    // Merged: the row also holds other per-PBX settings (the access review's).
    QString e;
    if (PbxSettingsTable::merge(m_connection, pbx, settings.toJson(), &e))
        return true;
    if (error)
        *error = tr("The blocking settings of %1 could not be saved: %2").arg(pbx, e);
    return false;
}

BlockSettings BlockStore::settings(const QString &pbx, const BlockSettings &defaults)
{
    bool found = false;
    const QJsonObject o = PbxSettingsTable::load(m_connection, pbx, &found);
    return found ? BlockSettings::fromJson(o, defaults) : defaults;
}

} // namespace tg
