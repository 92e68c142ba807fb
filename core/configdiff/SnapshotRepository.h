#pragma once

#include "ConfigSnapshot.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tg {

// Config history in SQLite on an already opened connection (Database::open / openExisting);
// use it on that connection's thread. Contents are content-addressed: a blob is stored once per
// SHA-256 however many snapshots (of however many files and PBXes) share it.
//
// The blobs hold the files as fetched, the PBX's own secrets included, because a revert must
// restore the baseline byte for byte; everything shown or exported from them is masked
// (SecretMasker). Tollgate's own credentials are never here (they live in the keychain).
class SnapshotRepository
{
public:
    explicit SnapshotRepository(const QString &connectionName);

    // Stores the content (if its hash is new) and a snapshot row; fills s.id, s.sha256, s.size.
    // False with error() on failure (nothing half-written: one transaction).
    bool add(ConfigSnapshot &s, const QByteArray &content);
    QByteArray content(const QByteArray &sha256);          // empty when absent
    bool hasContent(const QByteArray &sha256);
    int blobCount();

    ConfigSnapshot byId(qint64 id);
    // Newest first, at most `limit`.
    ConfigSnapshotList snapshots(const QString &pbx, const QString &path, int limit = 1000);
    // The newest snapshot of a file; of one source only when source is not empty.
    ConfigSnapshot latest(const QString &pbx, const QString &path, const QString &source = QString());
    QStringList files(const QString &pbx);                  // paths with snapshots, sorted
    QStringList pbxes();                                    // PBXes with snapshots, sorted

    // Approves a snapshot as its file's baseline (replacing the previous approval).
    bool approveBaseline(qint64 snapshotId, const QString &who, qint64 nowMs);
    ConfigBaseline baseline(const QString &pbx, const QString &path);
    QVector<ConfigBaseline> baselines(const QString &pbx);

    // The edited watch list of a PBX, in order; empty = the defaults for its type.
    QStringList watchedFiles(const QString &pbx);
    bool setWatchedFiles(const QString &pbx, const QStringList &paths);

    // Deletes the file's snapshots beyond the retention (never its baseline, never the newest of
    // each source) and the contents only they used; returns how many snapshots went, -1 on error.
    int prune(const QString &pbx, const QString &path, const SnapshotRetention &retention, qint64 nowMs);

    // Deletes blobs no snapshot refers to (after snapshots were pruned); returns how many.
    int pruneUnreferencedContent();

    QString error() const { return m_error; }

private:
    bool fail(const QString &what);
    QString m_connection;
    QString m_error;
};

} // namespace tg
