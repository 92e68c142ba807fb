// Strict address and network validation: what may ever reach a firewall command.
#include "blocking/BlockAddress.h"

#include <QtTest>

using namespace tg;

class TestBlockAddress : public QObject
{
    Q_OBJECT
private slots:
    void valid_data();
    void valid();
    void rejected_data();
    void rejected();
    void containment();
};

void TestBlockAddress::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<int>("prefix");
    QTest::newRow("v4") << "203.0.113.5" << "203.0.113.5" << true << 32;
    QTest::newRow("v4 zero octet") << "10.0.0.1" << "10.0.0.1" << true << 32;
    QTest::newRow("v4 /32") << "203.0.113.5/32" << "203.0.113.5" << true << 32;
    QTest::newRow("v4 net") << "198.51.100.0/24" << "198.51.100.0/24" << true << 24;
    QTest::newRow("v4 /0") << "0.0.0.0/0" << "0.0.0.0/0" << true << 0;
    QTest::newRow("v6") << "2001:DB8::A1" << "2001:db8::a1" << false << 128;
    QTest::newRow("v6 full") << "2001:0db8:0000:0000:0000:0000:0000:0001" << "2001:db8::1" << false << 128;
    QTest::newRow("v6 net") << "2001:db8::/32" << "2001:db8::/32" << false << 32;
    QTest::newRow("v6 v4 tail") << "64:ff9b::192.0.2.1" << "64:ff9b::c000:201" << false << 128;
    QTest::newRow("v4-mapped host") << "::ffff:192.0.2.1" << "192.0.2.1" << true << 32;
    QTest::newRow("unspecified v6") << "::" << "::" << false << 128;
}

void TestBlockAddress::valid()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(bool, v4);
    QFETCH(int, prefix);
    QString error;
    const BlockAddress a = BlockAddress::parse(text, &error);
    QVERIFY2(!a.isNull(), qPrintable(error));
    QCOMPARE(a.toString(), canonical);
    QCOMPARE(a.isV4(), v4);
    QCOMPARE(a.prefixLength(), prefix);
    // The canonical text parses to the same thing.
    QCOMPARE(BlockAddress::parse(a.toString()), a);
}

void TestBlockAddress::rejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("injection ;") << "1.2.3.4; rm -rf /";
    QTest::newRow("injection $()") << "$(id)";
    QTest::newRow("injection backtick") << "`id`";
    QTest::newRow("injection &&") << "1.2.3.4&&id";
    QTest::newRow("injection |") << "1.2.3.4|id";
    QTest::newRow("newline") << "1.2.3.4\n";
    QTest::newRow("newline inside") << "1.2.3.4\nid";
    QTest::newRow("carriage return") << "1.2.3.4\r";
    QTest::newRow("nul") << QString::fromUtf8("1.2.3.4\0", 8);
    QTest::newRow("leading space") << " 1.2.3.4";
    QTest::newRow("trailing space") << "1.2.3.4 ";
    QTest::newRow("tab") << "1.2.3.4\t";
    QTest::newRow("quote") << "1.2.3.4'";
    QTest::newRow("nft brace") << "1.2.3.4 }";
    QTest::newRow("leading zero") << "010.1.1.1";
    QTest::newRow("leading zeros 2") << "1.2.3.04";
    QTest::newRow("octet 256") << "1.2.3.256";
    QTest::newRow("three octets") << "1.2.3";
    QTest::newRow("five octets") << "1.2.3.4.5";
    QTest::newRow("hex octet") << "0x7f.0.0.1";
    QTest::newRow("integer form") << "2130706433";
    QTest::newRow("port") << "1.2.3.4:5060";
    QTest::newRow("bracketed v6") << "[2001:db8::1]";
    QTest::newRow("zone") << "fe80::1%eth0";
    QTest::newRow("two ::") << "2001::db8::1";
    QTest::newRow("v6 group too long") << "2001:db8::12345";
    QTest::newRow("v6 nine groups") << "1:2:3:4:5:6:7:8:9";
    QTest::newRow("v6 tail leading zero") << "::ffff:192.0.2.01";
    QTest::newRow("prefix too long v4") << "1.2.3.0/33";
    QTest::newRow("prefix too long v6") << "2001:db8::/129";
    QTest::newRow("prefix leading zero") << "10.0.0.0/08";
    QTest::newRow("prefix empty") << "10.0.0.0/";
    QTest::newRow("prefix negative") << "10.0.0.0/-1";
    QTest::newRow("two prefixes") << "10.0.0.0/8/8";
    QTest::newRow("host bits set") << "10.1.2.3/8";
    QTest::newRow("v6 host bits set") << "2001:db8::1/32";
    QTest::newRow("mapped with prefix") << "::ffff:192.0.2.0/120";
    QTest::newRow("host name") << "sip.example.com";
    QTest::newRow("unicode digits") << QString::fromUtf8("١.٢.٣.٤");
    QTest::newRow("fullwidth digits") << QString::fromUtf8("１.2.3.4");
    QTest::newRow("very long") << QString(5000, QLatin1Char('1'));
}

void TestBlockAddress::rejected()
{
    QFETCH(QString, text);
    QString error;
    const BlockAddress a = BlockAddress::parse(text, &error);
    QVERIFY2(a.isNull(), qPrintable(a.toString()));
    QVERIFY(!error.isEmpty());
    // The sentence never carries the raw control characters back into a log or a terminal.
    QVERIFY(!error.contains(QLatin1Char('\n')) && !error.contains(QLatin1Char('\r')) && !error.contains(QChar(0)));
}

void TestBlockAddress::containment()
{
    const BlockAddress net = BlockAddress::parse(QStringLiteral("198.51.100.0/24"));
    const BlockAddress host = BlockAddress::parse(QStringLiteral("198.51.100.7"));
    const BlockAddress other = BlockAddress::parse(QStringLiteral("198.51.101.7"));
    const BlockAddress v6 = BlockAddress::parse(QStringLiteral("2001:db8::/48"));
    QVERIFY(net.contains(host));
    QVERIFY(!host.contains(net));
    QVERIFY(net.overlaps(host) && host.overlaps(net));
    QVERIFY(!net.contains(other));
    QVERIFY(!net.overlaps(v6));
    QVERIFY(v6.contains(IpAddress(QStringLiteral("2001:db8:0:1::5"))));
    QVERIFY(!v6.contains(IpAddress(QStringLiteral("2001:db9::5"))));
    QVERIFY(host.overlaps(IpAddress(QStringLiteral("198.51.0.0")), 16));
    QVERIFY(!host.overlaps(IpAddress(QStringLiteral("198.52.0.0")), 16));
    QVERIFY(net.contains(IpAddress(QStringLiteral("::ffff:198.51.100.9"))));
}

QTEST_GUILESS_MAIN(TestBlockAddress)
#include "TestBlockAddress.moc"
