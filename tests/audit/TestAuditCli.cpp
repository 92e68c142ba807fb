// tollgate-cli audit --offline: detection, text and JSON output, exit codes.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TOLLGATE_CLI), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString data(const char *rel)
{
    return QStringLiteral(TOLLGATE_TEST_DATA "/") + QLatin1String(rel);
}

} // namespace

class TestAuditCli : public QObject
{
    Q_OBJECT
private slots:
    void asteriskJson();
    void freeswitchLayouts();
    void hardenedIsClean();
    void badInput();
    void hostFiles();
};

void TestAuditCli::asteriskJson()
{
    const Run r = cli({QStringLiteral("audit"), QStringLiteral("--offline"), data("asterisk-conf"), QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 7);
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value(QStringLiteral("check")).toString(), QStringLiteral("ast.sip.weak_secret"));
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    QCOMPARE(first.value(QStringLiteral("file")).toString(), QStringLiteral("sip.conf"));
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 26);
    QVERIFY(!first.value(QStringLiteral("title")).toString().isEmpty());
    QVERIFY(!r.out.contains("1234"));
    for (const QByteArray &l : lines)
        QVERIFY(QJsonDocument::fromJson(l).isObject());

    const Run text = cli({QStringLiteral("audit"), QStringLiteral("--offline"), data("asterisk-conf")});
    QCOMPARE(text.code, 1);
    QVERIFY(text.out.contains("[CRITICAL] sip.conf:26  ast.sip.weak_secret"));
    QVERIFY(text.out.contains("score 49/100"));
}

void TestAuditCli::freeswitchLayouts()
{
    const Run vanilla = cli({QStringLiteral("audit"), QStringLiteral("--offline"), data("freeswitch/vanilla"), QStringLiteral("--json")});
    QCOMPARE(vanilla.code, 1);
    QCOMPARE(vanilla.out.trimmed().split('\n').size(), 5);
    QVERIFY(vanilla.out.contains("\"check\":\"fs.vars.default_password\""));
    // A single file is accepted too.
    const Run single = cli({QStringLiteral("audit"), QStringLiteral("--offline"), data("freeswitch/single/freeswitch.xml")});
    QCOMPARE(single.code, 1);
    QVERIFY(single.out.contains("freeswitch.xml:45  fs.esl.password"));
}

void TestAuditCli::hardenedIsClean()
{
    for (const QString &dir : {QStringLiteral(TOLLGATE_AUDIT_DATA "/asterisk-hardened"), data("freeswitch/vanilla-hardened"),
                               data("freeswitch/single-hardened")}) {
        const Run r = cli({QStringLiteral("audit"), QStringLiteral("--offline"), dir});
        QVERIFY2(r.code == 0, r.out.constData());
        QVERIFY(r.out.contains("score 100/100"));
    }
}

void TestAuditCli::badInput()
{
    QCOMPARE(cli({QStringLiteral("audit")}).code, 2);
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("--offline"), QStringLiteral("/nonexistent/tollgate")}).code, 2);
    QTemporaryDir empty;
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("--offline"), empty.path()}).code, 2);
    QFile notes(empty.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("hello\n");
    notes.close();
    const Run r = cli({QStringLiteral("audit"), QStringLiteral("--offline"), empty.path()});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("no Asterisk"));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("--offline"), empty.path(), QStringLiteral("--type"), QStringLiteral("cisco")}).code, 2);
}

void TestAuditCli::hostFiles()
{
    QTemporaryDir dir;
    QFile ps(dir.filePath(QStringLiteral("ps.txt")));
    QVERIFY(ps.open(QIODevice::WriteOnly));
    ps.write("root\n");
    ps.close();
    const Run r = cli({QStringLiteral("audit"), QStringLiteral("--offline"), QStringLiteral(TOLLGATE_AUDIT_DATA "/asterisk-hardened"),
                       QStringLiteral("--ps"), ps.fileName(), QStringLiteral("--pbx-version"), QStringLiteral("Asterisk 20.13.0"),
                       QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains("\"check\":\"host.pbx_root\""));
    QVERIFY(r.out.contains("\"check\":\"ast.version.advisory\""));
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "TestAuditCli.moc"
