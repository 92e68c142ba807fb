// GeoIP country lookups (libmaxminddb) on a real .mmdb file, and detector 6's new-country check.
// tests/data/geoip/tollgate-test-country.mmdb is made by make-test-db.pl (MaxMind's writer) next to it:
// 192.0.2.0/24 GB, 198.51.100.0/24 NG, 203.0.113.0/25 DE, 203.0.113.128/25 US, 2001:db8::/32 BR,
// 2001:db8:ab::/48 JP, 100.64.0.0/10 registered_country SC only.
#include "ScenarioBuilder.h"
#include "detect/AlertFormatter.h"
#include "detect/Analyzer.h"
#include "detect/DetectionEngine.h"
#include "geoip/GeoIpDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

using namespace tg;
using namespace tgtest;

namespace {

constexpr qint64 kHour = 3600 * 1000LL;
constexpr qint64 kDay = 24 * kHour;

QString testDb()
{
    return QStringLiteral(TOLLGATE_TEST_DATA "/geoip/tollgate-test-country.mmdb");
}

DetectionSettings withGeoIp(const QString &path)
{
    DetectionSettings s = DetectionSettings::defaults();
    s.geoIpDatabase = path;
    PbxDetectionSettings p;
    p.homeCountry = QStringLiteral("GB");
    s.pbx.insert(QStringLiteral("office"), p);
    return s;
}

AnalysisResult analyze(const EventList &events, const DetectionSettings &s)
{
    Analyzer a(s);
    a.addEvents(events);
    return a.run();
}

QList<Alert> alertsOf(const AnalysisResult &r, const QString &rule)
{
    QList<Alert> out;
    for (const Alert &a : r.alerts)
        if (a.rule == rule)
            out << a;
    return out;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(bytes);
    return f.fileName();
}

} // namespace

class TestGeoIp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookupCountries_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("name");
        QTest::newRow("v4 GB") << "192.0.2.50" << "GB" << "United Kingdom";
        QTest::newRow("v4 NG") << "198.51.100.7" << "NG" << "Nigeria";
        QTest::newRow("lower /25 DE") << "203.0.113.5" << "DE" << "Germany";
        QTest::newRow("upper /25 US") << "203.0.113.200" << "US" << "United States";
        QTest::newRow("v6 /32 BR") << "2001:db8::a1" << "BR" << "Brazil";
        QTest::newRow("v6 longer /48 JP") << "2001:db8:ab::1" << "JP" << "Japan";
        QTest::newRow("bracketed v6") << "[2001:db8::d2]" << "BR" << "Brazil";
        QTest::newRow("v4-mapped v6") << "::ffff:198.51.100.9" << "NG" << "Nigeria";
        QTest::newRow("registered country only") << "100.64.1.1" << "SC" << "Seychelles";
        QTest::newRow("not listed") << "10.0.0.1" << "" << "";
        QTest::newRow("loopback") << "127.0.0.1" << "" << "";
        QTest::newRow("not an address") << "friendly-scanner" << "" << "";
        QTest::newRow("shell text") << "1.2.3.4; rm -rf /" << "" << "";
        QTest::newRow("empty") << "" << "" << "";
    }

    void lookupCountries()
    {
        QFETCH(QString, ip);
        QFETCH(QString, iso);
        QFETCH(QString, name);
        QString error;
        const GeoIpHandle db = GeoIpDatabase::open(testDb(), &error);
        QVERIFY2(db, qPrintable(error));
        const GeoIpDatabase::Country c = db->lookup(ip);
        QCOMPARE(c.isoCode, iso);
        QCOMPARE(c.name, name);
        QCOMPARE(db->countryCode(ip), iso);
    }

    void namesInTheAskedLanguage()
    {
        QString error;
        const GeoIpHandle db = GeoIpDatabase::open(testDb(), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->lookup(QStringLiteral("192.0.2.1"), {QStringLiteral("de")}).name,
                 QString::fromUtf8("Vereinigtes Königreich"));
        // A language the database does not have falls back to English.
        QCOMPARE(db->lookup(QStringLiteral("192.0.2.1"), {QStringLiteral("pt-BR")}).name, QStringLiteral("United Kingdom"));
    }

    void metadataAndStatusLine()
    {
        QString error;
        const GeoIpHandle db = GeoIpDatabase::open(testDb(), &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->info().databaseType, QStringLiteral("Tollgate-Test-Country"));
        QCOMPARE(db->info().ipVersion, 6);
        QCOMPARE(db->info().buildTime, QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(db->info().languages, (QStringList{QStringLiteral("en"), QStringLiteral("de")}));
        QVERIFY(db->info().nodeCount > 0);
        QCOMPARE(db->describe(), QStringLiteral("%1 nodes, built 2026-11-01 (Tollgate-Test-Country)")
                                     .arg(db->info().nodeCount));
    }

    void missingAndCorruptFilesAreRefusedWithAReason()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!GeoIpDatabase::open(dir.filePath(QStringLiteral("nowhere.mmdb")), &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));

        QVERIFY(!GeoIpDatabase::open(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("not a file")), qPrintable(error));

        QVERIFY(!GeoIpDatabase::open(QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("no file was given")), qPrintable(error));

        const QString text = writeFile(dir, QStringLiteral("text.mmdb"), "this is not a MaxMind DB\n");
        QVERIFY(!GeoIpDatabase::open(text, &error));
        QVERIFY2(error.contains(QStringLiteral("not a valid MaxMind DB")), qPrintable(error));

        const QString empty = writeFile(dir, QStringLiteral("empty.mmdb"), QByteArray());
        QVERIFY(!GeoIpDatabase::open(empty, &error));
        QVERIFY2(error.contains(QStringLiteral("empty.mmdb")), qPrintable(error));

        // The real database cut short (a broken download): its metadata at the end is gone.
        QFile real(testDb());
        QVERIFY(real.open(QIODevice::ReadOnly));
        const QByteArray bytes = real.readAll();
        const QString cut = writeFile(dir, QStringLiteral("cut.mmdb"), bytes.left(bytes.size() / 2));
        QVERIFY(!GeoIpDatabase::open(cut, &error));
        QVERIFY2(error.contains(QStringLiteral("not a valid MaxMind DB")), qPrintable(error));

        // Scrambled search tree with intact metadata: opens, but lookups find nothing instead of crashing.
        QByteArray scrambled = bytes;
        for (int i = 0; i < 600 && i < scrambled.size(); ++i)
            scrambled[i] = char(0xff);
        const QString bad = writeFile(dir, QStringLiteral("scrambled.mmdb"), scrambled);
        if (const GeoIpHandle db = GeoIpDatabase::open(bad, &error)) {
            for (const char *ip : {"203.0.113.5", "2001:db8::1", "198.51.100.7", "100.64.0.1"})
                QVERIFY(db->lookup(QLatin1String(ip)).isoCode.size() <= 8);
        }
    }

    void oneDatabaseSharedByThreads()
    {
        QString error;
        const GeoIpHandle db = GeoIpDatabase::open(testDb(), &error);
        QVERIFY2(db, qPrintable(error));
        QVector<int> work(64);
        std::iota(work.begin(), work.end(), 0);
        const QList<QString> codes = QtConcurrent::blockingMapped<QList<QString>>(work, [db](int i) {
            return db->countryCode(i % 2 ? QStringLiteral("203.0.113.%1").arg(i) : QStringLiteral("2001:db8:ab::%1").arg(i));
        });
        for (int i = 0; i < codes.size(); ++i)
            QCOMPARE(codes[i], i % 2 ? QStringLiteral("DE") : QStringLiteral("JP"));
    }

    // Detector 6 with a database: a new country raises new_country (high), a new network in a known
    // country stays new_source (medium), and the status line says the check is on.
    void newCountryForAnAccount()
    {
        ScenarioBuilder b;
        const qint64 t = tuesdayUtc(8);
        for (int d = 0; d < 2; ++d)
            b.registration(t + d * kDay, QStringLiteral("203.0.113.5"), QStringLiteral("1001"));       // DE
        b.registration(t + 2 * kDay, QStringLiteral("203.0.113.9"), QStringLiteral("1001"));           // same /24
        b.registration(t + 2 * kDay + kHour, QStringLiteral("203.0.113.200"), QStringLiteral("1001")); // US, same /24
        b.registration(t + 2 * kDay + 2 * kHour, QStringLiteral("198.51.100.7"), QStringLiteral("1001")); // NG
        b.registration(t + 2 * kDay + 3 * kHour, QStringLiteral("203.0.113.6"), QStringLiteral("1001")); // DE again
        // 1002: from the office LAN (GB), then from a range that has only a registered country (SC).
        b.registration(t, QStringLiteral("192.0.2.51"), QStringLiteral("1002"));
        b.registration(t + 2 * kDay, QStringLiteral("100.64.9.9"), QStringLiteral("1002"));              // SC
        // 1003: only ever seen from a private network, then from the PBX's home country (GB), then Brazil.
        b.registration(t, QStringLiteral("10.1.2.3"), QStringLiteral("1003"));
        b.registration(t + 2 * kDay, QStringLiteral("192.0.2.77"), QStringLiteral("1003"));
        b.registration(t + 2 * kDay + kHour, QStringLiteral("2001:db8::77"), QStringLiteral("1003"));

        const AnalysisResult r = analyze(b.events(), withGeoIp(testDb()));
        const QString dump = AlertFormatter::toText(r, true);
        const QList<Alert> country = alertsOf(r, QStringLiteral("new_country"));
        QCOMPARE(country.size(), 3);
        const Alert *a1001 = nullptr;
        for (const Alert &a : country)
            if (a.subject == QLatin1String("1001"))
                a1001 = &a;
        QVERIFY2(a1001, qPrintable(dump));
        QCOMPARE(a1001->severity, Severity::High);
        QCOMPARE(a1001->count, 2);                      // US, then NG; DE again is known
        QVERIFY2(a1001->explanation.contains(QStringLiteral("Nigeria (NG)")), qPrintable(a1001->explanation));
        QVERIFY2(a1001->explanation.contains(QStringLiteral("DE, US")), qPrintable(a1001->explanation));
        QVERIFY2(dump.contains(QStringLiteral("New country for account 1002: SC from 100.64.9.9")), qPrintable(dump));
        QVERIFY2(dump.contains(QStringLiteral("New country for account 1003: BR from 2001:db8::77")), qPrintable(dump));
        // 1003 at home (GB) after only private addresses is a new network, not a new country.
        const QList<Alert> network = alertsOf(r, QStringLiteral("new_source"));
        QCOMPARE(network.size(), 1);
        QCOMPARE(network.first().subject, QStringLiteral("1003"));
        QVERIFY(network.first().title.contains(QStringLiteral("192.0.2.77")));
        // Countries of the alerts' sources, for the CLI and JSON.
        QCOMPARE(r.countries.value(QStringLiteral("198.51.100.7")), QStringLiteral("NG"));
        QVERIFY(r.warnings.isEmpty());
    }

    void withoutDatabaseOnlyNetworksCount()
    {
        ScenarioBuilder b;
        const qint64 t = tuesdayUtc(8);
        b.registration(t, QStringLiteral("203.0.113.5"), QStringLiteral("1001"));
        b.registration(t + 2 * kDay, QStringLiteral("198.51.100.7"), QStringLiteral("1001"));
        const AnalysisResult r = analyze(b.events(), withGeoIp(QString()));
        QCOMPARE(alertsOf(r, QStringLiteral("new_country")).size(), 0);
        QCOMPARE(alertsOf(r, QStringLiteral("new_source")).size(), 1);
        QVERIFY(r.countries.isEmpty());

        ManualClock clock(t);
        const DetectionEngine off(clock, withGeoIp(QString()));
        const QString status = off.status().join(QLatin1Char('\n'));
        QVERIFY2(status.contains(QStringLiteral("new-source country: off (no GeoIP database configured")), qPrintable(status));
        const DetectionEngine on(clock, withGeoIp(testDb()));
        const QString onStatus = on.status().join(QLatin1Char('\n'));
        QVERIFY2(onStatus.contains(QStringLiteral("new-source country: on (GeoIP database")), qPrintable(onStatus));
        QVERIFY2(onStatus.contains(QStringLiteral("built 2026-11-01")), qPrintable(onStatus));
    }

    // A database set while running (Settings): what was learned before counts with its countries.
    void databaseSetWhileRunning()
    {
        const qint64 t = tuesdayUtc(8);
        ManualClock clock(t);
        DetectionEngine engine(clock, withGeoIp(QString()));
        ScenarioBuilder b;
        b.registration(t, QStringLiteral("203.0.113.5"), QStringLiteral("1001"));             // DE, learned without a database
        b.registration(t + 2 * kDay, QStringLiteral("203.0.113.70"), QStringLiteral("1001")); // same /24, no alert
        b.registration(t + 2 * kDay + kHour, QStringLiteral("198.51.100.7"), QStringLiteral("1001")); // NG
        const EventList events = b.events();
        QVERIFY(engine.process(events[0]).isEmpty());
        engine.applySettings(withGeoIp(testDb()));
        QVERIFY(engine.geoIp());
        clock.setMs(events[1].timeMs);
        QVERIFY(engine.process(events[1]).isEmpty());
        clock.setMs(events[2].timeMs);
        const AlertList alerts = engine.process(events[2]);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().rule, QStringLiteral("new_country"));
        QVERIFY2(alerts.first().explanation.contains(QStringLiteral("seen from DE")), qPrintable(alerts.first().explanation));
        engine.applySettings(withGeoIp(QString()));
        QVERIFY(!engine.geoIp());
        QVERIFY(engine.warnings().isEmpty());
    }

    void brokenDatabaseTurnsTheCheckOffAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString junk = writeFile(dir, QStringLiteral("GeoLite2-Country.mmdb"), QByteArray(4096, 'x'));
        ManualClock clock(tuesdayUtc(8));
        const DetectionEngine engine(clock, withGeoIp(junk));
        QVERIFY(!engine.geoIp());
        QCOMPARE(engine.warnings().size(), 1);
        QVERIFY2(engine.warnings().first().contains(QStringLiteral("not a valid MaxMind DB")), qPrintable(engine.warnings().first()));
        const QString status = engine.status().join(QLatin1Char('\n'));
        QVERIFY2(status.contains(QStringLiteral("new-source country: off (The GeoIP database")), qPrintable(status));
        // Detection goes on without countries.
        ScenarioBuilder b;
        b.registration(tuesdayUtc(8), QStringLiteral("203.0.113.5"), QStringLiteral("1001"));
        b.registration(tuesdayUtc(8) + 2 * kDay, QStringLiteral("198.51.100.7"), QStringLiteral("1001"));
        const AnalysisResult r = analyze(b.events(), withGeoIp(junk));
        QCOMPARE(alertsOf(r, QStringLiteral("new_source")).size(), 1);
        QCOMPARE(r.warnings, engine.warnings());
    }
};

QTEST_GUILESS_MAIN(TestGeoIp)
#include "TestGeoIp.moc"
