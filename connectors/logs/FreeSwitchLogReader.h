#pragma once

#include "LogReader.h"

#include <QHash>

namespace tg {

// Reads the authentication lines of FreeSWITCH's log (/var/log/freeswitch/freeswitch.log), the
// ones fail2ban's freeswitch filter looks for (mod_sofia with log-auth-failures=true):
//   2026-11-27 01:43:03.943328 97.47% [WARNING] sofia_reg.c:1787 SIP auth failure (REGISTER) on sofia
//       profile 'internal' for [1001@pbx] from ip 203.0.113.5
//   ... [WARNING] sofia_reg.c:3210 Can't find user [admin@pbx] from 203.0.113.5
//   ... [WARNING] sofia_reg.c:1842 SIP auth challenge (REGISTER) on sofia profile 'internal' for [1001@pbx]
//       from ip 203.0.113.5
// The address is the packet's source (network ip), never a SIP header. FreeSWITCH 1.10 writes the
// CPU idle percentage after the time and a session's lines start with its UUID; older versions
// write neither; both are read. Event types follow Asterisk's security names so the detectors count
// both PBXes alike: InvalidPassword (auth failure), InvalidAccountID (no such user), ChallengeSent.
// An unknown user is logged twice for one attempt (Can't find user, then auth failure): one event.
// For an INVITE the bracketed user is the dialed number, so it goes to destination, not account.
class FreeSwitchLogReader : public LogReader
{
public:
    explicit FreeSwitchLogReader(QString pbx, QTimeZone zone = QTimeZone::utc(),
                                 const Clock &clock = Clock::system(),
                                 int maxLineBytes = LogLineBuffer::kDefaultMaxLineBytes);

    // Whether `head` (the start of a file) looks like a FreeSWITCH log.
    static bool looksLike(QByteArrayView head);

protected:
    void parseLine(QByteArrayView line, QByteArrayView raw, bool truncated, EventList &out) override;
    bool mayMatter(QByteArrayView line) const override;

private:
    bool unknownUserAlreadyCounted(const QByteArray &key, qint64 timeMs);

    // "user@host ip" of recent "Can't find user" lines -> time, bounded.
    QHash<QByteArray, qint64> m_unknownUsers;
    static constexpr int kMaxPending = 256;
};

} // namespace tg
