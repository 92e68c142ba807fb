// The per-destination disk queue (order, survival across reopen, bound with a "dropped" notice)
// and the RELP codec's handling of what a receiver sends.
#include "forward/ForwardQueue.h"
#include "forward/RelpCodec.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tg;

namespace {
QVector<QByteArray> numbered(int from, int to)
{
    QVector<QByteArray> v;
    for (int i = from; i <= to; ++i)
        v.append("m" + QByteArray::number(i));
    return v;
}

QVector<QByteArray> messagesOf(const QVector<ForwardQueue::Item> &items)
{
    QVector<QByteArray> v;
    for (const auto &i : items)
        v.append(i.message);
    return v;
}
} // namespace

class TestForwardQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void orderPeekRemove();
    void survivesReopen();
    void boundDropsOldestWithNotice();
    void hugeBatchKeepsNewest();
    void unwritableFolder();
    void relpFrames();
    void relpSplitAcrossReads();
    void relpHostileInput();
    void relpHostileInput_data();
};

void TestForwardQueue::orderPeekRemove()
{
    QTemporaryDir dir;
    ForwardQueue q(dir.filePath(QStringLiteral("q.sqlite")));
    QString error;
    QVERIFY2(q.open(&error), qPrintable(error));
    QCOMPARE(q.append(numbered(1, 5), {}), 0);
    QCOMPARE(q.count(), 5);
    auto items = q.peek(3);
    QCOMPARE(messagesOf(items), numbered(1, 3));
    // Peeking after an id continues behind what is in flight.
    QCOMPARE(messagesOf(q.peek(10, items.last().id)), numbered(4, 5));
    // Acknowledgements may come for any subset.
    q.remove({items.at(1).id, items.at(0).id});
    QCOMPARE(q.count(), 3);
    QCOMPARE(messagesOf(q.peek(10)), (QVector<QByteArray>{"m3", "m4", "m5"}));
    q.remove({items.at(0).id});   // already gone: no change
    QCOMPARE(q.count(), 3);
}

void TestForwardQueue::survivesReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.sqlite"));
    QString error;
    {
        ForwardQueue q(path);
        QVERIFY(q.open(&error));
        q.append(numbered(1, 100), {});
        q.remove({q.peek(1).first().id});
    }
    ForwardQueue again(path);
    QVERIFY(again.open(&error));
    QCOMPARE(again.count(), 99);
    QCOMPARE(again.peek(1).first().message, QByteArray("m2"));
    // New ids keep ascending after a restart, so order is kept.
    again.append({"new"}, {});
    QCOMPARE(again.peek(200).last().message, QByteArray("new"));
}

void TestForwardQueue::boundDropsOldestWithNotice()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.sqlite"));
    QString error;
    qint64 noticeFor = -1;
    const auto notice = [&noticeFor](qint64 n) {
        noticeFor = n;
        return "dropped " + QByteArray::number(n);
    };
    {
        ForwardQueue q(path, 10);
        QVERIFY(q.open(&error));
        QCOMPARE(q.append(numbered(1, 10), notice), 0);
        QCOMPARE(noticeFor, -1);
        // Three more: the oldest go, and the notice takes one place too.
        QCOMPARE(q.append(numbered(11, 13), notice), 4);
        QCOMPARE(noticeFor, 4);
        QCOMPARE(q.count(), 10);
        QCOMPARE(q.droppedTotal(), 4);
        const auto all = messagesOf(q.peek(100));
        QCOMPARE(all.first(), QByteArray("m5"));
        QCOMPARE(all.at(all.size() - 2), QByteArray("m13"));
        QCOMPARE(all.last(), QByteArray("dropped 4"));
    }
    ForwardQueue again(path, 10);
    QVERIFY(again.open(&error));
    QCOMPARE(again.droppedTotal(), 4);   // remembered across restarts
}

void TestForwardQueue::hugeBatchKeepsNewest()
{
    ForwardQueue q(QStringLiteral(":memory:"), 5);
    QString error;
    QVERIFY(q.open(&error));
    q.append(numbered(1, 2), {});
    const qint64 dropped = q.append(numbered(3, 20), [](qint64 n) { return "dropped " + QByteArray::number(n); });
    QCOMPARE(q.count(), 5);
    QCOMPARE(dropped, 2 + 14);   // both old ones and the 14 oldest of the batch
    QCOMPARE(messagesOf(q.peek(10)), (QVector<QByteArray>{"m17", "m18", "m19", "m20", "dropped 16"}));
}

void TestForwardQueue::unwritableFolder()
{
    ForwardQueue q(QStringLiteral("/nonexistent-folder-for-tollgate-test/q.sqlite"));
    QString error;
    QVERIFY(!q.open(&error));
    QVERIFY(error.contains(QStringLiteral("forwarding queue")));
    QCOMPARE(q.append({"x"}, {}), 0);   // harmless when not open
    QVERIFY(q.peek(10).isEmpty());
}

void TestForwardQueue::relpFrames()
{
    QCOMPARE(RelpCodec::frame(7, "syslog", "<13>1 x"), QByteArray("7 syslog 7 <13>1 x\n"));
    QCOMPARE(RelpCodec::frame(8, "close"), QByteArray("8 close 0\n"));
    QVERIFY(RelpCodec::openOffer().startsWith("relp_version=0\nrelp_software=tollgate,"));
    QVERIFY(RelpCodec::openOffer().endsWith("\ncommands=syslog"));
    QCOMPARE(RelpCodec::responseCode("200 OK"), 200);
    QCOMPARE(RelpCodec::responseCode("200 OK\nrelp_version=0"), 200);
    QCOMPARE(RelpCodec::responseCode("500 error"), 500);
    QCOMPARE(RelpCodec::responseCode("2x0"), -1);
    QCOMPARE(RelpCodec::responseCode("2000"), -1);
    QCOMPARE(RelpCodec::nextTxnr(RelpCodec::kMaxTxnr), 1);

    RelpCodec c;
    QVERIFY(c.feed("1 rsp 93 200 OK\nrelp_version=0\nrelp_software=librelp,1.11.0,http://librelp.adiscon.com\n"
                   "commands=syslog\n2 rsp 6 200 OK\n3 rsp 0\n0 serverclose 0\n"));
    RelpCodec::Frame f;
    QVERIFY(c.next(&f));
    QCOMPARE(f.txnr, 1);
    QCOMPARE(f.command, QByteArray("rsp"));
    QVERIFY(f.data.startsWith("200 OK\nrelp_version=0"));
    QVERIFY(c.next(&f));
    QCOMPARE(f.txnr, 2);
    QCOMPARE(f.data, QByteArray("200 OK"));
    QVERIFY(c.next(&f));
    QCOMPARE(f.txnr, 3);
    QVERIFY(f.data.isEmpty());
    QVERIFY(c.next(&f));
    QCOMPARE(f.command, QByteArray("serverclose"));
    QVERIFY(!c.next(&f));
    QVERIFY(c.error().isEmpty());
}

void TestForwardQueue::relpSplitAcrossReads()
{
    const QByteArray stream = "12 rsp 6 200 OK\n13 rsp 6 200 OK\n";
    RelpCodec c;
    QVector<qint64> seen;
    for (char ch : stream) {   // one byte at a time
        QVERIFY(c.feed(QByteArray(1, ch)));
        RelpCodec::Frame f;
        while (c.next(&f))
            seen.append(f.txnr);
        QVERIFY(c.error().isEmpty());
    }
    QCOMPARE(seen, (QVector<qint64>{12, 13}));
}

void TestForwardQueue::relpHostileInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("letters for txnr") << QByteArray("abc rsp 0\n");
    QTest::newRow("huge txnr") << QByteArray("99999999999999999999 rsp 0\n");
    QTest::newRow("huge length") << QByteArray("1 rsp 999999999 x");
    QTest::newRow("negative length") << QByteArray("1 rsp -5 x\n");
    QTest::newRow("long command") << (QByteArray("1 ") + QByteArray(100, 'r') + " 0\n");
    QTest::newRow("missing trailer") << QByteArray("1 rsp 2 OKX");
    QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n");
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc", 9);
}

void TestForwardQueue::relpHostileInput()
{
    QFETCH(QByteArray, bytes);
    RelpCodec c;
    c.feed(bytes);
    RelpCodec::Frame f;
    QVERIFY(!c.next(&f));
    QVERIFY2(!c.error().isEmpty(), bytes.constData());
    QVERIFY(!c.feed("1 rsp 0\n"));   // stays failed: the connection is dropped
}

QTEST_GUILESS_MAIN(TestForwardQueue)
#include "TestForwardQueue.moc"
