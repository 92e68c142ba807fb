#pragma once

#include "AmiMessage.h"
#include "Clock.h"
#include "Event.h"
#include "LiveSnapshot.h"
#include "TextCache.h"

#include <QHash>
#include <QSet>

namespace tg {

// Turns AMI events into normalized Events. Stateful: it follows the channels of each call
// (by Linkedid) to produce one CallStart/CallAnswer/CallEnd per call, and remembers where
// each peer registered from so calls can be tied to a source address.
class AmiNormalizer
{
public:
    explicit AmiNormalizer(QString pbx, const Clock &clock = Clock::system());

    // Appends 0..n Events for one AMI event. Responses are not events and give nothing.
    void normalize(const AmiMessage &msg, EventList &out);

    QVector<ActiveCall> activeCalls() const;
    int activeCallCount() const { return int(m_calls.size()); }
    // Forget calls in progress (the connection dropped: their channels are unknown now).
    void clearCalls() { m_calls.clear(); m_channelToCall.clear(); }

    // Parses "IPV4/UDP/203.0.113.5/5060" or "IPV6/UDP/2001:db8::a1/5060". False on anything else.
    static bool parseRemoteAddress(QByteArrayView text, QString *ip, quint16 *port, QString *transport);
    // "SIP/1001-00000000" -> "1001"; "PJSIP/trunk-0000001a" -> "trunk".
    static QString endpointOfChannel(QByteArrayView channel);
    // A security event's EventTV, "2026-11-27T01:27:37.301+0000" (any number of fraction digits;
    // offset +HHMM, +HH:MM or Z) -> UTC ms; 0 when it is not one. By hand: QDateTime::fromString
    // took about 50,000 instructions, most of a security event's cost.
    static qint64 parseEventTv(QByteArrayView tv);

    static constexpr int kMaxTrackedCalls = 20000;
    static constexpr int kMaxKnownContacts = 50000;

private:
    struct Call {
        ActiveCall info;
        QSet<QByteArray> channels;
        QString account;
        int billSec = -1;          // from the Cdr when it came before the last Hangup
        QString disposition;
    };

    // An event of msg's time, PBX, kind and type (the event's name unless type is given).
    Event base(const AmiMessage &msg, EventKind kind, QString type = QString()) const;
    // parseRemoteAddress with the address' and the transport's texts made by hostText and transportText.
    template<class Host, class Transport>
    static bool remoteAddress(QByteArrayView text, QString *ip, quint16 *port, QString *transport, Host hostText,
                              Transport transportText);
    qint64 timeOf(const AmiMessage &msg) const;
    void security(const AmiMessage &msg, EventKind kind, EventList &out);
    void newChannel(const AmiMessage &msg, EventList &out);
    void newState(const AmiMessage &msg, EventList &out);
    void hangup(const AmiMessage &msg, EventList &out);
    void cdr(const AmiMessage &msg);
    void varSet(const AmiMessage &msg);
    void peerStatus(const AmiMessage &msg, EventList &out);
    void contactStatus(const AmiMessage &msg, EventList &out);
    void registry(const AmiMessage &msg, EventList &out);
    void updateDestination(const AmiMessage &msg);
    Call *callOf(const AmiMessage &msg);

    QString m_pbx;
    const Clock &m_clock;
    QHash<QByteArray, Call> m_calls;              // by Linkedid
    QHash<QByteArray, QByteArray> m_channelToCall; // Uniqueid -> Linkedid
    QHash<QString, QString> m_contacts;           // endpoint -> last registered IP
    TextCache m_texts;       // security events' names, services, accounts, transports
    TextCache m_addresses;   // their hosts -> canonical address texts
};

} // namespace tg
