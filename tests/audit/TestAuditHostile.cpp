// Hostile configs: huge, binary, self-including, include bombs, invalid or pathological XML.
// Each must end in findings or clear errors, never a crash or a hang (ctest's timeout is the guard).
#include "audit/AsteriskAudit.h"
#include "audit/AuditRunner.h"
#include "audit/ConfigFileSet.h"
#include "audit/FreeSwitchAudit.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace tg;

namespace {

QByteArray randomBytes(int n, bool withNul)
{
    QByteArray b(n, '\0');
    QRandomGenerator rng(42);
    for (int i = 0; i < n; ++i) {
        b[i] = char(rng.bounded(256));
        if (!withNul && b[i] == '\0')
            b[i] = '\x80';
    }
    return b;
}

QString errorsOf(const ConfigFileSet &files, PbxType type, FindingList *findings = nullptr)
{
    QStringList errors;
    const FindingList f = AuditRunner::configFindings(files, type, &errors);
    if (findings)
        *findings = f;
    return errors.join('\n');
}

} // namespace

class TestAuditHostile : public QObject
{
    Q_OBJECT
private slots:
    void hugeFilesAreNotRead();
    void largeButAllowedFileIsBounded();
    void binaryData();
    void asteriskSelfIncludeAndBomb();
    void freeswitchInvalidXml();
    void freeswitchSelfIncludeAndBomb();
    void freeswitchDeepNestingAndEntities();
    void manyElements();
};

void TestAuditHostile::hugeFilesAreNotRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile big(dir.filePath(QStringLiteral("sip.conf")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(ConfigFileSet::kMaxFileBytes + 1));   // sparse: cheap to make
    big.close();
    QFile ok(dir.filePath(QStringLiteral("manager.conf")));
    QVERIFY(ok.open(QIODevice::WriteOnly));
    ok.write("[general]\nenabled=yes\n[x]\nsecret=1234\n");
    ok.close();
    ConfigFileSet f;
    QVERIFY(f.loadDirectory(dir.path()));
    QVERIFY(!f.contains(QStringLiteral("sip.conf")));
    QVERIFY(f.errors().join('\n').contains(QStringLiteral("sip.conf is larger than 4 MiB")));
    FindingList findings;
    errorsOf(f, PbxType::Asterisk, &findings);
    QVERIFY(!findings.isEmpty());   // the readable file is still audited
}

void TestAuditHostile::largeButAllowedFileIsBounded()
{
    // 4 MiB of one-character lines: more lines than the parser takes.
    QByteArray lines;
    lines.reserve(ConfigFileSet::kMaxFileBytes);
    lines += "[general]\n";
    while (lines.size() + 2 <= ConfigFileSet::kMaxFileBytes)
        lines += "x\n";
    ConfigFileSet f;
    f.insert(QStringLiteral("sip.conf"), lines);
    const QString errors = errorsOf(f, PbxType::Asterisk);
    QVERIFY2(errors.contains(QStringLiteral("more than")), qPrintable(errors.left(500)));
    QVERIFY(errors.count(QLatin1Char('\n')) <= 101);   // error lists are capped
}

void TestAuditHostile::binaryData()
{
    ConfigFileSet f;
    f.insert(QStringLiteral("sip.conf"), randomBytes(200000, true));
    f.insert(QStringLiteral("extensions.conf"), randomBytes(200000, false));
    FindingList findings;
    const QString errors = errorsOf(f, PbxType::Asterisk, &findings);
    QVERIFY(errors.contains(QStringLiteral("sip.conf contains binary data")));

    ConfigFileSet x;
    x.insert(QStringLiteral("freeswitch.xml"), randomBytes(100000, true));
    QVERIFY(errorsOf(x, PbxType::FreeSwitch).contains(QStringLiteral("binary data")));
    ConfigFileSet y;
    y.insert(QStringLiteral("freeswitch.xml"), randomBytes(100000, false));
    QVERIFY(errorsOf(y, PbxType::FreeSwitch).contains(QStringLiteral("not valid XML")));
}

void TestAuditHostile::asteriskSelfIncludeAndBomb()
{
    ConfigFileSet self;
    self.insert(QStringLiteral("sip.conf"), "[general]\n#include sip.conf\n#include \"sip.conf\"\nallowguest=yes\n");
    FindingList findings;
    QVERIFY(errorsOf(self, PbxType::Asterisk, &findings).contains(QStringLiteral("loop was not followed")));
    bool guest = false;
    for (const Finding &x : findings)
        guest = guest || x.check == QLatin1String("ast.sip.allowguest");
    QVERIFY(guest);

    // Every file includes every file: without bounds, n! paths.
    ConfigFileSet bomb;
    for (int i = 0; i < 12; ++i)
        bomb.insert(QStringLiteral("inc/%1.conf").arg(i), "[s]\nk=v\n#include inc/*.conf\n");
    bomb.insert(QStringLiteral("extensions.conf"), "#include inc/*.conf\n");
    QVERIFY(errorsOf(bomb, PbxType::Asterisk).contains(QStringLiteral("more than 256 includes")));

    // A chain deeper than allowed.
    ConfigFileSet chain;
    for (int i = 0; i < 20; ++i)
        chain.insert(QStringLiteral("c%1.conf").arg(i), QStringLiteral("#include c%1.conf\n").arg(i + 1).toUtf8());
    chain.insert(QStringLiteral("sip.conf"), "#include c0.conf\n");
    QVERIFY(errorsOf(chain, PbxType::Asterisk).contains(QStringLiteral("nested deeper than 8")));
}

void TestAuditHostile::freeswitchInvalidXml()
{
    ConfigFileSet f;
    f.insert(QStringLiteral("freeswitch.xml"), "<document><section name=\"configuration\">\n<configuration name=\"event_socket.conf\">"
                                               "<settings><param name=\"password\" value=\"ClueCon\"/></settings>\n"
                                               "</configuration><oops></section></document>");
    FindingList findings;
    const QString errors = errorsOf(f, PbxType::FreeSwitch, &findings);
    QVERIFY2(errors.contains(QStringLiteral("freeswitch.xml:3: not valid XML")), qPrintable(errors));
    // What was read before the error is still audited.
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].check, QStringLiteral("fs.esl.password"));

    ConfigFileSet truncated;
    truncated.insert(QStringLiteral("vars.xml"), "<include><X-PRE-PROCESS cmd=\"set\" data=\"default_password=1234\"/>");
    QVERIFY(errorsOf(truncated, PbxType::FreeSwitch).contains(QStringLiteral("ends before")));
}

void TestAuditHostile::freeswitchSelfIncludeAndBomb()
{
    ConfigFileSet self;
    self.insert(QStringLiteral("freeswitch.xml"), "<document><X-PRE-PROCESS cmd=\"include\" data=\"freeswitch.xml\"/>"
                                                  "<X-PRE-PROCESS cmd=\"include\" data=\"*.xml\"/></document>");
    QVERIFY(errorsOf(self, PbxType::FreeSwitch).contains(QStringLiteral("loop was not followed")));

    ConfigFileSet bomb;
    bomb.insert(QStringLiteral("freeswitch.xml"), "<document><X-PRE-PROCESS cmd=\"include\" data=\"inc/*.xml\"/></document>");
    for (int i = 0; i < 12; ++i)
        bomb.insert(QStringLiteral("inc/%1.xml").arg(i), "<include><X-PRE-PROCESS cmd=\"include\" data=\"*.xml\"/></include>");
    QVERIFY(errorsOf(bomb, PbxType::FreeSwitch).contains(QStringLiteral("more than 1000 includes")));
}

void TestAuditHostile::freeswitchDeepNestingAndEntities()
{
    QByteArray deep;
    for (int i = 0; i < 20000; ++i)
        deep += "<a>";
    ConfigFileSet f;
    f.insert(QStringLiteral("freeswitch.xml"), deep);
    QVERIFY(errorsOf(f, PbxType::FreeSwitch).contains(QStringLiteral("nested deeper than 64")));

    // "Billion laughs": Qt's reader refuses to expand it past its limit.
    const QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [\n<!ENTITY a \"aaaaaaaaaa\">\n"
                              "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
                              "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
                              "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n]>\n"
                              "<document><x-param name=\"password\" value=\"&g;\"/></document>\n";
    ConfigFileSet l;
    l.insert(QStringLiteral("freeswitch.xml"), laughs);
    errorsOf(l, PbxType::FreeSwitch);   // must return; the content is not trusted either way
}

void TestAuditHostile::manyElements()
{
    QByteArray many = "<document>";
    while (many.size() < ConfigFileSet::kMaxFileBytes - 20)
        many += "<p/>";
    many += "</document>";
    ConfigFileSet f;
    f.insert(QStringLiteral("freeswitch.xml"), many);
    QVERIFY(errorsOf(f, PbxType::FreeSwitch).contains(QStringLiteral("more than 500000 XML elements")));
}

QTEST_GUILESS_MAIN(TestAuditHostile)
#include "TestAuditHostile.moc"
