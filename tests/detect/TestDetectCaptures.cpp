// The detectors on real Asterisk 20.20.1 captures (tests/data).
#include "AmiCaptureEvents.h"
#include "detect/Analyzer.h"
#include "detect/AlertFormatter.h"
#include "detect/DetectionEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace tg;
using tgtest::amiCaptureEvents;
using tgtest::testData;

class TestDetectCaptures : public QObject
{
    Q_OBJECT

private:
    static AnalysisResult analyze(const QStringList &files, DetectionSettings s = DetectionSettings::defaults())
    {
        Analyzer a(s);
        for (const QString &f : files) {
            const EventList ev = amiCaptureEvents(testData(f));
            if (ev.isEmpty())
                qFatal("no events in %s", qPrintable(f));
            a.addEvents(ev);
        }
        return a.run();
    }
    static QSet<QString> subjects(const AnalysisResult &r, const QString &rule)
    {
        QSet<QString> s;
        for (const Alert &a : r.alerts)
            if (a.rule == rule)
                s.insert(a.subject);
        return s;
    }
    static QString dump(const AnalysisResult &r) { return AlertFormatter::toText(r, true); }

private slots:
    void bruteForceFromLoopback()
    {
        const AnalysisResult r = analyze({QStringLiteral("ami/asterisk-20.20.1-bruteforce.ami")});
        QVERIFY2(subjects(r, QStringLiteral("brute_force_ip")).contains(QStringLiteral("127.0.0.1")), qPrintable(dump(r)));
        // 31 names tried (100-130) besides 1001: enumeration, though all came as InvalidPassword.
        QVERIFY2(subjects(r, QStringLiteral("enumeration")).contains(QStringLiteral("127.0.0.1")), qPrintable(dump(r)));
        for (const Alert &a : r.alerts) {
            if (a.rule != QLatin1String("brute_force_ip"))
                continue;
            QCOMPARE(a.severity, Severity::High);
            QCOMPARE(a.count, 81); // every InvalidPassword in the capture
            QVERIFY(a.explanation.contains(QStringLiteral("1001")));
            QVERIFY(!a.evidence.isEmpty() && a.evidence.size() <= 50);
        }
        // The recorder's AMI login from the same host is not "success after SIP failures",
        // and FullyBooted (sent to every AMI session) is not a config change.
        QVERIFY(subjects(r, QStringLiteral("success_after_failures")).isEmpty());
        QVERIFY(subjects(r, QStringLiteral("config_reload")).isEmpty());
    }

    void multiSourceBruteForce()
    {
        const AnalysisResult r = analyze({QStringLiteral("ami-multi/asterisk-20.20.1-multi-bruteforce.ami")});
        const QSet<QString> expected{QStringLiteral("203.0.113.5"),    QStringLiteral("203.0.113.41"),
                                     QStringLiteral("203.0.113.101"),  QStringLiteral("198.51.100.7"),
                                     QStringLiteral("198.51.100.61"),  QStringLiteral("2001:db8::a1"),
                                     QStringLiteral("203.0.113.177"),  QStringLiteral("198.51.100.149"),
                                     QStringLiteral("198.51.100.231"), QStringLiteral("2001:db8::a2")};
        QCOMPARE(subjects(r, QStringLiteral("brute_force_ip")), expected);
        // The sweep never answers a challenge: a scanner, and not a brute force.
        QCOMPARE(subjects(r, QStringLiteral("scanner_sweep")), QSet<QString>{QStringLiteral("198.51.100.211")});
        for (const Alert &a : r.alerts)
            if (a.rule == QLatin1String("brute_force_ip"))
                QCOMPARE(a.count, 12);
        // Six of the ten attacked 1001: many sources on one account.
        QVERIFY(subjects(r, QStringLiteral("brute_force_account")).contains(QStringLiteral("1001")));
        QVERIFY(subjects(r, QStringLiteral("success_after_failures")).isEmpty());

        // JSON output carries source IPs and accounts from the evidence.
        const QJsonObject root = QJsonDocument::fromJson(AlertFormatter::toJson(r)).object();
        bool found = false;
        for (const QJsonValue &v : root.value(QStringLiteral("alerts")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("rule")).toString() == QLatin1String("brute_force_ip")
                && o.value(QStringLiteral("subject")).toString() == QLatin1String("2001:db8::a2")) {
                found = true;
                QCOMPARE(o.value(QStringLiteral("source_ips")).toArray().first().toString(), QStringLiteral("2001:db8::a2"));
                QCOMPARE(o.value(QStringLiteral("accounts")).toArray().size(), 4); // 200, 201, 202, 101
                QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
            }
        }
        QVERIFY(found);
    }

    void distributedBruteForce()
    {
        const AnalysisResult r = analyze({QStringLiteral("ami-multi/asterisk-20.20.1-multi-distributed.ami")});
        QVERIFY2(subjects(r, QStringLiteral("brute_force_account")).contains(QStringLiteral("1002")), qPrintable(dump(r)));
        QVERIFY(subjects(r, QStringLiteral("brute_force_ip")).isEmpty()); // two failures each
        for (const Alert &a : r.alerts)
            if (a.rule == QLatin1String("brute_force_account")) {
                QCOMPARE(a.count, 30);
                QVERIFY(a.explanation.contains(QStringLiteral("15 different addresses")));
            }
    }

    void officeIsQuiet()
    {
        const AnalysisResult r = analyze({QStringLiteral("ami-multi/asterisk-20.20.1-multi-office.ami")});
        QVERIFY2(r.alerts.isEmpty(), qPrintable(dump(r)));
        QVERIFY(r.events > 20);
    }

    void sessionFullMerged()
    {
        // The whole multi run in one stream: the same attacks, nothing from the office.
        const AnalysisResult r = analyze({QStringLiteral("ami-multi/asterisk-20.20.1-multi-session-full.ami")});
        QCOMPARE(subjects(r, QStringLiteral("brute_force_ip")).size(), 10);
        QVERIFY(subjects(r, QStringLiteral("brute_force_account")).contains(QStringLiteral("1002")));
        QVERIFY(subjects(r, QStringLiteral("scanner_sweep")).contains(QStringLiteral("198.51.100.211")));
        for (const Alert &a : r.alerts) {
            QVERIFY2(!a.subject.startsWith(QStringLiteral("192.0.2.")), qPrintable(a.title));
            QVERIFY2(a.rule != QLatin1String("toll_fraud_destination"), qPrintable(a.title)); // 0207... is domestic
        }
    }

    void internationalCalls()
    {
        const AnalysisResult r = analyze({QStringLiteral("ami/asterisk-20.20.1-calls.ami")});
        const QSet<QString> toll = subjects(r, QStringLiteral("toll_fraud_destination"));
        QVERIFY2(toll.contains(QStringLiteral("1001 \u2192 AE")), qPrintable(dump(r)));
        QVERIFY2(toll.contains(QStringLiteral("1001 \u2192 GB")), qPrintable(dump(r)));
        QCOMPARE(toll.size(), 2);
        for (const Alert &a : r.alerts) {
            QVERIFY2(!a.explanation.contains(QStringLiteral("dialed 1002")), qPrintable(a.explanation));
            if (a.rule == QLatin1String("toll_fraud_destination")) {
                QCOMPARE(a.count, 2);                 // two calls each
                QVERIFY(a.estimatedCost > 0);         // billed seconds × rate, added at each end
                QVERIFY(a.explanation.contains(QStringLiteral("0097150123456"))
                        || a.explanation.contains(QStringLiteral("011442079460000")));
            }
        }
    }

    void printWhenAsked()
    {
        // TG_DUMP=1 prints what each capture raises (for people tuning thresholds).
        if (qEnvironmentVariableIsEmpty("TG_DUMP"))
            QSKIP("set TG_DUMP=1 to print the alerts of every capture");
        for (const char *f : {"ami/asterisk-20.20.1-bruteforce.ami", "ami/asterisk-20.20.1-calls.ami",
                              "ami/asterisk-20.20.1-session-full.ami", "ami/asterisk-20.20.1-amiauth.ami",
                              "ami-multi/asterisk-20.20.1-multi-session-full.ami"})
            qInfo().noquote() << f << "\n" << dump(analyze({QString::fromLatin1(f)}));
    }

    void countryAndCost()
    {
        ManualClock clock(0);
        DetectionEngine engine(clock);
        QCOMPARE(engine.countryOf(QStringLiteral("0097150123456")), QStringLiteral("AE"));
        QCOMPARE(engine.countryOf(QStringLiteral("011442079460000")), QStringLiteral("GB"));
        QCOMPARE(engine.countryOf(QStringLiteral("+8816123456")), QStringLiteral("XS"));
        QCOMPARE(engine.countryOf(QStringLiteral("1002")), QString());
        Event end;
        end.kind = EventKind::CallEnd;
        end.destination = QStringLiteral("0097150123456");
        end.billSec = 120;
        QCOMPARE(engine.estimateCost(end), 0.5); // 2 min at 0.25
        engine.enrich(end);
        QCOMPARE(end.cost, 0.5);
    }
};

QTEST_GUILESS_MAIN(TestDetectCaptures)
#include "TestDetectCaptures.moc"
