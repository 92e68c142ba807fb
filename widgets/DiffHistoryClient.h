#pragma once

#include "PbxProfile.h"
#include "configdiff/ConfigSnapshot.h"

#include <QObject>
#include <QStringList>
#include <QThread>

namespace tg {

// The config history as the diff view reads it: every request runs on the client's own thread
// with its own SQLite connection and answers with a signal, so the GUI thread never waits on
// the disk. Calls are made on the GUI thread.
class DiffHistoryClient : public QObject
{
    Q_OBJECT
public:
    explicit DiffHistoryClient(const QString &dbPath, QObject *parent = nullptr);
    ~DiffHistoryClient() override;   // finishes the running request and joins the thread

    void listPbxes();
    void listFiles(const QString &pbx);
    void listSnapshots(const QString &pbx, const QString &path);
    void loadContents(int requestId, const tg::ConfigSnapshot &a, const tg::ConfigSnapshot &b);
    void approveBaseline(const tg::ConfigSnapshot &s, const QString &who);
    void loadWatchList(const QString &pbx);
    void saveWatchList(const QString &pbx, const QStringList &paths);

Q_SIGNALS:
    // Configured PBXes and those with snapshots (a removed PBX keeps its history).
    void pbxesListed(const QStringList &names);
    void filesListed(const QString &pbx, const QStringList &files);
    void snapshotsListed(const QString &pbx, const QString &path, const tg::ConfigSnapshotList &snapshots,
                         const tg::ConfigBaseline &baseline);
    void contentsLoaded(int requestId, const QByteArray &a, const QByteArray &b);
    void baselineApproved(bool ok, const tg::ConfigBaseline &baseline, const QString &error);
    // The stored list, or the defaults for the PBX's type when none is stored (isDefault).
    void watchListLoaded(const QString &pbx, const QStringList &paths, bool isDefault);
    void watchListSaved(bool ok, const QString &error);
    void failed(const QString &error);

private:
    template <typename F>
    void run(F job);

    QString m_dbPath;
    QString m_connection;
    QThread m_thread;
    QObject *m_context;           // lives on m_thread; jobs are queued to it
};

} // namespace tg
