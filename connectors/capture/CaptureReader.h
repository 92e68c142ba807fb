#pragma once

#include "Event.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace tg {

enum class LogFormat : int;

// Reads a recorded PBX byte stream or log file (AMI or ESL capture, Asterisk security or messages log,
// FreeSWITCH log, fail2ban log) into normalized Events, the same way a live connection or a log
// follow would.
class CaptureReader
{
public:
    enum class Format { Auto, Ami, AsteriskSecurityLog, AsteriskMessagesLog, Esl, FreeSwitchLog, Fail2banLog };

    struct Result {
        EventList events;
        QStringList errors;      // sentences: unreadable file, dropped malformed input
        QString format;          // what was detected
    };

    // The whole file at once (see CaptureStream to read it a block at a time).
    static Result readFile(const QString &path, const QString &pbx, Format format = Format::Auto);
    static Result readAmi(const QByteArray &bytes, const QString &pbx);
    // A FreeSWITCH event socket capture (plain or JSON events); leading "# " lines are comments.
    static Result readEsl(const QByteArray &bytes, const QString &pbx);
    static Format detect(const QByteArray &head);
    // "ami", "asterisk-security", "asterisk-messages", "esl", "freeswitch", "fail2ban"; Auto for anything else.
    static Format formatFromName(const QString &name);
    static QStringList formatNames();

    // Log times carry no zone; this says which one they are in (default UTC).
    static void setLogTimeZone(const QByteArray &ianaId);
    static QTimeZone logTimeZone();
    // The log reader's format of a log capture format; nullopt for AMI, ESL and Auto.
    static std::optional<LogFormat> logFormat(Format format);
};

} // namespace tg
