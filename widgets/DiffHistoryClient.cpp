#include "DiffHistoryClient.h"

#include "configdiff/SnapshotRepository.h"
#include "configdiff/WatchList.h"
#include "store/Database.h"
#include "store/PbxRepository.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QMetaObject>
#include <QPointer>
#include <QSqlDatabase>

namespace tg {

namespace {
QAtomicInt g_clients;
}

DiffHistoryClient::DiffHistoryClient(const QString &dbPath, QObject *parent)
    : QObject(parent)
    , m_dbPath(dbPath)
    , m_connection(QStringLiteral("tollgate-diffhistory-%1").arg(g_clients.fetchAndAddRelaxed(1) + 1))
    , m_context(new QObject)
{
    qRegisterMetaType<ConfigSnapshotList>();
    qRegisterMetaType<ConfigBaseline>();
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("DiffHistory"));
    m_thread.start();
}

DiffHistoryClient::~DiffHistoryClient()
{
    const QString conn = m_connection;
    // After the queued jobs, on the thread that owns the connection.
    QMetaObject::invokeMethod(m_context, [conn] { Database::close(conn); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template <typename F>
void DiffHistoryClient::run(F job)
{
    const QString conn = m_connection;
    const QString path = m_dbPath;
    QPointer<DiffHistoryClient> self(this);
    QMetaObject::invokeMethod(m_context, [=] {
        if (!QSqlDatabase::contains(conn)) {
            const DbOpenResult r = Database::openExisting(path, conn);
            if (!r.ok) {
                const QString error = r.error;
                QMetaObject::invokeMethod(self.data(), [self, error] {
                    if (self)
                        emit self->failed(error);
                });
                Database::close(conn);
                return;
            }
        }
        SnapshotRepository repo(conn);
        job(repo, conn, self);
    });
}

// Answers are queued back to the client's thread; dropped if it is gone.
#define TG_ANSWER(body) QMetaObject::invokeMethod(self.data(), [=] { if (self) { body; } })

void DiffHistoryClient::listPbxes()
{
    run([](SnapshotRepository &repo, const QString &conn, QPointer<DiffHistoryClient> self) {
        QStringList names;
        for (const PbxProfile &p : PbxRepository(conn).list())
            names << p.name;
        for (const QString &n : repo.pbxes())
            if (!names.contains(n))
                names << n;
        TG_ANSWER(emit self->pbxesListed(names));
    });
}

void DiffHistoryClient::listFiles(const QString &pbx)
{
    run([pbx](SnapshotRepository &repo, const QString &, QPointer<DiffHistoryClient> self) {
        const QStringList files = repo.files(pbx);
        TG_ANSWER(emit self->filesListed(pbx, files));
    });
}

void DiffHistoryClient::listSnapshots(const QString &pbx, const QString &path)
{
    run([pbx, path](SnapshotRepository &repo, const QString &, QPointer<DiffHistoryClient> self) {
        const ConfigSnapshotList list = repo.snapshots(pbx, path);
        const ConfigBaseline baseline = repo.baseline(pbx, path);
        TG_ANSWER(emit self->snapshotsListed(pbx, path, list, baseline));
    });
}

void DiffHistoryClient::loadContents(int requestId, const ConfigSnapshot &a, const ConfigSnapshot &b)
{
    run([requestId, a, b](SnapshotRepository &repo, const QString &, QPointer<DiffHistoryClient> self) {
        const QByteArray ca = a.isNull() ? QByteArray() : repo.content(a.sha256);
        const QByteArray cb = b.isNull() ? QByteArray() : repo.content(b.sha256);
        TG_ANSWER(emit self->contentsLoaded(requestId, ca, cb));
    });
}

void DiffHistoryClient::approveBaseline(const ConfigSnapshot &s, const QString &who)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    run([s, who, now](SnapshotRepository &repo, const QString &, QPointer<DiffHistoryClient> self) {
        const bool ok = repo.approveBaseline(s.id, who, now);
        const ConfigBaseline b = repo.baseline(s.pbx, s.path);
        const QString error = ok ? QString() : repo.error();
        TG_ANSWER(emit self->baselineApproved(ok, b, error));
    });
}

void DiffHistoryClient::loadWatchList(const QString &pbx)
{
    run([pbx](SnapshotRepository &repo, const QString &conn, QPointer<DiffHistoryClient> self) {
        QStringList paths = repo.watchedFiles(pbx);
        const bool isDefault = paths.isEmpty();
        if (isDefault)
            paths = WatchList::defaults(PbxRepository(conn).byName(pbx).type);
        TG_ANSWER(emit self->watchListLoaded(pbx, paths, isDefault));
    });
}

void DiffHistoryClient::saveWatchList(const QString &pbx, const QStringList &paths)
{
    run([pbx, paths](SnapshotRepository &repo, const QString &, QPointer<DiffHistoryClient> self) {
        const bool ok = repo.setWatchedFiles(pbx, paths);
        const QString error = ok ? QString() : repo.error();
        TG_ANSWER(emit self->watchListSaved(ok, error));
    });
}

#undef TG_ANSWER

} // namespace tg
