// The detectors on generated scenarios: what must raise alerts, and what must not.
#include "ScenarioBuilder.h"
#include "detect/AlertFormatter.h"
#include "detect/Analyzer.h"
#include "detect/DetectionEngine.h"

#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using namespace tg;
using namespace tgtest;

namespace {

constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kDay = 24 * kHour;

DetectionSettings londonOffice()
{
    DetectionSettings s = DetectionSettings::defaults();
    PbxDetectionSettings p;
    p.homeCountry = QStringLiteral("GB");
    p.timeZone = QStringLiteral("Europe/London");
    p.businessHours = QStringLiteral("Mon-Fri 08:00-18:00");
    p.allowedCountries = {QStringLiteral("FR"), QStringLiteral("DE")};
    s.pbx.insert(QStringLiteral("office"), p);
    return s;
}

// The latest state of one alert (rule, and subject unless empty) among those an engine hands back.
struct LatestAlert {
    explicit LatestAlert(QString r, QString s = QString()) : rule(std::move(r)), subject(std::move(s)) {}
    QString rule;
    QString subject;
    QString text;
    int count = 0;
    void take(const AlertList &alerts)
    {
        for (const Alert &a : alerts)
            if (a.rule == rule && (subject.isEmpty() || a.subject == subject)) {
                text = a.explanation;
                count = a.count;
            }
    }
};

AnalysisResult analyze(const EventList &events, const DetectionSettings &s)
{
    Analyzer a(s);
    a.addEvents(events);
    return a.run();
}

QSet<QString> rules(const AnalysisResult &r)
{
    QSet<QString> out;
    for (const Alert &a : r.alerts)
        out.insert(a.rule);
    return out;
}

const Alert *find(const AnalysisResult &r, const QString &rule, const QString &subject = QString())
{
    for (const Alert &a : r.alerts)
        if (a.rule == rule && (subject.isEmpty() || a.subject == subject))
            return &a;
    return nullptr;
}

QString ip4(int n)
{
    return QStringLiteral("%1.%2.%3.%4").arg(10 + (n >> 24 & 0x3f)).arg(n >> 16 & 0xff).arg(n >> 8 & 0xff).arg(n & 0xff);
}

} // namespace

class TestDetectScenarios : public QObject
{
    Q_OBJECT

private slots:
    void premiumRateNight()
    {
        // A compromised phone calls a UK premium range all night, four calls at a time.
        ScenarioBuilder b;
        const qint64 start = tuesdayUtc(1, 0); // 01:00 in London (GMT in November)
        for (int i = 0; i < 48; ++i)
            b.call(start + i * 5 * kMin, QStringLiteral("1001"), QStringLiteral("0909879%1").arg(100 + i, 4, 10, QLatin1Char('0')),
                   20 * 60, QStringLiteral("203.0.113.9"));
        const AnalysisResult r = analyze(b.events(), londonOffice());
        const QString dump = AlertFormatter::toText(r, true);
        const Alert *toll = find(r, QStringLiteral("toll_fraud_destination"), QStringLiteral("1001 \u2192 GB"));
        QVERIFY2(toll, qPrintable(dump));
        QCOMPARE(toll->severity, Severity::High); // premium tier, though domestic
        QCOMPARE(toll->count, 48);
        QVERIFY(qAbs(toll->estimatedCost - 48 * 20 * 1.5) < 0.01);
        const Alert *night = find(r, QStringLiteral("off_hours_calls"), QStringLiteral("1001"));
        QVERIFY2(night, qPrintable(dump));
        QCOMPARE(night->severity, Severity::High);
        QVERIFY(find(r, QStringLiteral("sequential_dialing")));
        QVERIFY(find(r, QStringLiteral("expensive_call"), QStringLiteral("1001")));
        const Alert *burn = find(r, QStringLiteral("cost_burn_rate"), QStringLiteral("office"));
        QVERIFY2(burn, qPrintable(dump));
        QVERIFY(burn->estimatedCost >= 25);
        QVERIFY(find(r, QStringLiteral("daily_spend"), QStringLiteral("office")));
        // 20-minute calls every 5 minutes: five at once when the sixth starts ringing, over the limit of 4.
        QVERIFY(find(r, QStringLiteral("concurrent_calls"), QStringLiteral("1001")));
    }

    void slowDistributedBruteForce()
    {
        // One try every 8 minutes, each from a fresh address: no address ever looks like an attacker.
        ScenarioBuilder b;
        const qint64 start = tuesdayUtc(0);
        for (int i = 0; i < 40; ++i) {
            const QString ip = QStringLiteral("198.51.100.%1").arg(i + 10);
            b.challenge(start + i * 8 * kMin, ip, QStringLiteral("2001"));
            b.authFailure(start + i * 8 * kMin + 50, ip, QStringLiteral("2001"));
        }
        const AnalysisResult r = analyze(b.events(), DetectionSettings::defaults());
        QCOMPARE(rules(r), QSet<QString>{QStringLiteral("brute_force_account")});
        const Alert *a = find(r, QStringLiteral("brute_force_account"), QStringLiteral("2001"));
        QVERIFY(a);
        QCOMPARE(a->severity, Severity::High);
        QCOMPARE(a->firstSeenMs, start + 9 * 8 * kMin + 50); // the 10th failure, from the 10th address
        QCOMPARE(a->count, 40);
        // The sources shown are the most recently active ones, newest first.
        QVERIFY2(a->explanation.contains(QStringLiteral("Sources: 198.51.100.49, 198.51.100.48, 198.51.100.47, "
                                                        "198.51.100.46, 198.51.100.45, 198.51.100.44, 198.51.100.43, "
                                                        "198.51.100.42 and 32 more.")),
                 qPrintable(a->explanation));
    }

    void alertTextsCatchUpWhenAnAttackEnds()
    {
        // 40 failures in under 4 s: texts are rebuilt at most once a second while they pour in, so the last
        // ones arrive without a text; a second after the attack the text must match the count.
        ScenarioBuilder b;
        const qint64 start = tuesdayUtc(3);
        for (int i = 0; i < 40; ++i) {
            b.authFailure(start + i * 90, QStringLiteral("203.0.113.9"), QStringLiteral("3001"));
            b.authFailure(start + i * 100 + 50, QStringLiteral("198.51.100.%1").arg(i % 20 + 10), QStringLiteral("3002"));
            b.authFailure(start + i * 95 + 20, QStringLiteral("192.0.2.77"), QStringLiteral("user%1").arg(i));
        }
        const AnalysisResult r = analyze(b.events(), DetectionSettings::defaults());
        const Alert *ip = find(r, QStringLiteral("brute_force_ip"), QStringLiteral("203.0.113.9"));
        QVERIFY(ip);
        QCOMPARE(ip->count, 40);
        QVERIFY2(ip->explanation.contains(QStringLiteral("40 so far")), qPrintable(ip->explanation));
        const Alert *account = find(r, QStringLiteral("brute_force_account"), QStringLiteral("3002"));
        QVERIFY(account);
        QCOMPARE(account->count, 40);
        QVERIFY2(account->explanation.startsWith(QStringLiteral("40 failed logins from 20 different addresses")),
                 qPrintable(account->explanation));
        const Alert *names = find(r, QStringLiteral("enumeration"), QStringLiteral("192.0.2.77"));
        QVERIFY(names);
        QVERIFY2(names->explanation.startsWith(QStringLiteral("192.0.2.77 tried 40 different account names")),
                 qPrintable(names->explanation));
    }

    void liveTextsCatchUpASecondAfterAnAttack()
    {
        // The live engine (ticks every second, texts now and then): after 40 failures in under 4 s
        // the text lags its count; the first tick a second after the last failure brings it level.
        ScenarioBuilder b;
        const qint64 start = tuesdayUtc(3);
        for (int i = 0; i < 40; ++i)
            b.authFailure(start + i * 90, QStringLiteral("203.0.113.9"), QStringLiteral("3001"));
        ManualClock clock(start);
        DetectionEngine engine(clock);
        LatestAlert alert{QStringLiteral("brute_force_ip")};
        qint64 lastTick = start;
        for (const Event &e : b.events()) {
            clock.setMs(e.timeMs);
            if (e.timeMs - lastTick >= 1000) {
                alert.take(engine.tick());
                lastTick = e.timeMs;
            }
            alert.take(engine.process(e));
        }
        QCOMPARE(alert.count, 40);
        QVERIFY2(!alert.text.contains(QStringLiteral("40 so far")), qPrintable(alert.text));   // still behind
        clock.advanceMs(1000);
        alert.take(engine.tick());
        QVERIFY2(alert.text.contains(QStringLiteral("40 so far")), qPrintable(alert.text));
    }

    void callAlertTextsCatchUpToo()
    {
        // 8 calls from 1005 within 0.7 s: the concurrency alert opens at the 5th (limit 4) and its text
        // is not rebuilt at every call. A second after the last call (live), or at the end of an
        // offline analysis, the text names all 8 calls.
        const qint64 t0 = tuesdayUtc(14);
        ScenarioBuilder b;
        for (int i = 0; i < 8; ++i)
            b.callStart(t0 + i * 100, QStringLiteral("k%1").arg(i), QStringLiteral("1005"),
                        QStringLiteral("0033142685%1").arg(300 + i));
        const QString full = QStringLiteral("1005 has 8 calls in progress");
        ManualClock clock(t0);
        DetectionEngine engine(clock, londonOffice());
        LatestAlert alert{QStringLiteral("concurrent_calls"), QStringLiteral("1005")};
        for (const Event &e : b.events()) {
            clock.setMs(e.timeMs);
            alert.take(engine.process(e));
        }
        QCOMPARE(alert.count, 4);   // the 5th to the 8th call
        QVERIFY2(!alert.text.contains(full), qPrintable(alert.text));   // still behind
        clock.advanceMs(1000);
        alert.take(engine.tick());
        QVERIFY2(alert.text.contains(full), qPrintable(alert.text));

        const AnalysisResult r = analyze(b.events(), londonOffice());
        const Alert *a = find(r, QStringLiteral("concurrent_calls"), QStringLiteral("1005"));
        QVERIFY(a);
        QCOMPARE(a->count, 4);
        QVERIFY2(a->explanation.contains(full), qPrintable(a->explanation));
    }

    void scannerSweepTextCatchesUp()
    {
        // 28 accounts challenged from one address within 3 s, none answered: the sweep alert opens at
        // the 10th and its text is rebuilt at most once a second (last at the 20th); a second after
        // the last challenge the text names all 28 accounts.
        const qint64 t0 = tuesdayUtc(2);
        ScenarioBuilder b;
        for (int i = 0; i < 28; ++i)
            b.challenge(t0 + i * 100, QStringLiteral("192.0.2.99"), QString::number(4000 + i));
        const QString full = QStringLiteral("challenged for 28 different accounts");
        ManualClock clock(t0);
        DetectionEngine engine(clock);
        LatestAlert alert{QStringLiteral("scanner_sweep")};
        for (const Event &e : b.events()) {
            clock.setMs(e.timeMs);
            alert.take(engine.process(e));
        }
        QCOMPARE(alert.count, 28);   // the first 10 challenges when it opened, then one per challenge
        QVERIFY2(!alert.text.contains(full), qPrintable(alert.text));
        clock.advanceMs(1000);
        alert.take(engine.tick());
        QVERIFY2(alert.text.contains(full), qPrintable(alert.text));
    }

    void allowlistedMidAttackStopsCounting()
    {
        // A distributed attack on account 2001 opens an alert; once the account is allowlisted (a
        // settings change while the engine runs), its further failures no longer count toward it.
        ScenarioBuilder b;
        const qint64 start = tuesdayUtc(4);
        for (int i = 0; i < 60; ++i)
            b.authFailure(start + i * 1000, QStringLiteral("198.51.100.%1").arg(i % 30 + 10), QStringLiteral("2001"));
        const EventList events = b.events();
        ManualClock clock(start);
        DetectionEngine engine(clock);
        int count = 0;
        auto feed = [&](qsizetype from, qsizetype to) {
            for (qsizetype i = from; i < to; ++i) {
                clock.setMs(events[i].timeMs);
                for (const Alert &a : engine.process(events[i]))
                    if (a.rule == QLatin1String("brute_force_account"))
                        count = a.count;
            }
        };
        feed(0, events.size() / 2);
        QVERIFY(count > 0);
        const int before = count;
        DetectionSettings s = DetectionSettings::defaults();
        s.allowAccounts = {QStringLiteral("2001")};
        engine.applySettings(s);
        feed(events.size() / 2, events.size());
        QCOMPARE(count, before);
        const AlertList open = engine.openAlerts();
        const auto it = std::find_if(open.cbegin(), open.cend(),
                                     [](const Alert &a) { return a.rule == QLatin1String("brute_force_account"); });
        QVERIFY(it != open.cend());
        QCOMPARE(it->count, before);
    }

    void offlineTextsAreFinalWhenTheWindowEnds()
    {
        // An offline analysis builds an alert's text when it opens and when its subject's window ends
        // (its state is dropped then), not between: a 4 s attack, then hours of other traffic, must
        // still end with the attack's full count in its text.
        ScenarioBuilder b;
        const qint64 start = tuesdayUtc(1);
        for (int i = 0; i < 40; ++i)
            b.authFailure(start + i * 90, QStringLiteral("203.0.113.9"), QStringLiteral("3001"));
        for (int m = 15; m < 4 * 60; ++m)
            b.authFailure(start + m * kMin, QStringLiteral("192.0.2.%1").arg(m % 200 + 1), QStringLiteral("3005"));
        const AnalysisResult r = analyze(b.events(), DetectionSettings::defaults());
        const Alert *ip = find(r, QStringLiteral("brute_force_ip"), QStringLiteral("203.0.113.9"));
        QVERIFY(ip);
        QCOMPARE(ip->count, 40);
        QVERIFY2(ip->explanation.contains(QStringLiteral("40 so far")), qPrintable(ip->explanation));
    }

    void spikeOverLearnedBaseline()
    {
        // Four quiet weeks (about 6 calls an office hour), then 60 calls in one Tuesday hour.
        ScenarioBuilder b;
        QRandomGenerator rng(42);
        const qint64 firstMonday = tuesdayUtc(0) - 29 * kDay; // 2026-10-26, a Monday
        for (int day = 0; day < 28; ++day) {
            const qint64 midnight = firstMonday + day * kDay;
            if (day % 7 >= 5)
                continue;
            for (int hour = 9; hour < 17; ++hour)
                for (int c = 0; c < 5 + int(rng.bounded(3)); ++c)
                    b.call(midnight + hour * kHour + rng.bounded(int(kHour - 10 * kMin)),
                           QStringLiteral("10%1").arg(rng.bounded(10, 40)), QStringLiteral("10%1").arg(rng.bounded(10, 40)),
                           60 + rng.bounded(120));
        }
        const qint64 spikeHour = tuesdayUtc(11);
        for (int c = 0; c < 60; ++c)
            b.call(spikeHour + c * kMin - 30000, QStringLiteral("10%1").arg(10 + c % 30), QStringLiteral("20%1").arg(c % 50), 30);
        DetectionSettings s = londonOffice();
        s.pbx[QStringLiteral("office")].businessHours.clear();
        const AnalysisResult r = analyze(b.events(), s);
        const Alert *spike = find(r, QStringLiteral("call_spike"), QStringLiteral("office"));
        QVERIFY2(spike, qPrintable(AlertFormatter::toText(r, true)));
        QVERIFY(spike->firstSeenMs >= spikeHour - kMin);
        QVERIFY2(spike->explanation.contains(QStringLiteral("weeks")), qPrintable(spike->explanation));
        QCOMPARE(rules(r), QSet<QString>{QStringLiteral("call_spike")});
    }

    void benignBusyDay()
    {
        // 150 phones in two offices re-register every 5 minutes; 1,200 calls (internal, domestic,
        // allowed countries) in office hours; a few mistyped passwords. Nothing is an attack.
        ScenarioBuilder b;
        QRandomGenerator rng(7);
        const qint64 day = tuesdayUtc(0);
        for (int p = 0; p < 150; ++p) {
            const QString account = QString::number(2000 + p);
            const QString ip = p < 100 ? QStringLiteral("192.0.2.%1").arg(10 + p) : QStringLiteral("198.51.100.%1").arg(p);
            for (qint64 t = day + 7 * kHour + p * 1000; t < day + 19 * kHour; t += 5 * kMin) {
                b.challenge(t, ip, account);
                b.success(t + 40, ip, account);
                if (t == day + 7 * kHour + p * 1000)
                    b.registration(t + 50, ip, account);
            }
            if (p % 40 == 0) { // a user retyping a password twice
                b.authFailure(day + 9 * kHour + p * 1000, ip, account);
                b.authFailure(day + 9 * kHour + p * 1000 + 3000, ip, account);
                b.success(day + 9 * kHour + p * 1000 + 9000, ip, account);
            }
        }
        const QStringList outside{QStringLiteral("0033142685300"), QStringLiteral("004930901820"),
                                  QStringLiteral("02079460123"), QStringLiteral("01614960000"),
                                  QStringLiteral("07700900123")};
        for (int c = 0; c < 1200; ++c) {
            const qint64 t = day + 8 * kHour + rng.bounded(int(9 * kHour));
            const QString from = QString::number(2000 + rng.bounded(150));
            const QString to = rng.bounded(10) < 6 ? QString::number(2000 + rng.bounded(150)) : outside.at(rng.bounded(5));
            const bool answered = rng.bounded(10) < 8;
            b.call(t, from, to, answered ? 30 + rng.bounded(400) : 0, QString(), 3000,
                   answered ? QStringLiteral("ANSWERED") : QStringLiteral("NO ANSWER"));
        }
        b.event(day + 12 * kHour, EventKind::ConfigReload, QStringLiteral("FullyBooted"));
        const AnalysisResult r = analyze(b.events(), londonOffice());
        QVERIFY2(r.alerts.isEmpty(), qPrintable(AlertFormatter::toText(r, true)));
        QVERIFY(r.events > 20000);
    }

    void successAfterFailures()
    {
        ScenarioBuilder b;
        const qint64 t = tuesdayUtc(3);
        for (int i = 0; i < 6; ++i)
            b.authFailure(t + i * 1000, QStringLiteral("203.0.113.66"), QStringLiteral("1001"));
        b.success(t + 7000, QStringLiteral("203.0.113.66"), QStringLiteral("1001"));
        // Distributed: 8 addresses fail once on 1002, then one of them gets in.
        for (int i = 0; i < 8; ++i)
            b.authFailure(t + kMin + i * 1000, QStringLiteral("198.51.100.%1").arg(i + 1), QStringLiteral("1002"));
        b.success(t + 2 * kMin, QStringLiteral("198.51.100.3"), QStringLiteral("1002"));
        // The legitimate phone of 1003 after one typo: nothing.
        b.authFailure(t + 3 * kMin, QStringLiteral("192.0.2.50"), QStringLiteral("1003"));
        b.success(t + 3 * kMin + 2000, QStringLiteral("192.0.2.50"), QStringLiteral("1003"));
        const AnalysisResult r = analyze(b.events(), DetectionSettings::defaults());
        const Alert *byIp = find(r, QStringLiteral("success_after_failures"), QStringLiteral("203.0.113.66"));
        QVERIFY2(byIp, qPrintable(AlertFormatter::toText(r, true)));
        QCOMPARE(byIp->severity, Severity::Critical);
        QCOMPARE(byIp->evidence.size(), 7);
        const Alert *byAccount = find(r, QStringLiteral("success_after_failures"), QStringLiteral("1002"));
        QVERIFY2(byAccount, qPrintable(AlertFormatter::toText(r, true)));
        QCOMPARE(byAccount->severity, Severity::Critical);
        QVERIFY(!find(r, QStringLiteral("success_after_failures"), QStringLiteral("1003")));
        QVERIFY(!find(r, QStringLiteral("success_after_failures"), QStringLiteral("192.0.2.50")));
    }

    void newSourceAfterLearning()
    {
        ScenarioBuilder b;
        const qint64 t = tuesdayUtc(8);
        for (int d = 0; d < 3; ++d)
            b.registration(t + d * kDay, QStringLiteral("192.0.2.50"), QStringLiteral("1001"));
        b.registration(t + 3 * kDay, QStringLiteral("192.0.2.77"), QStringLiteral("1001"));      // same /24
        b.registration(t + 3 * kDay + kHour, QStringLiteral("203.0.113.200"), QStringLiteral("1001"));
        b.registration(t + 3 * kDay + 2 * kHour, QStringLiteral("2001:db8::5"), QStringLiteral("1002")); // first sighting
        const AnalysisResult r = analyze(b.events(), DetectionSettings::defaults());
        QCOMPARE(r.alerts.size(), 1);
        QCOMPARE(r.alerts.first().rule, QStringLiteral("new_source"));
        QCOMPARE(r.alerts.first().subject, QStringLiteral("1001"));
        QVERIFY(r.alerts.first().explanation.contains(QStringLiteral("203.0.113.0/24")));
    }

    void floodsScannersReloads()
    {
        ScenarioBuilder b;
        const qint64 t = tuesdayUtc(4);
        for (int i = 0; i < 500; ++i)
            b.challenge(t + i * 10, QStringLiteral("203.0.113.250"), QStringLiteral("100"));
        b.authFailure(t + 6000, QStringLiteral("203.0.113.251"), QStringLiteral("100")).userAgent =
            QStringLiteral("friendly-scanner");
        b.authFailure(t + 6100, QStringLiteral("203.0.113.252"), QStringLiteral("100")).userAgent =
            QStringLiteral("PortSIP VoIP SDK 11.2");
        for (int i = 0; i < 30; ++i)
            b.authFailure(t + 7000 + i * 100, QStringLiteral("198.51.100.5"), QString(), QStringLiteral("RequestBadFormat"))
                .kind = EventKind::ProtocolAbuse;
        for (int i = 0; i < 25; ++i)
            b.call(t + 10000 + i * 1000, QStringLiteral("1001"), QStringLiteral("02079460%1").arg(100 + i), 0, QString(), 500,
                   QStringLiteral("34 Circuit/channel congestion"));
        b.event(t + kMin, EventKind::ConfigReload, QStringLiteral("Reload")).detail = QStringLiteral("chan_sip.so");
        b.event(t + kMin, EventKind::ConfigReload, QStringLiteral("FullyBooted"));
        for (int i = 0; i < 4; ++i)
            b.event(t + 2 * kMin + i * kMin, EventKind::ConnectorState, QStringLiteral("Disconnected")).detail =
                QStringLiteral("connection lost");
        const AnalysisResult r = analyze(b.events(), DetectionSettings::defaults());
        const QString dump = AlertFormatter::toText(r, true);
        QVERIFY2(find(r, QStringLiteral("flood_source"), QStringLiteral("203.0.113.250")), qPrintable(dump));
        const Alert *ua = find(r, QStringLiteral("scanner_user_agent"), QStringLiteral("203.0.113.251"));
        QVERIFY2(ua && ua->severity == Severity::High, qPrintable(dump));
        const Alert *sdk = find(r, QStringLiteral("scanner_user_agent"), QStringLiteral("203.0.113.252"));
        QVERIFY2(sdk && sdk->severity == Severity::Medium, qPrintable(dump));
        QVERIFY2(find(r, QStringLiteral("bad_requests"), QStringLiteral("198.51.100.5")), qPrintable(dump));
        QVERIFY2(find(r, QStringLiteral("failed_call_burst"), QStringLiteral("office")), qPrintable(dump));
        const Alert *reload = find(r, QStringLiteral("config_reload"));
        QVERIFY2(reload && reload->count == 1, qPrintable(dump));
        QVERIFY2(find(r, QStringLiteral("connector_flapping")), qPrintable(dump));
        // 500 events in 5 s from one address: the flood alert updates at most once a second.
        QVERIFY(find(r, QStringLiteral("flood_source"))->count >= 300);
    }

    void concurrencyAndLongCalls()
    {
        ManualClock clock(tuesdayUtc(14));
        DetectionEngine engine(clock, londonOffice());
        ScenarioBuilder b;
        for (int i = 0; i < 6; ++i) {
            b.callStart(clock.nowMs() + i * 1000, QStringLiteral("c%1").arg(i), QStringLiteral("1005"),
                        QStringLiteral("0033142685%1").arg(300 + i));
            b.callAnswer(clock.nowMs() + i * 1000 + 500, QStringLiteral("c%1").arg(i));
        }
        QSet<QString> seen;
        for (const Event &e : b.events()) {
            clock.setMs(e.timeMs);
            for (const Alert &a : engine.process(e))
                seen.insert(a.rule + QLatin1Char(':') + a.subject);
        }
        QVERIFY(seen.contains(QStringLiteral("concurrent_calls:1005")));
        QCOMPARE(engine.activeCallCount(), 6);
        for (int s = 0; s < 62 * 60; s += 10) {
            clock.advanceMs(10000);
            for (const Alert &a : engine.tick())
                seen.insert(a.rule + QLatin1Char(':') + a.subject);
        }
        QVERIFY2(seen.contains(QStringLiteral("long_call:1005 \u2192 0033142685300")), qPrintable(QStringList(seen.values()).join(QLatin1Char('\n'))));
        // Six calls to France at 0.02/min: cheap, so no burn-rate alert.
        QVERIFY(!seen.contains(QStringLiteral("cost_burn_rate:office")));
    }

    void allowlistSuppresses()
    {
        ScenarioBuilder b;
        const qint64 t = tuesdayUtc(2);
        for (int i = 0; i < 20; ++i)
            b.authFailure(t + i * 1000, QStringLiteral("192.0.2.%1").arg(20 + i % 2), QStringLiteral("1001"));
        b.call(t + kMin, QStringLiteral("1001"), QStringLiteral("0097150123456"), 10);
        b.call(t + kMin, QStringLiteral("1009"), QStringLiteral("008816123456"), 10);
        DetectionSettings s = DetectionSettings::defaults();
        s.allowIps = {QStringLiteral("192.0.2.0/24"), QStringLiteral("not-an-ip")};
        s.allowDestinations = {QStringLiteral("+971")};
        s.allowAccounts = {QStringLiteral("1009")};
        const AnalysisResult r = analyze(b.events(), s);
        QVERIFY2(r.alerts.isEmpty(), qPrintable(AlertFormatter::toText(r, true)));
        ManualClock clock;
        DetectionEngine engine(clock, s);
        QVERIFY(engine.warnings().join(QLatin1Char(' ')).contains(QStringLiteral("not-an-ip")));
    }

    void settingsChangeAtRuntime()
    {
        // The console's settings dialog applies new thresholds and allowlist entries to the
        // running engine: the next events are judged by them, open alerts stay.
        ScenarioBuilder b;
        const qint64 t = tuesdayUtc(3);
        for (int i = 0; i < 6; ++i)
            b.authFailure(t + i * 1000, QStringLiteral("198.51.100.7"), QStringLiteral("1001"));
        for (int i = 0; i < 12; ++i)
            b.authFailure(t + 10000 + i * 1000, QStringLiteral("203.0.113.9"), QStringLiteral("1002"));
        const EventList events = b.events();
        ManualClock clock(t);
        DetectionEngine engine(clock);
        QSet<QString> raised;
        auto feed = [&](int from, int to) {
            for (int i = from; i < to; ++i) {
                clock.setMs(events[i].timeMs);
                for (const Alert &a : engine.process(events[i]))
                    raised.insert(a.rule + QLatin1Char(':') + a.subject);
            }
        };
        feed(0, 5);
        QVERIFY(raised.isEmpty()); // 5 failures: under fail2ban's 10

        DetectionSettings stricter = DetectionSettings::defaults();
        stricter.bruteForceMaxRetry = 6;
        stricter.allowIps = {QStringLiteral("203.0.113.0/24")};
        stricter.maxTrackedKeys = 7; // a memory limit: kept from creation, not applied live
        engine.applySettings(stricter);
        QCOMPARE(engine.settings().bruteForceMaxRetry, 6);
        QCOMPARE(engine.settings().maxTrackedKeys, DetectionSettings::defaults().maxTrackedKeys);
        feed(5, 6);
        QVERIFY2(raised.contains(QStringLiteral("brute_force_ip:198.51.100.7")), qPrintable(raised.values().join(' ')));
        feed(6, int(events.size()));
        for (const QString &r : std::as_const(raised))
            QVERIFY2(!r.contains(QStringLiteral("203.0.113.9")), qPrintable(r)); // allowlisted now
        QCOMPARE(engine.openAlertCount(), 1);

        engine.applySettings(DetectionSettings::defaults());
        QCOMPARE(engine.openAlertCount(), 1);
        QCOMPARE(engine.settings().bruteForceMaxRetry, 10);
    }

    void millionSourcesStayBounded()
    {
        // One failure (and challenge) from each of 1,000,000 addresses: memory stays at the cap,
        // and the engine says it is evicting.
        DetectionSettings s = DetectionSettings::defaults();
        ManualClock clock(tuesdayUtc(0));
        DetectionEngine engine(clock, s);
        Event e;
        e.pbx = QStringLiteral("office");
        e.kind = EventKind::AuthFailure;
        e.type = QStringLiteral("InvalidPassword");
        e.service = QStringLiteral("SIP");
        e.account = QStringLiteral("1001");
        bool notice = false;
        int maxBrute = 0;
        for (int i = 0; i < 1000000; ++i) {
            e.id = i + 1;
            e.timeMs = clock.nowMs() + i / 50; // 50,000 events a second
            e.srcIp = ip4(i);
            for (const Alert &a : engine.process(e))
                notice = notice || a.rule == QLatin1String("tracking_capacity");
            if (i % 100000 == 0) {
                clock.setMs(e.timeMs);
                engine.tick();
            }
            if (i % 50000 == 0)
                maxBrute = std::max(maxBrute, engine.trackedKeys().value(QStringLiteral("brute_force_ip")));
        }
        const QMap<QString, int> keys = engine.trackedKeys();
        QVERIFY2(keys.value(QStringLiteral("brute_force_ip")) <= s.maxTrackedKeys, qPrintable(QString::number(keys.value(QStringLiteral("brute_force_ip")))));
        QCOMPARE(keys.value(QStringLiteral("brute_force_ip")), s.maxTrackedKeys);
        QVERIFY(maxBrute <= s.maxTrackedKeys);
        QVERIFY(keys.value(QStringLiteral("enumeration")) <= s.maxTrackedKeys);
        QVERIFY(keys.value(QStringLiteral("success_after_failures")) <= 2 * s.maxTrackedKeys);
        QVERIFY(keys.value(QStringLiteral("flood")) <= 2 * s.maxTrackedKeys);
        QVERIFY(notice);
        // The distributed brute force on 1001 is what this really is.
        bool distributed = false;
        for (const Alert &a : engine.openAlerts())
            distributed = distributed || (a.rule == QLatin1String("brute_force_account") && a.subject == QLatin1String("1001"));
        QVERIFY(distributed);
        QVERIFY(engine.openAlertCount() < 10);
    }

    void statusSaysWhatIsOff()
    {
        ManualClock clock;
        DetectionEngine plain(clock);
        const QString status = plain.status().join(QLatin1Char('\n'));
        QVERIFY2(status.contains(QStringLiteral("new-source country: off (no GeoIP database configured")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("off-hours calls: off (no business hours configured")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("brute force per IP: on (10 failures in 10 min")));
        DetectionEngine office(clock, londonOffice());
        QVERIFY(office.status().join(QLatin1Char('\n')).contains(QStringLiteral("off-hours calls: on for office")));
        QCOMPARE(plain.openAlertCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDetectScenarios)
#include "TestDetectScenarios.moc"
