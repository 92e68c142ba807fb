#pragma once

#include "LogReader.h"

namespace tg {

// Reads fail2ban's own log (/var/log/fail2ban.log) on a PBX that runs it:
//   2026-11-27 10:31:36,736 fail2ban.filter  [13429]: INFO    [asterisk] Found 203.0.113.41 - 2026-11-27 01:48:01
//   2026-11-27 10:31:37,205 fail2ban.actions [13429]: NOTICE  [asterisk] Ban 203.0.113.5
//   2026-11-27 10:31:51,585 fail2ban.actions [13429]: NOTICE  [asterisk] Unban 203.0.113.5
// Found (a failure line fail2ban's filter matched) becomes an AuthFailure at the failure's own time,
// so the detectors count it like the PBX's log line; Ban, Restore Ban, Increase Ban and Reban become
// a Raw "Fail2banBan" event and Unban "Fail2banUnban", so the console shows what fail2ban did.
// The jail name goes to detail; jails for SIP PBXes (asterisk*, freeswitch*, *sip*) give service SIP.
class Fail2banLogReader : public LogReader
{
public:
    explicit Fail2banLogReader(QString pbx, QTimeZone zone = QTimeZone::utc(),
                               const Clock &clock = Clock::system(),
                               int maxLineBytes = LogLineBuffer::kDefaultMaxLineBytes);

    static bool looksLike(QByteArrayView head);
    // "asterisk" -> "SIP", "sshd" -> "SSH", else the jail name.
    static QString serviceOfJail(const QString &jail);

protected:
    void parseLine(QByteArrayView line, QByteArrayView raw, bool truncated, EventList &out) override;
    bool mayMatter(QByteArrayView line) const override;
};

} // namespace tg
