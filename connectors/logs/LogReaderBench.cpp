#include "LogReaderBench.h"

#include "AsteriskSecurityLogReader.h"

#include <QElapsedTimer>

namespace tg {

LogReaderBench::Result LogReaderBench::runSecurityLog(int lines)
{
    static const char *const kNames[] = {"ChallengeSent", "InvalidPassword", "InvalidAccountID",
                                         "SuccessfulAuth", "FailedACL"};
    QByteArray text;
    text.reserve(qsizetype(lines) * 360);
    for (int i = 0; i < lines; ++i) {
        const QByteArray addr = i % 7 == 0
            ? QByteArray("IPV6/UDP/2001:db8::") + QByteArray::number(i % 250, 16) + "/5060"
            : QByteArray("IPV4/UDP/203.0.113.") + QByteArray::number(i % 250) + "/5060";
        const int sec = i % 60;
        const QByteArray ss = (sec < 10 ? "0" : "") + QByteArray::number(sec);
        text += "[2026-11-27 01:27:" + ss + ".301] SECURITY[4744] res_security_log.c: SecurityEvent=\""
              + kNames[i % 5] + "\",EventTV=\"2026-11-27T01:27:" + ss
              + ".301+0000\",Severity=\"Error\",Service=\"SIP\",EventVersion=\"2\",AccountID=\""
              + QByteArray::number(1000 + i % 40) + "\",SessionID=\"0x7f4b4c009710\","
              + "LocalAddress=\"IPV4/UDP/192.0.2.1/5060\",RemoteAddress=\"" + addr
              + "\",Challenge=\"7ac4ce45\",ReceivedChallenge=\"7ac4ce45\"\n";
    }
    AsteriskSecurityLogReader reader(QStringLiteral("bench"));
    EventList out;
    out.reserve(lines);
    QElapsedTimer timer;
    timer.start();
    for (qsizetype pos = 0; pos < text.size(); pos += 64 * 1024)
        reader.feed(QByteArrayView(text).sliced(pos, qMin<qsizetype>(64 * 1024, text.size() - pos)), out);
    reader.finish(out);
    Result r;
    r.elapsedMs = qMax<qint64>(1, timer.elapsed());
    r.lines = reader.stats().lines;
    r.events = qint64(out.size());
    r.linesPerSecond = double(r.lines) * 1000.0 / double(r.elapsedMs);
    return r;
}

} // namespace tg
