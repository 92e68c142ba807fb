// EslParser and EslMessage on the real FreeSWITCH captures and on hand-made hostile input.

#include "EslTestData.h"
#include "esl/EslParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tg;

namespace {

struct Framed {
    QVector<EslMessage> messages;
    QStringList errors;
};

Framed feedAll(const QByteArray &bytes, const QVector<qsizetype> &cuts, EslParser::Limits limits = {})
{
    EslParser p(limits);
    EslParser::Output out;
    qsizetype pos = 0;
    for (qsizetype c : cuts) {
        p.feed(QByteArrayView(bytes.constData() + pos, c - pos), out);
        pos = c;
    }
    p.feed(QByteArrayView(bytes.constData() + pos, bytes.size() - pos), out);
    return {out.messages, out.errors};
}

// A summary of everything a consumer can see of the frames, to compare two splittings.
QByteArray fingerprint(const QVector<EslMessage> &msgs)
{
    QByteArray f;
    for (const EslMessage &m : msgs) {
        f += QByteArray::number(int(m.type)) + '|' + m.raw + '|' + m.body().toByteArray() + '|';
        if (m.isEvent())
            for (int i = 0; i < m.eventFieldCount(); ++i)
                f += m.eventKey(i).toByteArray() + '=' + m.eventValue(i) + ';';
        f += m.eventBody() + '\n';
    }
    return f;
}

} // namespace

class TestEslParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionCapture();
    void apiCapture();
    void badAuthCapture();
    void randomSplits_data();
    void randomSplits();
    void oneByteFeeds_data();
    void oneByteFeeds();
    void urlDecoding();
    void eventJson();
    void backgroundJobBodies();
    void rudeRejection();
    void oversizedBodySkipped();
    void overlongHeaderLine();
    void tooManyHeaderLines();
    void badContentLength();
    void crlfAndBlankLinesTolerated();
    void commentLinesOnlyInFiles();
};

void TestEslParser::sessionCapture()
{
    const Framed f = feedAll(test::eslCapture(QStringLiteral("freeswitch-1.10.12-session.esl")), {});
    QVERIFY(f.errors.isEmpty());
    QCOMPARE(f.messages.size(), test::kSessionFrames);
    QCOMPARE(f.messages[0].type, EslMessage::Type::AuthRequest);
    QCOMPARE(f.messages[1].type, EslMessage::Type::CommandReply);
    QCOMPARE(f.messages[1].replyText(), QByteArrayView("+OK accepted"));
    QCOMPARE(f.messages[2].replyText(), QByteArrayView("+OK event listener enabled plain"));
    int events = 0;
    QMap<QByteArray, int> names;
    for (const EslMessage &m : f.messages) {
        if (m.type != EslMessage::Type::EventPlain)
            continue;
        ++events;
        QVERIFY(m.eventError().isEmpty());
        ++names[m.eventName() == "CUSTOM" ? m.eventSubclass() : m.eventName()];
    }
    QCOMPARE(events, test::kSessionEvents);
    // Counted from the file (see tests/data/esl and the fixture README).
    QCOMPARE(names.value("sofia::register_attempt"), 36);
    QCOMPARE(names.value("sofia::register_failure"), 31);
    QCOMPARE(names.value("sofia::pre_register"), 36);
    QCOMPARE(names.value("sofia::register"), 2);
    QCOMPARE(names.value("CHANNEL_CREATE"), 4);
    QCOMPARE(names.value("CHANNEL_HANGUP_COMPLETE"), 5);
    QCOMPARE(names.value("HEARTBEAT"), 2);
}

void TestEslParser::apiCapture()
{
    const Framed f = feedAll(test::eslCapture(QStringLiteral("freeswitch-1.10.12-api.esl")), {});
    QVERIFY(f.errors.isEmpty());
    QCOMPARE(f.messages.size(), 7);
    int api = 0;
    for (const EslMessage &m : f.messages)
        api += m.type == EslMessage::Type::ApiResponse ? 1 : 0;
    QCOMPARE(api, 5);
    // The body is exactly Content-Length bytes; the next frame follows without a blank line.
    QVERIFY(f.messages[2].body().startsWith("UP 0 years"));
    QVERIFY(f.messages[2].body().endsWith("Current Stack Size/Max 240K/8192K\n"));
    QCOMPARE(f.messages[5].body(), QByteArrayView("\n0 total.\n"));
    QVERIFY(f.messages[6].body().contains("Agent:      \tYealink SIP-T46S 66.86.0.15"));
}

void TestEslParser::badAuthCapture()
{
    const Framed f = feedAll(test::eslCapture(QStringLiteral("freeswitch-1.10.12-badauth.esl")), {});
    QCOMPARE(f.messages.size(), 3);
    QCOMPARE(f.messages[1].replyText(), QByteArrayView("-ERR invalid"));
    QCOMPARE(f.messages[2].type, EslMessage::Type::DisconnectNotice);
    QCOMPARE(f.messages[2].body().size(), 67);
    QVERIFY(f.messages[2].body().startsWith("Disconnected, goodbye."));
}

void TestEslParser::randomSplits_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &c : test::eslCaptures())
        QTest::newRow(qPrintable(c)) << c;
}

void TestEslParser::randomSplits()
{
    QFETCH(QString, file);
    const QByteArray bytes = test::eslCapture(file);
    QVERIFY(!bytes.isEmpty());
    const Framed whole = feedAll(bytes, {});
    QVERIFY(!whole.messages.isEmpty());
    const QByteArray expected = fingerprint(whole.messages);
    QRandomGenerator rng(4711);
    for (int round = 0; round < 40; ++round) {
        QVector<qsizetype> cuts;
        const int n = 1 + int(rng.bounded(200));
        for (int i = 0; i < n; ++i)
            cuts << qsizetype(rng.bounded(int(bytes.size())));
        std::sort(cuts.begin(), cuts.end());
        const Framed f = feedAll(bytes, cuts);
        QCOMPARE(f.errors, whole.errors);
        QCOMPARE(f.messages.size(), whole.messages.size());
        QVERIFY2(fingerprint(f.messages) == expected, qPrintable(QStringLiteral("round %1").arg(round)));
    }
}

void TestEslParser::oneByteFeeds_data()
{
    randomSplits_data();
}

void TestEslParser::oneByteFeeds()
{
    QFETCH(QString, file);
    const QByteArray bytes = test::eslCapture(file);
    const Framed whole = feedAll(bytes, {});
    EslParser p;
    EslParser::Output out;
    qsizetype maxBuffered = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        p.feed(QByteArrayView(bytes.constData() + i, 1), out);
        maxBuffered = qMax(maxBuffered, p.bufferedBytes());
    }
    QCOMPARE(out.messages.size(), whole.messages.size());
    QCOMPARE(fingerprint(out.messages), fingerprint(whole.messages));
    QCOMPARE(p.bufferedBytes(), 0);
    // Never more than one frame is held.
    qsizetype largest = 0;
    for (const EslMessage &m : whole.messages)
        largest = qMax(largest, m.raw.size());
    QVERIFY(maxBuffered <= largest);
}

void TestEslParser::urlDecoding()
{
    QCOMPARE(EslMessage::urlDecode("sofia%3A%3Aregister_failure"), QByteArray("sofia::register_failure"));
    QCOMPARE(EslMessage::urlDecode("Fri,%2027%20Nov%202026"), QByteArray("Fri, 27 Nov 2026"));
    QCOMPARE(EslMessage::urlDecode("%22%22%20%3Csip%3A1001%40127.0.0.1%3E"), QByteArray("\"\" <sip:1001@127.0.0.1>"));
    QCOMPARE(EslMessage::urlDecode("plain"), QByteArray("plain"));
    QCOMPARE(EslMessage::urlDecode("100%"), QByteArray("100%"));        // malformed escapes stay
    QCOMPARE(EslMessage::urlDecode("%zz%4"), QByteArray("%zz%4"));
    QCOMPARE(EslMessage::urlDecode("a+b"), QByteArray("a+b"));          // FreeSWITCH encodes '+' as %2B
    QCOMPARE(EslMessage::urlDecode("%C3%A9"), QByteArray("\xc3\xa9"));

    const Framed f = feedAll(test::eslCapture(QStringLiteral("freeswitch-1.10.12-session.esl")), {});
    const EslMessage &first = f.messages[3];
    QCOMPARE(first.eventSubclass(), QByteArray("sofia::pre_register"));
    QCOMPARE(first.eventRawValue("Event-Subclass"), QByteArrayView("sofia%3A%3Apre_register"));
    QCOMPARE(first.eventText("contact"), QStringLiteral("\"\" <sip:1001@127.0.0.1:5111;transport=UDP>"));
    QCOMPARE(first.eventText("Event-Date-GMT"), QStringLiteral("Fri, 27 Nov 2026 01:43:03 GMT"));
    QCOMPARE(first.eventText("FREESWITCH-IPV6"), QStringLiteral("fd00::2"));   // names are case-insensitive
    QCOMPARE(first.eventFieldCount(), 27);
    QVERIFY(first.eventBody().isEmpty());
}

void TestEslParser::eventJson()
{
    const Framed f = feedAll(test::eslCapture(QStringLiteral("esl-docs-event-json.esl")), {});
    QVERIFY(f.errors.isEmpty());
    QCOMPARE(f.messages.size(), 7);
    const EslMessage &hb = f.messages[3];
    QCOMPARE(hb.type, EslMessage::Type::EventJson);
    QCOMPARE(hb.eventName(), QByteArray("HEARTBEAT"));
    QCOMPARE(hb.eventText("Event-Date-GMT"), QStringLiteral("Thu, 01 May 2008 23:37:03 GMT"));   // not URL-encoded
    const EslMessage &rf = f.messages[4];
    QCOMPARE(rf.eventSubclass(), QByteArray("sofia::register_failure"));
    QCOMPARE(rf.eventValue("network-ip"), QByteArray("203.0.113.7"));

    // Broken JSON is a sentence, not a crash.
    const QByteArray bad = "Content-Length: 9\nContent-Type: text/event-json\n\n{\"a\":tru}";
    const Framed b = feedAll(bad, {});
    QCOMPARE(b.messages.size(), 1);
    QVERIFY(!b.messages[0].eventError().isEmpty());
    QCOMPARE(b.messages[0].eventFieldCount(), 0);
}

void TestEslParser::backgroundJobBodies()
{
    const Framed f = feedAll(test::eslCapture(QStringLiteral("esl-docs-event-json.esl")), {});
    const EslMessage &json = f.messages[5];
    const EslMessage &plain = f.messages[6];
    for (const EslMessage *m : {&json, &plain}) {
        QCOMPARE(m->eventName(), QByteArray("BACKGROUND_JOB"));
        QCOMPARE(m->eventValue("Job-UUID"), QByteArray("7f4db78a-17d7-11dd-b7a0-db4edd065621"));
        QCOMPARE(m->eventText("Job-Command-Arg"), QStringLiteral("sofia/default/1005 '&park'"));
        QCOMPARE(m->eventBody(), QByteArray("+OK 7f4dc9f6-17d7-11dd-b7a0-db4edd065621\n"));
    }
    QCOMPARE(plain.type, EslMessage::Type::EventPlain);
}

void TestEslParser::rudeRejection()
{
    const Framed f = feedAll(test::eslCapture(QStringLiteral("esl-docs-rude-rejection.esl")), {});
    QCOMPARE(f.messages.size(), 1);
    QCOMPARE(f.messages[0].type, EslMessage::Type::RudeRejection);
    QCOMPARE(f.messages[0].body(), QByteArrayView("Access Denied, go away.\n"));
    QCOMPARE(EslMessage::typeOf("rude/rejection"), EslMessage::Type::RudeRejection);
}

void TestEslParser::oversizedBodySkipped()
{
    EslParser::Limits l;
    l.maxBodyBytes = 100;
    const QByteArray big = "Content-Type: api/response\nContent-Length: 5000\n\n" + QByteArray(5000, 'x');
    const QByteArray next = "Content-Type: command/reply\nReply-Text: +OK\n\n";
    EslParser p(l);
    EslParser::Output out;
    const QByteArray all = big + next;
    qsizetype maxBuffered = 0;
    for (qsizetype i = 0; i < all.size(); i += 7) {
        p.feed(QByteArrayView(all.constData() + i, qMin<qsizetype>(7, all.size() - i)), out);
        maxBuffered = qMax(maxBuffered, p.bufferedBytes());
    }
    QCOMPARE(out.errors.size(), 1);
    QVERIFY(maxBuffered < 200);   // the skipped body was never held
    QCOMPARE(out.messages.size(), 1);   // still in step: the next frame is read
    QCOMPARE(out.messages[0].replyText(), QByteArrayView("+OK"));
}

void TestEslParser::overlongHeaderLine()
{
    EslParser::Limits l;
    l.maxLineBytes = 64;
    const QByteArray bad = "Content-Length: 3\nX-Junk: " + QByteArray(1000, 'a') + "\n\nabc";
    const QByteArray next = "Content-Type: command/reply\nReply-Text: +OK\n\n";
    for (int chunk : {1, 5, 100, 5000}) {
        EslParser p(l);
        EslParser::Output out;
        const QByteArray all = bad + next;
        qsizetype maxBuffered = 0;
        for (qsizetype i = 0; i < all.size(); i += chunk) {
            p.feed(QByteArrayView(all.constData() + i, qMin<qsizetype>(chunk, all.size() - i)), out);
            maxBuffered = qMax(maxBuffered, p.bufferedBytes());
        }
        QCOMPARE(out.errors.size(), 1);
        QCOMPARE(out.messages.size(), 1);   // the dropped frame's body was skipped too
        QCOMPARE(out.messages[0].replyText(), QByteArrayView("+OK"));
        QVERIFY2(maxBuffered <= 64 + 100, qPrintable(QString::number(maxBuffered)));
    }
}

void TestEslParser::tooManyHeaderLines()
{
    EslParser::Limits l;
    l.maxHeaderFields = 8;
    QByteArray bad;
    for (int i = 0; i < 50; ++i)
        bad += "H" + QByteArray::number(i) + ": v\n";
    bad += "\n";
    const Framed f = feedAll(bad + "Content-Type: auth/request\n\n", {}, l);
    QCOMPARE(f.errors.size(), 1);
    QCOMPARE(f.messages.size(), 1);
    QCOMPARE(f.messages[0].type, EslMessage::Type::AuthRequest);

    // Event headers are bounded too (they live in the body).
    QByteArray body;
    for (int i = 0; i < EslMessage::kMaxEventFields + 10; ++i)
        body += "k: v\n";
    const QByteArray ev = "Content-Length: " + QByteArray::number(body.size()) + "\nContent-Type: text/event-plain\n\n" + body;
    const Framed e = feedAll(ev, {});
    QCOMPARE(e.messages.size(), 1);
    QCOMPARE(e.messages[0].eventFieldCount(), EslMessage::kMaxEventFields);
    QVERIFY(!e.messages[0].eventError().isEmpty());
}

void TestEslParser::badContentLength()
{
    const Framed f = feedAll("Content-Type: api/response\nContent-Length: lots\n\nContent-Type: auth/request\n\n", {});
    QCOMPARE(f.errors.size(), 1);
    QCOMPARE(f.messages.size(), 2);
    QCOMPARE(f.messages[1].type, EslMessage::Type::AuthRequest);
    const Framed neg = feedAll("Content-Type: api/response\nContent-Length: -5\n\nContent-Type: auth/request\n\n", {});
    QCOMPARE(neg.messages.size(), 2);
}

void TestEslParser::crlfAndBlankLinesTolerated()
{
    const Framed f = feedAll("\n\nContent-Type: command/reply\r\nReply-Text: +OK accepted\r\n\r\n\n"
                             "Content-Type: api/response\r\nContent-Length: 3\r\n\r\n+OK",
                             {});
    QVERIFY(f.errors.isEmpty());
    QCOMPARE(f.messages.size(), 2);
    QCOMPARE(f.messages[0].replyText(), QByteArrayView("+OK accepted"));
    QCOMPARE(f.messages[1].body(), QByteArrayView("+OK"));
}

void TestEslParser::commentLinesOnlyInFiles()
{
    QCOMPARE(EslParser::skipCaptureComments("# a\n# b\nContent-Type: auth/request\n\n"),
             QByteArrayView("Content-Type: auth/request\n\n"));
    QCOMPARE(EslParser::skipCaptureComments("Content-Type: x\n# not a comment\n"),
             QByteArrayView("Content-Type: x\n# not a comment\n"));
}

QTEST_GUILESS_MAIN(TestEslParser)
#include "TestEslParser.moc"
