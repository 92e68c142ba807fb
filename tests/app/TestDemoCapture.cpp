#include "capture/CaptureReader.h"
#include "demo/DemoCapture.h"

#include <QFile>
#include <QtTest>

using namespace tg;

// The Demo PBX's script is the real captures, joined: nothing lost, time only moving forward.
class TestDemoCapture : public QObject
{
    Q_OBJECT

    static int countEvents(const QByteArray &bytes) { return int(CaptureReader::readAmi(bytes, QStringLiteral("demo")).events.size()); }

private Q_SLOTS:
    void joinsPartsWithoutLosingEvents()
    {
        QString error;
        const QByteArray script = DemoCapture::build(&error);
        QVERIFY2(!script.isEmpty(), qPrintable(error));
        int expected = 0;
        for (const QString &part : DemoCapture::parts()) {
            QFile f(part);
            QVERIFY(f.open(QIODevice::ReadOnly));
            expected += countEvents(f.readAll());
        }
        // Each part's FullyBooted is kept; nothing is dropped at the seams.
        QCOMPARE(countEvents(script), expected);
        QCOMPARE(script.count("Asterisk Call Manager/"), 1);
    }

    void timestampsNeverGoBack()
    {
        QString error;
        const EventList events = CaptureReader::readAmi(DemoCapture::build(&error), QStringLiteral("demo")).events;
        QVERIFY(events.size() >= 420);   // 372 + 48 normalized Events
        qint64 previous = 0;
        for (const Event &e : events) {
            if (!e.raw.contains("\nTimestamp: "))
                continue;   // FullyBooted carries no time of its own
            QVERIFY2(e.timeMs + 1000 >= previous, qPrintable(e.summary()));
            previous = e.timeMs;
        }
        // The international calls of the second part are there.
        int international = 0;
        for (const Event &e : events)
            international += e.kind == EventKind::CallStart && e.destination.startsWith(QLatin1String("00"));
        QCOMPARE(international, 2);
    }
};

QTEST_GUILESS_MAIN(TestDemoCapture)
#include "TestDemoCapture.moc"
