// Config history in a real SQLite file: content addressing, snapshots, baselines, and the
// recorder that turns a changed file into an alert.
#include "configdiff/ConfigDiff.h"
#include "configdiff/SnapshotRecorder.h"
#include "configdiff/SnapshotRepository.h"
#include "store/Database.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;

namespace {

QByteArray data(const QString &rel)
{
    QFile f(QStringLiteral(TOLLGATE_TEST_DATA "/") + rel);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(rel));
    return f.readAll();
}

const QString kPbx = QStringLiteral("pbx-lab");
const QString kManager = QStringLiteral("/etc/asterisk/manager.conf");

} // namespace

class TestSnapshotRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void roundTripAndContentAddressing();
    void binaryAndEmptyContent();
    void baselineApproval();
    void watchList();
    void recorderFirstUnchangedChanged();
    void recorderAgainstBaseline();
    void recorderKeepsSourcesApart();
    void recorderIgnoresCommentOnlyChanges();
    void pruneKeepsReferencedContent();
    void retentionKeepsBaselineAndNewest();

private:
    QTemporaryDir m_dir;
    QString m_conn;
    int m_n = 0;
};

void TestSnapshotRepository::init()
{
    m_conn = QStringLiteral("snapshots-%1").arg(++m_n);
    const DbOpenResult r = Database::open(m_dir.filePath(m_conn + QStringLiteral(".sqlite")), m_conn);
    QVERIFY2(r.ok, qPrintable(r.error));
}

void TestSnapshotRepository::cleanup()
{
    Database::close(m_conn);
}

void TestSnapshotRepository::roundTripAndContentAddressing()
{
    SnapshotRepository repo(m_conn);
    const QByteArray content = data(QStringLiteral("asterisk-conf/manager.conf"));
    ConfigSnapshot a;
    a.pbx = kPbx;
    a.path = kManager;
    a.timeMs = 1000;
    a.trigger = SnapshotTrigger::Schedule;
    a.who = QStringLiteral("scheduler");
    a.source = QStringLiteral("ssh");
    QVERIFY2(repo.add(a, content), qPrintable(repo.error()));
    QVERIFY(a.id > 0);
    QCOMPARE(a.sha256, ConfigDiff::sha256Hex(content));
    QCOMPARE(a.size, content.size());

    // The same bytes on another PBX and file: a second snapshot, one blob.
    ConfigSnapshot b = a;
    b.id = 0;
    b.pbx = QStringLiteral("pbx-2");
    b.path = QStringLiteral("/etc/asterisk/manager-copy.conf");
    b.timeMs = 2000;
    QVERIFY(repo.add(b, content));
    QVERIFY(b.id != a.id);
    QCOMPARE(repo.blobCount(), 1);

    const ConfigSnapshot back = repo.byId(a.id);
    QCOMPARE(back.pbx, kPbx);
    QCOMPARE(back.path, kManager);
    QCOMPARE(back.timeMs, 1000);
    QCOMPARE(back.trigger, SnapshotTrigger::Schedule);
    QCOMPARE(back.who, QStringLiteral("scheduler"));
    QCOMPARE(back.source, QStringLiteral("ssh"));
    QCOMPARE(repo.content(back.sha256), content); // byte for byte
    QVERIFY(repo.hasContent(back.sha256));
    QVERIFY(!repo.hasContent(ConfigDiff::sha256Hex("other")));

    ConfigSnapshot c = a;
    c.id = 0;
    c.timeMs = 3000;
    c.source = QStringLiteral("ami");
    QVERIFY(repo.add(c, "changed\n"));
    QCOMPARE(repo.blobCount(), 2);
    const ConfigSnapshotList list = repo.snapshots(kPbx, kManager);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].id, c.id); // newest first
    QCOMPARE(repo.latest(kPbx, kManager).id, c.id);
    QCOMPARE(repo.latest(kPbx, kManager, QStringLiteral("ssh")).id, a.id);
    QCOMPARE(repo.files(kPbx), QStringList{kManager});
    QCOMPARE(repo.pbxes(), QStringList({QStringLiteral("pbx-2"), kPbx}));
    QVERIFY(repo.byId(999).isNull());
}

void TestSnapshotRepository::binaryAndEmptyContent()
{
    SnapshotRepository repo(m_conn);
    ConfigSnapshot s;
    s.pbx = kPbx;
    s.path = QStringLiteral("/etc/asterisk/keys/pbx.key");
    const QByteArray bin("\0\1\2\3\xff", 5);
    QVERIFY(repo.add(s, bin));
    QCOMPARE(repo.content(s.sha256), bin);
    ConfigSnapshot e;
    e.pbx = kPbx;
    e.path = QStringLiteral("/etc/asterisk/empty.conf");
    QVERIFY2(repo.add(e, QByteArray()), qPrintable(repo.error()));
    QCOMPARE(e.size, 0);
    QVERIFY(repo.hasContent(e.sha256));
    QVERIFY(repo.content(e.sha256).isEmpty());
}

void TestSnapshotRepository::baselineApproval()
{
    SnapshotRepository repo(m_conn);
    QVERIFY(repo.baseline(kPbx, kManager).isNull());
    ConfigSnapshot s;
    s.pbx = kPbx;
    s.path = kManager;
    QVERIFY(repo.add(s, "one\n"));
    QVERIFY(repo.approveBaseline(s.id, QStringLiteral("alice"), 5000));
    ConfigBaseline b = repo.baseline(kPbx, kManager);
    QCOMPARE(b.snapshotId, s.id);
    QCOMPARE(b.sha256, s.sha256);
    QCOMPARE(b.approvedBy, QStringLiteral("alice"));
    QCOMPARE(b.approvedMs, 5000);

    ConfigSnapshot t = s;
    t.id = 0;
    QVERIFY(repo.add(t, "two\n"));
    QVERIFY(repo.approveBaseline(t.id, QStringLiteral("bob"), 6000)); // replaces
    b = repo.baseline(kPbx, kManager);
    QCOMPARE(b.snapshotId, t.id);
    QCOMPARE(b.approvedBy, QStringLiteral("bob"));
    QCOMPARE(repo.baselines(kPbx).size(), 1);
    QVERIFY(!repo.approveBaseline(12345, QStringLiteral("eve"), 7000));
    QVERIFY(repo.error().contains(QStringLiteral("12345")));
}

void TestSnapshotRepository::watchList()
{
    SnapshotRepository repo(m_conn);
    QVERIFY(repo.watchedFiles(kPbx).isEmpty());
    const QStringList files{QStringLiteral("/etc/asterisk/sip.conf"), QStringLiteral("/etc/asterisk/extensions.conf")};
    QVERIFY(repo.setWatchedFiles(kPbx, files));
    QCOMPARE(repo.watchedFiles(kPbx), files); // order kept
    QVERIFY(repo.setWatchedFiles(kPbx, {files[1]}));
    QCOMPARE(repo.watchedFiles(kPbx), QStringList{files[1]});
    QVERIFY(repo.watchedFiles(QStringLiteral("other")).isEmpty());
}

void TestSnapshotRepository::recorderFirstUnchangedChanged()
{
    SnapshotRepository repo(m_conn);
    SnapshotRecorder rec(repo);
    const QByteArray original = data(QStringLiteral("asterisk-conf/manager.conf"));
    const QByteArray intruded = data(QStringLiteral("configdiff/manager-new-ami-user.conf"));

    RecordResult r = rec.record(kPbx, kManager, original, SnapshotTrigger::Schedule, QStringLiteral("scheduler"),
                                QStringLiteral("ssh"), 1000);
    QVERIFY(r.ok);
    QVERIFY(r.stored);      // first snapshot
    QVERIFY(!r.hasAlert);   // nothing to compare with

    r = rec.record(kPbx, kManager, original, SnapshotTrigger::Schedule, QStringLiteral("scheduler"),
                   QStringLiteral("ssh"), 2000);
    QVERIFY(!r.stored);     // unchanged: no new snapshot
    QVERIFY(!r.hasAlert);
    QCOMPARE(repo.snapshots(kPbx, kManager).size(), 1);

    r = rec.record(kPbx, kManager, intruded, SnapshotTrigger::Reload, QStringLiteral("reload event"),
                   QStringLiteral("ssh"), 3000);
    QVERIFY(r.stored);
    QVERIFY(r.hasAlert);
    QVERIFY(!r.againstBaseline);
    QCOMPARE(r.alert.severity, Severity::High);
    QCOMPARE(r.alert.rule, QStringLiteral("config_change"));
    QCOMPARE(r.alert.subject, kManager);
    QCOMPARE(r.alert.pbx, kPbx);
    QCOMPARE(r.alert.firstSeenMs, 3000);
    QVERIFY(r.alert.title.contains(QStringLiteral("manager.conf")));
    QVERIFY(r.alert.explanation.contains(QStringLiteral("[backup]")));
    QVERIFY(r.alert.explanation.contains(QStringLiteral("+permit = 0.0.0.0/0.0.0.0")));
    QVERIFY(!r.alert.explanation.contains(QStringLiteral("Backup#2024"))); // masked
    QVERIFY(!r.alert.explanation.contains(QStringLiteral("s3cret-ami")));
    QVERIFY(!r.alert.suggestedAction.isEmpty());
    QCOMPARE(r.evidence.type, QStringLiteral("ConfigFileChanged"));
    QCOMPARE(r.evidence.kind, EventKind::Raw); // not ConfigReload: that would trigger another fetch
    QVERIFY(r.evidence.raw.contains("+[backup]"));
    QVERIFY(!r.evidence.raw.contains("Backup#2024"));
    QCOMPARE(repo.snapshots(kPbx, kManager).size(), 2);
    QCOMPARE(repo.latest(kPbx, kManager).trigger, SnapshotTrigger::Reload);
}

void TestSnapshotRepository::recorderAgainstBaseline()
{
    SnapshotRepository repo(m_conn);
    SnapshotRecorder rec(repo);
    const QByteArray original = data(QStringLiteral("asterisk-conf/extensions.conf"));
    const QByteArray benign = data(QStringLiteral("configdiff/extensions-benign.conf"));
    const QByteArray intl = data(QStringLiteral("configdiff/extensions-new-intl-route.conf"));
    const QString path = QStringLiteral("/etc/asterisk/extensions.conf");
    const QString ssh = QStringLiteral("ssh");

    RecordResult r = rec.record(kPbx, path, original, SnapshotTrigger::OnDemand, QStringLiteral("alice"), ssh, 1000);
    QVERIFY(repo.approveBaseline(r.snapshot.id, QStringLiteral("alice"), 1001));

    // An admin's edit, approved.
    r = rec.record(kPbx, path, benign, SnapshotTrigger::Schedule, QString(), ssh, 2000);
    QVERIFY(r.hasAlert);
    QVERIFY(r.againstBaseline);
    QCOMPARE(r.alert.severity, Severity::Medium);
    QVERIFY(repo.approveBaseline(r.snapshot.id, QStringLiteral("alice"), 2001));

    // Then the intruder's route, compared with the approved edit: only the route shows.
    r = rec.record(kPbx, path, intl, SnapshotTrigger::Schedule, QString(), ssh, 3000);
    QVERIFY(r.hasAlert);
    QCOMPARE(r.reference.sha256, ConfigDiff::sha256Hex(benign));
    QCOMPARE(r.alert.severity, Severity::High);
    QVERIFY(r.alert.explanation.contains(QStringLiteral("_00.")));

    // Put back to the approved version: stored, no alert.
    r = rec.record(kPbx, path, benign, SnapshotTrigger::Revert, QStringLiteral("alice"), ssh, 4000);
    QVERIFY(r.stored);
    QVERIFY(!r.hasAlert);
    QCOMPARE(repo.snapshots(kPbx, path).size(), 4);
    QCOMPARE(repo.blobCount(), 3); // benign stored once
}

void TestSnapshotRepository::recorderKeepsSourcesApart()
{
    SnapshotRepository repo(m_conn);
    SnapshotRecorder rec(repo);
    const QByteArray viaSsh = data(QStringLiteral("asterisk-conf/sip.conf"));
    const QByteArray viaAmi = "[general]\ncontext=unauthenticated\n"; // GetConfig drops comments and layout
    QVERIFY(rec.record(kPbx, QStringLiteral("/etc/asterisk/sip.conf"), viaSsh, SnapshotTrigger::Schedule, QString(),
                       QStringLiteral("ssh"), 1000).stored);
    const RecordResult r = rec.record(kPbx, QStringLiteral("/etc/asterisk/sip.conf"), viaAmi, SnapshotTrigger::Schedule,
                                      QString(), QStringLiteral("ami"), 2000);
    QVERIFY(r.stored);
    QVERIFY(!r.hasAlert); // first AMI snapshot: not compared with the SSH text
}

void TestSnapshotRepository::recorderIgnoresCommentOnlyChanges()
{
    SnapshotRepository repo(m_conn);
    SnapshotRecorder rec(repo);
    const QString path = QStringLiteral("/etc/asterisk/sip.conf");
    QByteArray text = data(QStringLiteral("asterisk-conf/sip.conf"));
    rec.record(kPbx, path, text, SnapshotTrigger::Schedule, QString(), QStringLiteral("ssh"), 1000);
    text.replace("; chan_sip test peer", "; chan_sip test peer (reviewed)");
    const RecordResult r = rec.record(kPbx, path, text, SnapshotTrigger::Schedule, QString(), QStringLiteral("ssh"), 2000);
    QVERIFY(r.stored);
    QVERIFY(!r.hasAlert);
    QCOMPARE(r.assessment.severity, Severity::Info);
}

void TestSnapshotRepository::pruneKeepsReferencedContent()
{
    SnapshotRepository repo(m_conn);
    ConfigSnapshot s;
    s.pbx = kPbx;
    s.path = kManager;
    QVERIFY(repo.add(s, "kept\n"));
    ConfigSnapshot gone = s;
    gone.id = 0;
    QVERIFY(repo.add(gone, "dropped\n"));
    QSqlQuery q(QSqlDatabase::database(m_conn));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM config_snapshots WHERE id = %1").arg(gone.id)));
    QCOMPARE(repo.pruneUnreferencedContent(), 1);
    QCOMPARE(repo.content(s.sha256), QByteArray("kept\n"));
    QVERIFY(!repo.hasContent(gone.sha256));
}

void TestSnapshotRepository::retentionKeepsBaselineAndNewest()
{
    // Twelve daily versions of manager.conf (the real one plus a growing note), one shared with
    // another file, an approved baseline among the oldest, and one AMI snapshot.
    SnapshotRepository repo(m_conn);
    const QByteArray base = data(QStringLiteral("asterisk-conf/manager.conf"));
    const qint64 day = 24LL * 3600 * 1000;
    const qint64 now = 100 * day;
    QVector<ConfigSnapshot> all;
    for (int i = 0; i < 12; ++i) {
        ConfigSnapshot s;
        s.pbx = kPbx;
        s.path = kManager;
        s.timeMs = now - (12 - i) * day;
        s.source = QStringLiteral("ssh");
        QVERIFY(repo.add(s, base + "; revision " + QByteArray::number(i) + "\n"));
        all << s;
    }
    ConfigSnapshot ami;
    ami.pbx = kPbx;
    ami.path = kManager;
    ami.timeMs = now - 20 * day;   // the oldest, but the only one read over AMI
    ami.source = QStringLiteral("ami");
    QVERIFY(repo.add(ami, "[general]\nenabled=yes\n"));
    ConfigSnapshot other;          // another file with the same content as revision 0
    other.pbx = kPbx;
    other.path = QStringLiteral("/etc/asterisk/manager-copy.conf");
    other.timeMs = now;
    QVERIFY(repo.add(other, base + "; revision 0\n"));
    QVERIFY(repo.approveBaseline(all.at(1).id, QStringLiteral("alice"), now));

    // No limits: nothing goes.
    QCOMPARE(repo.prune(kPbx, kManager, SnapshotRetention{0, 0}, now), 0);
    // The last 5 by count: revisions 7-11 stay, with the baseline (1) and the AMI snapshot.
    QCOMPARE(repo.prune(kPbx, kManager, SnapshotRetention{5, 0}, now), 6);
    QVector<qint64> left;
    for (const ConfigSnapshot &s : repo.snapshots(kPbx, kManager))
        left << s.id;
    QCOMPARE(left, (QVector<qint64>{all[11].id, all[10].id, all[9].id, all[8].id, all[7].id, all[1].id, ami.id}));
    // Their contents went, except the one another file still uses.
    QVERIFY(!repo.hasContent(all[2].sha256));
    QVERIFY(repo.hasContent(all[0].sha256));
    QCOMPARE(repo.content(all[1].sha256), base + "; revision 1\n");
    // By age: older than 3 days goes (revisions 7, 8); the newest SSH and AMI ones and the baseline stay.
    QCOMPARE(repo.prune(kPbx, kManager, SnapshotRetention{0, 3}, now), 2);
    left.clear();
    for (const ConfigSnapshot &s : repo.snapshots(kPbx, kManager))
        left << s.id;
    QCOMPARE(left, (QVector<qint64>{all[11].id, all[10].id, all[9].id, all[1].id, ami.id}));
    // The other file was never touched.
    QCOMPARE(repo.snapshots(kPbx, other.path).size(), 1);
}

QTEST_GUILESS_MAIN(TestSnapshotRepository)
#include "TestSnapshotRepository.moc"
