// Building blocks of the detection engine: settings, numbers, addresses, bounded maps.
#include "detect/AlertBook.h"
#include "detect/AlertCollector.h"
#include "detect/BoundedLru.h"
#include "detect/DetectionSettings.h"
#include "detect/EngineBenchmark.h"
#include "detect/IpAddress.h"
#include "detect/NumberClassifier.h"
#include "detect/PrefixTable.h"
#include "detect/RingQueue.h"
#include "detect/ScannerUserAgents.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <deque>

using namespace tg;

// A draft for alert "p"/"r"/"s", the subject of the alert book tests.
static AlertDraft draftPRS()
{
    AlertDraft d;
    d.pbx = QStringLiteral("p");
    d.rule = QStringLiteral("r");
    d.subject = QStringLiteral("s");
    return d;
}

class TestDetectUnits : public QObject
{
    Q_OBJECT

private slots:
    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        DetectionSettings s = DetectionSettings::defaults();
        QCOMPARE(s.bruteForceMaxRetry, 10);
        QCOMPARE(s.bruteForceFindTimeSec, 600);
        s.bruteForceMaxRetry = 7;
        s.currency = QStringLiteral("EUR");
        s.allowIps = {QStringLiteral("192.0.2.0/24")};
        PbxDetectionSettings p;
        p.homeCountry = QStringLiteral("DE");
        p.businessHours = QStringLiteral("Mon-Sat 07:30-19:00");
        p.allowedCountries = {QStringLiteral("AT"), QStringLiteral("CH")};
        s.pbx.insert(QStringLiteral("berlin"), p);
        const QString path = dir.filePath(QStringLiteral("detection.json"));
        QString err;
        QVERIFY2(s.save(path, &err), qPrintable(err));
        DetectionSettings t;
        QVERIFY2(t.load(path, &err), qPrintable(err));
        QCOMPARE(t.bruteForceMaxRetry, 7);
        QCOMPARE(t.currency, QStringLiteral("EUR"));
        QCOMPARE(t.allowIps, s.allowIps);
        QCOMPARE(t.forPbx(QStringLiteral("berlin")).allowedCountries, p.allowedCountries);
        QCOMPARE(t.forPbx(QStringLiteral("other")).homeCountry, QString()); // "*"
        int mask = 0, from = 0, to = 0;
        QVERIFY(t.forPbx(QStringLiteral("berlin")).parseBusinessHours(&mask, &from, &to));
        QCOMPARE(mask, 0x3f);
        QCOMPARE(from, 7 * 60 + 30);
        QCOMPARE(to, 19 * 60);

        // Partial files keep defaults; nonsense is clamped; broken JSON is an error with a reason.
        DetectionSettings u;
        QVERIFY(u.fromJson(R"({"bruteForce":{"maxRetry":0},"flood":{"windowSec":"x"}})", &err));
        QCOMPARE(u.bruteForceMaxRetry, 1);
        QCOMPARE(u.floodWindowSec, 10);
        QCOMPARE(u.distributedMinSources, 5);
        QVERIFY(!u.fromJson("{nope", &err));
        QVERIFY(!err.isEmpty());
        QVERIFY(!u.load(dir.filePath(QStringLiteral("missing.json")), &err));
        QVERIFY(err.contains(QStringLiteral("missing.json")));
        QVERIFY(DetectionSettings::describe().join(QLatin1Char('\n')).contains(QStringLiteral("bruteForce.maxRetry = 10")));
    }

    void prefixTable()
    {
        PrefixTable t;
        QString err;
        QVERIFY2(t.load(QString(), &err), qPrintable(err));
        QVERIFY(t.size() > 250);
        QCOMPARE(t.skippedLines(), 0);
        QCOMPARE(t.lookup(QStringLiteral("442079460000"))->country, QStringLiteral("GB"));
        QCOMPARE(t.lookup(QStringLiteral("449098790000"))->tier, RiskTier::Premium);
        QCOMPARE(t.lookup(QStringLiteral("8816123456"))->tier, RiskTier::Satellite);
        QCOMPARE(t.lookup(QStringLiteral("8701234567"))->tier, RiskTier::Satellite);
        QCOMPARE(t.lookup(QStringLiteral("8821234567"))->tier, RiskTier::Satellite);
        QCOMPARE(t.lookup(QStringLiteral("18765550100"))->country, QStringLiteral("JM"));
        QCOMPARE(t.lookup(QStringLiteral("12125550100"))->country, QStringLiteral("US"));
        QCOMPARE(t.lookup(QStringLiteral("53712345"))->tier, RiskTier::High);
        QCOMPARE(t.callingCodeOf(QStringLiteral("GB")), QStringLiteral("44"));
        QCOMPARE(t.callingCodeOf(QStringLiteral("de")), QStringLiteral("49"));
        QVERIFY(!t.lookup(QStringLiteral("999")));
    }

    void numberClassifier_data()
    {
        QTest::addColumn<QString>("home");
        QTest::addColumn<QString>("dialed");
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("country");
        const int in = Destination::Internal, dom = Destination::Domestic, intl = Destination::International;
        QTest::newRow("extension") << "GB" << "1002" << in << "" << "";
        QTest::newRow("feature code") << "GB" << "*97" << in << "" << "";
        QTest::newRow("00 from unknown home") << "" << "0097150123456" << intl << "97150123456" << "AE";
        QTest::newRow("011 from unknown home") << "" << "011442079460000" << intl << "442079460000" << "GB";
        QTest::newRow("national 0, unknown home") << "" << "02079460123" << dom << "" << "";
        QTest::newRow("national 0 to home") << "GB" << "02079460123" << dom << "442079460123" << "GB";
        QTest::newRow("UK premium 09") << "GB" << "09098790000" << dom << "449098790000" << "GB";
        QTest::newRow("00 in GB") << "GB" << "0033142685300" << intl << "33142685300" << "FR";
        QTest::newRow("00 to home is domestic") << "GB" << "00442079460000" << dom << "442079460000" << "GB";
        QTest::newRow("011 is not international in GB (Sheffield 0114)") << "GB" << "01142496000" << dom << "441142496000" << "GB";
        QTest::newRow("plus") << "GB" << "+8816123456" << intl << "8816123456" << "XS";
        QTest::newRow("NANP 10 digits") << "US" << "2125550100" << dom << "12125550100" << "US";
        QTest::newRow("NANP Jamaica dials like domestic") << "US" << "18765550100" << intl << "18765550100" << "JM";
        QTest::newRow("NANP 011") << "US" << "011442079460000" << intl << "442079460000" << "GB";
        QTest::newRow("spaces and dashes") << "DE" << "0049 30-901820" << dom << "4930901820" << "DE";
    }

    void numberClassifier()
    {
        QFETCH(QString, home);
        QFETCH(QString, dialed);
        QFETCH(int, scope);
        QFETCH(QString, e164);
        QFETCH(QString, country);
        PrefixTable t;
        QVERIFY(t.load(QString(), nullptr));
        PbxDetectionSettings p;
        p.homeCountry = home;
        const Destination d = NumberClassifier(&t, p).classify(dialed);
        QCOMPARE(int(d.scope), scope);
        QCOMPARE(d.e164, e164);
        QCOMPARE(d.country, country);
    }

    void ipAddresses()
    {
        QCOMPARE(IpAddress(QStringLiteral("203.0.113.5")).toString(), QStringLiteral("203.0.113.5"));
        QCOMPARE(IpAddress(QStringLiteral("2001:DB8:0:0::A1")).toString(), QStringLiteral("2001:db8::a1"));
        QCOMPARE(IpAddress(QStringLiteral("[2001:db8::1]")).toString(), QStringLiteral("2001:db8::1"));
        QCOMPARE(IpAddress(QStringLiteral("::")).toString(), QStringLiteral("::"));
        QCOMPARE(IpAddress(QStringLiteral("::ffff:192.0.2.1")).toString(), QStringLiteral("192.0.2.1"));
        for (const char *bad : {"", "1.2.3", "1.2.3.256", "1.2.3.4.5", "2001:db8::1::2", "12345::", "abc", "1.2.3.-4", ":::"})
            QVERIFY2(IpAddress(QString::fromLatin1(bad)).isNull(), bad);
        IpAddress net;
        int len = 0;
        QVERIFY(IpAddress::parseSubnet(QStringLiteral("192.0.2.77/24"), &net, &len));
        QCOMPARE(net.toString(), QStringLiteral("192.0.2.0"));
        QVERIFY(IpAddress(QStringLiteral("192.0.2.200")).isInSubnet(net, len));
        QVERIFY(!IpAddress(QStringLiteral("192.0.3.1")).isInSubnet(net, len));
        QVERIFY(!IpAddress(QStringLiteral("2001:db8::1")).isInSubnet(net, len));
        QVERIFY(IpAddress::parseSubnet(QStringLiteral("2001:db8::/32"), &net, &len));
        QVERIFY(IpAddress(QStringLiteral("2001:db8:ffff::9")).isInSubnet(net, len));
        QVERIFY(!IpAddress::parseSubnet(QStringLiteral("192.0.2.0/33"), &net, &len));
    }

    void boundedLru()
    {
        BoundedLru<int> m(3);
        m.touch(QStringLiteral("a")) = 1;
        m.touch(QStringLiteral("b")) = 2;
        m.touch(QStringLiteral("c")) = 3;
        m.touch(QStringLiteral("a")); // a is newest now
        m.touch(QStringLiteral("d")) = 4; // evicts b
        QCOMPARE(m.size(), 3);
        QVERIFY(!m.find(QStringLiteral("b")));
        QCOMPARE(*m.find(QStringLiteral("a")), 1);
        QCOMPARE(m.takeEvictions(), 1);
        QCOMPARE(m.takeEvictions(), 0);
        QCOMPARE(m.dropOldestWhile([](int v) { return v == 3; }), 1); // c is oldest
        QCOMPARE(m.size(), 2);
    }

    void keyHashSeparatesNearKeys()
    {
        // Every length hashes its tail bytes: keys one character apart, at any length, differ.
        QCOMPARE(keyHash(QString()), Key(0));
        QSet<Key> seen;
        QString s;
        for (int len = 1; len <= 40; ++len) {
            s += QLatin1Char('a' + len % 26);
            for (QChar last : {QChar(u'0'), QChar(u'1'), QChar(0x00e9), QChar(0x4e2d)}) {
                QString t = s;
                t[len - 1] = last;
                const Key k = keyHash(t);
                QCOMPARE(keyHash(QString(t.constData(), t.size())), k);   // the text, not the instance
                QVERIFY(k != 0);
                seen.insert(k);
            }
        }
        QCOMPARE(seen.size(), 40 * 4);
        // Bytes of any length (the log readers' cache): every byte counts, the last ones too.
        QSet<Key> bytes;
        for (int len = 1; len <= 24; ++len)
            for (int at = 0; at < len; ++at)
                for (const char c : {'x', 'y'}) {
                    QByteArray b(len, 'a');
                    b[at] = c;
                    bytes.insert(hashBytes(b.constData(), size_t(b.size()), 0));
                }
        QCOMPARE(bytes.size(), 24 * 25);   // sum of 2 * len over 1..24
        // A realistic population: 200,000 addresses, no collision.
        QSet<Key> ips;
        for (int i = 0; i < 200000; ++i)
            ips.insert(keyHash(QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255)));
        QCOMPARE(ips.size(), 200000);
    }

    void keyCounts()
    {
        KeyCounts c;
        QCOMPARE(c.value(7), 0);
        QCOMPARE(c.add(7, 1), 1);
        QCOMPARE(c.add(7, 1), 2);
        QCOMPARE(c.add(9, -1), -1); // a key never added is not created by a decrement
        QCOMPARE(c.size(), 1);
        // Keys sharing their low bits share a probe run: removing one must keep the others findable.
        for (Key k = 1; k <= 40; ++k)
            c.add(k << 40, int(k));
        QCOMPARE(c.size(), 41);
        for (Key k = 1; k <= 40; k += 2)
            QCOMPARE(c.add(k << 40, -int(k)), 0);
        QCOMPARE(c.size(), 21);
        for (Key k = 1; k <= 40; ++k)
            QCOMPARE(c.value(k << 40), k % 2 ? 0 : int(k));
        QCOMPARE(c.value(7), 2);
        int sum = 0;
        c.forEach([&](Key, int n) { sum += n; });
        QCOMPARE(sum, 2 + 420); // 2 + (2 + 4 + ... + 40)
        for (Key k = 2; k <= 40; k += 2)
            c.add(k << 40, -int(k));
        QCOMPARE(c.add(7, -2), 0);
        QVERIFY(c.isEmpty());
    }

    void ringQueueBehavesLikeADeque()
    {
        // Random pushes, pops and in-place inserts across wrap-arounds, growth and shrinking.
        RingQueue<QString> q;
        std::deque<QString> model;
        QRandomGenerator rng(7);
        for (int step = 0; step < 20000; ++step) {
            const quint32 op = rng.bounded(10);
            const QString v = QString::number(step);
            if (op < 5 || model.empty()) {
                q.push_back(v);
                model.push_back(v);
            } else if (op < 6) {
                const size_t at = rng.bounded(quint32(model.size() + 1));
                q.insert(at, v);
                model.insert(model.begin() + qsizetype(at), v);
            } else {
                // runs of pops let the buffer shrink
                for (quint32 n = 1 + (op == 9 ? rng.bounded(quint32(model.size())) : 0); n > 0; --n) {
                    QCOMPARE(q.front(), model.front());
                    q.pop_front();
                    model.pop_front();
                }
            }
            QCOMPARE(q.size(), model.size());
            if (!model.empty())
                QCOMPARE(q.back(), model.back());
        }
        size_t i = 0;
        for (const QString &x : q)
            QCOMPARE(x, model[i++]);
        QCOMPARE(i, model.size());
        q.clear();
        QVERIFY(q.empty());
    }

    void alertCollectorKeepsTheFieldsOfTheFinalEvidence()
    {
        // An alert whose evidence keeps its first 3 and last 3 ids over 200 updates: the addresses
        // reported are those of exactly the final six, whether the ids rise (the streaming case) or
        // fall (stored events replayed in time order), through every pruning of the collector's table.
        for (const bool rising : {true, false}) {
            AlertCollector collector(1 << 10);
            Alert a;
            a.pbx = QStringLiteral("p");
            a.rule = QStringLiteral("r");
            a.subject = QStringLiteral("s");
            a.firstSeenMs = 1000;
            QVector<qint64> all;
            for (int i = 1; i <= 200; ++i) {
                Event e;
                e.id = rising ? i : 1000 - i;
                e.srcIp = QStringLiteral("203.0.113.%1").arg(i);
                e.account = QStringLiteral("acc%1").arg(i);
                all.append(e.id);
                a.evidence = all.size() <= 6 ? all : all.mid(0, 3) + all.mid(all.size() - 3);
                a.count = i;
                a.lastSeenMs = 1000 + i;
                collector.collect(a, AlertBook::hashOf(a.pbx, a.rule, a.subject), &e);
                collector.remember(e);
            }
            AnalysisResult r;
            collector.fill(r, nullptr);
            QCOMPARE(r.alerts.size(), 1);
            QCOMPARE(r.alerts[0].count, 200);
            const QStringList want{QStringLiteral("203.0.113.1"), QStringLiteral("203.0.113.2"),
                                   QStringLiteral("203.0.113.3"), QStringLiteral("203.0.113.198"),
                                   QStringLiteral("203.0.113.199"), QStringLiteral("203.0.113.200")};
            QCOMPARE(r.sourceIps.value(AnalysisResult::keyOf(r.alerts[0])), want);
            QCOMPARE(r.accounts.value(AnalysisResult::keyOf(r.alerts[0])).size(), 6);
        }
    }

    void alertCollectorKeepsTheFieldsOfAQuietAlert()
    {
        // 3,000 events through a ring of 1,024: a busy alert takes every event, a quiet one every
        // 700th. The quiet one's evidence is older than the ring by the end; its fields were copied
        // while the ring still had them (and the busy one's rolling ids were not kept for nothing).
        AlertCollector collector(1 << 10);
        auto alert = [](const QString &subject) {
            Alert a;
            a.pbx = QStringLiteral("p");
            a.rule = QStringLiteral("r");
            a.subject = subject;
            a.firstSeenMs = 1000;
            return a;
        };
        Alert busy = alert(QStringLiteral("busy")), quiet = alert(QStringLiteral("quiet"));
        QVector<qint64> busyIds;
        for (int i = 1; i <= 3000; ++i) {
            Event e;
            e.id = i;
            e.srcIp = QStringLiteral("198.51.%1.%2").arg(i / 256).arg(i % 256);
            busyIds.append(i);
            busy.evidence = busyIds.size() <= 6 ? busyIds : busyIds.mid(0, 3) + busyIds.mid(busyIds.size() - 3);
            ++busy.count;
            collector.collect(busy, AlertBook::hashOf(busy.pbx, busy.rule, busy.subject), &e);
            if (i % 700 == 0) {
                quiet.evidence.append(i);
                ++quiet.count;
                collector.collect(quiet, AlertBook::hashOf(quiet.pbx, quiet.rule, quiet.subject), &e);
            }
            collector.remember(e);
        }
        QVERIFY(collector.missing().isEmpty());
        AnalysisResult r;
        collector.fill(r, nullptr);
        QCOMPARE(r.alerts.size(), 2);
        const auto ipsOf = [&](const QString &subject) {
            for (const Alert &a : r.alerts)
                if (a.subject == subject)
                    return r.sourceIps.value(AnalysisResult::keyOf(a));
            return QStringList();
        };
        QCOMPARE(ipsOf(QStringLiteral("quiet")),
                 (QStringList{QStringLiteral("198.51.2.188"), QStringLiteral("198.51.5.120"),
                              QStringLiteral("198.51.8.52"), QStringLiteral("198.51.10.240")}));
        QCOMPARE(ipsOf(QStringLiteral("busy")),
                 (QStringList{QStringLiteral("198.51.0.1"), QStringLiteral("198.51.0.2"), QStringLiteral("198.51.0.3"),
                              QStringLiteral("198.51.11.182"), QStringLiteral("198.51.11.183"),
                              QStringLiteral("198.51.11.184")}));
    }

    void alertBookCountsOnceOnlyUnderItsSettings()
    {
        AlertBook book(100, 10);
        AlertDraft d = draftPRS();
        d.timeMs = 1000;
        d.evidence = {1};
        const Key key = AlertBook::hashOf(d.pbx, d.rule, d.subject);
        QVERIFY(!book.countOnce(key, Severity::Medium, 1500, 2));   // not open: a full draft is needed
        book.apply(d, key);
        QVERIFY(book.countOnce(key, Severity::High, 2000, 2));
        const Alert *a = book.find(key);
        QVERIFY(a);
        QCOMPARE(a->count, 2);
        QCOMPARE(a->lastSeenMs, 2000);
        QCOMPARE(a->severity, Severity::High);
        QCOMPARE(a->evidence, (QVector<qint64>{1, 2}));
        book.newGeneration();   // settings changed: the allowlist must see a draft first
        QVERIFY(!book.countOnce(key, Severity::Medium, 2500, 3));
        QCOMPARE(book.find(key)->count, 2);
        d.timeMs = 2500;
        d.evidence = {3};
        book.apply(d, key);
        QVERIFY(book.countOnce(key, Severity::Medium, 3000, 4));
        QCOMPARE(book.find(key)->count, 4);
    }

    void alertBookTextRefresh()
    {
        AlertBook book(100, 10);
        AlertDraft d = draftPRS();
        d.severity = Severity::Medium;
        const Key key = AlertBook::hashOf(d.pbx, d.rule, d.subject);
        d.timeMs = 1000;
        QVERIFY(book.textDue(d, key)); // not open yet
        d.explanation = QStringLiteral("first");
        book.apply(d, key);
        d.explanation.clear();
        d.timeMs = 1500;
        QVERIFY(!book.textDue(d, key)); // refreshed at most once a second at first
        d.severity = Severity::High;
        QVERIFY(book.textDue(d, key));  // unless the alert gets more severe
        d.severity = Severity::Medium;
        d.timeMs = 2000;
        QVERIFY(book.textDue(d, key));
        d.timeMs = 11000;
        d.explanation = QStringLiteral("later");
        book.apply(d, key);
        d.explanation.clear();
        d.timeMs = 12500;
        QVERIFY(!book.textDue(d, key)); // ten seconds old: every ten seconds from now on
        d.timeMs = 21000;
        QVERIFY(book.textDue(d, key));
        QCOMPARE(book.find(key)->explanation, QStringLiteral("later"));
    }

    void alertBookAggregates()
    {
        AlertBook book(100, 4);
        AlertDraft d = draftPRS();
        d.timeMs = 1000;
        d.severity = Severity::Medium;
        d.count = 3;
        d.evidence = {1, 2, 3};
        bool created = false;
        book.apply(d, &created);
        QVERIFY(created);
        for (int i = 4; i < 10; ++i) {
            d.count = 1;
            d.timeMs = 1000 * i;
            d.evidence = {i};
            d.severity = i == 5 ? Severity::High : Severity::Low;
            book.apply(d, &created);
            QVERIFY(!created);
        }
        const Alert *a = book.find(AlertBook::keyOf(QStringLiteral("p"), QStringLiteral("r"), QStringLiteral("s")));
        QVERIFY(a);
        QCOMPARE(a->key(), AlertBook::keyOf(QStringLiteral("p"), QStringLiteral("r"), QStringLiteral("s")));
        QVERIFY(!book.find(AlertBook::keyOf(QStringLiteral("p"), QStringLiteral("r"), QStringLiteral("s2"))));
        QVERIFY(!book.find(AlertBook::keyOf(QStringLiteral("p"), QStringLiteral("rs"), QString())));
        QCOMPARE(a->count, 9);
        QCOMPARE(a->firstSeenMs, 1000);
        QCOMPARE(a->lastSeenMs, 9000);
        QCOMPARE(a->severity, Severity::High); // never lowered
        QCOMPARE(a->evidence.size(), 4);
        QCOMPARE(a->evidence.first(), 1);       // how it started is kept
        QCOMPARE(a->evidence.last(), 9);        // and the latest
    }

    void scannerUserAgents()
    {
        ScannerUserAgents ua;
        QVERIFY(ua.load(QString(), nullptr));
        QVERIFY(ua.match(QStringLiteral("friendly-scanner")));
        QVERIFY(ua.match(QStringLiteral("sipcli/v1.8")));
        QVERIFY(ua.match(QStringLiteral("VaxSIPUserAgent/3.1")));
        QCOMPARE(ua.match(QStringLiteral("PortSIP VoIP SDK 11.2.1"))->severity, Severity::Medium);
        QVERIFY(!ua.match(QStringLiteral("Zoiper rv2.10.17.4")));
        QVERIFY(!ua.match(QStringLiteral("Yealink SIP-T46S 66.86.0.15")));
        QVERIFY(!ua.match(QStringLiteral("Asterisk PBX 20.20.1")));
    }

    void benchEngine()
    {
        // Prints a number; asserts nothing about speed (see DESIGN.md).
        const int n = qEnvironmentVariableIntValue("TG_BENCH_EVENTS") > 0 ? qEnvironmentVariableIntValue("TG_BENCH_EVENTS") : 100000;
        qInfo().noquote() << benchEngineReport(n);
        QVERIFY(benchEngineEventsPerSecond(1000) > 0);
    }
};

QTEST_GUILESS_MAIN(TestDetectUnits)
#include "TestDetectUnits.moc"
