#pragma once

#include "ami/AmiMessage.h"
#include "ami/AmiNormalizer.h"
#include "LogReader.h"

namespace tg {

// Reads Asterisk's security log (/var/log/asterisk/security, written by res_security_log):
//   [2026-11-27 01:27:37.301] SECURITY[4744] res_security_log.c: SecurityEvent="InvalidPassword",
//   EventTV="2026-11-27T01:27:37.301+0000",Service="SIP",AccountID="1001",
//   RemoteAddress="IPV4/UDP/203.0.113.5/5060",...
// Each line goes through the same AmiNormalizer as a live AMI security event, so the Events
// (kind, type, service, account, source address, detail) are the ones AMI would give.
// The time is EventTV (it carries its offset); without it, the line's local time in zone().
class AsteriskSecurityLogReader : public LogReader
{
public:
    explicit AsteriskSecurityLogReader(QString pbx, QTimeZone zone = QTimeZone::utc(),
                                       const Clock &clock = Clock::system(),
                                       int maxLineBytes = LogLineBuffer::kDefaultMaxLineBytes);

    static constexpr int kMaxFields = 64;

protected:
    void parseLine(QByteArrayView line, QByteArrayView raw, bool truncated, EventList &out) override;

private:
    AmiNormalizer m_normalizer;
    AmiMessage m_msg;   // the line being read, as an AMI event (its buffer is reused line after line)
};

} // namespace tg
