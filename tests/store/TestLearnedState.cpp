// The detectors' long-term learning survives a restart: LearnedStateRepository round trips,
// hostile rows are skipped, the StoreWriter saves it, and a DetectionEngine restored from it
// judges at once instead of learning again.
#include "Clock.h"
#include "StoreTestUtil.h"
#include "detect/DetectionEngine.h"
#include "store/Database.h"
#include "store/LearnedStateRepository.h"
#include "store/StoreWriter.h"

#include <QSqlError>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;

namespace {

constexpr qint64 kT0 = 1795742858000LL; // a Saturday in 2026, UTC
constexpr qint64 kHour = 3600 * 1000LL;
constexpr qint64 kDay = 24 * kHour;

LearnedState sample()
{
    LearnedState s;
    LearnedState::CallBaseline b{QStringLiteral("office"), QVector<double>(168, 2.5), QVector<int>(168, 4)};
    b.ewma[7] = 11.25;
    b.weeks[7] = 9;
    s.callBaselines.append(b);
    s.dailySpend.append({QStringLiteral("office"), 20419, 12.5, 31.75, 12});
    s.pbxFirstSeen.append({QStringLiteral("office"), kT0 - 30 * kDay});
    s.accountSources.append({QStringLiteral("office"), QStringLiteral("1001"),
                             {{QStringLiteral("192.0.2.0/24"), QStringLiteral("192.0.2.10"), kT0 - kDay},
                              {QStringLiteral("2001:db8::/64"), QStringLiteral("2001:db8::5"), kT0 - 2 * kDay}},
                             {QStringLiteral("DE"), QStringLiteral("AT")}});
    s.accountSources.append({QStringLiteral("branch"), QStringLiteral("alice"),
                             {{QStringLiteral("198.51.100.0/24"), QStringLiteral("198.51.100.20"), kT0}},
                             {}});
    return s;
}

void compare(const LearnedState &a, const LearnedState &b)
{
    QCOMPARE(a.callBaselines.size(), b.callBaselines.size());
    for (int i = 0; i < a.callBaselines.size(); ++i) {
        QCOMPARE(a.callBaselines[i].pbx, b.callBaselines[i].pbx);
        QCOMPARE(a.callBaselines[i].ewma, b.callBaselines[i].ewma);
        QCOMPARE(a.callBaselines[i].weeks, b.callBaselines[i].weeks);
    }
    QCOMPARE(a.dailySpend.size(), b.dailySpend.size());
    for (int i = 0; i < a.dailySpend.size(); ++i) {
        QCOMPARE(a.dailySpend[i].pbx, b.dailySpend[i].pbx);
        QCOMPARE(a.dailySpend[i].day, b.dailySpend[i].day);
        QCOMPARE(a.dailySpend[i].dayTotal, b.dailySpend[i].dayTotal);
        QCOMPARE(a.dailySpend[i].dayEwma, b.dailySpend[i].dayEwma);
        QCOMPARE(a.dailySpend[i].days, b.dailySpend[i].days);
    }
    QCOMPARE(a.pbxFirstSeen.size(), b.pbxFirstSeen.size());
    for (int i = 0; i < a.pbxFirstSeen.size(); ++i) {
        QCOMPARE(a.pbxFirstSeen[i].pbx, b.pbxFirstSeen[i].pbx);
        QCOMPARE(a.pbxFirstSeen[i].firstMs, b.pbxFirstSeen[i].firstMs);
    }
    // Accounts come back in key order: compare by pbx + account.
    auto byKey = [](const LearnedState &s) {
        QMap<QString, QVector<LearnedState::Source>> m;
        for (const auto &acc : s.accountSources)
            m.insert(acc.pbx + QLatin1Char('/') + acc.account, acc.sources);
        return m;
    };
    auto countries = [](const LearnedState &s) {
        QMap<QString, QStringList> m;
        for (const auto &acc : s.accountSources)
            m.insert(acc.pbx + QLatin1Char('/') + acc.account, acc.countries);
        return m;
    };
    QCOMPARE(countries(a), countries(b));
    const auto ma = byKey(a), mb = byKey(b);
    QCOMPARE(ma.keys(), mb.keys());
    for (auto it = ma.cbegin(); it != ma.cend(); ++it) {
        const auto &x = it.value();
        const auto &y = mb.value(it.key());
        QCOMPARE(x.size(), y.size());
        for (int i = 0; i < x.size(); ++i) {
            QCOMPARE(x[i].network, y[i].network);
            QCOMPARE(x[i].lastIp, y[i].lastIp);
            QCOMPARE(x[i].lastMs, y[i].lastMs);
        }
    }
}

Event registration(qint64 t, const QString &ip, const QString &account = QStringLiteral("1001"))
{
    Event e = testutil::makeEvent(t, ip, EventKind::Registration, account);
    e.type = QStringLiteral("ContactStatus");
    e.userAgent.clear();
    return e;
}

Event callStart(qint64 t, int n)
{
    Event e;
    e.timeMs = t;
    e.pbx = QStringLiteral("office");
    e.kind = EventKind::CallStart;
    e.type = QStringLiteral("Newchannel");
    e.account = QStringLiteral("1001");
    e.callId = QStringLiteral("call-%1").arg(n);
    e.destination = QStringLiteral("1002");
    e.id = n;
    return e;
}

int countRule(const AlertList &alerts, const QString &rule)
{
    return int(std::count_if(alerts.begin(), alerts.end(), [&](const Alert &a) { return a.rule == rule; }));
}

} // namespace

class TestLearnedState : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("learned-%1.sqlite").arg(++m_n)); }

private Q_SLOTS:
    void repositoryRoundTrip()
    {
        const QString c = QStringLiteral("learned-rt");
        QVERIFY(Database::open(freshPath(), c).ok);
        LearnedStateRepository repo(c);
        QVERIFY(repo.load().isEmpty());
        QString error;
        QVERIFY2(repo.save(sample(), kT0, &error), qPrintable(error));
        compare(repo.load(), sample());

        // A save replaces the previous state: forgotten accounts are gone.
        LearnedState smaller = sample();
        smaller.accountSources.removeLast();
        QVERIFY(repo.save(smaller, kT0 + 1));
        compare(repo.load(), smaller);
        Database::close(c);
    }

    void hostileRowsAreSkipped()
    {
        const QString c = QStringLiteral("learned-hostile");
        QVERIFY(Database::open(freshPath(), c).ok);
        QVERIFY(LearnedStateRepository(c).save(sample(), kT0));
        QSqlQuery q(QSqlDatabase::database(c));
        const QStringList rows{
            QStringLiteral("('call_baseline', 'short', '', '{\"ewma\":[1,2],\"weeks\":[1,2]}', 0)"),
            QStringLiteral("('call_baseline', 'negative', '', '{\"ewma\":[-1],\"weeks\":[1]}', 0)"),
            QStringLiteral("('daily_spend', 'broken', '', 'not json', 0)"),
            QStringLiteral("('daily_spend', 'nan', '', '{\"day\":\"x\",\"day_total\":1}', 0)"),
            QStringLiteral("('account_sources', 'office', '1002', '{\"sources\":[]}', 0)"),
            QStringLiteral("('account_sources', 'office', '', '{\"sources\":[{\"network\":\"10.0.0.0/8\"}]}', 0)"),
            QStringLiteral("('something_new', 'office', '', '{\"a\":1}', 0)")};
        for (const QString &row : rows)
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO learned_state (kind, pbx, subject, state, saved_ms) VALUES ")
                            + row),
                     qPrintable(q.lastError().text()));
        compare(LearnedStateRepository(c).load(), sample());
        Database::close(c);
    }

    void writerSavesTheNewestState()
    {
        const QString path = freshPath();
        {
            StoreWriter writer(path);
            QString error;
            QVERIFY2(writer.start(&error), qPrintable(error));
            LearnedState old = sample();
            old.dailySpend.first().dayTotal = 1.0;
            writer.saveLearnedState(old);
            writer.saveLearnedState(sample());
            writer.flush();
        }
        const QString c = QStringLiteral("learned-writer");
        QVERIFY(Database::openExisting(path, c).ok);
        compare(LearnedStateRepository(c).load(), sample());
        Database::close(c);
    }

    void engineExportsWhatItRestored()
    {
        ManualClock clock(kT0);
        DetectionEngine engine(clock);
        engine.restoreLearnedState(sample());
        compare(engine.learnedState(), sample());
    }

    // A phone seen before the restart: the new engine knows its network and is past the
    // learning period, so a stranger is flagged at once and the known network stays quiet.
    void newSourceIsNotLearnedAgain()
    {
        ManualClock clock(kT0);
        LearnedState saved;
        {
            DetectionEngine before(clock);
            QCOMPARE(countRule(before.process(registration(kT0, QStringLiteral("192.0.2.10"))), QStringLiteral("new_source")), 0);
            saved = before.learnedState();
        }
        QCOMPARE(saved.accountSources.size(), 1);

        const qint64 later = kT0 + 3 * kDay;
        clock.setMs(later);
        DetectionEngine restarted(clock);
        restarted.restoreLearnedState(saved);
        QCOMPARE(countRule(restarted.process(registration(later, QStringLiteral("192.0.2.44"))), QStringLiteral("new_source")), 0);
        QCOMPARE(countRule(restarted.process(registration(later + 1000, QStringLiteral("198.51.100.7"))), QStringLiteral("new_source")), 1);

        // Without the saved state the same stranger falls in a fresh learning period.
        DetectionEngine forgetful(clock);
        forgetful.process(registration(later, QStringLiteral("192.0.2.44")));
        QCOMPARE(countRule(forgetful.process(registration(later + 1000, QStringLiteral("198.51.100.7"))), QStringLiteral("new_source")), 0);
    }

    // A restored baseline of ~1 call an hour: 20 calls in the first hour after the restart are a spike.
    void callBaselineJudgesAtOnce()
    {
        LearnedState saved;
        saved.callBaselines.append({QStringLiteral("office"), QVector<double>(168, 1.0), QVector<int>(168, 5)});
        ManualClock clock(kT0);
        DetectionEngine engine(clock);
        engine.restoreLearnedState(saved);
        int spikes = 0;
        for (int i = 0; i < 25; ++i) {
            clock.setMs(kT0 + i * 1000);
            spikes += countRule(engine.process(callStart(clock.nowMs(), i + 1)), QStringLiteral("call_spike"));
        }
        QVERIFY(spikes > 0);

        DetectionEngine fresh(clock);
        spikes = 0;
        for (int i = 0; i < 25; ++i)
            spikes += countRule(fresh.process(callStart(kT0 + i * 1000, i + 1)), QStringLiteral("call_spike"));
        QCOMPARE(spikes, 0);
    }

    // Thousands of accounts restored into a detector capped lower keep only the most recent.
    void restoreStaysWithinTheCap()
    {
        DetectionSettings settings = DetectionSettings::defaults();
        settings.maxTrackedKeys = 100;
        LearnedState big;
        for (int i = 0; i < 1000; ++i)
            big.accountSources.append({QStringLiteral("office"), QString::number(1000 + i),
                                       {{QStringLiteral("192.0.2.0/24"), QStringLiteral("192.0.2.1"), kT0 + i}},
                                       {}});
        ManualClock clock(kT0);
        DetectionEngine engine(clock, settings);
        engine.restoreLearnedState(big);
        QCOMPARE(engine.trackedKeys().value(QStringLiteral("new_source")), 100);
        const LearnedState back = engine.learnedState();
        QCOMPARE(back.accountSources.size(), 100);
        for (const auto &a : back.accountSources)
            QVERIFY2(a.account.toInt() >= 1900, qPrintable(a.account));
    }
};

QTEST_GUILESS_MAIN(TestLearnedState)
#include "TestLearnedState.moc"
