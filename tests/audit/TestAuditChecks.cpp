// The audit checks on the real lab configs (Asterisk 20.20.1, FreeSWITCH 1.10.12), a FreeSWITCH
// set built from its documented defaults, hardened variants, and small hand-made cases.
#include "audit/AdvisoryTable.h"
#include "audit/AsteriskAudit.h"
#include "audit/AuditReport.h"
#include "audit/AuditRunner.h"
#include "audit/FreeSwitchAudit.h"
#include "audit/HostAudit.h"
#include "audit/PasswordPolicy.h"

#include <QJsonDocument>
#include <QtTest>

using namespace tg;

namespace {

QString data(const QString &rel)
{
    return QStringLiteral(TOLLGATE_TEST_DATA "/") + rel;
}

QString auditData(const QString &rel)
{
    return QStringLiteral(TOLLGATE_AUDIT_DATA "/") + rel;
}

ConfigFileSet load(const QString &dir)
{
    ConfigFileSet f;
    if (!f.loadDirectory(dir))
        qFatal("cannot read %s", qPrintable(dir));
    return f;
}

// "severity check subject file:line", sorted: the whole result in one comparable list.
QStringList summary(const FindingList &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << QStringLiteral("%1 %2 %3 %4").arg(severityName(f.severity), f.check, f.subject, f.location());
    out.sort();
    return out;
}

FindingList asteriskFromText(const QMap<QString, QByteArray> &files)
{
    ConfigFileSet set;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        set.insert(it.key(), it.value());
    return AsteriskAudit::run(set);
}

} // namespace

class TestAuditChecks : public QObject
{
    Q_OBJECT
private slots:
    void asteriskLabConfigs();
    void asteriskMultiConfigs();
    void asteriskHardened();
    void freeswitchLabConfig();
    void freeswitchVanilla();
    void freeswitchHardened();
    void secretsNeverInEvidence();
    void asteriskGuestAndAmiExposure();
    void asteriskDialplan();
    void asteriskPjsip();
    void freeswitchProfilesAndDialplan();
    void hostChecks();
    void advisories();
    void passwordPolicy();
    void scoreAndReport();
    void layoutDetection();
};

void TestAuditChecks::asteriskLabConfigs()
{
    QStringList errors;
    const FindingList f = AsteriskAudit::run(load(data(QStringLiteral("asterisk-conf"))), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    QCOMPARE(summary(f), (QStringList{
                             QStringLiteral("critical ast.sip.weak_secret 1001 sip.conf:26"),
                             QStringLiteral("high ast.ami.weak_secret console manager.conf:13"),
                             QStringLiteral("low ast.sip.no_acl 1001,1002 sip.conf:22"),
                             QStringLiteral("low ast.sip.no_srtp 1001,1002 sip.conf:22"),
                             QStringLiteral("low ast.sip.no_tls general sip.conf:9"),
                             QStringLiteral("medium ast.ami.write_privileges console manager.conf:17"),
                             QStringLiteral("medium ast.options.runuser_root runuser asterisk.conf:18"),
                         }));
    // Most severe first; every finding explains itself.
    QCOMPARE(f.first().check, QStringLiteral("ast.sip.weak_secret"));
    QVERIFY(f.first().title.contains(QStringLiteral("common passwords")));
    for (const Finding &x : f) {
        QVERIFY(!x.why.isEmpty());
        QVERIFY(!x.howToFix.isEmpty());
        QVERIFY(!x.fixable());   // nothing here is one of the safe one-line fixes
    }
}

void TestAuditChecks::asteriskMultiConfigs()
{
    // The same lab run inside a network namespace: SIP on all addresses (::), two [internal] blocks.
    QStringList errors;
    const FindingList f = AsteriskAudit::run(load(auditData(QStringLiteral("asterisk-ami-multi"))), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    QCOMPARE(summary(f), (QStringList{
                             QStringLiteral("critical ast.sip.weak_secret 1001 sip.conf:27"),
                             QStringLiteral("high ast.ami.weak_secret console manager.conf:13"),
                             QStringLiteral("low ast.sip.no_acl 1001,1002 sip.conf:23"),
                             QStringLiteral("low ast.sip.no_srtp 1001,1002 sip.conf:23"),
                             QStringLiteral("low ast.sip.no_tls general sip.conf:10"),
                             QStringLiteral("medium ast.ami.write_privileges console manager.conf:17"),
                             QStringLiteral("medium ast.options.runuser_root runuser asterisk.conf:18"),
                         }));
}

void TestAuditChecks::asteriskHardened()
{
    QStringList errors;
    const FindingList f = AsteriskAudit::run(load(auditData(QStringLiteral("asterisk-hardened"))), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    QVERIFY2(f.isEmpty(), qPrintable(summary(f).join('\n')));
}

void TestAuditChecks::freeswitchLabConfig()
{
    QStringList errors;
    const FindingList f = FreeSwitchAudit::run(load(data(QStringLiteral("freeswitch/single"))), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    QCOMPARE(summary(f), (QStringList{
                             QStringLiteral("critical fs.directory.weak_password 1001 freeswitch.xml:99"),
                             QStringLiteral("critical fs.esl.password event_socket freeswitch.xml:45"),
                             QStringLiteral("low fs.sofia.no_tls sofia freeswitch.xml:52"),
                         }));
    for (const Finding &x : f)
        if (x.check == QLatin1String("fs.esl.password"))
            QCOMPARE(x.fix, QStringLiteral("esl.password"));
}

void TestAuditChecks::freeswitchVanilla()
{
    QStringList errors;
    const FindingList f = FreeSwitchAudit::run(load(data(QStringLiteral("freeswitch/vanilla"))), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    QCOMPARE(summary(f), (QStringList{
                             QStringLiteral("critical fs.directory.weak_password 1000 directory/default/1000.xml:8"),
                             QStringLiteral("critical fs.esl.password event_socket autoload_configs/event_socket.conf.xml:10"),
                             QStringLiteral("critical fs.vars.default_password default_password vars.xml:8"),
                             QStringLiteral("high fs.esl.exposed event_socket autoload_configs/event_socket.conf.xml:8"),
                             QStringLiteral("low fs.sofia.no_tls sofia sip_profiles/internal.xml:6"),
                         }));
    // The user's password came from $${default_password}: the evidence says so, without the value.
    for (const Finding &x : f)
        if (x.check == QLatin1String("fs.directory.weak_password"))
            QVERIFY(x.evidence.contains(QStringLiteral("$${default_password}")));
}

void TestAuditChecks::freeswitchHardened()
{
    for (const char *dir : {"freeswitch/vanilla-hardened", "freeswitch/single-hardened"}) {
        QStringList errors;
        const FindingList f = FreeSwitchAudit::run(load(data(QLatin1String(dir))), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        QVERIFY2(f.isEmpty(), qPrintable(summary(f).join('\n')));
    }
}

void TestAuditChecks::secretsNeverInEvidence()
{
    const QStringList secrets{QStringLiteral("1234"), QStringLiteral("s3cret-ami"), QStringLiteral("ClueCon"),
                              QStringLiteral("Vq7#pR2x!mZ9tLw4")};
    for (const char *dir : {"asterisk-conf", "freeswitch/single", "freeswitch/vanilla"}) {
        AuditInput in;
        in.files = load(data(QLatin1String(dir)));
        const AuditResult r = AuditRunner::run(in);
        const QString all = QString::fromUtf8(QJsonDocument(r.toJson()).toJson()) + AuditReport::html(r);
        for (const QString &s : secrets)
            QVERIFY2(!all.contains(s), qPrintable(QStringLiteral("%1 leaks in %2").arg(s, QLatin1String(dir))));
    }
}

void TestAuditChecks::asteriskGuestAndAmiExposure()
{
    const FindingList f = asteriskFromText({
        {QStringLiteral("sip.conf"), "[general]\ncontext=from-guest\nalwaysauthreject=no\n"},
        {QStringLiteral("manager.conf"),
         "[general]\nenabled=yes\ndisplayconnects=no\n[admin]\nsecret=amp111\nwrite=all\n"},
        {QStringLiteral("extensions.conf"), "[from-guest]\nexten => _X.,1,Dial(SIP/trunk/${EXTEN})\n"},
        {QStringLiteral("logger.conf"), "[logfiles]\nmessages => notice,warning,error\n"},
        {QStringLiteral("cdr.conf"), "[general]\nenable=no\n"},
    });
    QCOMPARE(summary(f), (QStringList{
                             QStringLiteral("critical ast.ami.weak_secret admin manager.conf:5"),
                             QStringLiteral("critical ast.dialplan.open_international from-guest/_X. extensions.conf:2"),
                             QStringLiteral("high ast.ami.exposed general manager.conf:1"),
                             QStringLiteral("high ast.dialplan.exten_injection from-guest/_X. extensions.conf:2"),
                             QStringLiteral("high ast.sip.allowguest general sip.conf:1"),
                             QStringLiteral("low ast.ami.displayconnects general manager.conf:3"),
                             QStringLiteral("low ast.cdr.disabled general cdr.conf:2"),
                             QStringLiteral("low ast.sip.no_tls general sip.conf:1"),
                             QStringLiteral("medium ast.ami.no_permit admin manager.conf:4"),
                             QStringLiteral("medium ast.ami.write_privileges admin manager.conf:6"),
                             QStringLiteral("medium ast.logger.no_security logfiles logger.conf:1"),
                             QStringLiteral("medium ast.sip.alwaysauthreject general sip.conf:3"),
                         }));
    QStringList fixable;
    for (const Finding &x : f)
        if (x.fixable())
            fixable << x.fix;
    fixable.sort();
    QCOMPARE(fixable, (QStringList{QStringLiteral("ami.bindaddr"), QStringLiteral("ami.permit"),
                                   QStringLiteral("sip.allowguest"), QStringLiteral("sip.alwaysauthreject")}));

    // chan_sip not loaded: its file is not judged.
    const FindingList off = asteriskFromText({{QStringLiteral("sip.conf"), "[general]\n"},
                                              {QStringLiteral("modules.conf"), "[modules]\nautoload=yes\nnoload => chan_sip.so\n"}});
    QVERIFY(off.isEmpty());
}

void TestAuditChecks::asteriskDialplan()
{
    const QByteArray sip = "[general]\nallowguest=no\ntlsenable=yes\n"
                           "[phone](!)\ntype=friend\nhost=dynamic\ndeny=0.0.0.0/0.0.0.0\npermit=10.0.0.0/255.0.0.0\n"
                           "encryption=yes\n"
                           "[2001](phone)\nsecret=Xk3mQ8vT2rWz9pLc\ncontext=phones\n";
    // Reached through an include; restricted and harmless extensions are not reported.
    const QByteArray ext = "[phones]\ninclude => outbound\n"
                           "[outbound]\n"
                           "exten => _011.,1,Dial(SIP/provider/${EXTEN})\n"
                           "exten => _00X.,1,Authenticate(4711)\n same => n,Dial(SIP/provider/${EXTEN})\n"
                           "exten => _9011.,1,GotoIf($[\"${CALLERID(num)}\" = \"2001\"]?ok)\n same => n,Dial(SIP/provider/${EXTEN:1})\n"
                           "exten => _1NXXNXXXXXX,1,Dial(SIP/provider/${EXTEN})\n"
                           "exten => _00X.,2,Hangup()\n"
                           "[unreached]\nexten => _X.,1,Dial(SIP/provider/${FILTER(0-9,${EXTEN})})\n";
    const FindingList f = asteriskFromText({{QStringLiteral("sip.conf"), sip}, {QStringLiteral("extensions.conf"), ext}});
    QCOMPARE(summary(f), (QStringList{
                             QStringLiteral("high ast.dialplan.exten_injection outbound/_00X. extensions.conf:6"),
                             QStringLiteral("high ast.dialplan.exten_injection outbound/_011. extensions.conf:4"),
                             QStringLiteral("high ast.dialplan.exten_injection outbound/_9011. extensions.conf:8"),
                             QStringLiteral("high ast.dialplan.open_international outbound/_011. extensions.conf:4"),
                         }));
}

void TestAuditChecks::asteriskPjsip()
{
    const QByteArray pjsip = "[transport-udp]\ntype=transport\nprotocol=udp\nbind=0.0.0.0\n"
                             "[anonymous]\ntype=endpoint\ncontext=from-anon\n"
                             "[3001]\ntype=endpoint\ncontext=phones\nauth=3001-auth\nmedia_encryption=sdes\n"
                             "permit=10.0.0.0/8\n"
                             "[3001-auth]\ntype=auth\nauth_type=userpass\nusername=3001\npassword=3001\n"
                             "[trunk]\ntype=endpoint\ncontext=from-trunk\n"
                             "[trunk-id]\ntype=identify\nendpoint=trunk\nmatch=203.0.113.10\n"
                             "[nopass]\ntype=endpoint\ncontext=phones\n";
    const FindingList f = asteriskFromText({{QStringLiteral("pjsip.conf"), pjsip}});
    QCOMPARE(summary(f), (QStringList{
                             QStringLiteral("critical ast.pjsip.weak_secret 3001 pjsip.conf:18"),
                             QStringLiteral("high ast.pjsip.anonymous anonymous pjsip.conf:5"),
                             QStringLiteral("high ast.pjsip.no_auth nopass pjsip.conf:26"),
                             QStringLiteral("low ast.pjsip.no_acl nopass pjsip.conf:26"),
                             QStringLiteral("low ast.pjsip.no_srtp trunk,nopass pjsip.conf:19"),
                             QStringLiteral("low ast.pjsip.no_tls transport pjsip.conf"),
                         }));
}

void TestAuditChecks::freeswitchProfilesAndDialplan()
{
    ConfigFileSet set;
    set.insert(QStringLiteral("freeswitch.xml"), R"(<?xml version="1.0"?>
<document type="freeswitch/xml">
  <section name="configuration">
    <configuration name="sofia.conf">
      <profiles>
        <profile name="open">
          <settings>
            <param name="context" value="default"/>
            <param name="auth-calls" value="false"/>
            <param name="accept-blind-auth" value="true"/>
          </settings>
        </profile>
      </profiles>
    </configuration>
    <configuration name="logfile.conf"><profiles><profile name="default"/></profiles></configuration>
  </section>
  <section name="dialplan">
    <context name="default">
      <extension name="intl">
        <condition field="destination_number" expression="^(011\d+)$">
          <action application="bridge" data="sofia/gateway/provider/$1"/>
        </condition>
      </extension>
      <extension name="intl-checked">
        <condition field="${toll_allow}" expression="^international$"/>
        <condition field="destination_number" expression="^00(\d+)$">
          <action application="bridge" data="sofia/gateway/provider/$1"/>
        </condition>
      </extension>
    </context>
  </section>
</document>
)");
    const FindingList f = FreeSwitchAudit::run(set);
    QCOMPARE(summary(f), (QStringList{
                             QStringLiteral("critical fs.dialplan.open_international default/intl freeswitch.xml:19"),
                             QStringLiteral("critical fs.sofia.blind_auth open freeswitch.xml:10"),
                             QStringLiteral("high fs.sofia.auth_calls_off open freeswitch.xml:9"),
                             QStringLiteral("low fs.sofia.no_tls sofia freeswitch.xml:6"),
                         }));
}

void TestAuditChecks::hostChecks()
{
    HostFacts h;
    h.listening = QStringLiteral(
        "Netid State  Recv-Q Send-Q Local Address:Port  Peer Address:Port Process\n"
        "udp   UNCONN 0      0            0.0.0.0:5060       0.0.0.0:*     users:((\"asterisk\",pid=812,fd=14))\n"
        "tcp   LISTEN 0      128        127.0.0.1:5038       0.0.0.0:*     users:((\"asterisk\",pid=812,fd=9))\n"
        "tcp   LISTEN 0      128             [::]:8088          [::]:*     users:((\"asterisk\",pid=812,fd=11))\n"
        "tcp   LISTEN 0      128    127.0.0.53%lo:53         0.0.0.0:*\n"
        "tcp   LISTEN 0      128          0.0.0.0:22         0.0.0.0:*\n");
    h.firewall = QStringLiteral("table inet filter {\n\tchain input {\n\t\ttype filter hook input priority filter; policy accept;\n\t}\n}\n");
    h.firewallCollected = true;
    h.fail2ban = QStringLiteral("Status\n|- Number of jail:\t1\n`- Jail list:\tsshd\n");
    h.processUser = QStringLiteral("root\n");
    QCOMPARE(summary(HostAudit::run(h)), (QStringList{
                                             QStringLiteral("critical host.management_port_open tcp/8088 tcp/8088"),
                                             QStringLiteral("high host.no_firewall firewall firewall"),
                                             QStringLiteral("medium host.fail2ban_no_jail fail2ban fail2ban"),
                                             QStringLiteral("medium host.pbx_root process process"),
                                             QStringLiteral("medium host.sip_port_open udp/5060 udp/5060"),
                                         }));
    const QVector<HostAudit::Listener> l = HostAudit::parseListening(h.listening);
    QCOMPARE(l.size(), 5);
    QCOMPARE(l[0].process, QStringLiteral("asterisk"));
    QCOMPARE(l[2].address, QStringLiteral("::"));
    QCOMPARE(l[3].address, QStringLiteral("127.0.0.53"));

    // A filtering firewall, a jail for the PBX, a non-root process, everything local.
    HostFacts good;
    good.listening = QStringLiteral("udp UNCONN 0 0 0.0.0.0:5060 0.0.0.0:*\ntcp LISTEN 0 128 127.0.0.1:5038 0.0.0.0:*\n");
    good.firewall = QStringLiteral("-P INPUT DROP\n-P FORWARD DROP\n-P OUTPUT ACCEPT\n-A INPUT -p udp --dport 5060 -s 192.0.2.0/24 -j ACCEPT\n");
    good.firewallCollected = true;
    good.fail2ban = QStringLiteral("Status\n|- Number of jail:\t2\n`- Jail list:\tasterisk, sshd\n");
    good.processUser = QStringLiteral("asterisk\n");
    QVERIFY(HostAudit::run(good).isEmpty());

    HostFacts none;
    none.fail2banMissing = true;
    QCOMPARE(summary(HostAudit::run(none)), QStringList{QStringLiteral("medium host.fail2ban_missing fail2ban fail2ban")});
    QVERIFY(HostAudit::firewallFilters(QStringLiteral("table inet f {\n chain input {\n  type filter hook input priority 0; policy drop;\n }\n}\n")));
}

void TestAuditChecks::advisories()
{
    AdvisoryTable t;
    QString error;
    QVERIFY2(t.load(QString(), &error), qPrintable(error));
    QVERIFY(t.advisories().size() >= 5);
    QCOMPARE(AdvisoryTable::extractVersion(QStringLiteral("Asterisk 20.20.1 built by root @ pbx on a x86_64")),
             QStringLiteral("20.20.1"));
    QCOMPARE(AdvisoryTable::branch(QStringLiteral("1.8.11.1")), QStringLiteral("1.8"));
    QCOMPARE(AdvisoryTable::branch(QStringLiteral("1.6.2.5")), QStringLiteral("1.6.2"));
    QCOMPARE(AdvisoryTable::branch(QStringLiteral("16.8-cert5")), QStringLiteral("16.8-cert"));
    QVERIFY(AdvisoryTable::compare(QStringLiteral("18.0.0"), QStringLiteral("18.0.1")) < 0);
    QVERIFY(AdvisoryTable::compare(QStringLiteral("16.8-cert10"), QStringLiteral("16.8-cert5")) > 0);
    // The lab's 20.20.1 has every fix of its branch.
    QVERIFY(t.affecting(QStringLiteral("Asterisk 20.20.1")).isEmpty());
    QStringList ids;
    for (const AdvisoryTable::Advisory &a : t.affecting(QStringLiteral("Asterisk 18.0.0")))
        ids << a.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("AST-2020-002"), QStringLiteral("CVE-2021-32558"),
                               QStringLiteral("CVE-2025-47779")}));
    QVERIFY(t.affecting(QStringLiteral("19.8.0")).isEmpty());   // a branch the table does not list
    const FindingList f = t.findings(QStringLiteral("Asterisk 20.13.0"));
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0].check, QStringLiteral("ast.version.advisory"));
    QVERIFY(f[0].evidence.contains(QStringLiteral("20.14.1")));
}

void TestAuditChecks::passwordPolicy()
{
    using W = PasswordPolicy::Weakness;
    QCOMPARE(PasswordPolicy::judge(QStringLiteral("1234"), QStringLiteral("1001")).weakness, W::Common);
    QCOMPARE(PasswordPolicy::judge(QStringLiteral("ClueCon"), QString()).weakness, W::Common);
    QCOMPARE(PasswordPolicy::judge(QString(), QStringLiteral("x")).weakness, W::Empty);
    QCOMPARE(PasswordPolicy::judge(QStringLiteral("alice"), QStringLiteral("Alice")).weakness, W::SameAsUser);
    QCOMPARE(PasswordPolicy::judge(QStringLiteral("4711"), QStringLiteral("1001")).weakness, W::Numeric);
    QCOMPARE(PasswordPolicy::judge(QStringLiteral("1001x2024!Qz"), QStringLiteral("1001")).weakness, W::SimilarToUser);
    QCOMPARE(PasswordPolicy::judge(QStringLiteral("9753108642137"), QStringLiteral("1001")).weakness, W::Numeric);
    QCOMPARE(PasswordPolicy::judge(QStringLiteral("s3cret-ami"), QStringLiteral("console")).weakness, W::Short);
    QVERIFY(!PasswordPolicy::judge(QStringLiteral("Vq7#pR2x!mZ9tLw4"), QStringLiteral("1002")).weak());
    const QString g = PasswordPolicy::generate(24);
    QCOMPARE(g.size(), 24);
    QVERIFY(!PasswordPolicy::judge(g, QStringLiteral("1001")).weak());
    QVERIFY(g != PasswordPolicy::generate(24));
    QVERIFY(PasswordPolicy::commonPasswords().size() > 100);   // the shipped list, not the fallback
}

void TestAuditChecks::scoreAndReport()
{
    AuditInput in;
    in.pbx = QStringLiteral("lab");
    in.files = load(data(QStringLiteral("asterisk-conf")));
    in.version = QStringLiteral("Asterisk 20.20.1");
    const AuditResult r = AuditRunner::run(in);
    QCOMPARE(r.type, PbxType::Asterisk);
    QCOMPARE(r.findings.size(), 7);
    QCOMPARE(r.score(), 49);   // 100 - 25 - 10 - 2*4 - 3 = 54, capped at 49 by the critical finding
    QVERIFY(r.hasAtLeast(Severity::Medium));
    QCOMPARE(AuditResult::scoreOf({}), 100);

    const AuditResult back = AuditResult::fromJson(r.toJson());
    QCOMPARE(back.findings.size(), r.findings.size());
    QCOMPARE(back.findings[0].check, r.findings[0].check);
    QCOMPARE(back.score(), 49);

    Finding weak = r.findings[0];
    const QString html = AuditReport::html(r, {{weak.key(), QStringLiteral("Fixed on 2026-11-27")}});
    QVERIFY(html.contains(QStringLiteral("Security audit of lab")));
    QVERIFY(html.contains(QStringLiteral("<b>49</b> / 100")));
    QVERIFY(html.contains(QStringLiteral("Fixed on 2026-11-27")));
    QVERIFY(html.indexOf(QStringLiteral("Critical")) < html.indexOf(QStringLiteral(">Low<")));
}

void TestAuditChecks::layoutDetection()
{
    PbxType t = PbxType::Asterisk;
    QVERIFY(AuditRunner::detectType(load(data(QStringLiteral("freeswitch/vanilla"))), &t));
    QCOMPARE(t, PbxType::FreeSwitch);
    QVERIFY(AuditRunner::detectType(load(data(QStringLiteral("freeswitch/single"))), &t));
    QCOMPARE(t, PbxType::FreeSwitch);
    QVERIFY(AuditRunner::detectType(load(data(QStringLiteral("asterisk-conf"))), &t));
    QCOMPARE(t, PbxType::Asterisk);
    ConfigFileSet other;
    other.insert(QStringLiteral("notes.txt"), "hello");
    QVERIFY(!AuditRunner::detectType(other, &t));
}

QTEST_GUILESS_MAIN(TestAuditChecks)
#include "TestAuditChecks.moc"
