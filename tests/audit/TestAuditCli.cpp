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
    void approvedUsers();
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

void TestAuditCli::approvedUsers()
{
    // The access review's approved AMI/ESL users, from the command line or a file: without them an
    // offline audit has no approved list and reviews nothing.
    const QString asterisk = QStringLiteral(TOLLGATE_AUDIT_DATA "/asterisk-hardened");
    const QString audit = QStringLiteral("audit"), offline = QStringLiteral("--offline"), json = QStringLiteral("--json");
    const QString users = QStringLiteral("--approved-users"), usersFile = QStringLiteral("--approved-users-file");

    const Run approved = cli({audit, offline, asterisk, users, QStringLiteral("ops, console")});
    QVERIFY2(approved.code == 0, approved.out.constData());
    QVERIFY(!approved.out.contains("access."));

    // AMI user "console" (write = call,reporting: may originate calls) is not on the list.
    const Run other = cli({audit, offline, asterisk, QStringLiteral("--approved-users=ops;backup"), json});
    QCOMPARE(other.code, 1);
    QVERIFY2(other.out.contains("\"check\":\"access.unapproved_user\""), other.out.constData());
    QVERIFY(other.out.contains("console"));
    QVERIFY(other.out.contains("manager.conf"));

    // FreeSWITCH: event_socket stands for the shared ESL password.
    const QString freeswitch = data("freeswitch/vanilla-hardened");
    const Run esl = cli({audit, offline, freeswitch, users, QStringLiteral("ops"), json});
    QCOMPARE(esl.code, 1);
    QVERIFY2(esl.out.contains("\"check\":\"access.unapproved_user\""), esl.out.constData());
    QVERIFY(esl.out.contains("event_socket"));
    QTemporaryDir dir;
    QFile list(dir.filePath(QStringLiteral("approved.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("# who may control the PBXes\nops   # the operations team\nevent_socket\n\n");
    list.close();
    const Run fromFile = cli({audit, offline, freeswitch, usersFile, list.fileName()});
    QVERIFY2(fromFile.code == 0, fromFile.out.constData());
    QVERIFY(!fromFile.out.contains("access."));

    // Bad input: no names, a flag where names belong, a missing or empty file.
    QCOMPARE(cli({audit, offline, asterisk, users}).code, 2);
    QCOMPARE(cli({audit, offline, asterisk, users, json}).code, 2);
    QCOMPARE(cli({audit, offline, asterisk, usersFile, dir.filePath(QStringLiteral("missing.txt"))}).code, 2);
    QFile empty(dir.filePath(QStringLiteral("empty.txt")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.write("# nobody yet\n");
    empty.close();
    const Run none = cli({audit, offline, asterisk, usersFile, empty.fileName()});
    QCOMPARE(none.code, 2);
    QVERIFY(none.err.contains("names no approved"));
    // The options are documented in the command's help.
    QVERIFY(cli({audit, QStringLiteral("--help"), offline, asterisk}).out.contains("--approved-users-file"));
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "TestAuditCli.moc"
