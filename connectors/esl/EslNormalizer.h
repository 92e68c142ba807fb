#pragma once

#include "Clock.h"
#include "EslMessage.h"
#include "Event.h"
#include "LiveSnapshot.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace tg {

// Turns FreeSWITCH events (plain or JSON) into normalized Events. Stateful: it follows the
// legs of each call (by the call UUID the first leg was created with) to produce one
// CallStart/CallAnswer/CallEnd per call, and it remembers the last HEARTBEAT for liveness.
//
// Mapping (chosen from real FreeSWITCH 1.10.12 traffic, see tests/data/esl):
//  sofia::pre_register      -> AuthChallenge  (FreeSWITCH logs "SIP auth challenge" with it; a scanner
//                                             that never answers the challenge shows only this)
//  sofia::register_attempt  -> AuthSuccess when auth-result is OK or RENEWED (credentials accepted, for a
//                              REGISTER or an INVITE); AuthChallenge when STALE (challenged again);
//                              nothing when FORBIDDEN: register_failure follows it and is the failure
//  sofia::register_failure  -> AuthFailure
//  sofia::register          -> Registration;  sofia::unregister, sofia::expire -> Unregistration
//  CHANNEL_CREATE / CHANNEL_ANSWER / CHANNEL_HANGUP_COMPLETE -> CallStart / CallAnswer / CallEnd per call;
//  CHANNEL_BRIDGE joins the other leg to its call; other channel and media events are consumed
//  RELOADXML, MODULE_LOAD, MODULE_UNLOAD -> ConfigReload;  HEARTBEAT -> liveness only, no Event
//  anything else -> Raw (kept unchanged as evidence)
class EslNormalizer
{
public:
    explicit EslNormalizer(QString pbx, const Clock &clock = Clock::system());

    // Appends 0..n Events for one ESL event message. Other frames give nothing.
    void normalize(const EslMessage &msg, EventList &out);

    QVector<ActiveCall> activeCalls() const;
    int activeCallCount() const { return int(m_calls.size()); }
    // Forget calls in progress (the connection dropped: their legs are unknown now).
    void clearCalls() { m_calls.clear(); m_legToCall.clear(); }

    // Liveness: PBX time (ms) of the last HEARTBEAT, 0 before the first; what it said about itself.
    qint64 lastHeartbeatMs() const { return m_lastHeartbeatMs; }
    qint64 heartbeats() const { return m_heartbeats; }
    QString version() const { return m_version; }

    // What a console subscribes to: the events above, and the sofia subclasses.
    static QStringList defaultEvents();
    static QStringList defaultSubclasses();

    // "Registered(UDP)" or a contact "...;transport=TCP>" -> "UDP"/"TCP"; empty when unknown.
    static QString transportOf(QByteArrayView status, QByteArrayView contact);

    static constexpr int kMaxTrackedCalls = 20000;

private:
    struct Call {
        ActiveCall info;
        QSet<QByteArray> legs;
        QString account;
        QString userAgent;
        QString transport;
        quint16 srcPort = 0;
        bool endSeen = false;     // the first leg's hangup has given the figures below
        qint64 durationMs = 0;
        qint64 billSec = 0;
        QString cause;
    };

    Event base(const EslMessage &msg, EventKind kind, const QString &type) const;
    qint64 timeOf(const EslMessage &msg) const;
    void sofia(const EslMessage &msg, const QByteArray &subclass, EventList &out);
    void channelCreate(const EslMessage &msg, EventList &out);
    void channelAnswer(const EslMessage &msg, EventList &out);
    void channelBridge(const EslMessage &msg);
    void channelHangupComplete(const EslMessage &msg, EventList &out);
    void heartbeat(const EslMessage &msg);
    void fillCallEvent(Event &e, const Call &call) const;
    static void takeHangupFigures(const EslMessage &msg, Call &call);

    QString m_pbx;
    const Clock &m_clock;
    QHash<QByteArray, Call> m_calls;              // by call UUID
    QHash<QByteArray, QByteArray> m_legToCall;    // Unique-ID of a leg -> call UUID
    qint64 m_lastHeartbeatMs = 0;
    qint64 m_heartbeats = 0;
    QString m_version;
};

} // namespace tg
