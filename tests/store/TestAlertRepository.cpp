// Alert listing, filtering and the analyst's triage history.

#include "StoreTestUtil.h"

#include "store/AlertRepository.h"
#include "store/Database.h"
#include "store/StoreWriter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tg;
using namespace tg::testutil;

class TestAlertRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    const QString m_conn = QStringLiteral("alert-repo");
    qint64 m_bruteId = 0, m_tollId = 0, m_scanId = 0;

    static Alert make(const QString &pbx, const QString &rule, const QString &subject, Severity s, qint64 last)
    {
        Alert a;
        a.pbx = pbx;
        a.rule = rule;
        a.subject = subject;
        a.severity = s;
        a.firstSeenMs = last - 1000;
        a.lastSeenMs = last;
        a.count = 1;
        a.title = QStringLiteral("%1 on %2").arg(rule, subject);
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("alerts.sqlite"));
        StoreWriter writer(m_path);
        writer.setRetentionDays(0);
        QVERIFY(writer.start(nullptr));
        const qint64 e = writer.appendEvent(makeEvent(1700000000000LL));
        Alert brute = make(QStringLiteral("office"), QStringLiteral("brute_force_ip"), QStringLiteral("203.0.113.7"), Severity::High, 3000);
        brute.evidence = {e};
        brute.estimatedCost = 0;
        m_bruteId = writer.saveAlert(brute);
        Alert toll = make(QStringLiteral("office"), QStringLiteral("toll_fraud"), QStringLiteral("1001"), Severity::Critical, 2000);
        toll.estimatedCost = 412.5;
        toll.explanation = QStringLiteral("12 calls to premium numbers in 5 minutes");
        m_tollId = writer.saveAlert(toll);
        m_scanId = writer.saveAlert(make(QStringLiteral("lab"), QStringLiteral("scanner"), QStringLiteral("198.51.100_1"), Severity::Low, 1000));
        writer.flush();
        QVERIFY(Database::openExisting(m_path, m_conn).ok);
    }

    void cleanupTestCase() { Database::close(m_conn); }

    void listsAndFilters()
    {
        AlertRepository repo(m_conn);
        AlertList all = repo.list({});
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).id, m_bruteId); // newest last-seen first
        QCOMPARE(all.at(2).id, m_scanId);
        QCOMPARE(repo.list({}, 2).size(), 2);

        AlertFilter f;
        f.pbx = QStringLiteral("lab");
        QCOMPARE(repo.list(f).size(), 1);
        f = {};
        f.rule = QStringLiteral("toll_fraud");
        all = repo.list(f);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).estimatedCost, 412.5);
        QCOMPARE(all.at(0).explanation, QStringLiteral("12 calls to premium numbers in 5 minutes"));
        QCOMPARE(all.at(0).severity, Severity::Critical);
        f = {};
        f.minSeverity = Severity::High;
        QCOMPARE(repo.list(f).size(), 2);
        f = {};
        f.text = QStringLiteral("100_1");
        QCOMPARE(repo.list(f).size(), 1);
        f.text = QStringLiteral("100%1");
        QCOMPARE(repo.list(f).size(), 0);
        QCOMPARE(repo.byId(m_bruteId).evidence.size(), 1);
        QCOMPARE(repo.byId(12345).id, 0);
    }

    void recordsTriageHistory()
    {
        AlertRepository repo(m_conn);
        repo.setNowMs(5000);
        QVERIFY2(repo.setStatus(m_bruteId, AlertStatus::Acknowledged, QStringLiteral("ana"), QStringLiteral("checking the firewall")), qPrintable(repo.error()));
        repo.setNowMs(6000);
        QVERIFY(repo.setStatus(m_bruteId, AlertStatus::Resolved, QStringLiteral("ben"), QString()));
        QVERIFY(!repo.setStatus(99999, AlertStatus::Resolved, QStringLiteral("ben"), QString()));
        QVERIFY(!repo.error().isEmpty());

        const Alert a = repo.byId(m_bruteId);
        QCOMPARE(a.status, AlertStatus::Resolved);
        QCOMPARE(a.note, QStringLiteral("checking the firewall")); // an empty note keeps the old one

        const QVector<AlertHistoryEntry> h = repo.history(m_bruteId);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.at(0).who, QStringLiteral("ana"));
        QCOMPARE(h.at(0).timeMs, 5000);
        QCOMPARE(h.at(0).status, AlertStatus::Acknowledged);
        QCOMPARE(h.at(0).note, QStringLiteral("checking the firewall"));
        QCOMPARE(h.at(1).who, QStringLiteral("ben"));
        QCOMPARE(h.at(1).status, AlertStatus::Resolved);

        AlertFilter open;
        open.statuses = {AlertStatus::Open};
        QCOMPARE(repo.list(open).size(), 2);
        AlertFilter closed;
        closed.statuses = {AlertStatus::Resolved, AlertStatus::FalsePositive};
        QCOMPARE(repo.list(closed).size(), 1);
        QVERIFY(repo.history(m_tollId).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlertRepository)
#include "TestAlertRepository.moc"
