#include "DemoCapture.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>

namespace tg {

namespace {

const QByteArray kTimestamp("Timestamp: ");

// Microseconds since the epoch from "1795742858.293210"; 0 when absent.
qint64 parseMicros(QByteArrayView v)
{
    const qsizetype dot = v.indexOf('.');
    bool ok = false;
    const qint64 secs = (dot < 0 ? v : v.first(dot)).toLongLong(&ok);
    if (!ok)
        return 0;
    qint64 us = 0;
    if (dot >= 0) {
        const QByteArrayView frac = v.sliced(dot + 1);
        for (int i = 0; i < 6; ++i)
            us = us * 10 + (i < frac.size() && frac[i] >= '0' && frac[i] <= '9' ? frac[i] - '0' : 0);
    }
    return secs * 1000000 + us;
}

QByteArray formatMicros(qint64 us)
{
    return QByteArray::number(us / 1000000) + '.' + QByteArray::number(us % 1000000).rightJustified(6, '0');
}

// Shifts every "Timestamp:" line by deltaUs; returns the last timestamp seen (after the shift).
qint64 shiftTimestamps(QByteArray &bytes, qint64 deltaUs)
{
    qint64 last = 0;
    QList<QByteArray> lines = bytes.split('\n');
    for (QByteArray &line : lines) {
        if (!line.startsWith(kTimestamp))
            continue;
        const bool cr = line.endsWith('\r');
        const qint64 t = parseMicros(QByteArrayView(line).sliced(kTimestamp.size(), line.size() - kTimestamp.size() - (cr ? 1 : 0)));
        if (!t)
            continue;
        last = t + deltaUs;
        line = kTimestamp + formatMicros(last) + (cr ? "\r" : "");
    }
    bytes = lines.join('\n');
    return last;
}

qint64 firstTimestamp(const QByteArray &bytes)
{
    const qsizetype at = bytes.indexOf("\n" + kTimestamp);
    if (at < 0)
        return 0;
    const qsizetype start = at + 1 + kTimestamp.size();
    const qsizetype end = bytes.indexOf('\n', start);
    return parseMicros(QByteArrayView(bytes).sliced(start, (end < 0 ? bytes.size() : end) - start).trimmed());
}

// Everything after the banner and the recorder's login reply.
QByteArray withoutHead(const QByteArray &bytes)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : bytes.mid(end + 4);
}

} // namespace

QStringList DemoCapture::parts()
{
    return {QStringLiteral(":/demo/multi-session-full.ami"), QStringLiteral(":/demo/calls.ami")};
}

QByteArray DemoCapture::build(QString *error, qint64 gapMs)
{
    QByteArray out;
    qint64 lastUs = 0;
    for (const QString &path : parts()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("tg::DemoCapture", "The demo capture %1 is missing from this build.").arg(path);
            return {};
        }
        QByteArray part = f.readAll();
        if (out.isEmpty()) {
            lastUs = shiftTimestamps(part, 0);
            out = part;
            continue;
        }
        part = withoutHead(part);
        const qint64 first = firstTimestamp(part);
        const qint64 delta = first ? lastUs + gapMs * 1000 - first : 0;
        const qint64 last = shiftTimestamps(part, delta);
        if (last)
            lastUs = last;
        if (!out.endsWith("\r\n\r\n"))
            out += "\r\n";
        out += part;
    }
    return out;
}

} // namespace tg
