// Runs inside scripts/with-sshd.sh: ConfigWatcher fetching a config folder from a real sshd.
#include "Clock.h"
#include "configdiff/ConfigDiff.h"
#include "configdiff/ConfigWatcher.h"
#include "configdiff/SnapshotRepository.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshPool.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;

namespace {

QByteArray readLocal(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeLocal(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(data);
}

QByteArray testData(const QString &rel)
{
    return readLocal(QStringLiteral(TOLLGATE_TEST_DATA "/") + rel);
}

struct RoundResult {
    int fetched = -1, stored = -1, failed = -1;
};

RoundResult waitRound(ConfigWatcher &w)
{
    QSignalSpy spy(&w, &ConfigWatcher::roundFinished);
    RoundResult r;
    if (!spy.wait(60000))
        return r;
    const QList<QVariant> args = spy.takeFirst();
    r.fetched = args.at(1).toInt();
    r.stored = args.at(2).toInt();
    r.failed = args.at(3).toInt();
    return r;
}

} // namespace

class TestConfigWatcher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void snapshotsChangesAndAlerts();
    void patternsAreExpandedOnThePbx();
    void revertRestoresBaselineByteForByte();
    void retentionOnEveryNewSnapshot();

private:
    std::unique_ptr<ConfigWatcher> makeWatcher(const QStringList &files);
    SshConfig sshConfig() const;

    QTemporaryDir m_tmp;
    QString m_confDir;
    QString m_dbPath;
    std::unique_ptr<KnownHostsStore> m_known;
    std::unique_ptr<SshPool> m_pool;
    ManualClock m_clock{1'700'000'000'000};
    PbxProfile m_profile;
};

SshConfig TestConfigWatcher::sshConfig() const
{
    SshConfig c;
    c.pbxName = QStringLiteral("pbx-lab");
    c.host = qEnvironmentVariable("TOLLGATE_SSH_HOST");
    c.port = quint16(qEnvironmentVariable("TOLLGATE_SSH_PORT").toUInt());
    c.user = qEnvironmentVariable("TOLLGATE_SSH_USER");
    c.keyFile = qEnvironmentVariable("TOLLGATE_SSH_KEY");
    c.approvedFingerprint = qEnvironmentVariable("TOLLGATE_SSH_HOSTKEY_FP");
    c.useAgent = false;
    return c;
}

void TestConfigWatcher::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("TOLLGATE_SSH_PORT"))
        QSKIP("run through scripts/with-sshd.sh (ctest does)");
    QVERIFY(m_tmp.isValid());
    // The PBX's config folder, inside the scratch folder the server can reach.
    m_confDir = qEnvironmentVariable("TOLLGATE_SSH_DIR") + QStringLiteral("/etc-asterisk");
    QVERIFY(QDir().mkpath(m_confDir + QStringLiteral("/sip_profiles")));
    for (const char *f : {"manager.conf", "sip.conf", "extensions.conf"})
        writeLocal(m_confDir + QLatin1Char('/') + QLatin1String(f), testData(QStringLiteral("asterisk-conf/") + QLatin1String(f)));

    m_dbPath = m_tmp.filePath(QStringLiteral("tollgate.sqlite"));
    const DbOpenResult r = Database::open(m_dbPath, QStringLiteral("test-reader"));
    QVERIFY2(r.ok, qPrintable(r.error));
    m_known = std::make_unique<KnownHostsStore>(m_tmp.filePath(QStringLiteral("known_hosts")));
    m_pool = std::make_unique<SshPool>(sshConfig(), m_known.get(), 2);
    m_profile.name = QStringLiteral("pbx-lab");
    m_profile.type = PbxType::Asterisk;
}

void TestConfigWatcher::cleanupTestCase()
{
    m_pool.reset();
    Database::close(QStringLiteral("test-reader"));
}

std::unique_ptr<ConfigWatcher> TestConfigWatcher::makeWatcher(const QStringList &files)
{
    auto w = std::make_unique<ConfigWatcher>(m_profile, m_dbPath);
    w->setSshPool(m_pool.get());
    w->setClock(&m_clock);
    ConfigWatcher::Settings s;
    s.intervalMs = 0;          // rounds only when the test asks
    s.reloadDebounceMs = 0;
    s.configDir = m_confDir;
    w->setSettings(s);
    w->setWatchedFiles(files);
    return w;
}

void TestConfigWatcher::snapshotsChangesAndAlerts()
{
    const QString manager = m_confDir + QStringLiteral("/manager.conf");
    auto w = makeWatcher({manager, m_confDir + QStringLiteral("/sip.conf"), m_confDir + QStringLiteral("/extensions.conf"),
                          m_confDir + QStringLiteral("/missing.conf")});
    QSignalSpy failures(w.get(), &ConfigWatcher::fetchFailed);
    QSignalSpy alerts(w.get(), &ConfigWatcher::changeDetected);
    QSignalSpy stored(w.get(), &ConfigWatcher::snapshotStored);

    w->snapshotNow(QStringLiteral("alice"));
    RoundResult r = waitRound(*w);
    QCOMPARE(r.fetched, 3);
    QCOMPARE(r.stored, 3);
    QCOMPARE(r.failed, 1);
    QCOMPARE(failures.size(), 1);
    QVERIFY(failures.first().at(1).toString().endsWith(QStringLiteral("missing.conf")));
    QVERIFY(failures.first().at(2).toString().contains(QStringLiteral("pbx-lab")));
    QCOMPARE(alerts.size(), 0); // first snapshots
    QCOMPARE(stored.size(), 3);
    const ConfigSnapshot first = stored.first().first().value<ConfigSnapshot>();
    QCOMPARE(first.who, QStringLiteral("alice"));
    QCOMPARE(first.trigger, SnapshotTrigger::OnDemand);
    QCOMPARE(first.source, QStringLiteral("ssh"));

    SnapshotRepository repo(QStringLiteral("test-reader"));
    QCOMPARE(repo.content(repo.latest(QStringLiteral("pbx-lab"), manager).sha256),
             testData(QStringLiteral("asterisk-conf/manager.conf")));

    // Unchanged: no new snapshot.
    m_clock.advanceMs(60000);
    w->snapshotNow();
    r = waitRound(*w);
    QCOMPARE(r.fetched, 3);
    QCOMPARE(r.stored, 0);
    QCOMPARE(repo.snapshots(QStringLiteral("pbx-lab"), manager).size(), 1);

    // Changed behind Tollgate's back, then a reload: a new snapshot and a High alert.
    writeLocal(manager, testData(QStringLiteral("configdiff/manager-new-ami-user.conf")));
    m_clock.advanceMs(60000);
    w->start(); // reload events count only while running; start() also runs a round
    r = waitRound(*w);
    QCOMPARE(r.stored, 1);
    QCOMPARE(alerts.size(), 1);
    Alert alert = alerts.takeFirst().first().value<Alert>();
    QCOMPARE(alert.severity, Severity::High);
    QCOMPARE(alert.subject, manager);
    QCOMPARE(alert.pbx, QStringLiteral("pbx-lab"));
    QCOMPARE(alert.firstSeenMs, m_clock.nowMs());
    QVERIFY(alert.explanation.contains(QStringLiteral("[backup]")));
    QVERIFY(!alert.explanation.contains(QStringLiteral("Backup#2024")));

    // A forwarding added, seen through a reload event.
    writeLocal(m_confDir + QStringLiteral("/extensions.conf"), testData(QStringLiteral("configdiff/extensions-forward.conf")));
    Event reload;
    reload.pbx = QStringLiteral("pbx-lab");
    reload.kind = EventKind::ConfigReload;
    reload.type = QStringLiteral("Reload");
    Event other = reload;
    other.pbx = QStringLiteral("another-pbx");
    w->onEvents({other});
    QVERIFY(!w->isBusy());
    w->onEvents({reload});
    r = waitRound(*w);
    QCOMPARE(r.stored, 1);
    QCOMPARE(alerts.size(), 1);
    alert = alerts.takeFirst().first().value<Alert>();
    QCOMPARE(alert.severity, Severity::High);
    QVERIFY(alert.explanation.contains(QStringLiteral("00447700900123")));
    QCOMPARE(repo.latest(QStringLiteral("pbx-lab"), m_confDir + QStringLiteral("/extensions.conf")).trigger,
             SnapshotTrigger::Reload);
    w->stop();
}

void TestConfigWatcher::patternsAreExpandedOnThePbx()
{
    writeLocal(m_confDir + QStringLiteral("/sip_profiles/internal.xml"), testData(QStringLiteral("esl/freeswitch.xml")));
    writeLocal(m_confDir + QStringLiteral("/sip_profiles/external.xml"), "<include><gateway name=\"gw\"/></include>\n");
    writeLocal(m_confDir + QStringLiteral("/sip_profiles/notes.txt"), "not xml\n");
    auto w = makeWatcher({m_confDir + QStringLiteral("/sip_profiles/*.xml"), m_confDir + QStringLiteral("/nowhere/*.xml"),
                          QStringLiteral("/etc/asterisk/$(id).conf")});
    QSignalSpy stored(w.get(), &ConfigWatcher::snapshotStored);
    QSignalSpy failures(w.get(), &ConfigWatcher::fetchFailed);
    w->snapshotNow();
    const RoundResult r = waitRound(*w);
    QCOMPARE(r.fetched, 2);
    QCOMPARE(r.failed, 1); // the unsafe entry, refused before anything is sent
    QCOMPARE(failures.first().at(1).toString(), QStringLiteral("/etc/asterisk/$(id).conf"));
    QStringList paths;
    for (const QList<QVariant> &s : std::as_const(stored))
        paths << s.first().value<ConfigSnapshot>().path;
    paths.sort();
    QCOMPARE(paths, QStringList({m_confDir + QStringLiteral("/sip_profiles/external.xml"),
                                 m_confDir + QStringLiteral("/sip_profiles/internal.xml")}));
}

void TestConfigWatcher::revertRestoresBaselineByteForByte()
{
    const QString sip = m_confDir + QStringLiteral("/sip.conf");
    SnapshotRepository repo(QStringLiteral("test-reader"));
    auto w = makeWatcher({sip});
    w->snapshotNow();
    QCOMPARE(waitRound(*w).fetched, 1);
    const ConfigSnapshot base = repo.latest(QStringLiteral("pbx-lab"), sip);
    QVERIFY(repo.approveBaseline(base.id, QStringLiteral("alice"), m_clock.nowMs()));

    writeLocal(sip, testData(QStringLiteral("configdiff/sip-changed-secret.conf")));
    QSignalSpy alerts(w.get(), &ConfigWatcher::changeDetected);
    m_clock.advanceMs(1000);
    w->snapshotNow();
    QCOMPARE(waitRound(*w).stored, 1);
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().first().value<Alert>().severity, Severity::High);

    // Revert: the baseline's stored bytes written back with the SSH layer's atomic write.
    const QByteArray baseline = repo.content(repo.baseline(QStringLiteral("pbx-lab"), sip).sha256);
    bool done = false;
    SshWriteResult wr;
    m_pool->writeFile(sip, baseline, false, [&](const SshWriteResult &res) {
        wr = res;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY2(wr.ok(), qPrintable(wr.error));
    QCOMPARE(readLocal(sip), baseline);
    QCOMPARE(ConfigDiff::sha256Hex(readLocal(sip)), base.sha256);

    // The next round sees the baseline again: stored, no alert.
    alerts.clear();
    w->snapshotNow();
    const RoundResult r = waitRound(*w);
    QCOMPARE(r.stored, 1);
    QCOMPARE(alerts.size(), 0);
}

// Settings -> Config history: each new snapshot of a file prunes that file's history to the
// newest N, keeping its approved baseline.
void TestConfigWatcher::retentionOnEveryNewSnapshot()
{
    const QString logger = m_confDir + QStringLiteral("/logger.conf");
    const QByteArray real = testData(QStringLiteral("asterisk-conf/logger.conf"));
    writeLocal(logger, real);
    auto w = makeWatcher({logger});
    ConfigWatcher::Settings s = w->settings();
    s.retention.keepLast = 2;
    w->setSettings(s);
    SnapshotRepository repo(QStringLiteral("test-reader"));
    const QString pbx = QStringLiteral("pbx-lab");
    w->snapshotNow();
    QCOMPARE(waitRound(*w).stored, 1);
    const ConfigSnapshot base = repo.latest(pbx, logger);
    QVERIFY(repo.approveBaseline(base.id, QStringLiteral("alice"), m_clock.nowMs()));
    for (int i = 1; i <= 4; ++i) {
        writeLocal(logger, real + "; edit " + QByteArray::number(i) + "\n");
        m_clock.advanceMs(60000);
        w->snapshotNow();
        QCOMPARE(waitRound(*w).stored, 1);
    }
    const ConfigSnapshotList left = repo.snapshots(pbx, logger);
    QCOMPARE(left.size(), 3);   // the newest two and the baseline
    QCOMPARE(repo.content(left.at(0).sha256), real + "; edit 4\n");
    QCOMPARE(repo.content(left.at(1).sha256), real + "; edit 3\n");
    QCOMPARE(left.at(2).id, base.id);
    QCOMPARE(repo.content(base.sha256), real);
}

QTEST_GUILESS_MAIN(TestConfigWatcher)
#include "TestConfigWatcher.moc"
