// The Asterisk .conf parser, the FreeSWITCH XML reader and ConfigFileSet.
#include "audit/AsteriskConfig.h"
#include "audit/AsteriskDialplan.h"
#include "audit/ConfigFileSet.h"
#include "audit/FreeSwitchConfig.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tg;

class TestAuditParsers : public QObject
{
    Q_OBJECT
private slots:
    void asteriskSyntax();
    void asteriskTemplatesAndAppend();
    void asteriskIncludes();
    void asteriskDialplanSteps();
    void freeswitchIncludesAndVariables();
    void freeswitchLayout();
    void fileSetGlobAndNormalize();
    void fileSetFromDirectory();
};

void TestAuditParsers::asteriskSyntax()
{
    ConfigFileSet f;
    f.insert(QStringLiteral("sip.conf"),
             "; comment\r\n"
             "[general]   ; trailing\r\n"
             "Context = guests ; why\r\n"
             "exten => 1,1,NoOp(a\\;b)\r\n"
             ";-- a block\r\n"
             "secret = hidden\r\n"
             "--;\r\n"
             "allowguest=no ;-- inline --; \r\n"
             "orphan line\r\n");
    AsteriskConfig c;
    QVERIFY(c.parse(f, QStringLiteral("sip.conf")));
    QCOMPARE(c.sections().size(), 1);
    const AstSection &g = c.sections()[0];
    QCOMPARE(g.name, QStringLiteral("general"));
    QCOMPARE(g.line, 2);
    QCOMPARE(g.entries.size(), 3);
    QCOMPARE(g.entries[0].key, QStringLiteral("context"));   // keys lower-cased
    QCOMPARE(g.entries[0].value, QStringLiteral("guests"));
    QCOMPARE(g.entries[0].line, 3);
    QCOMPARE(g.entries[1].key, QStringLiteral("exten"));
    QCOMPARE(g.entries[1].value, QStringLiteral("1,1,NoOp(a;b)"));   // "=>" and "\;"
    QCOMPARE(g.entries[2].key, QStringLiteral("allowguest"));
    QCOMPARE(g.entries[2].line, 8);
    QCOMPARE(c.errors().size(), 1);
    QVERIFY(c.errors()[0].contains(QStringLiteral("sip.conf:9")));
    QVERIFY(!c.parse(f, QStringLiteral("missing.conf")));
    QVERIFY(AsteriskConfig::isTrue(QStringLiteral(" Yes ")));
    QVERIFY(!AsteriskConfig::isTrue(QStringLiteral("nope")));
}

void TestAuditParsers::asteriskTemplatesAndAppend()
{
    ConfigFileSet f;
    f.insert(QStringLiteral("sip.conf"), "[base](!)\nhost=dynamic\ncontext=a\n"
                                         "[acl](!)\ndeny=0.0.0.0/0.0.0.0\n"
                                         "[1001](base,acl)\ncontext=b\n"
                                         "[1001](+)\nsecret=x\n"
                                         "[loop](!,loop)\nk=v\n[user](loop)\n");
    AsteriskConfig c;
    QVERIFY(c.parse(f, QStringLiteral("sip.conf")));
    const AstSection *s = c.section(QStringLiteral("1001"));
    QVERIFY(s);
    QCOMPARE(s->templates, (QStringList{QStringLiteral("base"), QStringLiteral("acl")}));
    QCOMPARE(c.value(*s, QStringLiteral("context")).value, QStringLiteral("b"));   // own line wins
    QCOMPARE(c.value(*s, QStringLiteral("host")).value, QStringLiteral("dynamic"));
    QCOMPARE(c.value(*s, QStringLiteral("secret")).line, 9);                       // (+) appended
    QCOMPARE(c.values(*s, QStringLiteral("deny")).size(), 1);
    QVERIFY(!c.section(QStringLiteral("base")));                                    // templates are not sections
    const AstSection *u = c.section(QStringLiteral("user"));
    QVERIFY(u);
    QCOMPARE(c.value(*u, QStringLiteral("k")).value, QStringLiteral("v"));          // a template cycle ends
}

void TestAuditParsers::asteriskIncludes()
{
    ConfigFileSet f;
    f.insert(QStringLiteral("sip.conf"), "[general]\n#include sip_general.conf\n#include \"peers/*.conf\"\n"
                                         "#tryinclude nothere.conf\n#include missing.conf\n#include sip.conf\n"
                                         "#exec /usr/bin/make-peers\n#include /etc/asterisk/abs.conf\n");
    f.insert(QStringLiteral("sip_general.conf"), "allowguest=no\n");
    f.insert(QStringLiteral("peers/a.conf"), "[a]\nsecret=1\n");
    f.insert(QStringLiteral("peers/b.conf"), "[b]\nsecret=2\n#include sip.conf\n");   // relative to the root, as Asterisk does
    f.insert(QStringLiteral("abs.conf"), "[abs]\nk=v\n");
    AsteriskConfig c;
    QVERIFY(c.parse(f, QStringLiteral("sip.conf")));
    const AstSection *g = c.section(QStringLiteral("general"));
    QCOMPARE(c.value(*g, QStringLiteral("allowguest")).file, QStringLiteral("sip_general.conf"));
    QCOMPARE(c.value(*g, QStringLiteral("allowguest")).line, 1);
    QCOMPARE(c.value(*c.section(QStringLiteral("b")), QStringLiteral("secret")).file, QStringLiteral("peers/b.conf"));
    QVERIFY(c.section(QStringLiteral("abs")));   // the PBX's absolute path maps to the root
    const QString errors = c.errors().join('\n');
    QVERIFY2(errors.contains(QStringLiteral("missing.conf was not found")), qPrintable(errors));
    QVERIFY(!errors.contains(QStringLiteral("nothere.conf")));
    QCOMPARE(errors.count(QStringLiteral("loop was not followed")), 2);   // sip.conf itself, and via peers/b.conf
    QVERIFY(errors.contains(QStringLiteral("#exec")));
}

void TestAuditParsers::asteriskDialplanSteps()
{
    ConfigFileSet f;
    f.insert(QStringLiteral("extensions.conf"),
             "[a]\ninclude => b\nexten => _X./100,1,NoOp()\n same => n(out),Dial(SIP/x/${EXTEN},30)\n"
             "exten => s,1,Goto,b,s,1\n[b]\ninclude => a\nexten => 1,1,Answer\n[a]\nexten => 2,1,Hangup()\n");
    AsteriskConfig c;
    QVERIFY(c.parse(f, QStringLiteral("extensions.conf")));
    AsteriskDialplan d;
    d.load(c);
    const AsteriskDialplan::Context *a = d.context(QStringLiteral("a"));
    QVERIFY(a);
    QCOMPARE(a->extensions.size(), 3);   // both [a] blocks
    QCOMPARE(a->extensions[0].pattern, QStringLiteral("_X."));
    QCOMPARE(a->extensions[0].steps.size(), 2);
    QCOMPARE(a->extensions[0].steps[1].app, QStringLiteral("Dial"));
    QCOMPARE(a->extensions[0].steps[1].data, QStringLiteral("SIP/x/${EXTEN},30"));
    QCOMPARE(a->extensions[0].steps[1].line, 4);
    QCOMPARE(a->extensions[1].steps[0].app, QStringLiteral("Goto"));
    QCOMPARE(d.reachable({QStringLiteral("a")}), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    for (const char *wide : {"_X.", "_.", "_00X.", "_011.", "_9011.", "_9X.", "_+X.", "_00XXXXXXXXXX"})
        QVERIFY2(AsteriskDialplan::isWideOrInternational(QLatin1String(wide)), wide);
    for (const char *narrow : {"_100X", "100", "_2XX", "_0[2-9]XXXXXXXX", "s", "_44X."})
        QVERIFY2(!AsteriskDialplan::isWideOrInternational(QLatin1String(narrow)), narrow);
}

void TestAuditParsers::freeswitchIncludesAndVariables()
{
    ConfigFileSet f;
    f.insert(QStringLiteral("freeswitch.xml"), R"(<?xml version="1.0"?>
<document type="freeswitch/xml">
  <X-PRE-PROCESS cmd="include" data="vars.xml"/>
  <section name="configuration">
    <X-PRE-PROCESS cmd="include" data="autoload_configs/*.xml"/>
  </section>
  <X-PRE-PROCESS cmd="include" data="freeswitch.xml"/>
  <X-PRE-PROCESS cmd="exec-set" data="x=hostname"/>
</document>)");
    f.insert(QStringLiteral("vars.xml"), "<include>\n<X-PRE-PROCESS cmd=\"set\" data=\"pw=Secret$${n}\"/>\n"
                                          "<X-PRE-PROCESS cmd=\"set\" data=\"n=1\"/>\n</include>");
    f.insert(QStringLiteral("autoload_configs/event_socket.conf.xml"),
             "<configuration name=\"event_socket.conf\">\n<settings>\n"
             "<param name=\"password\" value=\"$${pw}-$${n}-$${unknown}\"/>\n</settings>\n</configuration>\n");
    f.insert(QStringLiteral("autoload_configs/sofia.conf.xml"),
             "<configuration name=\"sofia.conf\"><profiles>"
             "<X-PRE-PROCESS cmd=\"include\" data=\"../sip_profiles/*.xml\"/></profiles></configuration>");
    f.insert(QStringLiteral("sip_profiles/internal.xml"), "<profile name=\"internal\"><settings/></profile>");
    FreeSwitchConfig c;
    QVERIFY(c.parseDocument(f, QStringLiteral("freeswitch.xml")));
    const int es = c.configuration(QStringLiteral("event_socket.conf"));
    QVERIFY(es >= 0);
    const int pw = c.param(es, QStringLiteral("password"));
    QVERIFY(pw >= 0);
    // Expanded in file order: pw was set before n existed, as FreeSWITCH's preprocessor does.
    QCOMPARE(c.node(pw).attr(QStringLiteral("value")), QStringLiteral("Secret$${n}-1-$${unknown}"));
    QCOMPARE(c.node(pw).attribute(QStringLiteral("value"))->raw, QStringLiteral("$${pw}-$${n}-$${unknown}"));
    QCOMPARE(c.node(pw).file, QStringLiteral("autoload_configs/event_socket.conf.xml"));
    QCOMPARE(c.node(pw).line, 3);
    QCOMPARE(c.variables().value(QStringLiteral("n")).line, 3);
    const QVector<int> profiles = c.findAll(QStringLiteral("profile"));
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(c.node(c.ancestor(profiles[0], QStringLiteral("configuration"))).attr(QStringLiteral("name")),
             QStringLiteral("sofia.conf"));
    const QString errors = c.errors().join('\n');
    QVERIFY2(errors.contains(QStringLiteral("loop was not followed")), qPrintable(errors));
    QVERIFY(errors.contains(QStringLiteral("exec-set")));
}

void TestAuditParsers::freeswitchLayout()
{
    ConfigFileSet f;
    f.insert(QStringLiteral("vars.xml"), "<include><X-PRE-PROCESS cmd=\"set\" data=\"default_password=1234\"/></include>");
    f.insert(QStringLiteral("directory/default/1000.xml"),
             "<include><user id=\"1000\"><params><param name=\"password\" value=\"$${default_password}\"/></params></user></include>");
    f.insert(QStringLiteral("directory/default.xml"), "<include><domain name=\"x\"/></include>");
    f.insert(QStringLiteral("sip_profiles/external.xml"), "<profile name=\"external\"/>");
    FreeSwitchConfig c;
    QVERIFY(c.parseLayout(f));
    const QVector<int> users = c.findAll(QStringLiteral("user"));
    QCOMPARE(users.size(), 1);
    QCOMPARE(c.node(c.param(users[0], QStringLiteral("password"))).attr(QStringLiteral("value")), QStringLiteral("1234"));
    QCOMPARE(c.findAll(QStringLiteral("profile")).size(), 1);
    QCOMPARE(c.filesRead().size(), 4);
    QVERIFY(c.errors().isEmpty());
}

void TestAuditParsers::fileSetGlobAndNormalize()
{
    ConfigFileSet f;
    f.insert(QStringLiteral("./a/../sip.conf"), "x");
    f.insert(QStringLiteral("peers/a.conf"), "a");
    f.insert(QStringLiteral("peers/sub/b.conf"), "b");
    QVERIFY(f.contains(QStringLiteral("sip.conf")));
    QVERIFY(f.contains(QStringLiteral("/etc/asterisk/sip.conf")));
    QCOMPARE(f.glob(QStringLiteral("peers/*.conf")), QStringList{QStringLiteral("peers/a.conf")});
    QCOMPARE(f.glob(QStringLiteral("peers/*/*.conf")), QStringList{QStringLiteral("peers/sub/b.conf")});
    QCOMPARE(f.glob(QStringLiteral("*.conf")), QStringList{QStringLiteral("sip.conf")});
    QCOMPARE(f.glob(QStringLiteral("p?ers/a.conf")), QStringList{QStringLiteral("peers/a.conf")});
    QVERIFY(f.glob(QStringLiteral("nothing")).isEmpty());
}

void TestAuditParsers::fileSetFromDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
    QFile a(dir.filePath(QStringLiteral("sip.conf")));
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write("[general]\n");
    a.close();
    QFile b(dir.filePath(QStringLiteral("sub/x.conf")));
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("y");
    b.close();
    // A link out of the folder is not followed.
    QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), dir.filePath(QStringLiteral("out.conf"))));
    ConfigFileSet f;
    QVERIFY(f.loadDirectory(dir.path()));
    QCOMPARE(f.paths(), (QStringList{QStringLiteral("sip.conf"), QStringLiteral("sub/x.conf")}));
    QCOMPARE(f.content(QStringLiteral("sip.conf")), QByteArray("[general]\n"));
    ConfigFileSet none;
    QVERIFY(!none.loadDirectory(dir.filePath(QStringLiteral("absent"))));
    QCOMPARE(none.errors().size(), 1);
}

QTEST_GUILESS_MAIN(TestAuditParsers)
#include "TestAuditParsers.moc"
