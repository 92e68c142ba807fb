#include "ForwardBench.h"

#include "forward/ForwardFormatter.h"
#include "forward/ForwardQueue.h"

#include <QElapsedTimer>
#include <QFile>

namespace tg {

namespace {
double perSec(qint64 n, qint64 ns)
{
    return ns > 0 ? n * 1e9 / double(ns) : 0;
}

Alert sampleAlert(int i)
{
    Alert a;
    a.id = i;
    a.pbx = QStringLiteral("pbx-%1").arg(i % 20);
    a.rule = QStringLiteral("brute_force_ip");
    a.subject = QStringLiteral("203.0.113.%1").arg(i % 250);
    a.severity = Severity(i % 5);
    a.firstSeenMs = 1714564800000 + i;
    a.lastSeenMs = a.firstSeenMs + 60000;
    a.count = 10 + i % 100;
    a.title = QStringLiteral("Brute force from 203.0.113.%1 \"sip\" [x]").arg(i % 250);
    a.explanation = QStringLiteral("12 failed registrations in 60 s for accounts 100, 101, 102; fail2ban's "
                                   "asterisk jail would ban at 10 in 10 min.");
    a.suggestedAction = QStringLiteral("Block the address on the PBX.");
    return a;
}
} // namespace

ForwardBenchResult runForwardBench(const QString &queuePath, int count)
{
    ForwardBenchResult r;
    r.messages = count;
    const ForwardFormatter f(QStringLiteral("bench-host"));
    const QString uid = ForwardFormatter::newUid();
    QVector<QByteArray> messages;
    messages.reserve(count);
    QElapsedTimer t;

    t.start();
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i)
        bytes += f.alert(sampleAlert(i), AlertChange::Opened, ForwardFormat::Cef, 0, uid).size();
    r.cefPerSec = perSec(count, t.nsecsElapsed());

    t.restart();
    for (int i = 0; i < count; ++i)
        messages.append(f.alert(sampleAlert(i), AlertChange::Opened, ForwardFormat::Json, 0, uid));
    r.jsonPerSec = perSec(count, t.nsecsElapsed());
    for (const QByteArray &m : messages)
        bytes += m.size();
    r.avgBytes = count > 0 ? int(bytes / (2 * count)) : 0;

    QFile::remove(queuePath);
    ForwardQueue q(queuePath, qint64(count) * 3);
    if (!q.open(&r.error))
        return r;
    // Alerts arrive one at a time: one transaction each. A tenth of them is enough to measure.
    const int single = qMax(1, count / 10);
    t.restart();
    for (int i = 0; i < single; ++i)
        q.append({messages.at(i)}, {});
    r.queuedPerSec = perSec(single, t.nsecsElapsed());

    t.restart();
    for (int i = 0; i < count; i += 500)
        q.append(messages.mid(i, 500), {});
    r.queuedBatchPerSec = perSec(count, t.nsecsElapsed());

    t.restart();
    qint64 drained = 0;
    for (;;) {
        const auto items = q.peek(256);
        if (items.isEmpty())
            break;
        QVector<qint64> ids;
        for (const auto &item : items)
            ids.append(item.id);
        q.remove(ids);
        drained += ids.size();
    }
    r.drainedPerSec = perSec(drained, t.nsecsElapsed());
    r.ok = true;
    return r;
}

} // namespace tg
