// The AMI fallback: a config file's text rebuilt from a real GetConfig response (Asterisk 20).
#include "ami/AmiParser.h"
#include "configdiff/AmiConfigText.h"
#include "configdiff/ConfigDiff.h"
#include "configdiff/WatchList.h"

#include <QFile>
#include <QtTest>

using namespace tg;

class TestAmiConfigText : public QObject
{
    Q_OBJECT
private slots:
    void rebuildsSipConfFromCapture();
    void templatesAndOrder();
    void defaultWatchLists();
};

void TestAmiConfigText::rebuildsSipConfFromCapture()
{
    QFile f(QStringLiteral(TOLLGATE_TEST_DATA "/ami/actions-20.20.1.ami"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    AmiParser parser;
    AmiParser::Output out;
    parser.feed(f.readAll(), out);
    const AmiMessage *getConfig = nullptr;
    for (const AmiMessage &m : std::as_const(out.messages))
        if (m.value("ActionID") == "act-07-getconfig")
            getConfig = &m;
    QVERIFY(getConfig);
    const QByteArray text = AmiConfigText::fromGetConfig(*getConfig);
    const QStringList lines = ConfigDiff::splitLines(text);
    QCOMPARE(lines.first(), QStringLiteral("[general]"));
    QCOMPARE(lines[1], QStringLiteral("context=unauthenticated"));
    QVERIFY(lines.contains(QStringLiteral("[1001]")));
    QVERIFY(lines.contains(QStringLiteral("secret=Vq7#pR2x!mZ9tLw4")));
    QVERIFY(lines.contains(QStringLiteral("callerid=\"Bob\" <1002>")));
    QCOMPARE(lines.count(QString()), 2); // blank line between the three categories

    // Same settings as the file on disk: the diff against the real sip.conf has no setting
    // that differs, only layout and comments.
    QFile disk(QStringLiteral(TOLLGATE_TEST_DATA "/asterisk-conf/sip.conf"));
    QVERIFY(disk.open(QIODevice::ReadOnly));
    QStringList settings;
    for (QString l : ConfigDiff::splitLines(disk.readAll())) {
        if (l.startsWith(QLatin1Char(';')) || l.isEmpty())
            continue;
        l.replace(QStringLiteral(" = "), QStringLiteral("="));
        settings << l;
    }
    QStringList rebuilt = lines;
    rebuilt.removeAll(QString());
    QCOMPARE(rebuilt, settings);
}

void TestAmiConfigText::templatesAndOrder()
{
    AmiParser parser;
    AmiParser::Output out;
    parser.feed("Response: Success\r\nActionID: x\r\n"
                "Category-000001: phone\r\nIsTemplate-000001: 0\r\nTemplates-000001: base\r\n"
                "Line-000001-000000: type=friend\r\n"
                "Category-000000: base\r\nIsTemplate-000000: 1\r\nLine-000000-000001: b=2\r\n"
                "Line-000000-000000: a=1\r\n\r\n",
                out);
    QCOMPARE(out.messages.size(), 1);
    QCOMPARE(AmiConfigText::fromGetConfig(out.messages.first()),
             QByteArray("[base](!)\na=1\nb=2\n\n[phone](base)\ntype=friend\n"));
}

void TestAmiConfigText::defaultWatchLists()
{
    const QStringList a = WatchList::defaults(PbxType::Asterisk);
    for (const char *f : {"/etc/asterisk/sip.conf", "/etc/asterisk/pjsip.conf", "/etc/asterisk/extensions.conf",
                          "/etc/asterisk/manager.conf", "/etc/asterisk/logger.conf", "/etc/asterisk/modules.conf"})
        QVERIFY2(a.contains(QLatin1String(f)), f);
    const QStringList fs = WatchList::defaults(PbxType::FreeSwitch, QStringLiteral("/usr/local/freeswitch/conf/"));
    for (const char *f : {"/usr/local/freeswitch/conf/vars.xml", "/usr/local/freeswitch/conf/autoload_configs/event_socket.conf.xml",
                          "/usr/local/freeswitch/conf/sip_profiles/*.xml", "/usr/local/freeswitch/conf/dialplan/*.xml",
                          "/usr/local/freeswitch/conf/directory/*.xml"})
        QVERIFY2(fs.contains(QLatin1String(f)), f);
    for (const QString &p : a + fs)
        QVERIFY2(WatchList::isValidEntry(p), qPrintable(p));
    for (const char *bad : {"relative.conf", "/etc/asterisk/../shadow", "/etc/a;id", "/etc/$(x)", "/etc/*/sip.conf",
                            "/etc/a b", "/etc//x", "/etc/`id`"})
        QVERIFY2(!WatchList::isValidEntry(QLatin1String(bad)), bad);
}

QTEST_GUILESS_MAIN(TestAmiConfigText)
#include "TestAmiConfigText.moc"
