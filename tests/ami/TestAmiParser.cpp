#include "AmiTestData.h"
#include "ami/AmiParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tg;

namespace {

struct Parsed {
    QVector<AmiMessage> messages;
    QStringList errors;
    QByteArray banner;
};

Parsed parseWhole(const QByteArray &bytes, AmiParser::Limits limits = {})
{
    AmiParser p(limits);
    AmiParser::Output out;
    p.feed(bytes, out);
    return {out.messages, out.errors, out.banner};
}

// Feeds the bytes in pieces whose sizes come from `sizeOf`.
template<typename SizeFn>
Parsed parseSplit(const QByteArray &bytes, SizeFn sizeOf, AmiParser::Limits limits = {})
{
    AmiParser p(limits);
    AmiParser::Output out;
    Parsed r;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype n = qMin<qsizetype>(bytes.size() - pos, sizeOf());
        p.feed(QByteArrayView(bytes.constData() + pos, n), out);
        pos += n;
        r.messages += std::move(out.messages);
        r.errors += out.errors;
        if (!out.banner.isEmpty())
            r.banner = out.banner;
        out.clear();
    }
    return r;
}

QByteArray toLf(QByteArray b)
{
    return b.replace("\r\n", "\n");
}

void compareMessages(const QVector<AmiMessage> &a, const QVector<AmiMessage> &b, bool compareRaw = true)
{
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        if (compareRaw)
            QCOMPARE(a[i].raw, b[i].raw);
        QCOMPARE(a[i].size(), b[i].size());
        for (int f = 0; f < a[i].size(); ++f) {
            QCOMPARE(a[i].key(f), b[i].key(f));
            QCOMPARE(a[i].value(f), b[i].value(f));
        }
    }
}

int countEvents(const QVector<AmiMessage> &msgs)
{
    int n = 0;
    for (const AmiMessage &m : msgs)
        n += m.isEvent() ? 1 : 0;
    return n;
}

} // namespace

class TestAmiParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void captures_data();
    void captures();
    void oneByteFeeds_data() { captures_data(); }
    void oneByteFeeds();
    void bareNewlines_data() { captures_data(); }
    void bareNewlines();
    void mixedLineEndings();
    void bannerOptional();
    void oversizeLineDropped();
    void oversizeLineSplitAcrossFeeds();
    void oversizeMessageDropped();
    void tooManyFields();
    void floodStaysBounded();
    void oldStyleCommand();
    void oldStyleCommandSplit();
    void oldStyleCommandGluedEnd();
    void oldStyleCommandUnterminatedIsBounded();
    void newStyleCommand();
    void hostileStrings();
    void randomGarbage();
    void resetForgetsPartialInput();
    void valuesAndCaseInsensitivity();
};

void TestAmiParser::captures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("events");
    for (const auto &c : test::captureExpectations())
        QTest::newRow(c.file) << QString::fromLatin1(c.file) << c.amiEvents;
}

void TestAmiParser::captures()
{
    QFETCH(QString, file);
    QFETCH(int, events);
    const QByteArray bytes = test::readData(file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(file));

    const Parsed whole = parseWhole(bytes);
    QVERIFY(whole.errors.isEmpty());
    QCOMPARE(whole.banner, QByteArray("Asterisk Call Manager/9.0.0"));
    QCOMPARE(countEvents(whole.messages), events);
    // Every byte after the banner is in exactly one message.
    qsizetype covered = whole.banner.size() + 2;
    for (const AmiMessage &m : whole.messages)
        covered += m.raw.size();
    QCOMPARE(covered, bytes.size());

    // Split points anywhere: several seeds, small and large pieces.
    for (quint32 seed = 1; seed <= 8; ++seed) {
        QRandomGenerator rng(seed);
        const int maxPiece = seed % 2 ? 7 : 3000;
        const Parsed split = parseSplit(bytes, [&] { return rng.bounded(1, maxPiece + 1); });
        QVERIFY(split.errors.isEmpty());
        QCOMPARE(split.banner, whole.banner);
        compareMessages(split.messages, whole.messages);
    }
}

void TestAmiParser::oneByteFeeds()
{
    QFETCH(QString, file);
    const QByteArray bytes = test::readData(file);
    const Parsed whole = parseWhole(bytes);
    const Parsed bytewise = parseSplit(bytes, [] { return 1; });
    QVERIFY(bytewise.errors.isEmpty());
    QCOMPARE(bytewise.banner, whole.banner);
    compareMessages(bytewise.messages, whole.messages);
}

void TestAmiParser::bareNewlines()
{
    QFETCH(QString, file);
    QFETCH(int, events);
    const QByteArray bytes = test::readData(file);
    const Parsed crlf = parseWhole(bytes);
    QRandomGenerator rng(42);
    const Parsed lf = parseSplit(toLf(bytes), [&] { return rng.bounded(1, 64); });
    QVERIFY(lf.errors.isEmpty());
    QCOMPARE(lf.banner, crlf.banner);
    QCOMPARE(countEvents(lf.messages), events);
    compareMessages(lf.messages, crlf.messages, false);
}

void TestAmiParser::mixedLineEndings()
{
    const QByteArray bytes = "Asterisk Call Manager/9.0.0\n"
                             "Event: A\r\nKey: 1\n\r\n"
                             "Event: B\nKey: 2\r\n\n"
                             "Event: C\r\nEmpty:\r\nNoSpace:x\r\n\r\n";
    const Parsed p = parseWhole(bytes);
    QCOMPARE(p.messages.size(), 3);
    QCOMPARE(p.messages[0].value("Key"), QByteArrayView("1"));
    QCOMPARE(p.messages[1].value("Key"), QByteArrayView("2"));
    QVERIFY(p.messages[2].has("Empty"));
    QCOMPARE(p.messages[2].value("Empty"), QByteArrayView(""));
    QCOMPARE(p.messages[2].value("NoSpace"), QByteArrayView("x"));
}

void TestAmiParser::bannerOptional()
{
    // A capture or a proxy may start straight with an event.
    const Parsed p = parseWhole("Event: FullyBooted\r\nStatus: Fully Booted\r\n\r\n");
    QVERIFY(p.banner.isEmpty());
    QCOMPARE(p.messages.size(), 1);
    QCOMPARE(p.messages[0].eventName(), QByteArrayView("FullyBooted"));
}

void TestAmiParser::oversizeLineDropped()
{
    AmiParser::Limits lim;
    lim.maxLineBytes = 100;
    const QByteArray bytes = "Asterisk Call Manager/9.0.0\r\n"
                             "Event: Big\r\nJunk: " + QByteArray(500, 'x') + "\r\nMore: y\r\n\r\n"
                             "Event: After\r\nKey: ok\r\n\r\n";
    const Parsed p = parseWhole(bytes, lim);
    QCOMPARE(p.errors.size(), 1);
    QVERIFY(p.errors[0].contains(QLatin1String("100")));
    QCOMPARE(p.messages.size(), 1);   // the whole message with the long line is dropped
    QCOMPARE(p.messages[0].eventName(), QByteArrayView("After"));
}

void TestAmiParser::oversizeLineSplitAcrossFeeds()
{
    AmiParser::Limits lim;
    lim.maxLineBytes = 100;
    AmiParser p(lim);
    AmiParser::Output out;
    p.feed("Event: Big\r\nJunk: ", out);
    for (int i = 0; i < 1000; ++i) {
        p.feed(QByteArray(64, 'z'), out);
        QVERIFY(p.bufferedBytes() <= lim.maxLineBytes + 64 + 32);
    }
    p.feed("\r\nMore: y\r\n\r\nEvent: After\r\n\r\n", out);
    QCOMPARE(out.errors.size(), 1);
    QCOMPARE(out.messages.size(), 1);
    QCOMPARE(out.messages[0].eventName(), QByteArrayView("After"));
}

void TestAmiParser::oversizeMessageDropped()
{
    AmiParser::Limits lim;
    lim.maxMessageBytes = 4096;
    QByteArray big = "Event: Huge\r\n";
    for (int i = 0; i < 1000; ++i)
        big += "Line-" + QByteArray::number(i) + ": value value value\r\n";
    big += "\r\n";
    AmiParser p(lim);
    AmiParser::Output out;
    QRandomGenerator rng(7);
    for (qsizetype pos = 0; pos < big.size();) {
        const qsizetype n = qMin<qsizetype>(big.size() - pos, rng.bounded(1, 200));
        p.feed(QByteArrayView(big.constData() + pos, n), out);
        pos += n;
        QVERIFY(p.bufferedBytes() <= lim.maxMessageBytes + lim.maxLineBytes + 200);
    }
    p.feed("Event: Next\r\n\r\n", out);
    QCOMPARE(out.errors.size(), 1);
    QCOMPARE(out.messages.size(), 1);
    QCOMPARE(out.messages[0].eventName(), QByteArrayView("Next"));
}

void TestAmiParser::tooManyFields()
{
    AmiParser::Limits lim;
    lim.maxFields = 10;
    QByteArray m = "Event: Many\r\n";
    for (int i = 0; i < 50; ++i)
        m += "K: v\r\n";
    m += "\r\nEvent: Next\r\n\r\n";
    const Parsed p = parseWhole(m, lim);
    QCOMPARE(p.errors.size(), 1);
    QCOMPARE(p.messages.size(), 1);
    QCOMPARE(p.messages[0].eventName(), QByteArrayView("Next"));
}

void TestAmiParser::floodStaysBounded()
{
    // A peer that sends forever without a blank line or without a newline.
    AmiParser p;
    AmiParser::Output out;
    const QByteArray noNewline(64 * 1024, 'A');
    for (int i = 0; i < 200; ++i) {   // 12.5 MiB
        p.feed(noNewline, out);
        QVERIFY(p.bufferedBytes() <= p.limits().maxLineBytes + noNewline.size());
    }
    p.reset();
    out.clear();
    QByteArray lines;
    for (int i = 0; i < 2000; ++i)
        lines += "Key: 0123456789012345678901234567890\r\n";
    for (int i = 0; i < 200; ++i) {   // ~15 MiB of one endless message
        p.feed(lines, out);
        QVERIFY(p.bufferedBytes() <= p.limits().maxMessageBytes + lines.size());
        out.messages.clear();
    }
    QVERIFY(!out.errors.isEmpty());
    QVERIFY(out.errors.size() <= 20);   // one error per dropped message, not one per line
}

void TestAmiParser::oldStyleCommand()
{
    // Asterisk before 14: raw CLI text after the headers, blank lines and colons included.
    const QByteArray bytes = "Asterisk Call Manager/1.1\r\n"
                             "Response: Follows\r\nPrivilege: Command\r\nActionID: 42\r\n"
                             "\n\n  * Name       : 1001\n  Secret       : <Set>\nName/username  Host\n"
                             "--END COMMAND--\r\n\r\n"
                             "Event: After\r\nKey: v\r\n\r\n";
    const Parsed p = parseWhole(bytes);
    QVERIFY(p.errors.isEmpty());
    QCOMPARE(p.messages.size(), 2);
    const AmiMessage &m = p.messages[0];
    QVERIFY(m.isResponse());
    QCOMPARE(m.value("ActionID"), QByteArrayView("42"));
    QCOMPARE(m.value("Privilege"), QByteArrayView("Command"));
    const QStringList expected = {QString(), QString(), QStringLiteral("  * Name       : 1001"),
                                  QStringLiteral("  Secret       : <Set>"), QStringLiteral("Name/username  Host")};
    QCOMPARE(m.outputLines(), expected);
    QCOMPARE(p.messages[1].eventName(), QByteArrayView("After"));
}

void TestAmiParser::oldStyleCommandSplit()
{
    const QByteArray bytes = "Response: Follows\r\nPrivilege: Command\r\nActionID: 7\r\n"
                             "line one\r\n\r\nline: three\r\n--END COMMAND--\r\n\r\n";
    const Parsed whole = parseWhole(bytes);
    QCOMPARE(whole.messages.size(), 1);
    QCOMPARE(whole.messages[0].outputLines(),
             QStringList({QStringLiteral("line one"), QString(), QStringLiteral("line: three")}));
    for (int cut = 1; cut < bytes.size(); ++cut) {
        AmiParser p;
        AmiParser::Output out;
        p.feed(bytes.left(cut), out);
        p.feed(bytes.mid(cut), out);
        QCOMPARE(out.messages.size(), 1);
        QCOMPARE(out.messages[0].outputLines(), whole.messages[0].outputLines());
    }
}

void TestAmiParser::oldStyleCommandGluedEnd()
{
    // When the CLI output lacks a final newline, old Asterisk glues the marker to the last line.
    const Parsed p = parseWhole("Response: Follows\r\nPrivilege: Command\r\n"
                                "No such command 'foo'--END COMMAND--\r\n\r\nEvent: X\r\n\r\n");
    QCOMPARE(p.messages.size(), 2);
    QCOMPARE(p.messages[0].outputLines(), QStringList({QStringLiteral("No such command 'foo'")}));
}

void TestAmiParser::oldStyleCommandUnterminatedIsBounded()
{
    AmiParser::Limits lim;
    lim.maxMessageBytes = 8192;
    AmiParser p(lim);
    AmiParser::Output out;
    p.feed("Response: Follows\r\nPrivilege: Command\r\n", out);
    for (int i = 0; i < 2000; ++i) {
        p.feed("output line without end\r\n\r\n", out);
        QVERIFY(p.bufferedBytes() <= lim.maxMessageBytes + 64);
    }
    QVERIFY(!out.errors.isEmpty());
    QCOMPARE(out.errors.size(), 1);
    // After the drop the stream recovers at the next blank line (the junk after it is kept as text).
    p.feed("\r\nEvent: Later\r\n\r\n", out);
    QVERIFY(!out.messages.isEmpty());
    QCOMPARE(out.messages.last().eventName(), QByteArrayView("Later"));
}

void TestAmiParser::newStyleCommand()
{
    const QByteArray bytes = test::readData(QStringLiteral("ami/actions-20.20.1.ami"));
    const Parsed p = parseWhole(bytes);
    const AmiMessage *cmd = nullptr;
    for (const AmiMessage &m : p.messages)
        if (m.value("ActionID") == "act-06-command")
            cmd = &m;
    QVERIFY(cmd);
    const QList<QByteArrayView> out = cmd->values("Output");
    QCOMPARE(out.size(), 6);
    QVERIFY(out[3] == QByteArrayView("2 active channels"));
    QVERIFY(cmd->outputLines().isEmpty());
}

void TestAmiParser::hostileStrings()
{
    QByteArray hostile = "Asterisk Call Manager/9.0.0\r\n";
    hostile += QByteArray("Event: Nul\r\nKey: a\0b\0c\r\n\r\n", 28);
    hostile += "Event: BadUtf8\r\nKey: \xff\xfe\xc3\x28\xed\xa0\x80\r\n\r\n";
    hostile += ":\r\n::\r\n: leading colon\r\n\r\n";
    hostile += "Event: Crs\r\r\r\nKey: \r\r\n\r\n";
    hostile += "Event: Spaces\r\n   \r\n\t\r\n\r\n";
    hostile += "Event: " + QByteArray(5000, '%') + "\r\n" + QByteArray(3000, ':') + "\r\n\r\n";
    hostile += "Response: Follows\r\nResponse: Follows\r\n--END COMMAND----END COMMAND--\r\n\r\n";
    hostile += "\r\n\r\n\r\n\n\n\n";
    hostile += "Event: Last\r\n\r\n";
    for (int piece : {1, 2, 3, 13, 4096}) {
        const Parsed p = parseSplit(hostile, [piece] { return piece; });
        QVERIFY(!p.messages.isEmpty());
        QCOMPARE(p.messages.last().eventName(), QByteArrayView("Last"));
        for (const AmiMessage &m : p.messages) {
            (void)m.outputLines();
            (void)QString::fromUtf8(m.raw);
            for (int i = 0; i < m.size(); ++i) {
                QVERIFY(m.fields[i].keyPos + m.fields[i].keyLen <= quint32(m.raw.size()));
                QVERIFY(m.fields[i].valuePos + m.fields[i].valueLen <= quint32(m.raw.size()));
            }
        }
    }
}

void TestAmiParser::randomGarbage()
{
    AmiParser::Limits lim;
    lim.maxLineBytes = 512;
    lim.maxMessageBytes = 4096;
    lim.maxFields = 64;
    QRandomGenerator rng(2024);
    const char alphabet[] = "Event: Response\r\n:ActionID--END COMMAND--Follows\n\r ab";
    for (int round = 0; round < 20; ++round) {
        AmiParser p(lim);
        AmiParser::Output out;
        for (int i = 0; i < 200; ++i) {
            QByteArray chunk(rng.bounded(1, 700), Qt::Uninitialized);
            for (char &c : chunk)
                c = round % 2 ? char(rng.bounded(256)) : alphabet[rng.bounded(int(sizeof(alphabet) - 1))];
            p.feed(chunk, out);
            QVERIFY(p.bufferedBytes() <= lim.maxMessageBytes + lim.maxLineBytes + 700);
            for (const AmiMessage &m : out.messages)
                for (int f = 0; f < m.size(); ++f)
                    QVERIFY(m.fields[f].valuePos + m.fields[f].valueLen <= quint32(m.raw.size()));
            out.clear();
        }
    }
}

void TestAmiParser::resetForgetsPartialInput()
{
    AmiParser p;
    AmiParser::Output out;
    p.feed("Asterisk Call Manager/9.0.0\r\nEvent: Half\r\nKey: v", out);
    QVERIFY(p.bufferedBytes() > 0);
    p.reset();
    QCOMPARE(p.bufferedBytes(), 0);
    out.clear();
    p.feed("Asterisk Call Manager/9.0.1\r\nEvent: Whole\r\n\r\n", out);
    QCOMPARE(out.banner, QByteArray("Asterisk Call Manager/9.0.1"));
    QCOMPARE(out.messages.size(), 1);
    QCOMPARE(out.messages[0].eventName(), QByteArrayView("Whole"));
}

void TestAmiParser::valuesAndCaseInsensitivity()
{
    const Parsed p = parseWhole("Response: Success\r\nactionid: x1\r\nOutput: a\r\nOUTPUT: b\r\nOutput:\r\n\r\n");
    QCOMPARE(p.messages.size(), 1);
    const AmiMessage &m = p.messages[0];
    QCOMPARE(m.value("ActionID"), QByteArrayView("x1"));
    QCOMPARE(m.values("Output").size(), 3);
    QVERIFY(!m.has("Missing"));
    QVERIFY(m.value("Missing").isEmpty());
}

QTEST_GUILESS_MAIN(TestAmiParser)
#include "TestAmiParser.moc"
