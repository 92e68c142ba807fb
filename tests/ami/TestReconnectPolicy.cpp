#include "common/ReconnectPolicy.h"

#include <QTest>

using namespace tg;

class TestReconnectPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growsAndCaps()
    {
        ReconnectPolicy::Settings s;
        s.minDelayMs = 1000;
        s.maxDelayMs = 30000;
        s.factor = 2.0;
        s.jitter = 0.5;
        ReconnectPolicy p(s, [] { return 0.0; });   // no jitter drawn: the upper bound itself
        const QList<int> expected = {1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000};
        for (int e : expected)
            QCOMPARE(p.nextDelayMs(), e);
        QCOMPARE(p.attempts(), expected.size());
    }

    void jitterOnlyShortens()
    {
        ReconnectPolicy::Settings s;
        s.minDelayMs = 1000;
        s.maxDelayMs = 8000;
        s.jitter = 0.5;
        ReconnectPolicy p(s, [] { return 0.999999; });
        QCOMPARE(p.nextDelayMs(), 500);
        QCOMPARE(p.nextDelayMs(), 1000);
        QCOMPARE(p.nextDelayMs(), 2000);
        QCOMPARE(p.nextDelayMs(), 4000);
        QCOMPARE(p.nextDelayMs(), 4000);   // capped at max, then jittered down
    }

    void randomStaysInBounds()
    {
        ReconnectPolicy p;   // defaults, real random source
        for (int i = 0; i < 200; ++i) {
            const int bound = p.upperBoundMs(p.attempts());
            const int d = p.nextDelayMs();
            QVERIFY(d <= bound);
            QVERIFY(d >= int(bound * (1.0 - p.settings().jitter)) - 1);
            QVERIFY(d <= p.settings().maxDelayMs);
        }
    }

    void resetStartsOver()
    {
        ReconnectPolicy::Settings s;
        s.jitter = 0.0;
        ReconnectPolicy p(s);
        p.nextDelayMs();
        p.nextDelayMs();
        QCOMPARE(p.nextDelayMs(), 4000);
        p.reset();
        QCOMPARE(p.attempts(), 0);
        QCOMPARE(p.nextDelayMs(), 1000);
    }

    void sanitizesSettings()
    {
        ReconnectPolicy::Settings s;
        s.minDelayMs = -5;
        s.maxDelayMs = -10;
        s.factor = 0.1;
        s.jitter = 7;
        ReconnectPolicy p(s, [] { return 2.0; });   // out-of-range randomness is clamped too
        QCOMPARE(p.settings().minDelayMs, 0);
        QCOMPARE(p.settings().maxDelayMs, 0);
        QCOMPARE(p.settings().factor, 1.0);
        QCOMPARE(p.settings().jitter, 1.0);
        for (int i = 0; i < 2000; ++i)   // no overflow after many attempts
            QCOMPARE(p.nextDelayMs(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReconnectPolicy)
#include "TestReconnectPolicy.moc"
