// `tollgate-cli analyze FILE...` streams its input: one reader per file, a merge in time order
// across files, a bounded window of each. Checked on the recorded Asterisk 20.20.1 logs split into
// interleaved files, on captures of different formats read together, and on a long generated log
// whose buffered events must not grow with its length.
#include "capture/CaptureFiles.h"
#include "capture/CaptureStream.h"
#include "detect/Analyzer.h"
#include "detect/EventMerger.h"
#include "detect/PrefetchSource.h"
#include "logs/AnalyzeBench.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <atomic>

using namespace tg;

namespace {

QString dataPath(const char *rel)
{
    return QStringLiteral(TOLLGATE_TEST_DATA "/") + QLatin1String(rel);
}

// The files, opened as analyze opens them (a failure is printed; the test then finds no events).
std::unique_ptr<CaptureFiles> openAll(const QStringList &paths, const QString &pbx)
{
    QVector<CaptureFiles::File> files;
    for (const QString &p : paths)
        files.append({p, pbx});
    auto captures = std::make_unique<CaptureFiles>(files, CaptureReader::Format::Auto);
    QStringList errors;
    if (!captures->open(&errors))
        qWarning() << errors;
    return captures;
}

// Every event of the files, merged, as the analysis sees them.
EventList streamAll(const QStringList &paths, const QString &pbx)
{
    const std::unique_ptr<CaptureFiles> captures = openAll(paths, pbx);
    const std::unique_ptr<EventSource> source = captures->stream();
    EventList all;
    while (source->read(all)) {
    }
    return all;
}

AnalysisResult analyze(const QStringList &paths, const QString &pbx, int evidenceMemory = 1 << 16)
{
    const std::unique_ptr<CaptureFiles> captures = openAll(paths, pbx);
    Analyzer analyzer;
    analyzer.setEvidenceMemory(evidenceMemory);
    return analyzer.run([&captures] { return captures->stream(); });
}

// What an admin reads of each alert: rule, subject, count, times, addresses, accounts.
QStringList describe(const AnalysisResult &r)
{
    QStringList lines;
    for (const Alert &a : r.alerts) {
        QStringList ips = r.sourceIps.value(AnalysisResult::keyOf(a));
        QStringList accounts = r.accounts.value(AnalysisResult::keyOf(a));
        ips.sort();
        accounts.sort();
        lines << QStringLiteral("%1 %2 n=%3 %4..%5 ips=%6 accounts=%7")
                     .arg(a.rule, a.subject)
                     .arg(a.count)
                     .arg(a.firstSeenMs)
                     .arg(a.lastSeenMs)
                     .arg(ips.join(QLatin1Char(',')), accounts.join(QLatin1Char(',')));
    }
    lines.sort();
    return lines;
}

bool inTimeOrder(const EventList &events)
{
    return std::is_sorted(events.cbegin(), events.cend(),
                          [](const Event &a, const Event &b) { return a.timeMs < b.timeMs; });
}

// Lines of `path` dealt round-robin into `n` files: each file in time order, the files interleaved.
QStringList split(const QString &path, int n, const QTemporaryDir &dir)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = in.readAll().split('\n');
    QStringList parts;
    QVector<QByteArray> texts(n);
    int i = 0;
    for (const QByteArray &line : lines)
        if (!line.isEmpty())
            texts[i++ % n] += line + '\n';
    for (int k = 0; k < n; ++k) {
        const QString part = dir.filePath(QStringLiteral("part%1.log").arg(k));
        QFile out(part);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(texts[k]);
        parts << part;
    }
    return parts;
}

Event at(qint64 timeMs, const char *account)
{
    Event e;
    e.timeMs = timeMs;
    e.account = QString::fromLatin1(account);
    return e;
}

QString accounts(const EventList &events)
{
    QStringList l;
    for (const Event &e : events)
        l << e.account;
    return l.join(QLatin1Char(' '));
}

} // namespace

class TestAnalyzeStreaming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void interleavedFilesGiveTheWholeLogsAlerts_data()
    {
        QTest::addColumn<QString>("log");
        QTest::newRow("security log, 25 sources") << dataPath("ami-multi/security-20.20.1.log");
        QTest::newRow("messages log, 25 sources") << dataPath("ami-multi/messages-20.20.1.log");
    }

    void interleavedFilesGiveTheWholeLogsAlerts()
    {
        QFETCH(QString, log);
        QTemporaryDir dir;
        const QStringList parts = split(log, 3, dir);
        QCOMPARE(parts.size(), 3);

        const EventList whole = streamAll({log}, QStringLiteral("pbx"));
        const EventList merged = streamAll(parts, QStringLiteral("pbx"));
        QVERIFY(whole.size() > 20);
        QCOMPARE(merged.size(), whole.size());
        QVERIFY(inTimeOrder(merged));
        QStringList a, b;
        for (const Event &e : whole)
            a << e.summary();
        for (const Event &e : merged)
            b << e.summary();
        a.sort();
        b.sort();
        QCOMPARE(b, a);

        const QStringList expected = describe(analyze({log}, QStringLiteral("pbx")));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(describe(analyze(parts, QStringLiteral("pbx"))), expected);
    }

    void formatsMergeInTimeOrder()
    {
        const QStringList files{dataPath("ami-multi/asterisk-20.20.1-multi-distributed.ami"),
                                dataPath("ami-multi/security-20.20.1.log"), dataPath("ami-multi/messages-20.20.1.log")};
        qsizetype sum = 0;
        for (const QString &f : files)
            sum += streamAll({f}, QStringLiteral("pbx")).size();
        const EventList merged = streamAll(files, QStringLiteral("pbx"));
        QCOMPARE(merged.size(), sum);
        QVERIFY(inTimeOrder(merged));
    }

    void mergeIsAStableSortWithinItsWindow()
    {
        // Ties: the earlier source first, then the order within a source; a source a little out
        // of order (fail2ban's "Found IP - TIME" lines) is put in place.
        const EventList first{at(10, "a1"), at(30, "a2"), at(20, "a3"), at(40, "a4")};
        const EventList second{at(10, "b1"), at(20, "b2"), at(20, "b3"), at(50, "b4")};
        std::vector<std::unique_ptr<EventSource>> sources;
        sources.push_back(std::make_unique<EventListSource>(first, 1));
        sources.push_back(std::make_unique<EventListSource>(second, 3));
        EventMerger merger(std::move(sources), 4);
        EventList out;
        while (merger.read(out)) {
        }
        QCOMPARE(accounts(out), QStringLiteral("a1 b1 a3 b2 b3 a2 a4 b4"));

        // Many files at once share one budget of buffered events.
        QCOMPARE(EventMerger::windowFor(1), EventMerger::kDefaultWindow);
        QCOMPARE(EventMerger::windowFor(16), EventMerger::kDefaultWindow);
        QCOMPARE(EventMerger::windowFor(64), EventMerger::kTotalWindow / 64);
        QCOMPARE(EventMerger::windowFor(5000), EventMerger::kMinWindow);
    }

    void oldEvidenceIsFoundInASecondPass()
    {
        // With room for only 8 recent events, the evidence of the alerts is mostly older than that:
        // the addresses and accounts come from a second pass and must be the same.
        const QString log = dataPath("ami-multi/security-20.20.1.log");
        QCOMPARE(describe(analyze({log}, QStringLiteral("pbx"), 8)), describe(analyze({log}, QStringLiteral("pbx"))));
    }

    void prefetchIsBoundedAndStops()
    {
        // A source that never ends: the reading thread stays a few chunks ahead, and stops when
        // the reader goes away mid-source.
        struct Endless : EventSource {
            std::atomic<int> reads{0};
            bool read(EventList &out) override
            {
                ++reads;
                out.append(at(reads, "x"));
                return true;
            }
        };
        auto endless = std::make_unique<Endless>();
        Endless *counter = endless.get();
        {
            PrefetchSource prefetch(std::move(endless), 3);
            EventList out;
            for (int i = 0; i < 10; ++i)
                QVERIFY(prefetch.read(out));
            QCOMPARE(out.size(), 10);
            QCOMPARE(out.last().timeMs, 10);
            QTRY_VERIFY(counter->reads >= 13);
            QTest::qWait(50);
            QVERIFY2(counter->reads <= 14, qPrintable(QString::number(counter->reads)));   // 3 queued, 1 in hand
        }
        // And a finite one ends with false after its last chunk.
        const EventList three{at(1, "a"), at(2, "b"), at(3, "c")};
        PrefetchSource finite(std::make_unique<EventListSource>(three, 2));
        EventList got;
        while (finite.read(got)) {
        }
        QCOMPARE(accounts(got), QStringLiteral("a b c"));

        // Lists handed back are emptied on the reading thread and come back with new events only.
        const EventList many{at(1, "a"), at(2, "b"), at(3, "c"), at(4, "d"), at(5, "e"), at(6, "f"), at(7, "g")};
        PrefetchSource recycling(std::make_unique<EventListSource>(many, 2));
        QStringList seen;
        EventList chunk;
        while (recycling.read(chunk)) {
            QVERIFY(chunk.size() <= 2);
            seen << accounts(chunk);
            recycling.recycle(chunk);
            QVERIFY(chunk.isEmpty());
        }
        QCOMPARE(seen.join(QLatin1Char(' ')), QStringLiteral("a b c d e f g"));
    }

    void bufferedEventsDoNotGrowWithTheLog()
    {
        QTemporaryDir dir;
        qsizetype maxBuffered[2] = {0, 0};
        const int lines[2] = {50000, 400000};
        for (int k = 0; k < 2; ++k) {
            const QString path = dir.filePath(QStringLiteral("messages-%1.log").arg(k));
            QString error;
            QVERIFY2(AnalyzeBench::writeMessagesLog(path, lines[k], &error), qPrintable(error));
            std::vector<std::unique_ptr<EventSource>> sources;
            sources.push_back(CaptureStream::open(path, QStringLiteral("bench"), CaptureReader::Format::Auto, &error));
            QVERIFY2(sources.back(), qPrintable(error));
            EventMerger merger(std::move(sources));
            qint64 events = 0;
            EventList chunk;
            while (merger.read(chunk)) {
                events += chunk.size();
                chunk.clear();
            }
            QCOMPARE(events, qint64(lines[k]) * 6 / 10);   // 6 lines in 10 are failures
            maxBuffered[k] = merger.maxBufferedEvents();
        }
        // The window of the merge plus one block of the file, whatever the file's length.
        const qsizetype bound = EventMerger::kDefaultWindow + CaptureStream::kBlockBytes / 100;
        QVERIFY2(maxBuffered[0] <= bound, qPrintable(QString::number(maxBuffered[0])));
        QVERIFY2(maxBuffered[1] <= bound, qPrintable(QString::number(maxBuffered[1])));
        QVERIFY2(maxBuffered[1] <= maxBuffered[0] + 64,
                 qPrintable(QStringLiteral("%1 events held for %2 lines, %3 for %4")
                                .arg(maxBuffered[0]).arg(lines[0]).arg(maxBuffered[1]).arg(lines[1])));
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeStreaming)
#include "TestAnalyzeStreaming.moc"
