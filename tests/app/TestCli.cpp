#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// tollgate-cli as a user runs it: exit codes, output formats, on the real captures.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TOLLGATE_CLI), args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static QString data(const char *rel) { return QStringLiteral(TOLLGATE_TEST_DATA "/") + QLatin1String(rel); }

private Q_SLOTS:
    void version()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("tollgate-cli "));
    }

    void eventsJsonCountsKinds()
    {
        const Run r = cli({QStringLiteral("events"), data("ami/asterisk-20.20.1-bruteforce.ami"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QHash<QString, int> kinds;
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            for (const char *key : {"time", "pbx", "kind", "src_ip", "src_port", "transport", "account",
                                    "user_agent", "destination", "service"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            kinds[o.value(QStringLiteral("kind")).toString()]++;
        }
        // The capture's README: ChallengeSent 87, InvalidPassword 81, SuccessfulAuth 2, FullyBooted 1.
        QCOMPARE(kinds.value(QStringLiteral("auth_challenge")), 87);
        QCOMPARE(kinds.value(QStringLiteral("auth_failure")), 81);
        QCOMPARE(kinds.value(QStringLiteral("auth_success")), 2);
        QCOMPARE(kinds.value(QStringLiteral("config_reload")), 1);
    }

    void analyzeFindsAttackersAndExitsOne()
    {
        const Run r = cli({QStringLiteral("analyze"), data("ami-multi/asterisk-20.20.1-multi-bruteforce.ami"),
                           QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        for (const char *ip : {"203.0.113.5", "198.51.100.7", "2001:db8::a1", "198.51.100.211"})
            QVERIFY2(r.out.contains(ip), ip);
    }

    void analyzeOfficeTrafficIsQuiet()
    {
        const Run r = cli({QStringLiteral("analyze"), data("ami-multi/asterisk-20.20.1-multi-office.ami")});
        QCOMPARE(r.code, 0);
    }

    void analyzeLogsMergesFiles()
    {
        const Run r = cli({QStringLiteral("analyze"), data("ami-multi/security-20.20.1.log"),
                           data("ami-multi/messages-20.20.1.log"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("203.0.113.41"));
    }

    void analyzeFreeSwitchAndFail2banLogs()
    {
        const Run fs = cli({QStringLiteral("analyze"), data("esl/freeswitch-1.10.12.log"), QStringLiteral("--json")});
        QCOMPARE(fs.code, 1);
        QVERIFY(fs.out.contains("brute_force_ip"));
        QVERIFY(fs.out.contains("127.0.0.1"));
        const Run f2b = cli({QStringLiteral("analyze"), data("fail2ban/fail2ban-1.0.2.log"), QStringLiteral("--format"),
                             QStringLiteral("fail2ban"), QStringLiteral("--json")});
        QCOMPARE(f2b.code, 1);
        QVERIFY(f2b.out.contains("203.0.113.41"));
        const Run events = cli({QStringLiteral("events"), data("fail2ban/fail2ban-1.0.2.log")});
        QCOMPARE(events.code, 0);
        QVERIFY(events.out.contains("Fail2banBan"));
    }

    void analyzeWithGeoIp()
    {
        const Run r = cli({QStringLiteral("analyze"), data("ami-multi/security-20.20.1.log"), QStringLiteral("--geoip"),
                           data("geoip/tollgate-test-country.mmdb"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        bool sawCountry = false;
        for (const QJsonValue v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("alerts")).toArray()) {
            const QJsonObject countries = v.toObject().value(QStringLiteral("source_countries")).toObject();
            if (countries.contains(QStringLiteral("203.0.113.5"))) {
                QCOMPARE(countries.value(QStringLiteral("203.0.113.5")).toString(), QStringLiteral("DE"));
                sawCountry = true;
            }
        }
        QVERIFY(sawCountry);
        const Run missing = cli({QStringLiteral("analyze"), data("ami-multi/security-20.20.1.log"), QStringLiteral("--geoip"),
                                 data("geoip/no-such.mmdb")});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains("does not exist"), missing.err.constData());
        const Run corrupt = cli({QStringLiteral("analyze"), data("ami-multi/security-20.20.1.log"), QStringLiteral("--geoip"),
                                 data("geoip/make-test-db.pl")});
        QCOMPARE(corrupt.code, 2);
        QVERIFY2(corrupt.err.contains("not a valid MaxMind DB"), corrupt.err.constData());
    }

    void badInputExitsTwo()
    {
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("junk.txt")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("hello\x01\x02 world\n");
        junk.close();
        QCOMPARE(cli({QStringLiteral("analyze"), junk.fileName()}).code, 2);
        QCOMPARE(cli({QStringLiteral("analyze"), dir.filePath(QStringLiteral("missing.ami"))}).code, 2);
        QCOMPARE(cli({QStringLiteral("no-such-command")}).code, 2);
    }

    void dbCheckRefusesMissingAndReportsHealthy()
    {
        QTemporaryDir dir;
        const Run missing = cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.out.contains("does not exist"));
    }

    void watchNeedsASecretButNeverOnTheCommandLine()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TOLLGATE_SECRET"));
        const Run r = cli({QStringLiteral("watch"), QStringLiteral("ami://admin@127.0.0.1:1")}, env);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("TOLLGATE_SECRET"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
