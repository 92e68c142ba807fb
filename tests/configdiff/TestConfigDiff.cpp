// Diffs of the real configs against copies changed the way an intruder would (tests/data/configdiff).
#include "configdiff/AsteriskSectionContext.h"
#include "configdiff/ChangeClassifier.h"
#include "configdiff/ConfigDiff.h"
#include "configdiff/ConfigDiffBench.h"
#include "configdiff/FreeSwitchXmlPath.h"
#include "configdiff/SecretMasker.h"

#include <QFile>
#include <QJsonArray>
#include <QtTest>

using namespace tg;

namespace {

QByteArray data(const QString &rel)
{
    QFile f(QStringLiteral(TOLLGATE_TEST_DATA "/") + rel);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(rel));
    return f.readAll();
}

DiffResult diffOf(const QString &oldRel, const QString &newRel, const QString &path)
{
    DiffResult d = ConfigDiff::compute(data(oldRel), data(newRel));
    ConfigDiff::annotate(d, ConfigDiff::formatFor(path));
    return d;
}

QStringList rulesOf(const ChangeAssessment &a)
{
    QStringList out;
    for (const SecurityFinding &f : a.findings)
        out << f.rule;
    return out;
}

const SecurityFinding *finding(const ChangeAssessment &a, const QString &rule)
{
    for (const SecurityFinding &f : a.findings)
        if (f.rule == rule)
            return &f;
    return nullptr;
}

} // namespace

class TestConfigDiff : public QObject
{
    Q_OBJECT
private slots:
    void identicalAndEmpty();
    void hunksAndNavigation();
    void wordHighlights();
    void lineEndingsOnly();
    void asteriskSections();
    void freeSwitchPaths();
    void intruderChanges_data();
    void intruderChanges();
    void newAmiUserFindings();
    void forwardingNamesNumber();
    void internationalPatterns();
    void masking();
    void maskedSpansFollowSecrets();
    void unifiedTextIsMaskable();
    void binaryFiles();
    void largeFiles();
    void tooDifferentIsBounded();
    void benchmarkReportsNumbers();
};

void TestConfigDiff::identicalAndEmpty()
{
    const QByteArray a = data(QStringLiteral("asterisk-conf/sip.conf"));
    DiffResult d = ConfigDiff::compute(a, a);
    QVERIFY(d.identical);
    QVERIFY(d.hunks.isEmpty());
    QCOMPARE(d.rows.size(), d.newLines.size());
    QCOMPARE(ChangeClassifier::classify(QStringLiteral("sip.conf"), d).severity, Severity::Info);

    d = ConfigDiff::compute(QByteArray(), "a\nb\n");
    QCOMPARE(d.added, 2);
    QCOMPARE(d.removed, 0);
    QCOMPARE(d.hunks.size(), 1);
    QCOMPARE(d.hunks[0].header(), QStringLiteral("@@ -0,0 +1,2 @@"));
    d = ConfigDiff::compute("a\nb\n", QByteArray());
    QCOMPARE(d.removed, 2);
    QCOMPARE(d.hunks[0].header(), QStringLiteral("@@ -1,2 +0,0 @@"));
}

void TestConfigDiff::hunksAndNavigation()
{
    QByteArray a, b;
    for (int i = 0; i < 100; ++i) {
        a += "line " + QByteArray::number(i) + "\n";
        b += (i == 10 || i == 60 ? "changed " : "line ") + QByteArray::number(i) + "\n";
    }
    b += "tail\n";
    const DiffResult d = ConfigDiff::compute(a, b);
    QCOMPARE(d.added, 3);
    QCOMPARE(d.removed, 2);
    QCOMPARE(d.hunks.size(), 3);  // 10, 60 and the tail, each with 3 lines of context
    QCOMPARE(d.hunks[0].header(), QStringLiteral("@@ -8,7 +8,7 @@"));
    QCOMPARE(d.hunks[2].header(), QStringLiteral("@@ -98,3 +98,4 @@"));
    QCOMPARE(d.changeStarts.size(), 3);
    QCOMPARE(d.rows[d.changeStarts[0]].op, DiffOp::Delete);
    QCOMPARE(d.rows[d.changeStarts[0]].oldLine, 10);
    QCOMPARE(d.rows[d.changeStarts[0] + 1].op, DiffOp::Insert);
    QCOMPARE(d.rows[d.changeStarts[0]].partner, d.changeStarts[0] + 1);

    QCOMPARE(d.nextChange(-1), d.changeStarts[0]);
    QCOMPARE(d.nextChange(d.changeStarts[0]), d.changeStarts[1]);
    QCOMPARE(d.nextChange(d.changeStarts[2]), -1);
    QCOMPARE(d.previousChange(d.changeStarts[1]), d.changeStarts[0]);
    QCOMPARE(d.previousChange(d.changeStarts[0]), -1);
    QCOMPARE(d.hunkOf(d.changeStarts[1]), 1);
    QCOMPARE(d.hunkOf(30), -1);

    // Merged when the context overlaps.
    ConfigDiff::Options o;
    o.context = 20;
    QCOMPARE(ConfigDiff::compute(a, b, o).hunks.size(), 2);
}

void TestConfigDiff::wordHighlights()
{
    QVector<DiffSpan> o, n;
    ConfigDiff::wordSpans(QStringLiteral("permit = 127.0.0.1/255.255.255.255"),
                          QStringLiteral("permit = 0.0.0.0/0.0.0.0"), &o, &n);
    QVERIFY(!o.isEmpty());
    QVERIFY(!n.isEmpty());
    QCOMPARE(o.first().start, 9); // "permit = " is unchanged
    QCOMPARE(n.first().start, 9);

    o.clear();
    n.clear();
    ConfigDiff::wordSpans(QStringLiteral("write = system,call"), QStringLiteral("write = system,call,originate"), &o, &n);
    QVERIFY(o.isEmpty());
    QCOMPARE(n.size(), 1);
    QCOMPARE(QStringLiteral("write = system,call,originate").mid(n[0].start, n[0].length), QStringLiteral(",originate"));

    const DiffResult d = diffOf(QStringLiteral("asterisk-conf/manager.conf"),
                                QStringLiteral("configdiff/manager-permit-opened.conf"),
                                QStringLiteral("manager.conf"));
    const DiffRow &ins = d.rows[d.changeStarts[0] + 1];
    QCOMPARE(ins.op, DiffOp::Insert);
    QVERIFY(!ins.spans.isEmpty());
}

void TestConfigDiff::lineEndingsOnly()
{
    const DiffResult d = ConfigDiff::compute("a\nb\n", "a\r\nb\r\n");
    QVERIFY(!d.identical);
    QVERIFY(d.endingsOnly);
    QCOMPARE(d.hunks.size(), 0);
    QCOMPARE(ChangeClassifier::classify(QStringLiteral("sip.conf"), d).severity, Severity::Info);
}

void TestConfigDiff::asteriskSections()
{
    const QStringList lines = ConfigDiff::splitLines(data(QStringLiteral("asterisk-conf/extensions.conf")));
    const AsteriskSectionContext ctx(lines);
    QCOMPARE(ctx.names(), QStringList({QStringLiteral("general"), QStringLiteral("unauthenticated"),
                                       QStringLiteral("internal")}));
    const int dial = int(lines.indexOf(QStringLiteral(" same => n,Dial(SIP/${EXTEN},20)")));
    QVERIFY(dial > 0);
    QCOMPARE(ctx.sectionAt(dial), QStringLiteral("[internal]"));
    QCOMPARE(ctx.sectionAt(0), QStringLiteral("[general]"));
    QCOMPARE(lines[ctx.headerLine(dial)], QStringLiteral("[internal]"));

    QString name, options;
    QVERIFY(AsteriskSectionContext::parseHeader(QStringLiteral("[directories](!) ; template"), &name, &options));
    QCOMPARE(name, QStringLiteral("directories"));
    QCOMPARE(options, QStringLiteral("!"));
    QVERIFY(!AsteriskSectionContext::parseHeader(QStringLiteral("exten => [abc]"), &name));
    const AsteriskSectionContext tmpl(ConfigDiff::splitLines(data(QStringLiteral("asterisk-conf/asterisk.conf"))));
    QCOMPARE(tmpl.sectionAt(1), QStringLiteral("[directories](!)"));

    // Hunks carry the context of their first change.
    const DiffResult d = diffOf(QStringLiteral("asterisk-conf/extensions.conf"),
                                QStringLiteral("configdiff/extensions-new-intl-route.conf"),
                                QStringLiteral("extensions.conf"));
    QCOMPARE(d.hunks.size(), 1);
    QCOMPARE(d.hunks[0].section, QStringLiteral("[internal]"));
    QVERIFY(d.hunks[0].header().endsWith(QStringLiteral("@@ [internal]")));
}

void TestConfigDiff::freeSwitchPaths()
{
    const QStringList lines = ConfigDiff::splitLines(data(QStringLiteral("esl/freeswitch.xml")));
    const FreeSwitchXmlPath p(lines);
    QVERIFY(p.wellFormed());
    const int pw = int(lines.indexOf(QStringLiteral("        <param name=\"password\" value=\"ClueCon\"/>")));
    QVERIFY(pw > 0);
    QCOMPARE(p.pathAt(pw), QStringLiteral("section[configuration]/configuration[event_socket.conf]/settings/param[password]"));
    QCOMPARE(p.pathAt(pw + 1), QStringLiteral("section[configuration]/configuration[event_socket.conf]/settings"));
    const int user = int(lines.indexOf(QStringLiteral("        <user id=\"1002\">")));
    QVERIFY(p.pathAt(user).endsWith(QStringLiteral("users/user[1002]")));
    // The user's password line names the param, never its value.
    QVERIFY(p.pathAt(user + 1).endsWith(QStringLiteral("user[1002]/params/param[password]")));
    QVERIFY(!p.paths().join(QLatin1Char(' ')).contains(QStringLiteral("ClueCon")));
    QVERIFY(p.pathAt(3).startsWith(QStringLiteral("X-PRE-PROCESS[set")));

    // A broken file keeps the paths up to the error.
    const FreeSwitchXmlPath broken({QStringLiteral("<include>"), QStringLiteral("  <gateway name=\"gw\">"),
                                    QStringLiteral("  </oops>"), QStringLiteral("x")});
    QVERIFY(!broken.wellFormed());
    QCOMPARE(broken.pathAt(1), QStringLiteral("gateway[gw]"));
    QCOMPARE(broken.paths().size(), 4);
}

void TestConfigDiff::intruderChanges_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("changed");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("hunks");

    const auto row = [](const char *name, const char *orig, const char *changed, const char *path, Severity s,
                        const char *rule, int added, int removed, int hunks) {
        QTest::newRow(name) << QString::fromLatin1(orig) << QString::fromLatin1(changed) << QString::fromLatin1(path)
                            << int(s) << QString::fromLatin1(rule) << added << removed << hunks;
    };
    row("new AMI user", "asterisk-conf/manager.conf", "configdiff/manager-new-ami-user.conf",
        "/etc/asterisk/manager.conf", Severity::High, "ami_user_added", 7, 0, 1);
    row("AMI permit opened", "asterisk-conf/manager.conf", "configdiff/manager-permit-opened.conf",
        "/etc/asterisk/manager.conf", Severity::High, "acl_changed", 1, 1, 1);
    row("new _00. route", "asterisk-conf/extensions.conf", "configdiff/extensions-new-intl-route.conf",
        "/etc/asterisk/extensions.conf", Severity::High, "intl_route", 4, 0, 1);
    row("forward to external", "asterisk-conf/extensions.conf", "configdiff/extensions-forward.conf",
        "/etc/asterisk/extensions.conf", Severity::High, "external_forward", 3, 0, 1);
    row("changed secret", "asterisk-conf/sip.conf", "configdiff/sip-changed-secret.conf",
        "/etc/asterisk/sip.conf", Severity::High, "secret_changed", 1, 1, 1);
    row("security log removed", "asterisk-conf/logger.conf", "configdiff/logger-no-security.conf",
        "/etc/asterisk/logger.conf", Severity::High, "security_log", 0, 1, 1);
    row("ordinary edit", "asterisk-conf/extensions.conf", "configdiff/extensions-benign.conf",
        "/etc/asterisk/extensions.conf", Severity::Medium, "other_changes", 4, 1, 2);
    row("FreeSWITCH ESL password and gateway route", "esl/freeswitch.xml", "configdiff/freeswitch-intruder.xml",
        "/etc/freeswitch/freeswitch.xml", Severity::High, "external_forward", 6, 1, 2);
}

void TestConfigDiff::intruderChanges()
{
    QFETCH(QString, original);
    QFETCH(QString, changed);
    QFETCH(QString, path);
    QFETCH(int, severity);
    QFETCH(QString, rule);
    QFETCH(int, added);
    QFETCH(int, removed);
    QFETCH(int, hunks);

    const DiffResult d = diffOf(original, changed, path);
    QCOMPARE(d.added, added);
    QCOMPARE(d.removed, removed);
    QCOMPARE(d.hunks.size(), hunks);
    QVERIFY(!d.approximate);
    const ChangeAssessment a = ChangeClassifier::classify(path, d);
    QVERIFY2(rulesOf(a).contains(rule), qPrintable(rulesOf(a).join(QLatin1Char(','))));
    QCOMPARE(int(a.severity), severity);
    // Every changed row of a High change carries a marker for the view.
    if (a.severity >= Severity::High)
        QVERIFY(!a.rowSeverity.isEmpty());
    // No finding shows a secret.
    const QString all = a.messages().join(QLatin1Char('\n'));
    for (const char *secret : {"Backup#2024", "hunter2", "Vq7#pR2x", "Sup3rS3cret", "ClueCon", "s3cret-ami"})
        QVERIFY2(!all.contains(QLatin1String(secret)), qPrintable(all));
}

void TestConfigDiff::newAmiUserFindings()
{
    const DiffResult d = diffOf(QStringLiteral("asterisk-conf/manager.conf"),
                                QStringLiteral("configdiff/manager-new-ami-user.conf"), QStringLiteral("manager.conf"));
    const ChangeAssessment a = ChangeClassifier::classify(QStringLiteral("/etc/asterisk/manager.conf"), d);
    const SecurityFinding *user = finding(a, QStringLiteral("ami_user_added"));
    QVERIFY(user);
    QVERIFY(user->message.contains(QStringLiteral("[backup]")));
    QCOMPARE(user->section, QStringLiteral("[backup]"));
    QVERIFY(finding(a, QStringLiteral("acl_changed")));
    const SecurityFinding *perm = finding(a, QStringLiteral("ami_permissions"));
    QVERIFY(perm);
    QCOMPARE(perm->severity, Severity::High); // write = all
    QCOMPARE(d.rows[user->row].op, DiffOp::Insert);
    QCOMPARE(d.text(user->row), QStringLiteral("[backup]"));
}

void TestConfigDiff::forwardingNamesNumber()
{
    const DiffResult d = diffOf(QStringLiteral("asterisk-conf/extensions.conf"),
                                QStringLiteral("configdiff/extensions-forward.conf"), QStringLiteral("extensions.conf"));
    const ChangeAssessment a = ChangeClassifier::classify(QStringLiteral("extensions.conf"), d);
    const SecurityFinding *f = finding(a, QStringLiteral("external_forward"));
    QVERIFY(f);
    QVERIFY(f->message.contains(QStringLiteral("00447700900123")));
    QVERIFY(f->message.contains(QStringLiteral("[internal]")));

    const DiffResult intl = diffOf(QStringLiteral("asterisk-conf/extensions.conf"),
                                   QStringLiteral("configdiff/extensions-new-intl-route.conf"),
                                   QStringLiteral("extensions.conf"));
    const ChangeAssessment b = ChangeClassifier::classify(QStringLiteral("extensions.conf"), intl);
    const SecurityFinding *route = finding(b, QStringLiteral("intl_route"));
    QVERIFY(route);
    QVERIFY(route->message.contains(QStringLiteral("_00.")));
    QVERIFY(route->message.contains(QStringLiteral("new route")));
}

void TestConfigDiff::internationalPatterns()
{
    for (const char *p : {"_00X.", "_00.", "_011X.", "_9011.", "_X.", "_.", "_+X.", "_9.", "_0.", "_0900XXXXXX",
                          "_1900NXXXXXX", "_!", "0044207946000"})
        QVERIFY2(ChangeClassifier::isInternationalPattern(QLatin1String(p)), p);
    for (const char *p : {"_100X", "_1XXX", "9999", "i", "s", "_2XX", "1001", "_0ZXXXXXXX"})
        QVERIFY2(!ChangeClassifier::isInternationalPattern(QLatin1String(p)), p);
    QCOMPARE(ChangeClassifier::externalNumberIn(QStringLiteral("Dial(SIP/provider/00447700900123,30)")),
             QStringLiteral("00447700900123"));
    QCOMPARE(ChangeClassifier::externalNumberIn(QStringLiteral("Dial(SIP/1001,20)")), QString());
    QCOMPARE(ChangeClassifier::externalNumberIn(QStringLiteral("Dial(SIP/${EXTEN},20)")), QString());
    QCOMPARE(ChangeClassifier::externalNumberIn(QStringLiteral("Dial(PJSIP/+442079460000@trunk)")),
             QStringLiteral("+442079460000"));
}

void TestConfigDiff::masking()
{
    const SecretMasker conf(ConfigFormat::AsteriskConf);
    const QString m = SecretMasker::mask();
    QCOMPARE(conf.maskLine(QStringLiteral("secret = Vq7#pR2x!mZ9tLw4")), QStringLiteral("secret = ") + m);
    QCOMPARE(conf.maskLine(QStringLiteral("md5secret=abc ; old")), QStringLiteral("md5secret=") + m + QStringLiteral(" ; old"));
    QCOMPARE(conf.maskLine(QStringLiteral("password => p4ss")), QStringLiteral("password => ") + m);
    QCOMPARE(conf.maskLine(QStringLiteral("register => 1234:hunter2@sip.example.com/1001")),
             QStringLiteral("register => 1234:") + m + QStringLiteral("@sip.example.com/1001"));
    QCOMPARE(conf.maskLine(QStringLiteral("register => tls://user:pw:authuser@host")),
             QStringLiteral("register => tls://user:") + m + QStringLiteral(":authuser@host"));
    QCOMPARE(conf.maskLine(QStringLiteral("; secret = commented")), QStringLiteral("; secret = commented"));
    QCOMPARE(conf.maskLine(QStringLiteral("context = internal")), QStringLiteral("context = internal"));
    QCOMPARE(conf.maskLine(QStringLiteral("secret =")), QStringLiteral("secret ="));

    const SecretMasker xml(ConfigFormat::FreeSwitchXml);
    QCOMPARE(xml.maskLine(QStringLiteral("<param name=\"password\" value=\"ClueCon\"/>")),
             QStringLiteral("<param name=\"password\" value=\"") + m + QStringLiteral("\"/>"));
    QCOMPARE(xml.maskLine(QStringLiteral("<param value=\"1234\" name=\"vm-password\"/>")),
             QStringLiteral("<param value=\"") + m + QStringLiteral("\" name=\"vm-password\"/>"));
    QCOMPARE(xml.maskLine(QStringLiteral("<X-PRE-PROCESS cmd=\"set\" data=\"default_password=1234\"/>")),
             QStringLiteral("<X-PRE-PROCESS cmd=\"set\" data=\"default_password=") + m + QStringLiteral("\"/>"));
    QCOMPARE(xml.maskLine(QStringLiteral("<param name=\"listen-ip\" value=\"127.0.0.1\"/>")),
             QStringLiteral("<param name=\"listen-ip\" value=\"127.0.0.1\"/>"));

    // Every secret of the real configs is masked.
    const QString sip = conf.maskText(QString::fromUtf8(data(QStringLiteral("asterisk-conf/sip.conf"))));
    QVERIFY(!sip.contains(QStringLiteral("Vq7#pR2x!mZ9tLw4")));
    QVERIFY(!sip.contains(QStringLiteral("secret = 1234")));
    const QString fs = xml.maskText(QString::fromUtf8(data(QStringLiteral("esl/freeswitch.xml"))));
    QVERIFY(!fs.contains(QStringLiteral("value=\"ClueCon\"")));
    QVERIFY(!fs.contains(QStringLiteral("Vq7#pR2x!mZ9tLw4")));
    QVERIFY(!fs.contains(QStringLiteral("value=\"1234\"")));
}

void TestConfigDiff::maskedSpansFollowSecrets()
{
    const SecretMasker conf;
    const QString line = QStringLiteral("secret = hunter2 ; set by bob");
    QVector<DiffSpan> spans{{9, 7}, {19, 3}}; // the secret, then "set"
    QVector<DiffSpan> moved;
    const QString masked = conf.maskLine(line, spans, &moved);
    QCOMPARE(masked, QStringLiteral("secret = ") + SecretMasker::mask() + QStringLiteral(" ; set by bob"));
    QCOMPARE(moved.size(), 2);
    QCOMPARE(masked.mid(moved[0].start, moved[0].length), SecretMasker::mask());
    QCOMPARE(masked.mid(moved[1].start, moved[1].length), QStringLiteral("set"));
    // A span inside the secret covers the whole mask (its length tells nothing).
    conf.maskLine(line, {{11, 2}}, &moved);
    QCOMPARE(masked.mid(moved[0].start, moved[0].length), SecretMasker::mask());
}

void TestConfigDiff::unifiedTextIsMaskable()
{
    const DiffResult d = diffOf(QStringLiteral("asterisk-conf/sip.conf"), QStringLiteral("configdiff/sip-changed-secret.conf"),
                                QStringLiteral("sip.conf"));
    const QString plain = d.unifiedText(QStringLiteral("a"), QStringLiteral("b"));
    QVERIFY(plain.contains(QStringLiteral("-secret = Vq7#pR2x!mZ9tLw4")));
    QVERIFY(plain.contains(QStringLiteral("+secret = hunter2")));
    QVERIFY(plain.contains(QStringLiteral("@@ -33,7 +33,7 @@ [1002]")));
    const SecretMasker masker;
    const QString masked = d.unifiedText(QStringLiteral("a"), QStringLiteral("b"), 0,
                                         [&masker](const QString &l) { return masker.maskLine(l); });
    QVERIFY(!masked.contains(QStringLiteral("hunter2")));
    QVERIFY(!masked.contains(QStringLiteral("Vq7#")));
    QVERIFY(masked.contains(QStringLiteral("+secret = ") + SecretMasker::mask()));
    // Bounded output says how much was left out.
    QVERIFY(d.unifiedText(QStringLiteral("a"), QStringLiteral("b"), 3).contains(QStringLiteral("more diff lines")));
}

void TestConfigDiff::binaryFiles()
{
    QByteArray a("\x7f" "ELF\0\0\1binary", 13);
    QByteArray b = a;
    b[10] = 'X';
    QVERIFY(ConfigDiff::looksBinary(a));
    QVERIFY(!ConfigDiff::looksBinary(data(QStringLiteral("asterisk-conf/sip.conf"))));
    DiffResult d = ConfigDiff::compute(a, b);
    QVERIFY(d.binary);
    QVERIFY(!d.identical);
    QVERIFY(d.rows.isEmpty());
    QCOMPARE(d.oldSize, 13);
    QCOMPARE(d.oldSha256, ConfigDiff::sha256Hex(a));
    QCOMPARE(d.newSha256.size(), 64);
    const ChangeAssessment c = ChangeClassifier::classify(QStringLiteral("/etc/asterisk/keys/x.key"), d);
    QCOMPARE(c.severity, Severity::Medium);
    QCOMPARE(c.findings.first().rule, QStringLiteral("binary_changed"));
    QVERIFY(d.unifiedText(QStringLiteral("a"), QStringLiteral("b")).contains(QStringLiteral("Binary files differ")));
    // Text on one side, binary on the other: still a binary change.
    QVERIFY(ConfigDiff::compute("text\n", a).binary);
    // Latin-1 text is text.
    QVERIFY(!ConfigDiff::looksBinary("callerid = \"M\xfcller\" <1001>\n"));
    QCOMPARE(ConfigDiff::splitLines("callerid = \"M\xfcller\"\n").first(), QStringLiteral("callerid = \"M\u00fcller\""));
}

void TestConfigDiff::largeFiles()
{
    // About 10 MB with a few edits: aligned exactly (no approximation), all edits found.
    QByteArray big;
    big.reserve(10 * 1024 * 1024 + 100);
    int i = 0;
    while (big.size() < 10 * 1024 * 1024) {
        big += "[" + QByteArray::number(i) + "]\nsecret = s" + QByteArray::number(i * 31) + "\ncontext = internal\n";
        ++i;
    }
    QList<QByteArray> lines = big.split('\n');
    const int n = int(lines.size());
    lines[5] = "permit = 0.0.0.0/0.0.0.0";
    lines[n / 2] = "context = international";
    lines.insert(n - 10, "deny = 10.0.0.0/8");
    const DiffResult d = ConfigDiff::compute(big, lines.join('\n'));
    QVERIFY(!d.approximate);
    QVERIFY(!d.truncated);
    QCOMPARE(d.added, 3);
    QCOMPARE(d.removed, 2);
    QCOMPARE(d.hunks.size(), 3);
    QCOMPARE(d.rows.size(), d.oldLines.size() + d.added);
}

void TestConfigDiff::tooDifferentIsBounded()
{
    // Two unrelated large texts: no alignment attempt beyond the budget, one replacement.
    QByteArray a, b;
    for (int i = 0; i < 60000; ++i) {
        a += "a" + QByteArray::number(i) + "\n";
        b += "b" + QByteArray::number(i) + "\n";
    }
    ConfigDiff::Options o;
    o.workBudget = 10'000'000;
    const DiffResult d = ConfigDiff::compute(a, b, o);
    QVERIFY(d.approximate);
    QCOMPARE(d.removed, 60000);
    QCOMPARE(d.added, 60000);
    QCOMPARE(d.hunks.size(), 1);
    // And the byte limit cuts, saying so.
    o.maxBytes = 1000;
    QVERIFY(ConfigDiff::compute(a, b, o).truncated);
}

void TestConfigDiff::benchmarkReportsNumbers()
{
    const QJsonObject r = ConfigDiffBench::run(200 * 1024);
    const QJsonArray cases = r.value(QStringLiteral("cases")).toArray();
    QCOMPARE(cases.size(), 3);
    QCOMPARE(cases[0].toObject().value(QStringLiteral("added")).toInt(), 5);
    QVERIFY(cases[0].toObject().contains(QStringLiteral("diff_ms")));
    QVERIFY(cases[2].toObject().value(QStringLiteral("binary")).toBool());
}

QTEST_GUILESS_MAIN(TestConfigDiff)
#include "TestConfigDiff.moc"
