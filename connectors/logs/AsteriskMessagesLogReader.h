#pragma once

#include "LogReader.h"

namespace tg {

// Reads the authentication failures from Asterisk's messages log (/var/log/asterisk/messages,
// or "full"): the lines fail2ban's asterisk filter looks for.
//   chan_sip:  Registration from '<sip:1001@pbx>' failed for '203.0.113.5:5060' - Wrong password
//              (also: No matching peer found, Username/auth name mismatch, Device does not match ACL, ...)
//   res_pjsip: Request 'REGISTER' from '<sip:1001@pbx>' failed for '[2001:db8::a2]:5062'
//              (callid: ...) - No matching endpoint found / Failed to authenticate / ...
//   manager:   203.0.113.5 failed to authenticate as 'admin'
//              203.0.113.5 tried to authenticate with nonexistent user 'admin'
//   chan_iax2: Host 203.0.113.5 failed to authenticate as 1001
// Event types follow the security log's names (InvalidPassword, InvalidAccountID,
// ChallengeResponseFailed, FailedACL, RequestNotAllowed) so detectors count both logs alike.
// Every other line is ignored. Times are the line's local time in zone().
class AsteriskMessagesLogReader : public LogReader
{
public:
    explicit AsteriskMessagesLogReader(QString pbx, QTimeZone zone = QTimeZone::utc(),
                                       const Clock &clock = Clock::system(),
                                       int maxLineBytes = LogLineBuffer::kDefaultMaxLineBytes);

protected:
    void parseLine(QByteArrayView line, QByteArrayView raw, bool truncated, EventList &out) override;

private:
    // A failure line's parts, views into the line (nothing decoded yet).
    struct SipLine {
        QByteArrayView method;
        QByteArrayView uri;        // attacker-chosen
        QByteArrayView hostPort;
        QByteArrayView reason;
        bool pjsip = false;
    };
    struct ManagerLine {
        QByteArrayView ip;
        QByteArrayView user;
        QByteArrayView tail;       // from "failed"/"tried" on
        bool iax = false;
        bool nonexistent = false;
    };
    // False when msg is not such a line: cheap, so it comes before the line's time is read.
    static bool readSipLine(QByteArrayView msg, SipLine *l);
    static bool readManagerLine(QByteArrayView msg, ManagerLine *l);
    bool sipFailure(const SipLine &l, Event &e) const;
    bool managerFailure(const ManagerLine &l, QByteArrayView thread, Event &e);

    // manager.c logs "nonexistent user" and then "failed to authenticate" for one attempt.
    QByteArray m_lastNonexistent;
};

} // namespace tg
