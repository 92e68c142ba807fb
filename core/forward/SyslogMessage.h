#pragma once

#include "Alert.h"

#include <QByteArray>
#include <QPair>
#include <QString>
#include <QVector>

namespace tg {

// One RFC 5424 syslog message:
//   <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID [SD-ID PARAM="VALUE" ...] MSG
// Header fields are cut to their RFC lengths and printable US-ASCII ('-' when empty); parameter
// values escape '"', '\' and ']' (RFC 5424 6.3.3) and also write control characters as "\n",
// "\r", "\t" or "\xHH", so one message is always one line for line-based receivers. The message
// text (MSG) is written as given: the formatters make it valid UTF-8 without line breaks.
struct SyslogMessage {
    // Facility 10, authpriv: security/authorization messages (RFC 5424 table 1).
    static constexpr int kFacility = 10;
    // The structured-data ID of Tollgate's parameters. 32473 is IANA's example enterprise number
    // (RFC 5612); SIEMs match on the name part "tollgate".
    static constexpr const char *kSdId = "tollgate@32473";

    int syslogSeverity = 5;          // 0 emergency .. 7 debug
    qint64 timeMs = 0;               // UTC ms since the epoch
    QString hostname;
    QString appName = QStringLiteral("tollgate");
    QString procId;
    QString msgId;
    QVector<QPair<QString, QString>> params;   // in the kSdId element; none -> "-"
    QByteArray msg;

    QByteArray encode() const;

    static int syslogSeverityOf(Severity s);   // Critical -> 2 (crit) .. Info -> 6 (info)
    static QByteArray escapeParamValue(const QString &value);
    // RFC 6587 octet counting: "LEN SP MESSAGE".
    static QByteArray octetCounted(const QByteArray &message);
    // RFC 3339 with milliseconds, UTC ("2024-05-01T12:00:00.123Z").
    static QByteArray timestamp(qint64 ms);
};

} // namespace tg
