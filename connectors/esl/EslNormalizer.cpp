#include "EslNormalizer.h"

#include <QHostAddress>

namespace tg {

namespace {

// Channel and media events whose content goes into the call record (or is noise for a
// security console): consumed, not stored one by one.
constexpr const char *kConsumedEvents[] = {
    "CHANNEL_STATE", "CHANNEL_CALLSTATE", "CHANNEL_EXECUTE", "CHANNEL_EXECUTE_COMPLETE", "CHANNEL_HANGUP",
    "CHANNEL_DESTROY", "CHANNEL_OUTGOING", "CHANNEL_PROGRESS", "CHANNEL_PROGRESS_MEDIA", "CHANNEL_ORIGINATE",
    "CHANNEL_UNBRIDGE", "CHANNEL_PARK", "CHANNEL_UNPARK", "CHANNEL_HOLD", "CHANNEL_UNHOLD", "CHANNEL_APPLICATION",
    "CHANNEL_DATA", "CHANNEL_UUID", "CODEC", "CALL_UPDATE", "CALL_SECURE", "PRESENCE_IN", "PRESENCE_OUT",
    "PRESENCE_PROBE", "RE_SCHEDULE", "ADD_SCHEDULE", "DEL_SCHEDULE", "MESSAGE_QUERY", "MESSAGE_WAITING", "DTMF",
    "RECV_RTCP_MESSAGE", "MEDIA_BUG_START", "MEDIA_BUG_STOP", "PLAYBACK_START", "PLAYBACK_STOP",
};

QString str(const QByteArray &v)
{
    return QString::fromUtf8(v);
}

bool isConsumed(const QByteArray &name)
{
    for (const char *c : kConsumedEvents)
        if (name == c)
            return true;
    return false;
}

// An address from the PBX, validated and in canonical form; empty when it is not an address.
QString validIp(const QByteArray &v)
{
    if (v.isEmpty())
        return {};
    QHostAddress a;
    return a.setAddress(QString::fromLatin1(v)) ? a.toString() : QString();
}

quint16 validPort(const QByteArray &v)
{
    bool ok = false;
    const uint p = v.toUInt(&ok);
    return ok && p <= 65535 ? quint16(p) : 0;
}

// Microseconds since the epoch (Event-Date-Timestamp, *_uepoch) -> ms; 0 when absent or junk.
qint64 usecsToMs(const QByteArray &v)
{
    bool ok = false;
    const qint64 us = v.toLongLong(&ok);
    // Beyond the year 3000 is junk: fall back to the clock.
    if (!ok || us <= 0 || us > 32503680000000000LL)
        return 0;
    return us / 1000;
}

QString serviceOfChannel(const QByteArray &channelName)
{
    if (channelName.startsWith("sofia/") || channelName.isEmpty())
        return QStringLiteral("SIP");
    const qsizetype slash = channelName.indexOf('/');
    return str(slash > 0 ? channelName.left(slash) : channelName);
}

} // namespace

EslNormalizer::EslNormalizer(QString pbx, const Clock &clock) : m_pbx(std::move(pbx)), m_clock(clock) {}

QStringList EslNormalizer::defaultEvents()
{
    return {QStringLiteral("CHANNEL_CREATE"), QStringLiteral("CHANNEL_ANSWER"), QStringLiteral("CHANNEL_BRIDGE"),
            QStringLiteral("CHANNEL_HANGUP_COMPLETE"), QStringLiteral("HEARTBEAT"), QStringLiteral("RELOADXML"),
            QStringLiteral("MODULE_LOAD"), QStringLiteral("MODULE_UNLOAD"), QStringLiteral("BACKGROUND_JOB"),
            QStringLiteral("SHUTDOWN")};
}

QStringList EslNormalizer::defaultSubclasses()
{
    return {QStringLiteral("sofia::pre_register"), QStringLiteral("sofia::register_attempt"),
            QStringLiteral("sofia::register_failure"), QStringLiteral("sofia::register"),
            QStringLiteral("sofia::unregister"), QStringLiteral("sofia::expire")};
}

QString EslNormalizer::transportOf(QByteArrayView status, QByteArrayView contact)
{
    // status "Registered(UDP)", contact "... <sip:1001@127.0.0.1:5111;transport=UDP>"
    const qsizetype open = status.indexOf('(');
    const qsizetype close = open >= 0 ? status.indexOf(')', open) : -1;
    QByteArrayView t;
    if (close > open + 1) {
        t = status.sliced(open + 1, close - open - 1);
    } else {
        const QByteArray lower = contact.toByteArray().toLower();
        const qsizetype p = lower.indexOf("transport=");
        if (p >= 0) {
            qsizetype end = p + 10;
            while (end < contact.size() && contact[end] != ';' && contact[end] != '>' && contact[end] != ' ')
                ++end;
            t = contact.sliced(p + 10, end - p - 10);
        }
    }
    if (t.isEmpty() || t.size() > 8)
        return {};
    for (char c : t)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return {};
    return QString::fromLatin1(t).toUpper();
}

qint64 EslNormalizer::timeOf(const EslMessage &msg) const
{
    if (const qint64 ms = usecsToMs(msg.eventValue("Event-Date-Timestamp")))
        return ms;
    return m_clock.nowMs();
}

Event EslNormalizer::base(const EslMessage &msg, EventKind kind, const QString &type) const
{
    Event e;
    e.timeMs = timeOf(msg);
    e.pbx = m_pbx;
    e.kind = kind;
    e.type = type;
    e.raw = msg.raw;
    return e;
}

void EslNormalizer::normalize(const EslMessage &msg, EventList &out)
{
    if (!msg.isEvent())
        return;
    // Only JSON can fail as a whole; a plain event is not split before it is known to be wanted.
    const QString error = msg.type == EslMessage::Type::EventJson ? msg.eventError() : QString();
    if (!error.isEmpty() && msg.eventFieldCount() == 0) {
        Event e = base(msg, EventKind::ProtocolError, QStringLiteral("esl"));
        e.service = QStringLiteral("ESL");
        e.detail = error;
        out.append(e);
        return;
    }
    const QByteArray name = msg.eventName();
    if (name == "CUSTOM") {
        const QByteArray subclass = msg.eventSubclass();
        if (subclass.startsWith("sofia::"))
            sofia(msg, subclass, out);
        else
            out.append(base(msg, EventKind::Raw, str(subclass.isEmpty() ? name : subclass)));
        return;
    }
    if (name == "CHANNEL_CREATE")
        channelCreate(msg, out);
    else if (name == "CHANNEL_ANSWER")
        channelAnswer(msg, out);
    else if (name == "CHANNEL_BRIDGE")
        channelBridge(msg);
    else if (name == "CHANNEL_HANGUP_COMPLETE")
        channelHangupComplete(msg, out);
    else if (name == "HEARTBEAT")
        heartbeat(msg);
    else if (name == "RELOADXML" || name == "MODULE_LOAD" || name == "MODULE_UNLOAD") {
        Event e = base(msg, EventKind::ConfigReload, str(name));
        if (name == "RELOADXML") {
            e.detail = QStringLiteral("reloadxml");
        } else {
            const QByteArray module = msg.eventHas("key") ? msg.eventValue("key") : msg.eventValue("name");
            e.detail = (str(module) + QLatin1Char(' ') + msg.eventText("type") + QLatin1Char(' ')
                        + msg.eventText("filename"))
                           .simplified();
        }
        out.append(e);
    } else if (isConsumed(name)) {
        return;
    } else {
        // Unknown to us (API, SHUTDOWN, a module's own event, ...): kept unchanged.
        out.append(base(msg, EventKind::Raw, str(name.isEmpty() ? QByteArray("unnamed") : name)));
    }
}

void EslNormalizer::sofia(const EslMessage &msg, const QByteArray &subclass, EventList &out)
{
    EventKind kind;
    QString detail;
    const QByteArray profile = msg.eventValue("profile-name");
    if (subclass == "sofia::register_failure") {
        kind = EventKind::AuthFailure;
        detail = str(msg.eventValue("registration-type"));
    } else if (subclass == "sofia::pre_register") {
        kind = EventKind::AuthChallenge;
    } else if (subclass == "sofia::register_attempt") {
        const QByteArray result = msg.eventValue("auth-result");
        if (result == "FORBIDDEN")
            return;   // register_failure follows with the same facts: one failure, not two
        if (result == "OK" || result == "RENEWED")
            kind = EventKind::AuthSuccess;
        else if (result == "STALE")
            kind = EventKind::AuthChallenge;
        else
            kind = EventKind::Raw;
        detail = QStringLiteral("auth-result ") + str(result);
    } else if (subclass == "sofia::register") {
        kind = EventKind::Registration;
        detail = str(msg.eventValue("status"));
    } else if (subclass == "sofia::unregister" || subclass == "sofia::expire") {
        kind = EventKind::Unregistration;
        detail = subclass == "sofia::expire" ? QStringLiteral("expired") : QStringLiteral("unregistered");
    } else {
        out.append(base(msg, EventKind::Raw, str(subclass)));
        return;
    }
    Event e = base(msg, kind, str(subclass));
    e.service = QStringLiteral("SIP");
    e.account = msg.eventText("to-user");
    if (e.account.isEmpty())
        e.account = msg.eventText(msg.eventHas("username") ? "username" : "from-user");
    e.srcIp = validIp(msg.eventValue("network-ip"));
    e.srcPort = validPort(msg.eventValue("network-port"));
    e.userAgent = msg.eventText("user-agent");
    e.transport = transportOf(msg.eventValue("status"), msg.eventValue("contact"));
    if (!profile.isEmpty())
        detail = detail.isEmpty() ? QStringLiteral("profile ") + str(profile)
                                  : detail + QStringLiteral(", profile ") + str(profile);
    e.detail = detail;
    out.append(e);
}

void EslNormalizer::fillCallEvent(Event &e, const Call &call) const
{
    e.service = serviceOfChannel(call.info.channel.toUtf8());
    e.account = call.account;
    e.destination = call.info.destination;
    e.callId = call.info.callId;
    e.srcIp = call.info.srcIp;
    e.srcPort = call.srcPort;
    e.transport = call.transport;
    e.userAgent = call.userAgent;
}

void EslNormalizer::channelCreate(const EslMessage &msg, EventList &out)
{
    const QByteArray leg = msg.eventValue("Unique-ID");
    if (leg.isEmpty() || m_legToCall.contains(leg))
        return;
    QByteArray callUuid = msg.eventValue("Channel-Call-UUID");
    if (callUuid.isEmpty())
        callUuid = leg;
    auto it = m_calls.find(callUuid);
    if (it == m_calls.end()) {
        const auto other = m_legToCall.constFind(msg.eventValue("Other-Leg-Unique-ID"));
        if (other != m_legToCall.constEnd())
            it = m_calls.find(other.value());
    }
    if (it != m_calls.end()) {
        // Another leg of a call we follow (the dialed side).
        it->legs.insert(leg);
        m_legToCall.insert(leg, it.key());
        return;
    }
    if (m_calls.size() >= kMaxTrackedCalls)
        return;   // bounded: a flood of channels cannot exhaust memory

    Call call;
    call.info.pbx = m_pbx;
    call.info.callId = str(callUuid);
    call.info.channel = msg.eventText("Channel-Name");
    call.info.caller = msg.eventText("Caller-Caller-ID-Number");
    call.info.destination = msg.eventText("Caller-Destination-Number");
    call.info.srcIp = validIp(msg.eventValue("variable_sip_network_ip"));
    if (call.info.srcIp.isEmpty())
        call.info.srcIp = validIp(msg.eventValue("Caller-Network-Addr"));
    call.info.startMs = timeOf(msg);
    call.srcPort = validPort(msg.eventValue("variable_sip_network_port"));
    call.userAgent = msg.eventText("variable_sip_user_agent");
    call.transport = str(msg.eventValue("variable_sip_via_protocol").toUpper());
    call.account = msg.eventText("Caller-Username");
    if (call.account.isEmpty())
        call.account = msg.eventText("variable_sip_from_user");
    call.legs.insert(leg);

    Event e = base(msg, EventKind::CallStart, QStringLiteral("CHANNEL_CREATE"));
    fillCallEvent(e, call);
    const QString direction = msg.eventText("Call-Direction");
    e.detail = direction.isEmpty() ? call.info.caller : call.info.caller + QStringLiteral(", ") + direction;
    out.append(e);
    m_legToCall.insert(leg, callUuid);
    m_calls.insert(callUuid, std::move(call));
}

void EslNormalizer::channelAnswer(const EslMessage &msg, EventList &out)
{
    const auto leg = m_legToCall.constFind(msg.eventValue("Unique-ID"));
    if (leg == m_legToCall.constEnd())
        return;
    auto it = m_calls.find(leg.value());
    if (it == m_calls.end() || it->info.answerMs)
        return;
    Call &call = it.value();
    call.info.answerMs = timeOf(msg);
    Event e = base(msg, EventKind::CallAnswer, QStringLiteral("CHANNEL_ANSWER"));
    fillCallEvent(e, call);
    out.append(e);
}

void EslNormalizer::channelBridge(const EslMessage &msg)
{
    const auto leg = m_legToCall.constFind(msg.eventValue("Unique-ID"));
    const QByteArray other = msg.eventValue("Other-Leg-Unique-ID");
    if (leg == m_legToCall.constEnd() || other.isEmpty() || m_legToCall.contains(other))
        return;
    auto it = m_calls.find(leg.value());
    if (it == m_calls.end())
        return;
    // A leg we did not see created (e.g. created before we connected) now belongs to this call.
    it->legs.insert(other);
    m_legToCall.insert(other, leg.value());
}

void EslNormalizer::takeHangupFigures(const EslMessage &msg, Call &call)
{
    bool ok = false;
    qint64 ms = msg.eventValue("variable_mduration").toLongLong(&ok);
    if (!ok) {
        const qint64 start = usecsToMs(msg.eventValue("variable_start_uepoch"));
        const qint64 end = usecsToMs(msg.eventValue("variable_end_uepoch"));
        ms = start && end >= start ? end - start : msg.eventValue("variable_duration").toLongLong() * 1000;
    }
    call.durationMs = qMax<qint64>(0, ms);
    call.billSec = qMax<qint64>(0, msg.eventValue("variable_billsec").toLongLong());
    call.cause = msg.eventText("Hangup-Cause");
    call.endSeen = true;
}

void EslNormalizer::channelHangupComplete(const EslMessage &msg, EventList &out)
{
    const QByteArray leg = msg.eventValue("Unique-ID");
    const QByteArray callUuid = m_legToCall.take(leg);
    auto it = m_calls.find(callUuid);
    if (it == m_calls.end()) {
        // A call we did not see start (rejected before CHANNEL_CREATE, or begun before we connected).
        // Its first leg still tells how it ended; a dialed leg of an unknown call is left out so one
        // call gives one CallEnd.
        const bool dialedLeg = msg.eventHas("Other-Leg-Unique-ID") && msg.eventValue("Call-Direction") == "outbound";
        if (leg.isEmpty() || dialedLeg)
            return;
        Call call;
        call.info.callId = str(msg.eventHas("Channel-Call-UUID") ? msg.eventValue("Channel-Call-UUID") : leg);
        call.info.channel = msg.eventText("Channel-Name");
        call.info.destination = msg.eventText("Caller-Destination-Number");
        call.info.srcIp = validIp(msg.eventValue("variable_sip_network_ip"));
        call.srcPort = validPort(msg.eventValue("variable_sip_network_port"));
        call.userAgent = msg.eventText("variable_sip_user_agent");
        call.transport = str(msg.eventValue("variable_sip_via_protocol").toUpper());
        call.account = msg.eventText("Caller-Username");
        if (call.account.isEmpty())
            call.account = msg.eventText("variable_sip_from_user");
        takeHangupFigures(msg, call);
        Event e = base(msg, EventKind::CallEnd, QStringLiteral("CHANNEL_HANGUP_COMPLETE"));
        fillCallEvent(e, call);
        e.durationMs = call.durationMs;
        e.billSec = call.billSec;
        e.detail = call.cause;
        out.append(e);
        return;
    }
    Call &call = it.value();
    // The first leg's figures are the call's (FreeSWITCH's own CDR view); else the first hangup's.
    if (!call.endSeen || str(leg) == call.info.callId)
        takeHangupFigures(msg, call);
    if (call.userAgent.isEmpty() && str(leg) == call.info.callId)
        call.userAgent = msg.eventText("variable_sip_user_agent");
    call.legs.remove(leg);
    if (!call.legs.isEmpty())
        return;   // the call ends with its last leg

    Event e = base(msg, EventKind::CallEnd, QStringLiteral("CHANNEL_HANGUP_COMPLETE"));
    fillCallEvent(e, call);
    e.durationMs = call.durationMs > 0 ? call.durationMs : qMax<qint64>(0, e.timeMs - call.info.startMs);
    e.billSec = call.billSec;
    e.detail = call.cause;
    out.append(e);
    m_calls.erase(it);
}

void EslNormalizer::heartbeat(const EslMessage &msg)
{
    m_lastHeartbeatMs = timeOf(msg);
    ++m_heartbeats;
    const QString v = msg.eventText("FreeSWITCH-Version");
    if (!v.isEmpty())
        m_version = v;
}

QVector<ActiveCall> EslNormalizer::activeCalls() const
{
    QVector<ActiveCall> out;
    out.reserve(m_calls.size());
    for (const Call &c : m_calls)
        out.append(c.info);
    return out;
}

} // namespace tg
