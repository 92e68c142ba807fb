#pragma once

#include "Alert.h"

#include <QMetaType>
#include <QString>
#include <QVector>

namespace tg {

// How messages travel to a destination. Udp, Tcp (RFC 6587 octet counting) and Tls (RFC 5425)
// are plain syslog: no acknowledgement. Relp and RelpTls are rsyslog's Reliable Event Logging
// Protocol: the receiver acknowledges every message, and only then does Tollgate forget it.
enum class ForwardTransport : int { Udp = 0, Tcp, Tls, Relp, RelpTls };
enum class ForwardFormat : int { Cef = 0, Json };

// One SIEM or syslog receiver: where, how, in which format, and what it gets.
struct ForwardDestination {
    QString name;                          // unique, shown to the user, names the queue file
    QString host;
    quint16 port = 514;
    ForwardTransport transport = ForwardTransport::Tcp;
    ForwardFormat format = ForwardFormat::Json;
    Severity minSeverity = Severity::Low;  // alerts below are not sent
    bool includeEvents = false;            // also raw security events (auth failures, ACL rejects, ...)
    QString caFile;                        // TLS: PEM file with the CA(s) that sign the receiver's certificate
    QString fingerprint;                   // TLS: or exactly this certificate (SHA-256), whoever signed it
    bool enabled = true;

    bool usesTls() const { return transport == ForwardTransport::Tls || transport == ForwardTransport::RelpTls; }
    bool acknowledged() const { return transport == ForwardTransport::Relp || transport == ForwardTransport::RelpTls; }
    // A sentence saying what is wrong, or empty when the destination can be used.
    QString validate() const;
    // "relp://siem.example.com:2514", for lists and logs.
    QString url() const;
    // The destination's queue file name inside the data folder: readable and unique per name.
    QString queueFileName() const;

    bool operator==(const ForwardDestination &o) const;
    bool operator!=(const ForwardDestination &o) const { return !(*this == o); }
};

using ForwardDestinationList = QVector<ForwardDestination>;

QString forwardTransportName(ForwardTransport t);              // "udp", "tcp", "tls", "relp", "relp-tls"
bool forwardTransportFromName(const QString &name, ForwardTransport *out);
quint16 defaultForwardPort(ForwardTransport t);
QString forwardFormatName(ForwardFormat f);                    // "cef", "json"
bool forwardFormatFromName(const QString &name, ForwardFormat *out);
// Parses "transport://host[:port]" ("[v6]:port" for IPv6) into dest's host, port and transport.
bool parseForwardUrl(const QString &url, ForwardDestination *dest, QString *error);

} // namespace tg

Q_DECLARE_METATYPE(tg::ForwardDestination)
Q_DECLARE_METATYPE(tg::ForwardDestinationList)
