#include "AsteriskMessagesLogReader.h"

#include "LogSanitizer.h"

#include <iterator>

namespace tg {

namespace {

struct Reason {
    const char *text;     // start of the reason after " - "
    EventKind kind;
    const char16_t *type;
};
// chan_sip (sip_report_security_event / register_verify) and res_pjsip's distributor.
constexpr Reason kReasons[] = {
    {"Wrong password", EventKind::AuthFailure, u"InvalidPassword"},
    {"No matching peer found", EventKind::AuthFailure, u"InvalidAccountID"},
    {"No matching endpoint found", EventKind::AuthFailure, u"InvalidAccountID"},
    {"Username/auth name mismatch", EventKind::AuthFailure, u"InvalidAccountID"},
    {"Failed to authenticate", EventKind::AuthFailure, u"ChallengeResponseFailed"},
    {"Error to authenticate", EventKind::AuthFailure, u"ChallengeResponseFailed"},
    {"Device does not match ACL", EventKind::AclReject, u"FailedACL"},
    {"Not match Endpoint ACL", EventKind::AclReject, u"FailedACL"},
    {"Not match Endpoint Contact ACL", EventKind::AclReject, u"FailedACL"},
    {"Peer is not supposed to register", EventKind::AclReject, u"RequestNotAllowed"},
    {"Not a local domain", EventKind::AclReject, u"RequestNotAllowed"},
    {"ACL error", EventKind::AclReject, u"FailedACL"},
};

// Text between the quotes that start at `pos` (which points at the opening quote).
QByteArrayView quoted(QByteArrayView s, qsizetype pos, qsizetype *after)
{
    if (pos < 0 || pos >= s.size() || s[pos] != '\'')
        return {};
    const qsizetype close = LogReader::indexOf(s, '\'', pos + 1);
    if (close < 0)
        return {};
    *after = close + 1;
    return s.sliced(pos + 1, close - pos - 1);
}

// "<sip:1001@pbx>" or "\"Bob\" <sip:1001@pbx>;tag=x" -> "1001".
QByteArrayView userOfUri(QByteArrayView uri)
{
    qsizetype p = LogReader::indexOf(uri, "sip:");
    qsizetype skip = 4;
    if (p < 0) {
        p = LogReader::indexOf(uri, "sips:");
        skip = 5;
    }
    if (p < 0)
        return {};
    QByteArrayView rest = uri.sliced(p + skip);
    const qsizetype at = LogReader::indexOf(rest, '@');
    if (at <= 0)
        return {};
    rest = rest.first(at);
    const qsizetype semi = LogReader::indexOf(rest, ';');
    return semi >= 0 ? rest.first(semi) : rest;
}

// A reason's event type over its static text: copying it (every event does) costs no reference
// count, which two threads would otherwise pass back and forth.
QString typeName(int reason)
{
    const char16_t *type = kReasons[reason].type;
    return QString::fromRawData(reinterpret_cast<const QChar *>(type), qsizetype(std::char_traits<char16_t>::length(type)));
}

} // namespace

AsteriskMessagesLogReader::AsteriskMessagesLogReader(QString pbx, QTimeZone zone, const Clock &clock,
                                                     int maxLineBytes)
    : LogReader(std::move(pbx), std::move(zone), clock, maxLineBytes)
{
}

bool AsteriskMessagesLogReader::readSipLine(QByteArrayView msg, SipLine *l)
{
    // chan_sip.c: Registration from 'URI' failed for 'HOST:PORT' - REASON
    // res_pjsip:  Request 'METHOD' from 'URI' failed for 'HOST:PORT' (callid: X) - REASON
    qsizetype pos = 0;
    if (msg.startsWith("Registration from '")) {
        pos = 18;
        l->pjsip = false;
        l->method = "REGISTER";
    } else if (msg.startsWith("Request '")) {
        qsizetype after = 0;
        l->method = quoted(msg, 8, &after);
        if (l->method.isEmpty() || !msg.sliced(after).startsWith(" from '"))
            return false;
        pos = after + 6;
        l->pjsip = true;
    } else {
        return false;
    }
    // The URI is attacker-chosen and may contain quotes; the address part is ours to find.
    const qsizetype failed = lastIndexOf(msg, "' failed for '");
    if (failed < pos)
        return false;
    l->uri = msg.sliced(pos + 1, failed - pos - 1);
    qsizetype after = 0;
    l->hostPort = quoted(msg, failed + 13, &after);
    const qsizetype dash = indexOf(msg, " - ", after);
    l->reason = dash >= 0 ? msg.sliced(dash + 3) : QByteArrayView();
    return true;
}

bool AsteriskMessagesLogReader::sipFailure(const SipLine &l, Event &e) const
{
    if (!address(l.hostPort, &e.srcIp, &e.srcPort))
        return false;
    e.service = l.pjsip ? QStringLiteral("PJSIP") : QStringLiteral("SIP");
    e.kind = EventKind::AuthFailure;
    e.type = QStringLiteral("RegistrationFailed");
    for (int i = 0; i < int(std::size(kReasons)); ++i) {
        if (l.reason.startsWith(QByteArrayView(kReasons[i].text))) {
            e.kind = kReasons[i].kind;
            e.type = typeName(i);
            break;
        }
    }
    e.account = text(userOfUri(l.uri));
    e.detail = text(l.reason);
    if (l.method != "REGISTER")
        e.detail = text(l.method) + QStringLiteral(": ") + e.detail;
    return true;
}

bool AsteriskMessagesLogReader::readManagerLine(QByteArrayView msg, ManagerLine *l)
{
    // "IP failed to authenticate as 'USER'" / "IP tried to authenticate with nonexistent user 'USER'"
    // chan_iax2: "Host IP failed to authenticate as USER"
    l->iax = msg.startsWith("Host ");
    const QByteArrayView body = l->iax ? msg.sliced(5) : msg;
    const qsizetype sp = body.indexOf(' ');
    if (sp <= 0)
        return false;
    l->ip = body.first(sp);
    l->tail = body.sliced(sp + 1);
    if (l->tail.startsWith("failed to authenticate as ")) {
        l->user = l->tail.sliced(26);
        l->nonexistent = false;
    } else if (!l->iax && l->tail.startsWith("tried to authenticate with nonexistent user ")) {
        l->user = l->tail.sliced(44);
        l->nonexistent = true;
    } else {
        return false;
    }
    if (l->user.size() >= 2 && l->user.startsWith('\'') && l->user.endsWith('\''))
        l->user = l->user.sliced(1, l->user.size() - 2);
    return true;
}

bool AsteriskMessagesLogReader::managerFailure(const ManagerLine &l, QByteArrayView thread, Event &e)
{
    if (!address(l.ip, &e.srcIp, &e.srcPort))
        return false;
    // "thread ip user" of the last nonexistent-user line: compared piece by piece, built only for such a line.
    const QByteArrayView last(m_lastNonexistent);
    const bool sameAttempt = last.size() == thread.size() + l.ip.size() + l.user.size() + 2 && last.startsWith(thread)
                             && last[thread.size()] == ' ' && last.sliced(thread.size() + 1).startsWith(l.ip)
                             && last[thread.size() + 1 + l.ip.size()] == ' ' && last.endsWith(l.user);
    if (!l.nonexistent && sameAttempt) {
        m_lastNonexistent.clear();
        return false;   // the second line of an attempt already counted
    }
    if (l.nonexistent)
        m_lastNonexistent = thread.toByteArray() + ' ' + l.ip.toByteArray() + ' ' + l.user.toByteArray();
    else if (!m_lastNonexistent.isEmpty())
        m_lastNonexistent.clear();
    e.service = l.iax ? QStringLiteral("IAX2") : QStringLiteral("AMI");
    e.kind = EventKind::AuthFailure;
    e.type = l.nonexistent ? QStringLiteral("InvalidAccountID") : QStringLiteral("InvalidPassword");
    e.account = text(l.user);
    e.transport = l.iax ? QStringLiteral("UDP") : QStringLiteral("TCP");
    e.detail = text(l.tail.first(qMin<qsizetype>(l.tail.size(), 200)));
    return true;
}

void AsteriskMessagesLogReader::parseLine(QByteArrayView line, QByteArrayView raw, bool truncated,
                                          EventList &out)
{
    QByteArrayView stamp, rest;
    if (!splitBracket(line, &stamp, &rest))
        return;
    // "NOTICE[4740] chan_sip.c: message" or "NOTICE[5301][C-00000008] chan_sip.c: message".
    // Most lines of a busy log are left at one of these cheap checks, before any search of the line.
    const qsizetype lb = indexOf(rest.first(qMin<qsizetype>(rest.size(), 8)), '[');
    if (lb < 0)
        return;
    const QByteArrayView level = rest.first(lb);
    if (level != "NOTICE" && level != "WARNING" && level != "ERROR")
        return;
    const qsizetype rb = indexOf(rest, ']');
    const qsizetype colon = indexOf(rest, ": ");
    if (colon < 0 || rb < lb || rb > colon)
        return;
    const QByteArrayView thread = rest.sliced(lb + 1, rb - lb - 1);
    const qsizetype fileStart = lastIndexOf(rest.first(colon), " ") + 1;
    const QByteArrayView file = rest.sliced(fileStart, colon - fileStart);
    const QByteArrayView msg = rest.sliced(colon + 2);
    const bool manager = file == "manager.c" || file == "chan_iax2.c";
    if (!manager && !file.startsWith("chan_sip") && !file.startsWith("res_pjsip") && !file.startsWith("pjsip"))
        return;
    // Taken apart (nothing decoded yet) before the line's time is read and an event is built.
    SipLine sip;
    ManagerLine login;
    if (manager ? !readManagerLine(msg, &login) : !readSipLine(msg, &sip))
        return;
    const qint64 t = parseLocalTime(stamp);   // after the cheap checks: the costliest step
    if (!t)
        return;

    Event e = makeEvent(EventKind::Unknown, raw);
    e.timeMs = t;
    const bool found = manager ? managerFailure(login, thread, e) : sipFailure(sip, e);
    if (!found)
        return;
    if (truncated)
        e.detail += QStringLiteral(" (line cut: too long)");
    out.append(std::move(e));
}

} // namespace tg
