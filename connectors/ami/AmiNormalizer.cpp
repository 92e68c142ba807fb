#include "AmiNormalizer.h"

#include "FixedDigits.h"
#include "common/AddressText.h"

#include <QDateTime>

namespace tg {

namespace {

struct SecurityKind {
    const char *event;
    EventKind kind;
};
// Asterisk's security framework events (res_security_log / AMI "security" class).
constexpr SecurityKind kSecurityEvents[] = {
    {"InvalidAccountID", EventKind::AuthFailure},
    {"InvalidPassword", EventKind::AuthFailure},
    {"ChallengeResponseFailed", EventKind::AuthFailure},
    {"SuccessfulAuth", EventKind::AuthSuccess},
    {"ChallengeSent", EventKind::AuthChallenge},
    {"FailedACL", EventKind::AclReject},
    {"UnexpectedAddress", EventKind::AclReject},
    {"RequestNotAllowed", EventKind::AclReject},
    {"RequestNotSupported", EventKind::ProtocolAbuse},
    {"RequestBadFormat", EventKind::ProtocolAbuse},
    {"AuthMethodNotAllowed", EventKind::ProtocolAbuse},
    {"InvalidTransport", EventKind::ProtocolAbuse},
    {"SessionLimit", EventKind::ResourceLimit},
    {"MemoryLimit", EventKind::ResourceLimit},
    {"LoadAverageLimit", EventKind::ResourceLimit},
};

// Call-progress events we consume into the call record rather than store one by one.
constexpr const char *kConsumedEvents[] = {
    "Newexten", "DialState", "NewConnectedLine", "NewCallerid", "DeviceStateChange",
    "BridgeCreate", "BridgeDestroy", "BridgeMerge", "BridgeEnter", "SoftHangupRequest", "HangupRequest",
    "DialEnd", "BridgeLeave", "RTCPSent", "RTCPReceived", "NewAccountCode", "LocalBridge",
    "CEL", "Hold", "Unhold", "MusicOnHoldStart", "MusicOnHoldStop",
};

QString str(QByteArrayView v)
{
    return QString::fromUtf8(v);
}

bool isOneOf(QByteArrayView name, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        if (name == QByteArrayView(list[i]))
            return true;
    return false;
}

// "1795742858.293210" -> 1795742858293 without going through floating point.
qint64 parseTimestampMs(QByteArrayView v)
{
    const qsizetype dot = v.indexOf('.');
    bool ok = false;
    const qint64 secs = (dot < 0 ? v : v.first(dot)).toLongLong(&ok);
    // Beyond the year 3000 is junk (and secs * 1000 would overflow): fall back to the clock.
    if (!ok || secs <= 0 || secs > 32503680000LL)
        return 0;
    qint64 ms = 0;
    if (dot >= 0) {
        QByteArrayView frac = v.sliced(dot + 1).first(qMin<qsizetype>(3, v.size() - dot - 1));
        for (int i = 0; i < 3; ++i)
            ms = ms * 10 + (i < frac.size() && frac[i] >= '0' && frac[i] <= '9' ? frac[i] - '0' : 0);
    }
    return secs * 1000 + ms;
}

// "sip:1001@192.0.2.50:5061" or "sip:1001@[2001:db8::1]:5060" -> host part, when it is an address.
QString hostOfSipUri(QByteArrayView uri)
{
    qsizetype at = uri.indexOf('@');
    QByteArrayView rest = at >= 0 ? uri.sliced(at + 1) : uri;
    if (rest.startsWith("sip:"))
        rest = rest.sliced(4);
    QByteArrayView host;
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        host = close > 0 ? rest.sliced(1, close - 1) : QByteArrayView();
    } else {
        qsizetype end = rest.size();
        for (char stop : {':', ';', '>'}) {
            const qsizetype p = rest.indexOf(stop);
            if (p >= 0 && p < end)
                end = p;
        }
        host = rest.first(end);
    }
    return canonicalAddress(host);
}

// "192.0.2.50:5061" or "[2001:db8::1]:5060" (PeerStatus Address) -> IP.
QString ipOfHostPort(QByteArrayView v)
{
    QByteArrayView host = v;
    if (v.startsWith('[')) {
        const qsizetype close = v.indexOf(']');
        host = close > 0 ? v.sliced(1, close - 1) : QByteArrayView();
    } else if (v.count(':') == 1) {
        host = v.first(v.indexOf(':'));
    }
    return canonicalAddress(host);
}

} // namespace

AmiNormalizer::AmiNormalizer(QString pbx, const Clock &clock) : m_pbx(std::move(pbx)), m_clock(clock) {}

bool AmiNormalizer::parseRemoteAddress(QByteArrayView text, QString *ip, quint16 *port, QString *transport)
{
    return remoteAddress(text, ip, port, transport, &canonicalAddress,
                         [](QByteArrayView tp) { return str(tp).toUpper(); });
}

template<class Host, class Transport>
bool AmiNormalizer::remoteAddress(QByteArrayView text, QString *ip, quint16 *port, QString *transport, Host hostText,
                                  Transport transportText)
{
    // <IPV4|IPV6>/<transport>/<address>/<port>; IPv6 addresses come without brackets.
    const qsizetype s1 = text.indexOf('/');
    if (s1 <= 0)
        return false;
    const qsizetype s2 = text.indexOf('/', s1 + 1);
    const qsizetype s3 = text.lastIndexOf('/');
    if (s2 <= s1 + 1 || s3 <= s2 + 1 || s3 == text.size() - 1)
        return false;
    const QByteArrayView family = text.first(s1);
    if (family != "IPV4" && family != "IPV6")
        return false;
    QByteArrayView host = text.sliced(s2 + 1, s3 - s2 - 1);
    if (host.startsWith('[') && host.endsWith(']'))
        host = host.sliced(1, host.size() - 2);
    QString canonical = hostText(host);
    // An IPv4 address is written without a colon, every IPv6 one (IPv4-mapped too) with one.
    if (canonical.isNull() || (family == "IPV4") == canonical.contains(QLatin1Char(':')))
        return false;
    bool ok = false;
    const uint p = text.sliced(s3 + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    const QByteArrayView tp = text.sliced(s1 + 1, s2 - s1 - 1);
    for (char c : tp)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return false;
    *ip = std::move(canonical);
    *port = quint16(p);
    *transport = transportText(tp);
    return true;
}

QString AmiNormalizer::endpointOfChannel(QByteArrayView channel)
{
    const qsizetype slash = channel.indexOf('/');
    if (slash < 0)
        return {};
    QByteArrayView rest = channel.sliced(slash + 1);
    const qsizetype dash = rest.lastIndexOf('-');
    return str(dash > 0 ? rest.first(dash) : rest);
}

qint64 AmiNormalizer::parseEventTv(QByteArrayView tv)
{
    // yyyy-MM-ddTHH:mm:ss[.f+](+|-)HHMM
    if (tv.size() < 19 || tv[4] != '-' || tv[7] != '-' || tv[10] != 'T' || tv[13] != ':' || tv[16] != ':')
        return 0;
    bool ok = true;
    const QDate date(fixedDigits(tv, 0, 4, &ok), fixedDigits(tv, 5, 2, &ok), fixedDigits(tv, 8, 2, &ok));
    const int h = fixedDigits(tv, 11, 2, &ok), m = fixedDigits(tv, 14, 2, &ok), s = fixedDigits(tv, 17, 2, &ok);
    qsizetype pos = 19;
    int ms = 0;
    if (pos < tv.size() && tv[pos] == '.') {
        ++pos;
        int d = 0;
        while (pos < tv.size() && tv[pos] >= '0' && tv[pos] <= '9') {
            if (d++ < 3)
                ms = ms * 10 + (tv[pos] - '0');
            ++pos;
        }
        for (; d < 3; ++d)
            ms *= 10;
    }
    int offsetSecs = 0;
    if (pos < tv.size() && (tv[pos] == '+' || tv[pos] == '-')) {
        const int sign = tv[pos] == '-' ? -1 : 1;
        const int oh = fixedDigits(tv, pos + 1, 2, &ok);
        const qsizetype mm = (pos + 3 < tv.size() && tv[pos + 3] == ':') ? pos + 4 : pos + 3;
        const int om = fixedDigits(tv, mm, 2, &ok);
        offsetSecs = sign * (oh * 3600 + om * 60);
    } else if (pos < tv.size() && tv[pos] != 'Z') {
        return 0;
    }
    const QTime time(h, m, s, ms);
    if (!ok || !date.isValid() || !time.isValid())
        return 0;
    // UTC by arithmetic (days since 1970-01-01, the Julian day 2440588): no QTimeZone per event.
    const qint64 days = date.toJulianDay() - 2440588;
    return days * 86400000 + qint64(time.msecsSinceStartOfDay()) - qint64(offsetSecs) * 1000;
}

qint64 AmiNormalizer::timeOf(const AmiMessage &msg) const
{
    if (const qint64 ms = parseTimestampMs(msg.value("Timestamp")))
        return ms;
    if (const qint64 ms = parseEventTv(msg.value("EventTV")))
        return ms;
    return m_clock.nowMs();
}

Event AmiNormalizer::base(const AmiMessage &msg, EventKind kind, QString type) const
{
    Event e;
    e.timeMs = timeOf(msg);
    e.pbx = m_pbx;
    e.kind = kind;
    e.type = type.isNull() ? str(msg.eventName()) : std::move(type);
    e.raw = msg.raw;
    return e;
}

void AmiNormalizer::normalize(const AmiMessage &msg, EventList &out)
{
    // List items answering our own actions carry an ActionID; the client routes those.
    if (!msg.isEvent() || msg.has("ActionID"))
        return;
    const QByteArrayView name = msg.eventName();
    for (const auto &s : kSecurityEvents) {
        if (name == QByteArrayView(s.event)) {
            security(msg, s.kind, out);
            return;
        }
    }
    if (name == "Newchannel")
        newChannel(msg, out);
    else if (name == "Hangup")
        hangup(msg, out);
    else if (name == "PeerStatus")
        peerStatus(msg, out);
    else if (name == "ContactStatus")
        contactStatus(msg, out);
    else if (name == "Registry")
        registry(msg, out);
    else if (name == "Reload" || name == "ConfigReload" || name == "FullyBooted") {
        Event e = base(msg, EventKind::ConfigReload);
        if (name == "FullyBooted")
            e.detail = QStringLiteral("uptime %1 s, last reload %2 s ago")
                           .arg(msg.text("Uptime"), msg.text("LastReload"));
        else
            e.detail = (msg.text("Module") + QLatin1Char(' ') + msg.text("File") + QLatin1Char(' ')
                        + msg.text("Status")).simplified();
        out.append(e);
    } else if (name == "Newstate") {
        newState(msg, out);
    } else if (name == "DialBegin" || name == "Newexten") {
        updateDestination(msg);
    } else if (name == "Cdr") {
        cdr(msg);
    } else if (name == "VarSet") {
        varSet(msg);
    } else if (isOneOf(name, kConsumedEvents, std::size(kConsumedEvents))) {
        return;
    } else {
        // Unknown to us: keep it, unchanged, rather than lose what the PBX said.
        out.append(base(msg, EventKind::Raw));
    }
}

void AmiNormalizer::security(const AmiMessage &msg, EventKind kind, EventList &out)
{
    // Security events come by the thousand under attack, naming the same few services, accounts and
    // addresses: their texts come from caches, not a decode (and an allocation) each.
    Event e = base(msg, kind, m_texts.get(msg.eventName(), &str));
    e.service = m_texts.get(msg.value("Service"), &str);
    e.account = m_texts.get(msg.value("AccountID"), &str);
    const QByteArrayView remote = msg.value("RemoteAddress");
    if (!remote.isEmpty()
        && !remoteAddress(remote, &e.srcIp, &e.srcPort, &e.transport,
                          [this](QByteArrayView host) { return m_addresses.get(host, &canonicalAddress); },
                          [this](QByteArrayView tp) {
                              return m_texts.get(tp, [](QByteArrayView t) { return str(t).toUpper(); });
                          }))
        e.detail = QStringLiteral("unparsable RemoteAddress");
    if (msg.has("ACLName"))
        e.detail = QStringLiteral("ACL ") + msg.text("ACLName");
    else if (msg.has("RequestType"))
        e.detail = msg.text("RequestType");
    else if (msg.has("ExpectedAddress"))
        e.detail = QStringLiteral("expected ") + msg.text("ExpectedAddress");
    out.append(e);
}

AmiNormalizer::Call *AmiNormalizer::callOf(const AmiMessage &msg)
{
    auto it = m_calls.find(msg.value("Linkedid").toByteArray());
    return it == m_calls.end() ? nullptr : &it.value();
}

void AmiNormalizer::newChannel(const AmiMessage &msg, EventList &out)
{
    const QByteArray uniqueId = msg.value("Uniqueid").toByteArray();
    const QByteArray linkedId = msg.value("Linkedid").toByteArray();
    if (uniqueId.isEmpty() || linkedId.isEmpty())
        return;
    if (Call *call = callOf(msg)) {
        // Another leg of a call we follow (the dialed side).
        call->channels.insert(uniqueId);
        m_channelToCall.insert(uniqueId, linkedId);
        return;
    }
    if (m_calls.size() >= kMaxTrackedCalls)
        return;   // bounded: a flood of channels cannot exhaust memory
    Call call;
    call.info.pbx = m_pbx;
    call.info.callId = str(linkedId);
    call.info.channel = msg.text("Channel");
    call.info.caller = msg.text("CallerIDNum");
    const QString exten = msg.text("Exten");
    call.info.destination = exten == QLatin1String("s") ? QString() : exten;
    call.info.startMs = timeOf(msg);
    call.account = endpointOfChannel(msg.value("Channel"));
    call.info.srcIp = m_contacts.value(call.account);
    call.channels.insert(uniqueId);
    m_channelToCall.insert(uniqueId, linkedId);

    Event e = base(msg, EventKind::CallStart);
    e.account = call.account;
    e.destination = call.info.destination;
    e.callId = call.info.callId;
    e.srcIp = call.info.srcIp;
    e.detail = call.info.caller;
    out.append(e);
    m_calls.insert(linkedId, std::move(call));
}

void AmiNormalizer::updateDestination(const AmiMessage &msg)
{
    Call *call = callOf(msg);
    if (!call || !call->info.destination.isEmpty())
        return;
    const QString exten = msg.has("DialString") ? msg.text("DialString") : msg.text("Exten");
    if (!exten.isEmpty() && exten != QLatin1String("s"))
        call->info.destination = exten;
}

void AmiNormalizer::newState(const AmiMessage &msg, EventList &out)
{
    Call *call = callOf(msg);
    if (!call || call->info.answerMs || msg.value("ChannelState") != "6")
        return;
    call->info.answerMs = timeOf(msg);
    Event e = base(msg, EventKind::CallAnswer);
    e.account = call->account;
    e.destination = call->info.destination;
    e.callId = call->info.callId;
    e.srcIp = call->info.srcIp;
    out.append(e);
}

void AmiNormalizer::varSet(const AmiMessage &msg)
{
    // The SIPURI of the calling channel carries the address the call really came from.
    if (msg.value("Variable") != "SIPURI")
        return;
    Call *call = callOf(msg);
    if (call && msg.value("Uniqueid") == msg.value("Linkedid")) {
        const QString ip = hostOfSipUri(msg.value("Value"));
        if (!ip.isEmpty())
            call->info.srcIp = ip;
    }
}

void AmiNormalizer::cdr(const AmiMessage &msg)
{
    // The Cdr may precede the last Hangup; keep its verdict for the call record.
    auto it = m_channelToCall.find(msg.value("UniqueID").toByteArray());
    if (it == m_channelToCall.end())
        return;
    auto call = m_calls.find(it.value());
    if (call == m_calls.end())
        return;
    bool ok = false;
    const int bill = msg.value("BillableSeconds").toInt(&ok);
    if (ok)
        call->billSec = bill;
    call->disposition = msg.text("Disposition");
    if (call->info.destination.isEmpty())
        call->info.destination = msg.text("Destination");
}

void AmiNormalizer::hangup(const AmiMessage &msg, EventList &out)
{
    const QByteArray uniqueId = msg.value("Uniqueid").toByteArray();
    const QByteArray linkedId = m_channelToCall.take(uniqueId);
    auto it = m_calls.find(linkedId);
    if (it == m_calls.end())
        return;
    Call &call = it.value();
    call.channels.remove(uniqueId);
    if (!call.channels.isEmpty())
        return;   // the call ends with its last channel

    const qint64 end = timeOf(msg);
    Event e = base(msg, EventKind::CallEnd);
    e.account = call.account;
    e.destination = call.info.destination;
    e.callId = call.info.callId;
    e.srcIp = call.info.srcIp;
    e.durationMs = qMax<qint64>(0, end - call.info.startMs);
    e.billSec = call.billSec >= 0 ? call.billSec
                                  : (call.info.answerMs ? qMax<qint64>(0, end - call.info.answerMs) / 1000 : 0);
    QString cause = msg.text("Cause-txt");
    if (!call.disposition.isEmpty())
        cause = call.disposition + QStringLiteral(", ") + cause;
    e.detail = cause;
    out.append(e);
    m_calls.erase(it);
}

void AmiNormalizer::peerStatus(const AmiMessage &msg, EventList &out)
{
    const QByteArrayView status = msg.value("PeerStatus");
    const bool up = status == "Registered" || status == "Reachable";
    Event e = base(msg, up ? EventKind::Registration : EventKind::Unregistration);
    e.service = msg.text("ChannelType");
    e.account = endpointOfChannel(msg.value("Peer"));
    if (e.account.isEmpty())
        e.account = msg.text("Peer");
    const QByteArrayView address = msg.value("Address");
    if (!address.isEmpty()) {
        e.srcIp = ipOfHostPort(address);
        const qsizetype colon = address.lastIndexOf(':');
        if (!e.srcIp.isEmpty() && colon > 0)
            e.srcPort = quint16(address.sliced(colon + 1).toUInt());
    }
    e.detail = str(status);
    if (msg.has("Cause"))
        e.detail += QStringLiteral(" (") + msg.text("Cause") + QLatin1Char(')');
    if (up && !e.srcIp.isEmpty() && (m_contacts.size() < kMaxKnownContacts || m_contacts.contains(e.account)))
        m_contacts.insert(e.account, e.srcIp);
    out.append(e);
}

void AmiNormalizer::contactStatus(const AmiMessage &msg, EventList &out)
{
    // PJSIP: ContactStatus Created/Reachable/Updated vs Removed/Unreachable.
    const QByteArrayView status = msg.value("ContactStatus");
    const bool up = status == "Created" || status == "Reachable" || status == "Updated";
    Event e = base(msg, up ? EventKind::Registration : EventKind::Unregistration);
    e.service = QStringLiteral("PJSIP");
    e.account = msg.has("EndpointName") ? msg.text("EndpointName") : msg.text("AOR");
    e.srcIp = hostOfSipUri(msg.value("URI"));
    e.userAgent = msg.text("UserAgent");
    e.detail = str(status);
    if (up && !e.srcIp.isEmpty() && (m_contacts.size() < kMaxKnownContacts || m_contacts.contains(e.account)))
        m_contacts.insert(e.account, e.srcIp);
    out.append(e);
}

void AmiNormalizer::registry(const AmiMessage &msg, EventList &out)
{
    // Outbound registration to a provider (a trunk), not a phone.
    const QByteArrayView status = msg.value("Status");
    Event e = base(msg, status == "Registered" ? EventKind::Registration : EventKind::Unregistration);
    e.service = msg.text("ChannelType");
    e.account = msg.text("Username");
    e.destination = msg.text("Domain");
    e.detail = QStringLiteral("trunk ") + str(status);
    if (msg.has("Cause"))
        e.detail += QStringLiteral(" (") + msg.text("Cause") + QLatin1Char(')');
    out.append(e);
}

QVector<ActiveCall> AmiNormalizer::activeCalls() const
{
    QVector<ActiveCall> calls;
    calls.reserve(m_calls.size());
    for (const Call &c : m_calls)
        calls.append(c.info);
    return calls;
}

} // namespace tg
