// Audit history in the store (schema v6): runs and fixes round-trip, no secret stored.
#include "audit/AuditHistory.h"
#include "store/Database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;

class TestAuditHistory : public QObject
{
    Q_OBJECT
private slots:
    void runsAndFixes();
};

void TestAuditHistory::runsAndFixes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = Database::dbPath(dir.path());
    const DbOpenResult open = Database::open(path, QStringLiteral("audit"));
    QVERIFY2(open.ok, qPrintable(open.error));
    {
        AuditHistory h(QStringLiteral("audit"));
        AuditResult r;
        r.pbx = QStringLiteral("lab");
        r.finishedUtc = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
        Finding f;
        f.check = QStringLiteral("ast.sip.weak_secret");
        f.severity = Severity::Critical;
        f.subject = QStringLiteral("1001");
        f.file = QStringLiteral("sip.conf");
        f.line = 26;
        f.evidence = QStringLiteral("secret = ********");
        r.findings << f;
        QString error;
        const qint64 first = h.saveRun(r, &error);
        QVERIFY2(first > 0, qPrintable(error));
        r.findings.clear();
        r.finishedUtc = QDateTime::fromMSecsSinceEpoch(2000, Qt::UTC);
        QVERIFY(h.saveRun(r) > first);

        const QVector<AuditHistory::Run> runs = h.runs(QStringLiteral("lab"));
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].score, 100);   // newest first
        QCOMPARE(runs[1].score, 49);
        QCOMPARE(runs[1].critical, 1);
        AuditResult back;
        QVERIFY(h.loadRun(first, &back));
        QCOMPARE(back.findings.size(), 1);
        QCOMPARE(back.findings[0].line, 26);
        QVERIFY(!h.loadRun(9999, &back));
        QVERIFY(h.runs(QStringLiteral("other")).isEmpty());

        AuditHistory::Fix fix;
        fix.pbx = QStringLiteral("lab");
        fix.check = QStringLiteral("ast.sip.allowguest");
        fix.file = QStringLiteral("/etc/asterisk/sip.conf");
        fix.backupPath = QStringLiteral("/etc/asterisk/sip.conf.20261127-080000.tollgate.bak");
        fix.status = QStringLiteral("applied");
        const qint64 id = h.saveFix(fix);
        QVERIFY(id > 0);
        QVERIFY(h.setFixStatus(id, QStringLiteral("rolled_back"), QStringLiteral("restored")));
        const QVector<AuditHistory::Fix> fixes = h.fixes(QStringLiteral("lab"));
        QCOMPARE(fixes.size(), 1);
        QCOMPARE(fixes[0].status, QStringLiteral("rolled_back"));
        QCOMPARE(fixes[0].backupPath, fix.backupPath);

        QSqlQuery q(QSqlDatabase::database(QStringLiteral("audit")));
        QVERIFY(q.exec(QStringLiteral("SELECT result FROM audit_runs")));
        while (q.next())
            QVERIFY(!q.value(0).toString().contains(QStringLiteral("1234")));
    }
    Database::close(QStringLiteral("audit"));
}

QTEST_GUILESS_MAIN(TestAuditHistory)
#include "TestAuditHistory.moc"
