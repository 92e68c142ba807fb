// Block records in SQLite: the v4 migration, recording blocks with their state per PBX,
// unblock, expiry and per-PBX settings.
#include "blocking/BlockStore.h"
#include "store/Database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;

namespace {

const QString kConn = QStringLiteral("test-blocks");

PbxOutcome outcome(const QString &pbx, const QVector<PbxOutcome::Item> &items)
{
    PbxOutcome o;
    o.pbx = pbx;
    o.backend = BlockBackend::Nftables;
    o.items = items;
    o.ok = true;
    return o;
}

BlockPlan plan(const QStringList &addresses, qint64 ttl, BlockRequest::Action action = BlockRequest::Action::Block)
{
    BlockRequest r;
    r.action = action;
    r.addresses = addresses;
    r.ttlS = ttl;
    r.who = QStringLiteral("analyst");
    r.reason = QStringLiteral("SIP brute force");
    r.alertId = 42;
    BlockPlan p;
    p.request = r;
    for (const QString &a : addresses)
        p.addresses << BlockAddress::parse(a);
    return p;
}

} // namespace

class TestBlockStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void migrationMadeTables();
    void recordBlockPerPbx();
    void reblockUpdatesTheSameRow();
    void unblockEndsIt();
    void expiry();
    void settingsRoundTrip();
    void skippedAutomaticBlockIsRecorded();

private:
    QTemporaryDir m_dir;
};

void TestBlockStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // An older file (schema 3) is migrated to the blocks schema.
    const QString path = Database::dbPath(m_dir.path());
    QVERIFY(Database::openAtVersion(path, kConn, 3).ok);
    Database::close(kConn);
    const DbOpenResult r = Database::open(path, kConn);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.schemaVersion, Database::kSchemaVersion);
}

void TestBlockStore::cleanupTestCase()
{
    Database::close(kConn);
}

void TestBlockStore::migrationMadeTables()
{
    QSqlQuery q(QSqlDatabase::database(kConn));
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'block%' ORDER BY name")));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    QCOMPARE(names, (QStringList{QStringLiteral("block_settings"), QStringLiteral("block_targets"), QStringLiteral("blocks")}));
}

void TestBlockStore::recordBlockPerPbx()
{
    BlockStore store(kConn);
    const BlockPlan p = plan({QStringLiteral("203.0.113.5"), QStringLiteral("198.51.100.9")}, 3600);
    const QVector<PbxOutcome> outcomes{
        outcome(QStringLiteral("office"), {{QStringLiteral("203.0.113.5"), BlockState::Active, {}},
                                           {QStringLiteral("198.51.100.9"), BlockState::Refused, QStringLiteral("trunk peer")}}),
        outcome(QStringLiteral("branch"), {{QStringLiteral("203.0.113.5"), BlockState::Failed, QStringLiteral("nft failed")}})};
    QVector<qint64> ids;
    QString error;
    QVERIFY2(store.recordBlock(p, outcomes, 1000000, &ids, &error), qPrintable(error));
    QCOMPARE(ids.size(), 2);
    const BlockRecord a = store.byId(ids.at(0));
    QCOMPARE(a.address, QStringLiteral("203.0.113.5"));
    QCOMPARE(a.who, QStringLiteral("analyst"));
    QCOMPARE(a.reason, QStringLiteral("SIP brute force"));
    QCOMPARE(a.alertId, 42);
    QCOMPARE(a.ttlS, 3600);
    QCOMPARE(a.expiresMs, 1000000 + 3600 * 1000);
    QCOMPARE(a.state, BlockState::Active);        // active on one PBX, failed on the other
    QCOMPARE(a.targets.size(), 2);
    QCOMPARE(a.targets.at(0).pbx, QStringLiteral("branch"));
    QCOMPARE(a.targets.at(0).state, BlockState::Failed);
    QCOMPARE(a.targets.at(0).detail, QStringLiteral("nft failed"));
    const BlockRecord b = store.byId(ids.at(1));
    QCOMPARE(b.state, BlockState::Refused);
    QVERIFY(b.endedMs > 0);
    QCOMPARE(store.inForce().size(), 1);
    const QJsonObject j = a.toJson();
    QCOMPARE(j.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(j.value(QStringLiteral("pbxes")).toArray().size(), 2);
}

void TestBlockStore::reblockUpdatesTheSameRow()
{
    BlockStore store(kConn);
    const int before = int(store.list().size());
    QVector<qint64> ids;
    QVERIFY(store.recordBlock(plan({QStringLiteral("203.0.113.5")}, 60),
                              {outcome(QStringLiteral("branch"), {{QStringLiteral("203.0.113.5"), BlockState::Active, {}}})},
                              2000000, &ids, nullptr));
    QCOMPARE(store.list().size(), before);
    const BlockRecord a = store.byId(ids.first());
    QCOMPARE(a.ttlS, 60);
    QCOMPARE(a.expiresMs, 2000000 + 60 * 1000);
    QCOMPARE(a.targets.at(0).state, BlockState::Active);   // branch now blocks it too
}

void TestBlockStore::unblockEndsIt()
{
    BlockStore store(kConn);
    const qint64 id = store.inForce().first().id;
    QString error;
    QVERIFY(store.recordUnblock(plan({QStringLiteral("203.0.113.5")}, 0, BlockRequest::Action::Unblock),
                                {outcome(QStringLiteral("office"), {{QStringLiteral("203.0.113.5"), BlockState::Removed, {}}})},
                                3000000, &error));
    QCOMPARE(store.byId(id).state, BlockState::Active);    // branch still holds it
    QVERIFY(store.recordUnblock(plan({QStringLiteral("203.0.113.5")}, 0, BlockRequest::Action::Unblock),
                                {outcome(QStringLiteral("branch"), {{QStringLiteral("203.0.113.5"), BlockState::Removed, {}}})},
                                3000001, &error));
    const BlockRecord r = store.byId(id);
    QCOMPARE(r.state, BlockState::Removed);
    QCOMPARE(r.endedMs, 3000001);
    QCOMPARE(r.endedBy, QStringLiteral("analyst"));
    QVERIFY(store.inForce().isEmpty());
    QCOMPARE(store.list(false).size(), 0);
    QCOMPARE(store.list(true).size(), 2);
}

void TestBlockStore::expiry()
{
    BlockStore store(kConn);
    QVector<qint64> ids;
    QVERIFY(store.recordBlock(plan({QStringLiteral("203.0.113.77")}, 2),
                              {outcome(QStringLiteral("office"), {{QStringLiteral("203.0.113.77"), BlockState::Active, {}}})},
                              5000000, &ids, nullptr));
    QVERIFY(store.dueForExpiry(5001999).isEmpty());
    const BlockRecordList due = store.dueForExpiry(5002000);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().id, ids.first());
    QVERIFY(store.setTargetState(ids.first(), QStringLiteral("office"), BlockState::Expired, QString(), 5002100,
                                 QStringLiteral("ttl"), nullptr));
    QCOMPARE(store.byId(ids.first()).state, BlockState::Expired);
    QVERIFY(store.dueForExpiry(6000000).isEmpty());
}

void TestBlockStore::settingsRoundTrip()
{
    BlockStore store(kConn);
    BlockSettings defaults;
    defaults.ports = {{5060, 5060}};
    QCOMPARE(store.settings(QStringLiteral("office"), defaults).ports, defaults.ports);
    BlockSettings s = defaults;
    s.scope = BlockScope::AllTraffic;
    s.fail2banJail = QStringLiteral("asterisk-pjsip");
    QVERIFY(store.saveSettings(QStringLiteral("office"), s, nullptr));
    s.fail2banJail = QStringLiteral("asterisk2");
    QVERIFY(store.saveSettings(QStringLiteral("office"), s, nullptr));
    const BlockSettings back = store.settings(QStringLiteral("office"), defaults);
    QCOMPARE(back.scope, BlockScope::AllTraffic);
    QCOMPARE(back.fail2banJail, QStringLiteral("asterisk2"));
}

void TestBlockStore::skippedAutomaticBlockIsRecorded()
{
    BlockStore store(kConn);
    BlockRequest r;
    r.addresses = {QStringLiteral("203.0.113.77")};
    r.pbxes = {QStringLiteral("office"), QStringLiteral("branch")};
    r.who = QStringLiteral("automatic");
    r.reason = QStringLiteral("Automatic block: rule brute_force_ip, alert #99");
    r.alertId = 99;
    r.ttlS = 600;
    qint64 id = 0;
    QString error;
    QVERIFY2(store.recordSkipped(r, QStringLiteral("the hourly limit was reached"), 5000, &id, &error), qPrintable(error));
    const BlockRecord rec = store.byId(id);
    QCOMPARE(rec.state, BlockState::Refused);
    QCOMPARE(rec.who, QStringLiteral("automatic"));
    QCOMPARE(rec.alertId, 99);
    QCOMPARE(rec.endedMs, 5000);
    QCOMPARE(rec.targets.size(), 2);
    for (const BlockRecord::Target &t : rec.targets) {
        QCOMPARE(t.state, BlockState::Refused);
        QCOMPARE(t.detail, QStringLiteral("the hourly limit was reached"));
    }
    // Not in force, so no expiry sweep or reconcile touches it; listed with the alert's blocks.
    for (const BlockRecord &f : store.inForce())
        QVERIFY(f.id != id);
    bool found = false;
    for (const BlockRecord &f : store.fromAlerts())
        found = found || (f.id == id && f.alertId == 99);
    QVERIFY(found);
    for (const BlockRecord &f : store.fromAlerts())
        QVERIFY(f.alertId > 0);
}

QTEST_GUILESS_MAIN(TestBlockStore)
#include "TestBlockStore.moc"
