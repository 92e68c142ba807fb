// RFC 5424 messages, CEF and JSON payloads: escaping of hostile alert text, one line always.
#include "forward/CefFormat.h"
#include "forward/ForwardDestination.h"
#include "forward/ForwardFormatter.h"
#include "forward/SyslogMessage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace tg;

namespace {
// Everything a PBX or an attacker can put into an alert's text.
const QString kHostile = QStringLiteral("a]b\"c\\d=e|f\ng\rh\ti\x01j] [x y=\"z\"] CEF:0|k");

Alert hostileAlert()
{
    Alert a;
    a.id = 42;
    a.pbx = QStringLiteral("pbx \"one\"]");
    a.rule = QStringLiteral("brute_force_ip");
    a.subject = QStringLiteral("203.0.113.5");
    a.severity = Severity::High;
    a.status = AlertStatus::Open;
    a.firstSeenMs = 1714564800000;
    a.lastSeenMs = 1714564860123;
    a.count = 12;
    a.title = kHostile;
    a.explanation = kHostile;
    a.suggestedAction = QStringLiteral("Block it");
    a.estimatedCost = 12.5;
    return a;
}

// The parts of an RFC 5424 message, for checks: header fields and the SD element.
struct Parsed {
    QString pri, version, timestamp, host, app, procId, msgId;
    QByteArray sd, msg;
};

Parsed parse(const QByteArray &m)
{
    Parsed p;
    static const QRegularExpression re(QStringLiteral("^<(\\d+)>(\\d) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) "));
    const auto match = re.match(QString::fromLatin1(m.left(400)));
    if (!match.hasMatch())
        return p;
    p.pri = match.captured(1);
    p.version = match.captured(2);
    p.timestamp = match.captured(3);
    p.host = match.captured(4);
    p.app = match.captured(5);
    p.procId = match.captured(6);
    p.msgId = match.captured(7);
    int i = match.capturedLength(0);
    // SD: '[' ... ']' honouring backslash escapes inside quoted values.
    if (m.at(i) == '-') {
        p.sd = "-";
        ++i;
    } else {
        const int start = i;
        bool inQuotes = false;
        for (; i < m.size(); ++i) {
            const char c = m.at(i);
            if (inQuotes && c == '\\') {
                ++i;
                continue;
            }
            if (c == '"')
                inQuotes = !inQuotes;
            if (!inQuotes && c == ']' && (i + 1 >= m.size() || m.at(i + 1) != '['))
                break;
        }
        p.sd = m.mid(start, i - start + 1);
        ++i;
    }
    if (i < m.size() && m.at(i) == ' ')
        p.msg = m.mid(i + 1);
    return p;
}

// Reverses RFC 5424 PARAM-VALUE escaping for one parameter.
QString paramValue(const QByteArray &sd, const QByteArray &name)
{
    const int at = sd.indexOf(' ' + name + "=\"");
    if (at < 0)
        return {};
    QByteArray out;
    for (int i = at + name.size() + 3; i < sd.size(); ++i) {
        const char c = sd.at(i);
        if (c == '\\' && i + 1 < sd.size() && (sd.at(i + 1) == '"' || sd.at(i + 1) == '\\' || sd.at(i + 1) == ']')) {
            out.append(sd.at(++i));
            continue;
        }
        if (c == '"')
            break;
        out.append(c);
    }
    return QString::fromUtf8(out);
}
} // namespace

class TestForwardFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerFields();
    void structuredDataEscaping();
    void structuredDataEscaping_data();
    void loneSurrogate();
    void alertAsJsonIsOneLineAndRoundTrips();
    void alertAsCefEscapesHeaderAndExtension();
    void cefEscapingRules();
    void invalidUtf8InRawEvent();
    void longFieldsAreCut();
    void msgIdsDiffer();
    void octetCounting();
    void destinationUrlsAndValidation();
    void filters();
};

void TestForwardFormat::headerFields()
{
    SyslogMessage m;
    m.syslogSeverity = SyslogMessage::syslogSeverityOf(Severity::Critical);
    m.timeMs = 1714564800123;
    m.hostname = QStringLiteral("my host\nname");
    m.procId = QStringLiteral("123");
    m.msgId = QStringLiteral("ALERT_OPEN");
    const QByteArray out = m.encode();
    // authpriv (10) * 8 + crit (2) = 82; no SD and no MSG.
    QCOMPARE(out, QByteArray("<82>1 2024-05-01T12:00:00.123Z my_host_name tollgate 123 ALERT_OPEN -"));

    SyslogMessage empty;
    empty.appName.clear();
    QVERIFY(empty.encode().contains(" - - - -"));   // NILVALUE for every empty header field
    QCOMPARE(SyslogMessage::syslogSeverityOf(Severity::Info), 6);
    QCOMPARE(SyslogMessage::syslogSeverityOf(Severity::Medium), 4);

    SyslogMessage longName;
    longName.msgId = QString(100, QLatin1Char('M'));   // MSGID is at most 32 characters
    QVERIFY(longName.encode().contains(' ' + QByteArray(32, 'M') + ' '));
}

void TestForwardFormat::structuredDataEscaping_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("escaped");
    QTest::newRow("quote") << QStringLiteral("a\"b") << QByteArray("a\\\"b");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QByteArray("a\\\\b");
    QTest::newRow("bracket") << QStringLiteral("a]b") << QByteArray("a\\]b");
    QTest::newRow("equals and pipe stay") << QStringLiteral("a=b|c") << QByteArray("a=b|c");
    QTest::newRow("newline") << QStringLiteral("a\nb\r\tc") << QByteArray("a\\nb\\r\\tc");
    QTest::newRow("control") << QStringLiteral("a\x01\x7f") << QByteArray("a\\x01\\x7f");
    QTest::newRow("utf8") << QStringLiteral("Müller ☎") << QString(QStringLiteral("Müller ☎")).toUtf8();
}

void TestForwardFormat::structuredDataEscaping()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, escaped);
    QCOMPARE(SyslogMessage::escapeParamValue(value), escaped);
}

// Not expressible as a table row: what replaces a lone surrogate depends on the Qt version
// ('?' or U+FFFD); it is always one valid UTF-8 character.
void TestForwardFormat::loneSurrogate()
{
    const QByteArray out = SyslogMessage::escapeParamValue(QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b"));
    QCOMPARE(QString::fromUtf8(out).toUtf8(), out);
    QCOMPARE(QString::fromUtf8(out).size(), 3);
}

void TestForwardFormat::alertAsJsonIsOneLineAndRoundTrips()
{
    const ForwardFormatter f(QStringLiteral("console-1"));
    const QByteArray m = f.alert(hostileAlert(), AlertChange::Opened, ForwardFormat::Json, 1714564860123,
                                 QStringLiteral("u1"));
    QVERIFY(!m.contains('\n'));
    QVERIFY(!m.contains('\r'));
    const Parsed p = parse(m);
    QCOMPARE(p.pri, QStringLiteral("83"));   // authpriv, err (High)
    QCOMPARE(p.version, QStringLiteral("1"));
    QCOMPARE(p.timestamp, QStringLiteral("2024-05-01T12:01:00.123Z"));
    QCOMPARE(p.host, QStringLiteral("console-1"));
    QCOMPARE(p.app, QStringLiteral("tollgate"));
    QCOMPARE(p.msgId, QStringLiteral("ALERT_OPEN"));
    QVERIFY(p.sd.startsWith("[tollgate@32473 "));
    QCOMPARE(paramValue(p.sd, "pbx"), QStringLiteral("pbx \"one\"]"));
    QCOMPARE(paramValue(p.sd, "uid"), QStringLiteral("u1"));
    QCOMPARE(paramValue(p.sd, "alertId"), QStringLiteral("42"));

    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(p.msg, &err).object();
    QCOMPARE(err.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("title")).toString(), kHostile);
    QCOMPARE(o.value(QStringLiteral("explanation")).toString(), kHostile);
    QCOMPARE(o.value(QStringLiteral("change")).toString(), QStringLiteral("opened"));
    QCOMPARE(o.value(QStringLiteral("severity")).toString(), severityName(Severity::High));
    QCOMPARE(o.value(QStringLiteral("count")).toInt(), 12);
    QCOMPARE(o.value(QStringLiteral("uid")).toString(), QStringLiteral("u1"));
    QCOMPARE(o.value(QStringLiteral("first_seen")).toString(), QStringLiteral("2024-05-01T12:00:00.000Z"));
}

void TestForwardFormat::alertAsCefEscapesHeaderAndExtension()
{
    const ForwardFormatter f(QStringLiteral("console-1"));
    Alert a = hostileAlert();
    a.rule = QStringLiteral("rule|with\\pipe");
    const QByteArray m = f.alert(a, AlertChange::StatusChanged, ForwardFormat::Cef, 1714564860123, QStringLiteral("u2"));
    QVERIFY(!m.contains('\n'));
    const Parsed p = parse(m);
    QCOMPARE(p.msgId, QStringLiteral("ALERT_STATUS"));
    const QString cef = QString::fromUtf8(p.msg);
    QVERIFY2(cef.startsWith(QStringLiteral("CEF:0|Tollgate|Tollgate|")), qPrintable(cef));
    // Seven unescaped pipes end the header: split on them, honouring "\|".
    QStringList header;
    QString cur;
    int i = 0;
    for (; i < cef.size() && header.size() < 7; ++i) {
        if (cef.at(i) == QLatin1Char('\\') && i + 1 < cef.size()) {
            cur.append(cef.at(++i));
        } else if (cef.at(i) == QLatin1Char('|')) {
            header << cur;
            cur.clear();
        } else {
            cur.append(cef.at(i));
        }
    }
    QCOMPARE(header.size(), 7);
    QCOMPARE(header.at(4), QStringLiteral("rule|with\\pipe"));
    // The title's line breaks became spaces in the header; its pipes and backslashes survived.
    QCOMPARE(header.at(5), QString(kHostile).replace(QLatin1Char('\n'), QLatin1Char(' '))
                               .replace(QLatin1Char('\r'), QLatin1Char(' '))
                               .replace(QLatin1Char('\t'), QLatin1Char(' '))
                               .replace(QChar(1), QLatin1Char(' ')));
    QCOMPARE(header.at(6), QStringLiteral("8"));
    const QString ext = cef.mid(i);
    QVERIFY(ext.contains(QStringLiteral("src=203.0.113.5")));
    QVERIFY(ext.contains(QStringLiteral("cs6Label=uid cs6=u2")));
    QVERIFY(ext.contains(QStringLiteral("cfp1=12.50")));
    // In the extension '=' and '\' are escaped, line breaks are \n; '|' stays.
    QVERIFY2(ext.contains(QStringLiteral("msg=a]b\"c\\\\d\\=e|f\\ng\\rh i j] [x y\\=\"z\"] CEF:0|k")), qPrintable(ext));
}

void TestForwardFormat::cefEscapingRules()
{
    QCOMPARE(CefFormat::escapeHeader(QStringLiteral("a|b\\c=d")), QStringLiteral("a\\|b\\\\c=d"));
    QCOMPARE(CefFormat::escapeValue(QStringLiteral("a|b\\c=d\ne")), QStringLiteral("a|b\\\\c\\=d\\ne"));
    // Keys are letters and digits; empty values are left out.
    const QByteArray e = CefFormat::encode({QStringLiteral("sig"), QStringLiteral("name"), 99},
                                           {{QStringLiteral("b a=d"), QStringLiteral("v")}, {QStringLiteral("x"), QString()}});
    QVERIFY2(e.endsWith("|sig|name|10|bad=v"), e.constData());
}

void TestForwardFormat::invalidUtf8InRawEvent()
{
    Event e;
    e.timeMs = 1714564800000;
    e.pbx = QStringLiteral("pbx1");
    e.kind = EventKind::AuthFailure;
    e.type = QStringLiteral("InvalidPassword");
    e.srcIp = QStringLiteral("2001:db8::1");
    e.srcPort = 5060;
    e.userAgent = QStringLiteral("friendly-scanner\n<script>");
    e.raw = QByteArray("Event: InvalidPassword\r\nAccount: \xff\xfe\xc3(\r\n\r\n");
    const ForwardFormatter f(QStringLiteral("c"));
    for (ForwardFormat fmt : {ForwardFormat::Json, ForwardFormat::Cef}) {
        const QByteArray m = f.event(e, fmt, QStringLiteral("u3"));
        QVERIFY(!m.contains('\n'));
        QVERIFY(!m.contains('\r'));
        // Valid UTF-8 throughout: decoding and encoding again gives the same bytes.
        QCOMPARE(QString::fromUtf8(m).toUtf8(), m);
        QVERIFY(m.contains(QString(QChar(0xfffd)).toUtf8()));
        const Parsed p = parse(m);
        QCOMPARE(p.msgId, QStringLiteral("SECURITY_EVENT"));
        QCOMPARE(paramValue(p.sd, "kind"), eventKindName(EventKind::AuthFailure));
        if (fmt == ForwardFormat::Json) {
            const QJsonObject o = QJsonDocument::fromJson(p.msg).object();
            QCOMPARE(o.value(QStringLiteral("src_ip")).toString(), QStringLiteral("2001:db8::1"));
            QVERIFY(o.value(QStringLiteral("raw")).toString().startsWith(QStringLiteral("Event: InvalidPassword\r\n")));
        } else {
            QVERIFY(m.contains("src=2001:db8::1 spt=5060"));
            QVERIFY(m.contains("requestClientApplication=friendly-scanner\\n<script>"));
        }
    }
    // A subject that is not an address never becomes CEF's src.
    Alert a = hostileAlert();
    a.subject = QStringLiteral("1.2.3.4 evil=1");
    QVERIFY(!f.alert(a, AlertChange::Opened, ForwardFormat::Cef, 0, QStringLiteral("u")).contains(" src="));
}

void TestForwardFormat::longFieldsAreCut()
{
    Alert a = hostileAlert();
    a.explanation = QString(100000, QLatin1Char('x'));
    a.title = QString(5000, QChar(0x263e));   // 3 bytes each in UTF-8
    const ForwardFormatter f(QStringLiteral("c"));
    const QByteArray m = f.alert(a, AlertChange::Opened, ForwardFormat::Json, 0, QStringLiteral("u"));
    QVERIFY2(m.size() < 16 * 1024, QByteArray::number(m.size()).constData());
    const QJsonObject o = QJsonDocument::fromJson(parse(m).msg).object();
    QCOMPARE(o.value(QStringLiteral("explanation")).toString().size(), ForwardFormatter::kMaxFieldChars);
    QVERIFY(o.value(QStringLiteral("explanation")).toString().endsWith(QChar(0x2026)));
    // A surrogate pair is never split.
    const QString cut = ForwardFormatter::clip(QString(ForwardFormatter::kMaxFieldChars - 2, QLatin1Char('a'))
                                                   + QString::fromUcs4(U"\U0001F600\U0001F600"),
                                               ForwardFormatter::kMaxFieldChars);
    QVERIFY(!cut.at(cut.size() - 2).isHighSurrogate());
    QVERIFY(cut.size() <= ForwardFormatter::kMaxFieldChars);
}

void TestForwardFormat::msgIdsDiffer()
{
    const ForwardFormatter f(QStringLiteral("c"));
    const Alert a = hostileAlert();
    QCOMPARE(parse(f.alert(a, AlertChange::Opened, ForwardFormat::Cef, 0, QStringLiteral("u"))).msgId, QStringLiteral("ALERT_OPEN"));
    QCOMPARE(parse(f.alert(a, AlertChange::StatusChanged, ForwardFormat::Cef, 0, QStringLiteral("u"))).msgId,
             QStringLiteral("ALERT_STATUS"));
    QCOMPARE(parse(f.testMessage(ForwardFormat::Json, QStringLiteral("SIEM"), 0, QStringLiteral("u"))).msgId,
             QStringLiteral("TEST"));
    const QByteArray dropped = f.droppedNotice(ForwardFormat::Json, QStringLiteral("SIEM"), 120, 1000, 0, QStringLiteral("u"));
    QCOMPARE(parse(dropped).msgId, QStringLiteral("QUEUE_DROPPED"));
    QVERIFY(dropped.contains("dropped the 120 oldest"));
    QVERIFY(ForwardFormatter::newUid() != ForwardFormatter::newUid());
    QCOMPARE(ForwardFormatter::newUid().size(), 32);
}

void TestForwardFormat::octetCounting()
{
    const QByteArray msg = QString(QStringLiteral("<13>1 - - - - - - Müller")).toUtf8();
    QCOMPARE(SyslogMessage::octetCounted(msg), QByteArray::number(msg.size()) + ' ' + msg);   // bytes, not characters
    QCOMPARE(msg.size(), 25);
}

void TestForwardFormat::destinationUrlsAndValidation()
{
    ForwardDestination d;
    QString error;
    QVERIFY(parseForwardUrl(QStringLiteral("relp://siem.example.com:2514"), &d, &error));
    QCOMPARE(d.transport, ForwardTransport::Relp);
    QCOMPARE(d.host, QStringLiteral("siem.example.com"));
    QCOMPARE(d.port, quint16(2514));
    QVERIFY(parseForwardUrl(QStringLiteral("relp-tls://[2001:db8::5]"), &d, &error));
    QCOMPARE(d.transport, ForwardTransport::RelpTls);
    QCOMPARE(d.host, QStringLiteral("2001:db8::5"));
    QCOMPARE(d.port, quint16(6514));
    QCOMPARE(d.url(), QStringLiteral("relp-tls://[2001:db8::5]:6514"));
    QVERIFY(parseForwardUrl(QStringLiteral("udp://10.0.0.1"), &d, &error));
    QCOMPARE(d.port, quint16(514));
    QVERIFY(!parseForwardUrl(QStringLiteral("http://x"), &d, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!parseForwardUrl(QStringLiteral("tcp://x:70000"), &d, &error));
    QVERIFY(!parseForwardUrl(QStringLiteral("tcp://a b"), &d, &error));

    d = ForwardDestination();
    d.name = QStringLiteral("SIEM");
    d.host = QStringLiteral("siem.example.com");
    QVERIFY(d.validate().isEmpty());
    d.host = QStringLiteral("siem;rm -rf /");
    QVERIFY(!d.validate().isEmpty());
    d.host = QStringLiteral("192.0.2.1");
    d.transport = ForwardTransport::Tls;
    d.fingerprint = QStringLiteral("AB:CD");
    QVERIFY(!d.validate().isEmpty());
    d.fingerprint = QString(64, QLatin1Char('A'));
    QVERIFY(d.validate().isEmpty());
    d.name.clear();
    QVERIFY(!d.validate().isEmpty());

    // Queue files: safe names, distinct for distinct destination names.
    ForwardDestination a, b;
    a.name = QStringLiteral("SIEM 1/../x");
    b.name = QStringLiteral("SIEM-1/../x");
    QVERIFY(a.queueFileName() != b.queueFileName());
    QVERIFY(!a.queueFileName().contains(QLatin1Char('/')));
    QVERIFY(a.queueFileName().startsWith(QStringLiteral("forward-siem1x-")));

    ForwardTransport t;
    for (ForwardTransport each : {ForwardTransport::Udp, ForwardTransport::Tcp, ForwardTransport::Tls,
                                  ForwardTransport::Relp, ForwardTransport::RelpTls}) {
        QVERIFY(forwardTransportFromName(forwardTransportName(each), &t));
        QCOMPARE(t, each);
    }
}

void TestForwardFormat::filters()
{
    ForwardDestination d;
    d.minSeverity = Severity::High;
    Alert a;
    a.severity = Severity::Medium;
    QVERIFY(!ForwardFormatter::wants(d, a));
    a.severity = Severity::Critical;
    QVERIFY(ForwardFormatter::wants(d, a));
    d.enabled = false;
    QVERIFY(!ForwardFormatter::wants(d, a));
    QVERIFY(ForwardFormatter::isSecurityEvent(EventKind::AuthFailure));
    QVERIFY(ForwardFormatter::isSecurityEvent(EventKind::AclReject));
    QVERIFY(!ForwardFormatter::isSecurityEvent(EventKind::CallStart));
    QVERIFY(!ForwardFormatter::isSecurityEvent(EventKind::ConnectorState));
}

QTEST_GUILESS_MAIN(TestForwardFormat)
#include "TestForwardFormat.moc"
