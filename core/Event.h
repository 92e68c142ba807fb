#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace tg {

// What a PBX told us, independent of the protocol it came over.
enum class EventKind : int {
    Unknown = 0,
    AuthFailure,     // wrong password, unknown account, failed challenge
    AuthSuccess,     // successful authentication (SIP/PJSIP/IAX2/AMI)
    AuthChallenge,   // server sent a digest challenge (scanners often stop here)
    AclReject,       // FailedACL, UnexpectedAddress, RequestNotAllowed, ...
    ProtocolAbuse,   // RequestBadFormat, InvalidTransport, AuthMethodNotAllowed
    ResourceLimit,   // SessionLimit, MemoryLimit, LoadAverageLimit
    CallStart,
    CallAnswer,
    CallEnd,
    Registration,    // peer/contact reachable or registered
    Unregistration,  // peer unregistered, expired, unreachable
    ConfigReload,    // Reload, ConfigReload, FullyBooted, RELOADXML
    ConnectorState,  // our own connection to the PBX changed state
    ProtocolError,   // malformed or oversized input we dropped
    Raw,             // anything else, passed through unchanged
};

// One normalized event. Times are UTC milliseconds since the epoch.
struct Event {
    qint64 id = 0;           // row id once stored, 0 before
    qint64 timeMs = 0;
    QString pbx;             // PBX profile name
    EventKind kind = EventKind::Unknown;
    QString type;            // protocol event name, e.g. "InvalidPassword", "sofia::register_failure"
    QString service;         // SIP, PJSIP, IAX2, AMI, ESL
    QString srcIp;
    quint16 srcPort = 0;
    QString transport;       // UDP, TCP, TLS, WS, WSS
    QString account;         // account/endpoint/user the event is about
    QString userAgent;
    QString destination;     // dialed number for calls
    QString callId;          // Linkedid (AMI) or call UUID (ESL) that ties call events together
    QString detail;          // short human-readable extra: hangup cause, peer status, error
    qint64 durationMs = 0;   // call duration (CallEnd)
    qint64 billSec = 0;      // billable seconds (CallEnd)
    double cost = 0.0;       // estimated cost in the PBX's currency, 0 when unknown
    QByteArray raw;          // the exact protocol text, kept as evidence

    QJsonObject toJson() const;
    // One line for humans and logs; never contains the raw text.
    QString summary() const;
};

using EventList = QVector<Event>;

QString eventKindName(EventKind kind);
EventKind eventKindFromName(const QString &name);
QStringList allEventKindNames();

} // namespace tg

// Every member is relocatable, so a growing EventList moves its memory instead of each Event.
Q_DECLARE_TYPEINFO(tg::Event, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(tg::Event)
Q_DECLARE_METATYPE(tg::EventList)
