#include "SnapshotRepository.h"

#include "ConfigDiff.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tg {

namespace {

const char kSelect[] = "SELECT id, pbx, path, time_ms, hash, size, trigger, who, source, note FROM config_snapshots";

ConfigSnapshot fromQuery(const QSqlQuery &q)
{
    ConfigSnapshot s;
    s.id = q.value(0).toLongLong();
    s.pbx = q.value(1).toString();
    s.path = q.value(2).toString();
    s.timeMs = q.value(3).toLongLong();
    s.sha256 = q.value(4).toString().toLatin1();
    s.size = q.value(5).toLongLong();
    s.trigger = snapshotTriggerFromName(q.value(6).toString());
    s.who = q.value(7).toString();
    s.source = q.value(8).toString();
    s.note = q.value(9).toString();
    return s;
}

ConfigBaseline baselineFromQuery(const QSqlQuery &q)
{
    ConfigBaseline b;
    b.pbx = q.value(0).toString();
    b.path = q.value(1).toString();
    b.snapshotId = q.value(2).toLongLong();
    b.sha256 = q.value(3).toString().toLatin1();
    b.approvedMs = q.value(4).toLongLong();
    b.approvedBy = q.value(5).toString();
    return b;
}

} // namespace

SnapshotRepository::SnapshotRepository(const QString &connectionName) : m_connection(connectionName) {}

bool SnapshotRepository::fail(const QString &what)
{
    m_error = QCoreApplication::translate("tg::SnapshotRepository",
                                          "Could not read or store the configuration history: %1.")
                  .arg(what);
    return false;
}

bool SnapshotRepository::add(ConfigSnapshot &s, const QByteArray &content)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    s.sha256 = ConfigDiff::sha256Hex(content);
    s.size = content.size();
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery blob(db);
    blob.prepare(QStringLiteral("INSERT OR IGNORE INTO config_blobs (hash, size, binary, data) VALUES (?, ?, ?, ?)"));
    blob.addBindValue(QString::fromLatin1(s.sha256));
    blob.addBindValue(s.size);
    blob.addBindValue(ConfigDiff::looksBinary(content) ? 1 : 0);
    blob.addBindValue(content.isNull() ? QByteArray("") : content); // NOT NULL, even when empty
    QSqlQuery row(db);
    row.prepare(QStringLiteral("INSERT INTO config_snapshots (pbx, path, time_ms, hash, size, trigger, who, source, note)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    row.addBindValue(s.pbx);
    row.addBindValue(s.path);
    row.addBindValue(s.timeMs);
    row.addBindValue(QString::fromLatin1(s.sha256));
    row.addBindValue(s.size);
    row.addBindValue(snapshotTriggerName(s.trigger));
    row.addBindValue(s.who);
    row.addBindValue(s.source.isEmpty() ? QStringLiteral("file") : s.source);
    row.addBindValue(s.note);
    if (!blob.exec() || !row.exec()) {
        const QString e = blob.lastError().isValid() ? blob.lastError().text() : row.lastError().text();
        db.rollback();
        return fail(e);
    }
    if (!db.commit()) {
        const QString e = db.lastError().text();
        db.rollback();
        return fail(e);
    }
    s.id = row.lastInsertId().toLongLong();
    return true;
}

QByteArray SnapshotRepository::content(const QByteArray &sha256)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT data FROM config_blobs WHERE hash = ?"));
    q.addBindValue(QString::fromLatin1(sha256));
    if (!q.exec()) {
        fail(q.lastError().text());
        return QByteArray();
    }
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

bool SnapshotRepository::hasContent(const QByteArray &sha256)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT 1 FROM config_blobs WHERE hash = ?"));
    q.addBindValue(QString::fromLatin1(sha256));
    return q.exec() && q.next();
}

int SnapshotRepository::blobCount()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT count(*) FROM config_blobs")) && q.next() ? q.value(0).toInt() : 0;
}

ConfigSnapshot SnapshotRepository::byId(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(q.lastError().text());
        return ConfigSnapshot();
    }
    return q.next() ? fromQuery(q) : ConfigSnapshot();
}

ConfigSnapshotList SnapshotRepository::snapshots(const QString &pbx, const QString &path, int limit)
{
    ConfigSnapshotList out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QString::fromLatin1(kSelect)
              + QStringLiteral(" WHERE pbx = ? AND path = ? ORDER BY time_ms DESC, id DESC LIMIT ?"));
    q.addBindValue(pbx);
    q.addBindValue(path);
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

ConfigSnapshot SnapshotRepository::latest(const QString &pbx, const QString &path, const QString &source)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE pbx = ? AND path = ?")
              + (source.isEmpty() ? QString() : QStringLiteral(" AND source = ?"))
              + QStringLiteral(" ORDER BY time_ms DESC, id DESC LIMIT 1"));
    q.addBindValue(pbx);
    q.addBindValue(path);
    if (!source.isEmpty())
        q.addBindValue(source);
    if (!q.exec()) {
        fail(q.lastError().text());
        return ConfigSnapshot();
    }
    return q.next() ? fromQuery(q) : ConfigSnapshot();
}

QStringList SnapshotRepository::files(const QString &pbx)
{
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT DISTINCT path FROM config_snapshots WHERE pbx = ? ORDER BY path"));
    q.addBindValue(pbx);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

QStringList SnapshotRepository::pbxes()
{
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT DISTINCT pbx FROM config_snapshots ORDER BY pbx")))
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

bool SnapshotRepository::approveBaseline(qint64 snapshotId, const QString &who, qint64 nowMs)
{
    const ConfigSnapshot s = byId(snapshotId);
    if (s.isNull())
        return fail(QCoreApplication::translate("tg::SnapshotRepository", "snapshot %1 does not exist").arg(snapshotId));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO config_baselines (pbx, path, snapshot_id, hash, approved_ms, approved_by)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.pbx);
    q.addBindValue(s.path);
    q.addBindValue(s.id);
    q.addBindValue(QString::fromLatin1(s.sha256));
    q.addBindValue(nowMs);
    q.addBindValue(who);
    return q.exec() || fail(q.lastError().text());
}

ConfigBaseline SnapshotRepository::baseline(const QString &pbx, const QString &path)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT pbx, path, snapshot_id, hash, approved_ms, approved_by FROM config_baselines"
                             " WHERE pbx = ? AND path = ?"));
    q.addBindValue(pbx);
    q.addBindValue(path);
    if (!q.exec()) {
        fail(q.lastError().text());
        return ConfigBaseline();
    }
    return q.next() ? baselineFromQuery(q) : ConfigBaseline();
}

QVector<ConfigBaseline> SnapshotRepository::baselines(const QString &pbx)
{
    QVector<ConfigBaseline> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT pbx, path, snapshot_id, hash, approved_ms, approved_by FROM config_baselines"
                             " WHERE pbx = ? ORDER BY path"));
    q.addBindValue(pbx);
    if (q.exec())
        while (q.next())
            out.append(baselineFromQuery(q));
    return out;
}

QStringList SnapshotRepository::watchedFiles(const QString &pbx)
{
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT path FROM config_watch WHERE pbx = ? ORDER BY position"));
    q.addBindValue(pbx);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

bool SnapshotRepository::setWatchedFiles(const QString &pbx, const QStringList &paths)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM config_watch WHERE pbx = ?"));
    del.addBindValue(pbx);
    bool ok = del.exec();
    QString e = del.lastError().text();
    int position = 0;
    for (const QString &p : paths) {
        if (!ok)
            break;
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT OR IGNORE INTO config_watch (pbx, path, position) VALUES (?, ?, ?)"));
        ins.addBindValue(pbx);
        ins.addBindValue(p);
        ins.addBindValue(position++);
        ok = ins.exec();
        e = ins.lastError().text();
    }
    if (!ok || !db.commit()) {
        db.rollback();
        return fail(e);
    }
    return true;
}

int SnapshotRepository::prune(const QString &pbx, const QString &path, const SnapshotRetention &retention,
                              qint64 nowMs)
{
    if (!retention.limits())
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // Which rows go: not the baseline, not the newest of a source, and past the count or the age.
    QStringList limits;
    QVariantList limitValues;
    if (retention.keepLast > 0) {
        limits << QStringLiteral("id NOT IN (SELECT id FROM config_snapshots WHERE pbx = ? AND path = ? "
                                 "ORDER BY time_ms DESC, id DESC LIMIT ?)");
        limitValues << pbx << path << retention.keepLast;
    }
    if (retention.maxAgeDays > 0) {
        limits << QStringLiteral("time_ms < ?");
        limitValues << nowMs - qint64(retention.maxAgeDays) * 24 * 3600 * 1000;
    }
    const QString where = QStringLiteral(
        " WHERE pbx = ? AND path = ?"
        " AND id NOT IN (SELECT snapshot_id FROM config_baselines WHERE pbx = ? AND path = ?)"
        " AND id NOT IN (SELECT MAX(id) FROM config_snapshots WHERE pbx = ? AND path = ? GROUP BY source)"
        " AND (%1)").arg(limits.join(QStringLiteral(" OR ")));
    const auto bind = [&](QSqlQuery &q) {
        for (int i = 0; i < 3; ++i) {
            q.addBindValue(pbx);
            q.addBindValue(path);
        }
        for (const QVariant &v : std::as_const(limitValues))
            q.addBindValue(v);
    };
    if (!db.transaction())
        return fail(db.lastError().text()), -1;
    QSqlQuery hashes(db);
    hashes.prepare(QStringLiteral("SELECT DISTINCT hash FROM config_snapshots") + where);
    bind(hashes);
    QStringList gone;
    if (hashes.exec())
        while (hashes.next())
            gone << hashes.value(0).toString();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM config_snapshots") + where);
    bind(del);
    const bool deleted = hashes.lastError().type() == QSqlError::NoError && del.exec();
    const int count = deleted ? del.numRowsAffected() : -1;
    QSqlQuery blobs(db);
    blobs.prepare(QStringLiteral("DELETE FROM config_blobs WHERE hash = ? "
                                 "AND NOT EXISTS (SELECT 1 FROM config_snapshots WHERE hash = config_blobs.hash)"));
    bool ok = deleted;
    for (const QString &h : std::as_const(gone)) {
        if (!ok)
            break;
        blobs.addBindValue(h);
        ok = blobs.exec();
    }
    if (!ok || !db.commit()) {
        const QString e = !deleted ? (del.lastError().isValid() ? del.lastError().text() : hashes.lastError().text())
                                   : blobs.lastError().isValid() ? blobs.lastError().text() : db.lastError().text();
        db.rollback();
        return fail(e), -1;
    }
    return count;
}

int SnapshotRepository::pruneUnreferencedContent()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("DELETE FROM config_blobs WHERE hash NOT IN (SELECT hash FROM config_snapshots)")))
        return fail(q.lastError().text()), 0;
    return q.numRowsAffected();
}

} // namespace tg
