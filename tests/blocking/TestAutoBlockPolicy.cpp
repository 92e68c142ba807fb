// Automatic blocking: which alerts block, what request they make, and the rate limits, on a
// clock the test moves.
#include "blocking/AutoBlockPolicy.h"
#include "blocking/BlockPlanner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace tg;

namespace {

using Kind = AutoBlockPolicy::Decision::Kind;

Alert alert(const QString &subject, const QString &pbx = QStringLiteral("office"),
            const QString &rule = QStringLiteral("brute_force_ip"), qint64 id = 7)
{
    Alert a;
    a.id = id;
    a.pbx = pbx;
    a.rule = rule;
    a.subject = subject;
    a.title = QStringLiteral("Brute force from %1").arg(subject);
    return a;
}

AutoBlockSettings bruteForceOnly()
{
    AutoBlockSettings s;
    s.rules = {QStringLiteral("brute_force_ip")};
    s.ttlS = 600;
    s.maxPerHour = 3;
    s.maxPerHourPerPbx = 2;
    return s;
}

const QStringList kPbxes{QStringLiteral("office"), QStringLiteral("branch")};

} // namespace

class TestAutoBlockPolicy : public QObject
{
    Q_OBJECT
private slots:
    void offByDefault();
    void blocksTheAlertsAddressOnItsPbx();
    void onlyChosenRulesAndHostAddresses();
    void allPbxesTarget();
    void noPbxToBlockOn();
    void alreadyBlockedIsLeftOut();
    void hourlyLimitOverall();
    void hourlyLimitPerPbx();
    void limitWindowSlides();
    void settingsRoundTripAndValidation();
    void requestGoesThroughTheSameValidation();
};

void TestAutoBlockPolicy::offByDefault()
{
    ManualClock clock(1000000);
    AutoBlockPolicy p(clock);
    QVERIFY(!AutoBlockSettings().isEnabled());
    for (const QString &rule : AutoBlockSettings::eligibleRules())
        QCOMPARE(p.consider(alert(QStringLiteral("203.0.113.5"), QStringLiteral("office"), rule), kPbxes).kind, Kind::Ignore);
    QCOMPARE(p.madeInLastHour(), 0);
}

void TestAutoBlockPolicy::blocksTheAlertsAddressOnItsPbx()
{
    ManualClock clock(1000000);
    AutoBlockPolicy p(clock);
    p.setSettings(bruteForceOnly());
    const AutoBlockPolicy::Decision d = p.consider(alert(QStringLiteral("203.0.113.5")), kPbxes);
    QCOMPARE(d.kind, Kind::Block);
    QVERIFY(d.note.isEmpty());
    QCOMPARE(d.request.action, BlockRequest::Action::Block);
    QCOMPARE(d.request.addresses, QStringList{QStringLiteral("203.0.113.5")});
    QCOMPARE(d.request.pbxes, QStringList{QStringLiteral("office")});
    QCOMPARE(d.request.ttlS, 600);
    QCOMPARE(d.request.who, QStringLiteral("automatic"));
    QCOMPARE(d.request.alertId, 7);
    QVERIFY(d.request.reason.contains(QStringLiteral("brute_force_ip")));
    QVERIFY(d.request.reason.contains(QStringLiteral("#7")));
    QCOMPARE(p.madeInLastHour(), 1);
    QCOMPARE(p.madeInLastHour(QStringLiteral("office")), 1);
    QCOMPARE(p.madeInLastHour(QStringLiteral("branch")), 0);
    // IPv6 subjects are canonicalized as the runner would.
    const AutoBlockPolicy::Decision v6 = p.consider(alert(QStringLiteral("2001:DB8:0:0::7")), kPbxes);
    QCOMPARE(v6.kind, Kind::Block);
    QCOMPARE(v6.request.addresses, QStringList{QStringLiteral("2001:db8::7")});
}

void TestAutoBlockPolicy::onlyChosenRulesAndHostAddresses()
{
    ManualClock clock(1000000);
    AutoBlockPolicy p(clock);
    p.setSettings(bruteForceOnly());
    QCOMPARE(p.consider(alert(QStringLiteral("203.0.113.5"), QStringLiteral("office"), QStringLiteral("scanner")), kPbxes).kind,
             Kind::Ignore);
    // Subjects that are not one host address never make a request.
    for (const char *subject : {"1001", "office", "198.51.100.0/24", "1.2.3.4; rm -rf /", "$(id)", "1.2.3.4\nid", ""})
        QCOMPARE(p.consider(alert(QString::fromLatin1(subject)), kPbxes).kind, Kind::Ignore);
    QCOMPARE(p.madeInLastHour(), 0);
}

void TestAutoBlockPolicy::allPbxesTarget()
{
    ManualClock clock(1000000);
    AutoBlockPolicy p(clock);
    AutoBlockSettings s = bruteForceOnly();
    s.target = AutoBlockSettings::Target::AllPbxes;
    p.setSettings(s);
    // Even an alert of a PBX without SSH (the Demo PBX) blocks on every PBX that can.
    const AutoBlockPolicy::Decision d = p.consider(alert(QStringLiteral("203.0.113.5"), QStringLiteral("Demo PBX")), kPbxes);
    QCOMPARE(d.kind, Kind::Block);
    QCOMPARE(d.request.pbxes, kPbxes);
    QCOMPARE(p.madeInLastHour(QStringLiteral("office")), 1);
    QCOMPARE(p.madeInLastHour(QStringLiteral("branch")), 1);
}

void TestAutoBlockPolicy::noPbxToBlockOn()
{
    ManualClock clock(1000000);
    AutoBlockPolicy p(clock);
    p.setSettings(bruteForceOnly());
    const AutoBlockPolicy::Decision d = p.consider(alert(QStringLiteral("203.0.113.5"), QStringLiteral("Demo PBX")), kPbxes);
    QCOMPARE(d.kind, Kind::NoPbx);
    QVERIFY(d.note.contains(QStringLiteral("Demo PBX")));
    QVERIFY(d.note.contains(QStringLiteral("SSH")));
    QCOMPARE(d.request.pbxes, QStringList{QStringLiteral("Demo PBX")});
    QCOMPARE(p.madeInLastHour(), 0);   // nothing ran, nothing counted
}

void TestAutoBlockPolicy::alreadyBlockedIsLeftOut()
{
    ManualClock clock(1000000);
    AutoBlockPolicy p(clock);
    AutoBlockSettings s = bruteForceOnly();
    s.target = AutoBlockSettings::Target::AllPbxes;
    p.setSettings(s);
    // A manual block in force on "office" is not replaced (its own duration stays).
    const auto blockedOnOffice = [](const QString &address, const QString &pbx) {
        return address == QLatin1String("203.0.113.5") && pbx == QLatin1String("office");
    };
    AutoBlockPolicy::Decision d = p.consider(alert(QStringLiteral("203.0.113.5")), kPbxes, blockedOnOffice);
    QCOMPARE(d.kind, Kind::Block);
    QCOMPARE(d.request.pbxes, QStringList{QStringLiteral("branch")});
    const auto blockedEverywhere = [](const QString &, const QString &) { return true; };
    d = p.consider(alert(QStringLiteral("203.0.113.6")), kPbxes, blockedEverywhere);
    QCOMPARE(d.kind, Kind::Ignore);
    QCOMPARE(p.madeInLastHour(), 1);
}

void TestAutoBlockPolicy::hourlyLimitOverall()
{
    ManualClock clock(1000000);
    AutoBlockPolicy p(clock);
    AutoBlockSettings s = bruteForceOnly();
    s.maxPerHourPerPbx = 100;
    p.setSettings(s);
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(p.consider(alert(QStringLiteral("203.0.113.%1").arg(i), i % 2 ? QStringLiteral("office") : QStringLiteral("branch")),
                            kPbxes).kind,
                 Kind::Block);
        clock.advanceMs(60 * 1000);
    }
    const AutoBlockPolicy::Decision d = p.consider(alert(QStringLiteral("203.0.113.4")), kPbxes);
    QCOMPARE(d.kind, Kind::RateLimited);
    QVERIFY2(d.note.contains(QStringLiteral("203.0.113.4")) && d.note.contains(QStringLiteral("3 automatic blocks per hour")),
             qPrintable(d.note));
    QCOMPARE(d.request.pbxes, QStringList{QStringLiteral("office")});   // what would have run, for the record
    QCOMPARE(p.madeInLastHour(), 3);                                    // a refusal is not counted
}

void TestAutoBlockPolicy::hourlyLimitPerPbx()
{
    ManualClock clock(1000000);
    AutoBlockPolicy p(clock);
    AutoBlockSettings s = bruteForceOnly();
    s.maxPerHour = 100;
    s.target = AutoBlockSettings::Target::AllPbxes;
    p.setSettings(s);
    // Two blocks on "office" alone (its alerts, target: the alert's PBX) ...
    s.target = AutoBlockSettings::Target::AlertPbx;
    p.setSettings(s);
    QCOMPARE(p.consider(alert(QStringLiteral("203.0.113.1")), kPbxes).kind, Kind::Block);
    QCOMPARE(p.consider(alert(QStringLiteral("203.0.113.2")), kPbxes).kind, Kind::Block);
    AutoBlockPolicy::Decision d = p.consider(alert(QStringLiteral("203.0.113.3")), kPbxes);
    QCOMPARE(d.kind, Kind::RateLimited);
    QVERIFY(d.note.contains(QStringLiteral("office")));
    // ... while "branch" still has room.
    QCOMPARE(p.consider(alert(QStringLiteral("203.0.113.3"), QStringLiteral("branch")), kPbxes).kind, Kind::Block);
    // All PBXes: "office" is left out and said so, "branch" gets the block.
    s.target = AutoBlockSettings::Target::AllPbxes;
    p.setSettings(s);
    d = p.consider(alert(QStringLiteral("203.0.113.4")), kPbxes);
    QCOMPARE(d.kind, Kind::Block);
    QCOMPARE(d.request.pbxes, QStringList{QStringLiteral("branch")});
    QCOMPARE(d.skippedPbxes, QStringList{QStringLiteral("office")});
    QVERIFY(d.note.contains(QStringLiteral("office")));
    QCOMPARE(p.madeInLastHour(QStringLiteral("branch")), 2);
    QCOMPARE(p.consider(alert(QStringLiteral("203.0.113.5")), kPbxes).kind, Kind::RateLimited);
}

void TestAutoBlockPolicy::limitWindowSlides()
{
    ManualClock clock(1000000);
    AutoBlockPolicy p(clock);
    p.setSettings(bruteForceOnly());   // 2 per PBX per hour
    QCOMPARE(p.consider(alert(QStringLiteral("203.0.113.1")), kPbxes).kind, Kind::Block);
    clock.advanceMs(30 * 60 * 1000);
    QCOMPARE(p.consider(alert(QStringLiteral("203.0.113.2")), kPbxes).kind, Kind::Block);
    QCOMPARE(p.consider(alert(QStringLiteral("203.0.113.3")), kPbxes).kind, Kind::RateLimited);
    // An hour after the first block, its slot is free again; the second still counts.
    clock.advanceMs(30 * 60 * 1000);
    QCOMPARE(p.madeInLastHour(QStringLiteral("office")), 1);
    QCOMPARE(p.consider(alert(QStringLiteral("203.0.113.3")), kPbxes).kind, Kind::Block);
    QCOMPARE(p.consider(alert(QStringLiteral("203.0.113.4")), kPbxes).kind, Kind::RateLimited);
    clock.advanceMs(2 * 3600 * 1000);
    QCOMPARE(p.madeInLastHour(), 0);
    QCOMPARE(p.consider(alert(QStringLiteral("203.0.113.4")), kPbxes).kind, Kind::Block);
}

void TestAutoBlockPolicy::settingsRoundTripAndValidation()
{
    AutoBlockSettings s = bruteForceOnly();
    s.rules << QStringLiteral("scanner");
    s.target = AutoBlockSettings::Target::AllPbxes;
    s.ttlS = 0;
    QVERIFY(s.validate(nullptr));
    QCOMPARE(AutoBlockSettings::fromJson(s.toJson()), s);
    // Unknown rules, and values out of range, fall back to safe defaults.
    QJsonObject o = s.toJson();
    o.insert(QStringLiteral("rules"), QJsonArray{QStringLiteral("toll_fraud_destination"), QStringLiteral("scanner")});
    o.insert(QStringLiteral("max_per_hour"), -5);
    o.insert(QStringLiteral("ttl_s"), 1e12);
    const AutoBlockSettings back = AutoBlockSettings::fromJson(o);
    QCOMPARE(back.rules, QStringList{QStringLiteral("scanner")});
    QCOMPARE(back.maxPerHour, AutoBlockSettings().maxPerHour);
    QCOMPARE(back.ttlS, AutoBlockSettings().ttlS);
    QCOMPARE(AutoBlockSettings::fromJson(QJsonObject()), AutoBlockSettings());
    QString why;
    s.rules = {QStringLiteral("toll_fraud_destination")};
    QVERIFY(!s.validate(&why));
    QVERIFY(!why.isEmpty());
    s = bruteForceOnly();
    s.maxPerHourPerPbx = 0;
    QVERIFY(!s.validate(&why));
}

void TestAutoBlockPolicy::requestGoesThroughTheSameValidation()
{
    // The automatic request is an ordinary one: the planner's general rules refuse what they
    // refuse for a person (here loopback and an allowlisted range).
    ManualClock clock(1000000);
    AutoBlockPolicy p(clock);
    p.setSettings(bruteForceOnly());
    BlockSettings general;
    general.allowlist = {QStringLiteral("198.51.100.0/24")};
    for (const char *subject : {"127.0.0.1", "198.51.100.9"}) {
        const AutoBlockPolicy::Decision d = p.consider(alert(QString::fromLatin1(subject)), kPbxes);
        QCOMPARE(d.kind, Kind::Block);
        const BlockPlan plan = BlockPlanner::validate(d.request, general);
        QVERIFY2(plan.addresses.isEmpty(), subject);
        QCOMPARE(plan.invalid.size(), 1);
        clock.advanceMs(3600 * 1000);
    }
}

QTEST_GUILESS_MAIN(TestAutoBlockPolicy)
#include "TestAutoBlockPolicy.moc"
