#include "ConfigWatcher.h"

#include "AmiConfigText.h"
#include "Clock.h"
#include "ami/AmiClient.h"
#include "configdiff/SnapshotRecorder.h"
#include "configdiff/SnapshotRepository.h"
#include "configdiff/WatchList.h"
#include "ssh/SshPool.h"
#include "ssh/SshSession.h"
#include "store/Database.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QtConcurrent>

#include <memory>

namespace tg {

namespace {

QAtomicInt g_connectionCounter;

// Shared progress of the pattern look-ups of one round.
struct Expansion {
    int pending = 0;
    QStringList paths;
};

} // namespace

ConfigWatcher::ConfigWatcher(const PbxProfile &profile, const QString &dbPath, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_dbPath(dbPath)
    , m_connection(QStringLiteral("tollgate-configwatch-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1) + 1))
    , m_clock(&Clock::system())
{
    m_storePool.setMaxThreadCount(1);
    m_storePool.setExpiryTimeout(-1);
    m_schedule.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_schedule, &QTimer::timeout, this,
            [this] { startRound(SnapshotTrigger::Schedule, QStringLiteral("scheduler")); });
    m_reloadDebounce.setSingleShot(true);
    connect(&m_reloadDebounce, &QTimer::timeout, this,
            [this] { startRound(SnapshotTrigger::Reload, QStringLiteral("reload event")); });
    setSettings(m_settings);
}

ConfigWatcher::~ConfigWatcher()
{
    // The connection belongs to the store thread: close it there, after the jobs queued before
    // (one thread, first in first out). Not QFuture::waitForFinished(), which may run the task
    // on this thread instead, nor waitForDone() first, which ends that thread.
    const QString conn = m_connection;
    QSemaphore closed;
    m_storePool.start([conn, &closed] {
        Database::close(conn);
        closed.release();
    });
    closed.acquire();
    m_storePool.waitForDone();
}

void ConfigWatcher::setSshPool(SshPool *pool)
{
    m_ssh = pool;
}

void ConfigWatcher::setAmiClient(AmiClient *ami)
{
    m_ami = ami;
}

void ConfigWatcher::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_reloadDebounce.setInterval(qMax(0, settings.reloadDebounceMs));
    if (settings.intervalMs > 0)
        m_schedule.setInterval(settings.intervalMs);
    if (m_running && settings.intervalMs > 0)
        m_schedule.start();
    else
        m_schedule.stop();
}

void ConfigWatcher::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
}

void ConfigWatcher::setWatchedFiles(const QStringList &paths)
{
    m_explicitFiles = paths;
}

void ConfigWatcher::start()
{
    m_running = true;
    setSettings(m_settings);
    startRound(SnapshotTrigger::Schedule, QStringLiteral("scheduler"));
}

void ConfigWatcher::stop()
{
    m_running = false;
    m_schedule.stop();
    m_reloadDebounce.stop();
    m_queued = false;
}

void ConfigWatcher::snapshotNow(const QString &who)
{
    startRound(SnapshotTrigger::OnDemand, who.isEmpty() ? QStringLiteral("on demand") : who);
}

void ConfigWatcher::onEvents(const EventList &events)
{
    if (!m_running)
        return;
    for (const Event &e : events) {
        if (e.kind == EventKind::ConfigReload && e.pbx == m_profile.name) {
            m_reloadDebounce.start();
            return;
        }
    }
}

template <typename R>
void ConfigWatcher::onStore(std::function<R(SnapshotRepository &)> job, std::function<void(const R &)> done)
{
    const QString conn = m_connection;
    const QString path = m_dbPath;
    auto *watcher = new QFutureWatcher<R>(this);
    connect(watcher, &QFutureWatcher<R>::finished, this, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&m_storePool, [conn, path, job]() -> R {
        if (!QSqlDatabase::contains(conn))
            Database::openExisting(path, conn); // failures surface as repository errors
        SnapshotRepository repo(conn);
        return job(repo);
    }));
}

void ConfigWatcher::startRound(SnapshotTrigger trigger, const QString &who)
{
    if (m_round.active) {
        m_queued = true; // one follow-up round, with the latest reason
        m_queuedTrigger = trigger;
        m_queuedWho = who;
        return;
    }
    m_round = Round();
    m_round.active = true;
    m_round.trigger = trigger;
    m_round.who = who;
    if (!m_explicitFiles.isEmpty()) {
        expand(m_explicitFiles);
        return;
    }
    const QString pbx = m_profile.name;
    onStore<QStringList>([pbx](SnapshotRepository &repo) { return repo.watchedFiles(pbx); },
                         [this](const QStringList &stored) {
                             expand(stored.isEmpty() ? WatchList::defaults(m_profile.type, m_settings.configDir)
                                                     : stored);
                         });
}

void ConfigWatcher::expand(const QStringList &entries)
{
    QStringList plain;
    QStringList patterns;
    for (const QString &e : entries) {
        if (!WatchList::isValidEntry(e)) {
            ++m_round.failed;
            emit fetchFailed(m_profile.name, e,
                             tr("The watched path \"%1\" of %2 is not an absolute path of plain characters; "
                                "correct it in the watch list.").arg(e, m_profile.name));
        } else if (WatchList::isPattern(e)) {
            patterns << e;
        } else {
            plain << e;
        }
    }
    if (patterns.isEmpty() || !m_ssh) {
        // Without SSH nothing can list a folder on the PBX; those entries are skipped.
        fetchAll(plain);
        return;
    }
    auto state = std::make_shared<Expansion>();
    state->pending = int(patterns.size());
    state->paths = plain;
    QPointer<ConfigWatcher> self(this);
    for (const QString &p : std::as_const(patterns)) {
        const QString dir = p.section(QLatin1Char('/'), 0, -2);
        const QString name = p.section(QLatin1Char('/'), -1);
        const QString cmd = QStringLiteral("find %1 -maxdepth 1 -type f -name %2")
                                .arg(SshSession::shellQuote(dir), SshSession::shellQuote(name));
        auto done = [self, state](const SshExecResult &r) {
            if (!self)
                return;
            if (r.status == SshStatus::Ok) { // find exits 1 for a missing folder: nothing to watch there
                QStringList found = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                found.sort();
                for (const QString &f : std::as_const(found))
                    if (WatchList::isValidEntry(f) && !WatchList::isPattern(f) && !state->paths.contains(f))
                        state->paths << f;
            }
            if (--state->pending == 0)
                self->fetchAll(state->paths);
        };
        if (m_settings.sudo)
            m_ssh->sudoExec(cmd, SshExecOptions(), done);
        else
            m_ssh->exec(cmd, SshExecOptions(), done);
    }
}

void ConfigWatcher::fetchAll(const QStringList &paths)
{
    m_round.pending = int(paths.size()) + 1; // +1 until every request is out
    for (const QString &p : paths)
        fetchOne(p);
    fileDone();
}

void ConfigWatcher::fetchOne(const QString &path)
{
    if (!m_ssh) {
        fetchViaAmi(path, tr("no SSH access is configured"));
        return;
    }
    QPointer<ConfigWatcher> self(this);
    const qint64 limit = m_settings.maxFileBytes;
    m_ssh->readFile(path, limit, SshReadMethod::Auto, m_settings.sudo,
                    [self, path, limit](const SshFileResult &r) {
                        if (!self)
                            return;
                        if (r.ok() && r.truncated)
                            self->fail(path, tr("%1 on %2 is larger than %3 MB and was not stored; raise the "
                                                "limit or remove it from the watch list.")
                                                 .arg(path, self->m_profile.name)
                                                 .arg(limit / (1024 * 1024)));
                        else if (r.ok())
                            self->record(path, r.data, QStringLiteral("ssh"));
                        else
                            self->fetchViaAmi(path, r.error);
                    });
}

void ConfigWatcher::fetchViaAmi(const QString &path, const QString &sshError)
{
    if (!m_ami || m_profile.type != PbxType::Asterisk || m_ami->state() != LinkState::Connected) {
        fail(path, tr("Could not read %1 on %2: %3").arg(path, m_profile.name, sshError));
        return;
    }
    // GetConfig takes a name relative to Asterisk's config folder.
    QString dir = m_settings.configDir.isEmpty() ? WatchList::defaultConfigDir(m_profile.type) : m_settings.configDir;
    if (!dir.endsWith(QLatin1Char('/')))
        dir += QLatin1Char('/');
    const QString name = path.startsWith(dir) ? path.mid(dir.size()) : QFileInfo(path).fileName();
    QPointer<ConfigWatcher> self(this);
    m_ami->getConfig(name, [self, path, sshError](const AmiClient::ActionResult &r) {
        if (!self)
            return;
        if (r.ok)
            self->record(path, AmiConfigText::fromGetConfig(r.response), QStringLiteral("ami"));
        else
            self->fail(path, tr("Could not read %1 on %2 over SSH (%3) nor over AMI (%4).")
                                 .arg(path, self->m_profile.name, sshError, r.error));
    });
}

void ConfigWatcher::record(const QString &path, const QByteArray &content, const QString &source)
{
    const QString pbx = m_profile.name;
    const SnapshotTrigger trigger = m_round.trigger;
    const QString who = m_round.who;
    const qint64 now = m_clock->nowMs();
    const SnapshotRetention retention = m_settings.retention;
    onStore<RecordResult>(
        [=](SnapshotRepository &repo) {
            SnapshotRecorder recorder(repo);
            RecordResult r = recorder.record(pbx, path, content, trigger, who, source, now);
            if (r.ok && r.stored && repo.prune(pbx, path, retention, now) < 0)
                qWarning("Config history of %s: %s", qPrintable(path), qPrintable(repo.error()));
            return r;
        },
        [this, path](const RecordResult &r) {
            if (!r.ok) {
                fail(path, tr("Could not store the snapshot of %1 on %2: %3").arg(path, m_profile.name, r.error));
                return;
            }
            ++m_round.fetched;
            if (r.stored) {
                ++m_round.stored;
                emit snapshotStored(r.snapshot);
            }
            if (r.hasAlert)
                emit changeDetected(r.alert, r.evidence);
            fileDone();
        });
}

void ConfigWatcher::fail(const QString &path, const QString &error)
{
    ++m_round.failed;
    emit fetchFailed(m_profile.name, path, error);
    fileDone();
}

void ConfigWatcher::fileDone()
{
    if (--m_round.pending > 0)
        return;
    const Round finished = m_round;
    m_round.active = false;
    emit roundFinished(m_profile.name, finished.fetched, finished.stored, finished.failed);
    if (m_queued) {
        m_queued = false;
        startRound(m_queuedTrigger, m_queuedWho);
    }
}

} // namespace tg
