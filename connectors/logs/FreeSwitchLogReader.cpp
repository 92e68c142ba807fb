#include "FreeSwitchLogReader.h"

#include "AsteriskMessagesLogReader.h"
#include "LogSanitizer.h"

namespace tg {

namespace {

constexpr qint64 kSameAttemptMs = 2000;   // both lines of one unknown-user attempt come together

bool isUuid(QByteArrayView v)
{
    if (v.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char c = v[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

// Text between `open` and `close` right after `prefix` at the start of `s`; *after past it.
QByteArrayView between(QByteArrayView s, QByteArrayView prefix, char close, qsizetype *after)
{
    if (!s.startsWith(prefix))
        return {};
    const qsizetype end = s.indexOf(close, prefix.size());
    if (end < 0)
        return {};
    *after = end + 1;
    return s.sliced(prefix.size(), end - prefix.size());
}

} // namespace

FreeSwitchLogReader::FreeSwitchLogReader(QString pbx, QTimeZone zone, const Clock &clock, int maxLineBytes)
    : LogReader(std::move(pbx), std::move(zone), clock, maxLineBytes)
{
}

bool FreeSwitchLogReader::looksLike(QByteArrayView head)
{
    // "2026-11-27 01:42:47.622065 [NOTICE] file.c:12 ..." with or without "97.07% " and a UUID first.
    qsizetype pos = 0;
    if (head.size() > 37 && head[36] == ' ' && isUuid(head.first(36)))
        pos = 37;
    const QByteArrayView line = head.sliced(pos, qMin<qsizetype>(head.size() - pos, 200));
    if (line.size() < 30 || line[4] != '-' || line[10] != ' ' || line[19] != '.')
        return false;
    const qsizetype bracket = line.indexOf(" [");
    if (bracket < 26 || bracket > 40)
        return false;
    const QByteArrayView level = line.sliced(bracket + 2);
    for (const char *l : {"CONSOLE]", "ALERT]", "CRIT]", "ERR]", "WARNING]", "NOTICE]", "INFO]", "DEBUG]"})
        if (level.startsWith(QByteArrayView(l)))
            return true;
    return false;
}

bool FreeSwitchLogReader::unknownUserAlreadyCounted(const QByteArray &key, qint64 timeMs)
{
    auto it = m_unknownUsers.find(key);
    if (it == m_unknownUsers.end())
        return false;
    const bool same = timeMs - it.value() <= kSameAttemptMs;
    m_unknownUsers.erase(it);
    return same;
}

bool FreeSwitchLogReader::mayMatter(QByteArrayView line) const
{
    // Every line parseLine reads is a warning of sofia_reg.c.
    return has(line, "sofia_reg.c:");
}

void FreeSwitchLogReader::parseLine(QByteArrayView line, QByteArrayView raw, bool truncated, EventList &out)
{
    QByteArrayView rest = line;
    if (rest.size() > 37 && rest[36] == ' ' && isUuid(rest.first(36)))
        rest = rest.sliced(37);
    qsizetype timeLen = 0;
    const qint64 t = parseLocalTime(rest, &timeLen);
    if (!t)
        return;   // continuation lines and banners carry no time
    rest = rest.sliced(timeLen);
    // Only warnings from sofia_reg.c matter: find the level and the source file.
    const qsizetype level = rest.indexOf(" [WARN");
    if (level < 0 || level > 12)
        return;
    qsizetype file = rest.indexOf("sofia_reg.c:", level);
    if (file < 0 || file > level + 30)
        return;
    const qsizetype msgStart = rest.indexOf(' ', file);
    if (msgStart < 0)
        return;
    const QByteArrayView msg = rest.sliced(msgStart + 1);

    Event e = makeEvent(EventKind::AuthFailure, raw);
    e.timeMs = t;
    e.service = QStringLiteral("SIP");
    QByteArrayView target;   // user@host in brackets
    QByteArrayView method;
    QByteArrayView ip;
    QByteArrayView profile;
    bool unknownUser = false;
    if (msg.startsWith("SIP auth failure (") || msg.startsWith("SIP auth challenge (")) {
        const bool challenge = msg.startsWith("SIP auth challenge (");
        qsizetype after = 0;
        method = between(msg, challenge ? QByteArrayView("SIP auth challenge (") : QByteArrayView("SIP auth failure ("),
                         ')', &after);
        QByteArrayView tail = msg.sliced(after);
        qsizetype p = 0;
        profile = between(tail, " on sofia profile '", '\'', &p);
        if (profile.isEmpty())
            return;
        tail = tail.sliced(p);
        target = between(tail, " for [", ']', &p);
        if (p == 0)
            return;
        tail = tail.sliced(p);
        if (!tail.startsWith(" from ip "))
            return;
        ip = tail.sliced(9);
        e.kind = challenge ? EventKind::AuthChallenge : EventKind::AuthFailure;
        e.type = challenge ? QStringLiteral("ChallengeSent") : QStringLiteral("InvalidPassword");
    } else if (msg.startsWith("Can't find user [")) {
        qsizetype after = 0;
        target = between(msg, "Can't find user [", ']', &after);
        const QByteArrayView tail = msg.sliced(after);
        if (!tail.startsWith(" from "))
            return;
        ip = tail.sliced(6);
        unknownUser = true;
        e.type = QStringLiteral("InvalidAccountID");
    } else {
        return;
    }
    const qsizetype space = ip.indexOf(' ');
    if (space >= 0)
        ip = ip.first(space);
    if (!address(ip, &e.srcIp, &e.srcPort))
        return;
    const qsizetype at = target.lastIndexOf('@');
    const QByteArrayView user = at >= 0 ? target.first(at) : target;
    const QByteArray key = target.toByteArray() + ' ' + e.srcIp.toLatin1();
    if (unknownUser) {
        if (m_unknownUsers.size() >= kMaxPending)
            m_unknownUsers.clear();
        m_unknownUsers.insert(key, t);
    } else if (e.kind == EventKind::AuthFailure && unknownUserAlreadyCounted(key, t)) {
        return;   // the second line of an unknown-user attempt
    }
    if (method.isEmpty() || method == "REGISTER")
        e.account = text(user);
    else
        e.destination = text(user);   // INVITE: the bracketed user is the number dialed
    QStringList detail;
    if (!method.isEmpty())
        detail << text(method);
    if (!profile.isEmpty())
        detail << QStringLiteral("profile ") + text(profile);
    if (unknownUser)
        detail << QStringLiteral("no such user");
    e.detail = detail.join(QStringLiteral(", "));
    if (truncated)
        e.detail += QStringLiteral(" (line cut: too long)");
    out.append(e);
}

} // namespace tg
