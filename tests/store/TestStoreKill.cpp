// A writer process killed with SIGKILL mid-batch loses nothing it reported committed.
// The test binary re-runs itself as the child (argument --store-kill-child PATH).

#include "StoreTestUtil.h"

#include "store/Database.h"
#include "store/StoreWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using namespace tg;
using namespace tg::testutil;

namespace {

const char kChildArg[] = "--store-kill-child";

// Appends as fast as a busy engine and prints "committed <id>" after every transaction.
int runChild(const QString &path)
{
    StoreWriter writer(path);
    writer.setRetentionDays(0);
    writer.setFlushIntervalMs(50);
    QString error;
    if (!writer.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    QObject::connect(&writer, &StoreWriter::committed, &writer, [&writer](int, int) {
        std::printf("committed %lld\n", static_cast<long long>(writer.lastCommittedEventId()));
        std::fflush(stdout);
    });
    qint64 n = 0;
    QTimer pump;
    QObject::connect(&pump, &QTimer::timeout, &writer, [&] {
        EventList chunk;
        chunk.reserve(100);
        for (int i = 0; i < 100; ++i, ++n)
            chunk.append(makeEvent(1700000000000LL + n, QStringLiteral("198.51.100.%1").arg(n % 250)));
        writer.appendEvents(chunk);
    });
    pump.start(2);
    QTimer::singleShot(30000, qApp, &QCoreApplication::quit); // never outlive a lost parent
    return QCoreApplication::exec();
}

} // namespace

class TestStoreKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killMidBatchLosesNothingCommitted_data()
    {
        QTest::addColumn<int>("killAfterCommits");
        QTest::newRow("early") << 3;
        QTest::newRow("later") << 6;
    }

    void killMidBatchLosesNothingCommitted()
    {
#ifndef Q_OS_UNIX
        QSKIP("SIGKILL is POSIX; this platform has no equivalent abrupt kill for the child");
#else
        QFETCH(int, killAfterCommits);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("kill.sqlite"));

        qint64 lastReported = 0;
        for (int round = 0; round < 2; ++round) { // the second round continues the same file
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QString::fromLatin1(kChildArg), path});
            QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));

            int commits = 0;
            QByteArray buffer;
            QElapsedTimer timer;
            timer.start();
            auto consume = [&] {
                buffer += child.readAllStandardOutput();
                int nl;
                while ((nl = buffer.indexOf('\n')) >= 0) {
                    const QByteArray line = buffer.left(nl).trimmed();
                    buffer.remove(0, nl + 1);
                    if (line.startsWith("committed ")) {
                        const qint64 id = line.mid(10).toLongLong();
                        QVERIFY(id >= lastReported);
                        lastReported = id;
                        ++commits;
                    }
                }
            };
            while (commits < killAfterCommits && timer.elapsed() < 20000
                   && child.state() == QProcess::Running) {
                child.waitForReadyRead(200);
                consume();
            }
            QVERIFY2(commits >= killAfterCommits,
                     qPrintable(QStringLiteral("child reported %1 commits: %2")
                                    .arg(commits)
                                    .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
            // Land somewhere inside the next batch.
            QTest::qWait(7 + 11 * round);
            QCOMPARE(::kill(static_cast<pid_t>(child.processId()), SIGKILL), 0);
            QVERIFY(child.waitForFinished(5000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            consume(); // lines written before the kill are still in the pipe
            QVERIFY(lastReported > 0);

            const QString c = QStringLiteral("kill-check-%1-%2").arg(killAfterCommits).arg(round);
            const DbOpenResult r = Database::open(path, c);
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(text(c, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
            // Every id up to the last reported one is there: nothing committed was lost.
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM events WHERE id <= %1").arg(lastReported)),
                     lastReported);
            QVERIFY(scalar(c, QStringLiteral("SELECT max(id) FROM events")) >= lastReported);
            Database::close(c);
        }
#endif
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], kChildArg) == 0)
        return runChild(QString::fromLocal8Bit(argv[2]));
    TestStoreKill test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestStoreKill.moc"
