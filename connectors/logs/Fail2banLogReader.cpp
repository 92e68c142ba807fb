#include "Fail2banLogReader.h"

#include "AsteriskMessagesLogReader.h"
#include "LogSanitizer.h"

namespace tg {

namespace {

// The message after "fail2ban.NAME [PID]: LEVEL"; empty when the line is not fail2ban's.
QByteArrayView messageOf(QByteArrayView rest)
{
    rest = rest.trimmed();
    if (!rest.startsWith("fail2ban."))
        return {};
    const qsizetype colon = rest.indexOf("]: ");
    if (colon < 0 || colon > 80)
        return {};
    QByteArrayView tail = rest.sliced(colon + 3).trimmed();
    const qsizetype sp = tail.indexOf(' ');   // the level
    return sp < 0 ? QByteArrayView() : tail.sliced(sp + 1).trimmed();
}

} // namespace

Fail2banLogReader::Fail2banLogReader(QString pbx, QTimeZone zone, const Clock &clock, int maxLineBytes)
    : LogReader(std::move(pbx), std::move(zone), clock, maxLineBytes)
{
}

bool Fail2banLogReader::looksLike(QByteArrayView head)
{
    // "2026-11-27 10:30:58,309 fail2ban.server ..."
    return head.size() > 34 && head[4] == '-' && head[10] == ' ' && head[19] == ','
           && head.sliced(23).startsWith(" fail2ban.");
}

QString Fail2banLogReader::serviceOfJail(const QString &jail)
{
    const QString j = jail.toLower();
    if (j.contains(QLatin1String("asterisk")) || j.contains(QLatin1String("freeswitch")) || j.contains(QLatin1String("sip"))
        || j.contains(QLatin1String("voip")))
        return QStringLiteral("SIP");
    if (j.startsWith(QLatin1String("ssh")))
        return QStringLiteral("SSH");
    return jail;
}

bool Fail2banLogReader::mayMatter(QByteArrayView line) const
{
    // Found, Ban, Restore Ban, Increase Ban, Reban, Unban: all parseLine reads.
    return has(line, "] Found ") || has(line, "Ban ") || has(line, "ban ");
}

void Fail2banLogReader::parseLine(QByteArrayView line, QByteArrayView raw, bool truncated, EventList &out)
{
    qsizetype timeLen = 0;
    const qint64 t = parseLocalTime(line, &timeLen);
    if (!t)
        return;
    const QByteArrayView msg = messageOf(line.sliced(timeLen));
    // "[jail] Verb IP ..."
    if (!msg.startsWith('['))
        return;
    const qsizetype close = msg.indexOf("] ");
    if (close < 2 || close > 100)
        return;
    const QByteArrayView jail = msg.sliced(1, close - 1);
    QByteArrayView body = msg.sliced(close + 2);

    Event e = makeEvent(EventKind::Raw, raw);
    e.timeMs = t;
    QByteArrayView ipText;
    if (body.startsWith("Found ")) {
        body = body.sliced(6);
        const qsizetype sp = body.indexOf(' ');
        ipText = sp < 0 ? body : body.first(sp);
        e.kind = EventKind::AuthFailure;
        e.type = QStringLiteral("Fail2banFound");
        // "Found IP - 2026-11-27 01:48:01": the failure's own time
        if (sp >= 0 && body.sliced(sp).startsWith(" - "))
            if (const qint64 failed = parseLocalTime(body.sliced(sp + 3)))
                e.timeMs = failed;
    } else {
        for (const char *verb : {"Ban ", "Restore Ban ", "Increase Ban ", "Reban ", "Unban "}) {
            if (body.startsWith(QByteArrayView(verb))) {
                ipText = body.sliced(qstrlen(verb));
                e.type = QByteArrayView(verb) == "Unban " ? QStringLiteral("Fail2banUnban") : QStringLiteral("Fail2banBan");
                e.detail = QString::fromLatin1(verb).trimmed();
                break;
            }
        }
        if (e.type.isEmpty())
            return;   // "already banned", "Flush ticket(s)", start-up lines
        const qsizetype sp = ipText.indexOf(' ');
        if (sp >= 0)
            ipText = ipText.first(sp);
        const qsizetype comma = ipText.indexOf(',');
        if (comma >= 0)
            ipText = ipText.first(comma);
    }
    if (!address(ipText, &e.srcIp, &e.srcPort))
        return;
    const QString jailName = LogSanitizer::cleanText(jail, 64);
    e.service = serviceOfJail(jailName);
    e.detail = (e.detail.isEmpty() ? QString() : e.detail + QStringLiteral(", ")) + QStringLiteral("jail ") + jailName;
    if (truncated)
        e.detail += QStringLiteral(" (line cut: too long)");
    out.append(e);
}

} // namespace tg
