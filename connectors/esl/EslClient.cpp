#include "EslClient.h"

#include "common/ConnectorLimits.h"
#include "common/SocketCloser.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QTimerEvent>
#include <QUuid>

#include <utility>

namespace tg {

namespace {

bool hasLineBreak(QByteArrayView v)
{
    return v.contains('\r') || v.contains('\n');
}

QByteArray firstLine(QByteArrayView v)
{
    const qsizetype nl = v.indexOf('\n');
    return (nl < 0 ? v : v.first(nl)).toByteArray().trimmed();
}

// "+OK Job-UUID: 7f4d..." -> "7f4d..."
QByteArray jobUuidOfReply(QByteArrayView replyText)
{
    const qsizetype p = replyText.indexOf("Job-UUID:");
    return p < 0 ? QByteArray() : replyText.sliced(p + 9).toByteArray().trimmed();
}

} // namespace

EslClient::EslClient(const PbxProfile &profile, QObject *parent)
    : QObject(parent),
      m_profile(profile),
      m_events(EslNormalizer::defaultEvents()),
      m_subclasses(EslNormalizer::defaultSubclasses()),
      m_normalizer(std::make_unique<EslNormalizer>(profile.name)),
      m_status(profile.name, QStringLiteral("ESL"))
{
    m_mono.start();
    m_reconnectTimer.setSingleShot(true);
    m_connectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EslClient::connectNow);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        dropConnection(LinkState::Reconnecting,
                       tr("PBX %1 (%2) did not complete the event socket login within %3 s; Tollgate will retry.")
                           .arg(m_profile.name, where())
                           .arg(m_timing.connectTimeoutMs / 1000.0),
                       m_policy.nextDelayMs());
    });
    connect(&m_keepaliveTimer, &QTimer::timeout, this, &EslClient::keepalive);
}

EslClient::~EslClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void EslClient::setSecret(const QString &password)
{
    const bool changed = password != m_secret;
    m_secret = password;
    // A corrected password is the one thing that ends an authentication failure without start().
    if (changed && m_started && state() == LinkState::AuthFailed) {
        m_policy.reset();
        connectNow();
    }
}

void EslClient::setSubscription(const QStringList &events, const QStringList &customSubclasses)
{
    m_events = events.isEmpty() ? EslNormalizer::defaultEvents() : events;
    m_subclasses = customSubclasses;
}

void EslClient::setTiming(const Timing &timing)
{
    m_timing = timing;
    if (m_keepaliveTimer.isActive())
        m_keepaliveTimer.start(qMax(1, m_timing.keepaliveIntervalMs / 2));
}

void EslClient::setClock(const Clock &clock)
{
    m_normalizer = std::make_unique<EslNormalizer>(m_profile.name, clock);
}

QString EslClient::where() const
{
    return QStringLiteral("%1:%2").arg(m_profile.host).arg(m_profile.port);
}

int EslClient::reconnectDelayMs() const
{
    return m_reconnectTimer.isActive() ? m_reconnectTimer.remainingTime() : -1;
}

bool EslClient::isValidUuid(const QString &uuid)
{
    if (uuid.isEmpty() || uuid.size() > 64)
        return false;
    for (QChar c : uuid) {
        const char l = c.toLower().toLatin1();
        if (!((l >= '0' && l <= '9') || (l >= 'a' && l <= 'f') || l == '-'))
            return false;
    }
    return true;
}

// ---- connection life cycle ----

void EslClient::start()
{
    m_started = true;
    m_reconnectTimer.stop();
    m_policy.reset();
    if (m_socket && m_phase != Phase::Idle && state() != LinkState::AuthFailed && state() != LinkState::Error)
        return;   // already connecting or connected
    connectNow();
}

void EslClient::stop()
{
    m_started = false;
    m_reconnectTimer.stop();
    m_connectTimer.stop();
    m_keepaliveTimer.stop();
    ++m_generation;
    if (m_socket) {
        if (m_phase == Phase::Up) {
            m_socket->write("exit\n\n");   // polite goodbye: FreeSWITCH logs a clean close
            releaseSocket(true);
        } else {
            releaseSocket(false);
        }
    }
    m_phase = Phase::Idle;
    failAllPending(tr("Monitoring of PBX %1 was stopped before the command completed.").arg(m_profile.name));
    m_normalizer->clearCalls();
    m_parser.reset();
    setState(LinkState::Disabled, tr("Monitoring of PBX %1 is stopped.").arg(m_profile.name));
}

void EslClient::connectNow()
{
    m_reconnectTimer.stop();
    if (!m_started)
        return;
    if (m_socket)
        releaseSocket(false);
    ++m_generation;
    ++m_connectAttempts;
    m_phase = Phase::Connecting;
    m_parser.reset();
    m_parsed.clear();
    m_probeOutstanding = false;
    m_disconnectNotice.clear();
    m_lastRxMs = m_mono.elapsed();

    // While retrying, stay "Reconnecting": a PBX down for an hour is one state change.
    if (state() != LinkState::Reconnecting && state() != LinkState::Error)
        setState(LinkState::Connecting, tr("Connecting to PBX %1 (%2).").arg(m_profile.name, where()));

    m_socket = new QTcpSocket(this);
    m_socket->setReadBufferSize(ConnectorLimits::kReadBufferBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &EslClient::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &EslClient::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &EslClient::onSocketError);
    m_connectTimer.start(m_timing.connectTimeoutMs);
    m_socket->connectToHost(m_profile.host, m_profile.port);
}

void EslClient::releaseSocket(bool graceful)
{
    QTcpSocket *s = m_socket;
    m_socket = nullptr;
    SocketCloser::close(s, this, graceful);
}

void EslClient::dropConnection(LinkState next, const QString &reason, int retryDelayMs)
{
    ++m_generation;
    m_connectTimer.stop();
    m_keepaliveTimer.stop();
    m_probeOutstanding = false;
    releaseSocket(false);
    m_phase = Phase::Idle;
    m_parser.reset();
    m_parsed.clear();
    m_normalizer->clearCalls();   // their legs are unknown after a gap
    failAllPending(reason);
    const quint64 gen = m_generation;
    setState(next, reason);
    if (m_started && retryDelayMs >= 0 && gen == m_generation && !m_socket)
        m_reconnectTimer.start(retryDelayMs);
}

void EslClient::onDisconnected()
{
    if (m_phase == Phase::Idle)
        return;
    QString reason;
    if (!m_disconnectNotice.isEmpty())
        reason = tr("PBX %1 (%2) closed the event socket (\"%3\"); Tollgate is reconnecting.")
                     .arg(m_profile.name, where(), m_disconnectNotice);
    else if (m_phase == Phase::Up)
        reason = tr("The event socket connection to PBX %1 (%2) was closed by the PBX; Tollgate is reconnecting.")
                     .arg(m_profile.name, where());
    else
        reason = tr("PBX %1 (%2) closed the event socket before the login completed; Tollgate will retry.")
                     .arg(m_profile.name, where());
    dropConnection(LinkState::Reconnecting, reason, m_policy.nextDelayMs());
}

void EslClient::onSocketError()
{
    if (!m_socket)
        return;
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    QString reason;
    if (m_phase == Phase::Up)
        reason = tr("The event socket connection to PBX %1 (%2) failed: %3. Tollgate is reconnecting.")
                     .arg(m_profile.name, where(), m_socket->errorString());
    else
        reason = tr("Cannot connect to PBX %1 (%2): %3. Check that FreeSWITCH runs, that mod_event_socket listens "
                    "on this address (event_socket.conf.xml, usually port 8021) and that it is reachable from "
                    "this computer, or use an SSH tunnel; Tollgate will retry.")
                     .arg(m_profile.name, where(), m_socket->errorString());
    dropConnection(LinkState::Reconnecting, reason, m_policy.nextDelayMs());
}

// ---- reading ----

void EslClient::onReadyRead()
{
    if (!m_socket)
        return;
    const quint64 gen = m_generation;
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    m_lastRxMs = m_mono.elapsed();
    m_parser.feed(data, m_parsed);

    EventList batch;
    // Taken out first: a handler below may drop the connection and reset the parser state.
    QVector<EslMessage> messages = std::move(m_parsed.messages);
    const QStringList errors = std::move(m_parsed.errors);
    m_parsed.clear();
    for (const QString &err : errors) {
        Event e;
        e.timeMs = QDateTime::currentMSecsSinceEpoch();
        e.pbx = m_profile.name;
        e.kind = EventKind::ProtocolError;
        e.type = QStringLiteral("ProtocolError");
        e.service = QStringLiteral("ESL");
        e.detail = err;
        batch.append(e);
    }
    for (EslMessage &msg : messages) {
        if (gen != m_generation)
            break;
        handleMessage(std::move(msg), batch);
    }
    emitBatch(batch);
}

void EslClient::handleMessage(EslMessage &&msg, EventList &batch)
{
    switch (msg.type) {
    case EslMessage::Type::AuthRequest:
        if (m_phase != Phase::Connecting)
            return;
        m_phase = Phase::Auth;
        if (hasLineBreak(m_secret.toUtf8())) {
            // It would end the auth command and start another: never sent.
            dropConnection(LinkState::AuthFailed,
                           tr("The ESL password of PBX %1 contains a line break, which the event socket cannot "
                              "carry; correct it in the PBX settings.")
                               .arg(m_profile.name),
                           -1);
            return;
        }
        // The password is sent as is: ESL has no challenge. Hence SSH tunnels for remote PBXes.
        queue("auth " + m_secret.toUtf8() + "\n\n", "auth", Expect::Reply, {}, m_timing.connectTimeoutMs,
              AuthCommand);
        return;
    case EslMessage::Type::RudeRejection:
        dropConnection(LinkState::Error,
                       tr("PBX %1 (%2) refused the connection: the FreeSWITCH ACL refused this address "
                          "(apply-inbound-acl in event_socket.conf.xml). Allow this computer's address there, or "
                          "reach the event socket through an SSH tunnel; Tollgate will try again in %3 s.")
                           .arg(m_profile.name, where())
                           .arg(m_policy.settings().maxDelayMs / 1000),
                       m_policy.settings().maxDelayMs);
        return;
    case EslMessage::Type::DisconnectNotice:
        // "linger" keeps the socket open a while (outbound sessions); anything else closes it.
        if (msg.header("Content-Disposition").compare("linger", Qt::CaseInsensitive) != 0)
            m_disconnectNotice = QString::fromUtf8(firstLine(msg.body()).left(200));
        return;
    case EslMessage::Type::CommandReply:
    case EslMessage::Type::ApiResponse:
        handleAnswer(std::move(msg));
        return;
    case EslMessage::Type::EventPlain:
    case EslMessage::Type::EventJson:
        if (msg.eventName() == "BACKGROUND_JOB" && m_jobs.contains(msg.eventValue("Job-UUID"))) {
            handleBackgroundJob(msg);
            return;
        }
        m_normalizer->normalize(msg, batch);
        return;
    default:
        return;   // log/data, XML events: not asked for
    }
}

void EslClient::handleAnswer(EslMessage &&msg)
{
    if (m_outstanding.empty())
        return;   // unsolicited
    const Outstanding o = m_outstanding.front();
    m_outstanding.pop_front();
    Pending *pending = m_pending.find(o.serial);
    if (!pending)
        return;   // the late answer to a command that timed out: consumed, order kept
    Pending &p = *pending;
    CommandResult &r = p.result;
    r.replyText = msg.replyText().toByteArray();
    r.body = msg.body().toByteArray();
    if (msg.type == EslMessage::Type::ApiResponse) {
        const QByteArray line = firstLine(r.body);
        r.ok = !line.startsWith("-ERR") && !line.startsWith("-USAGE");
        if (!r.ok)
            r.error = tr("PBX %1 refused %2: %3").arg(m_profile.name, QString::fromUtf8(p.what), QString::fromUtf8(line));
    } else {
        r.ok = r.replyText.startsWith("+OK");
        if (!r.ok)
            r.error = tr("PBX %1 refused %2: %3")
                          .arg(m_profile.name, QString::fromUtf8(p.what),
                               r.replyText.isEmpty() ? tr("no reason given") : QString::fromUtf8(r.replyText));
    }
    if (p.bgapi && r.ok) {
        QByteArray job = msg.header("Job-UUID").toByteArray();
        if (job.isEmpty())
            job = jobUuidOfReply(r.replyText);
        if (job.isEmpty())
            job = p.jobUuid;
        p.jobUuid = job;
        r.jobUuid = job;
        m_jobs.insert(job, p.serial);   // the result comes later, in a BACKGROUND_JOB event
        return;
    }
    finish(o.serial);
}

void EslClient::handleBackgroundJob(const EslMessage &msg)
{
    const quint64 serial = m_jobs.take(msg.eventValue("Job-UUID"));
    Pending *p = m_pending.find(serial);
    if (!p)
        return;
    CommandResult &r = p->result;
    r.body = msg.eventBody();
    const QByteArray line = firstLine(r.body);
    r.ok = !line.startsWith("-ERR") && !line.startsWith("-USAGE");
    if (!r.ok)
        r.error = tr("PBX %1 refused %2: %3").arg(m_profile.name, QString::fromUtf8(p->what), QString::fromUtf8(line));
    finish(serial);
}

// ---- commands ----

bool EslClient::queue(const QByteArray &wire, const QByteArray &what, Expect expect, CommandCallback cb,
                      int timeoutMs, int internal, bool bgapi, const QByteArray &jobUuid)
{
    CommandResult fail;
    if (!m_socket || (m_phase != Phase::Up && !internal))
        fail.error = tr("PBX %1 is not connected; %2 was not sent.").arg(m_profile.name, QString::fromUtf8(what.left(60)));
    else if (int(m_outstanding.size()) >= kMaxPendingCommands)
        fail.error = tr("Too many commands are waiting for PBX %1; %2 was not sent.")
                         .arg(m_profile.name, QString::fromUtf8(what.left(60)));
    if (!fail.error.isEmpty()) {
        if (internal)
            handleInternal(internal, fail);
        else
            deliverLater(std::move(cb), fail);
        return false;
    }
    Pending p;
    p.serial = ++m_nextSerial;
    p.what = what;
    p.cb = std::move(cb);
    p.internal = internal;
    p.bgapi = bgapi;
    p.jobUuid = jobUuid;
    p.result.jobUuid = jobUuid;
    m_outstanding.push_back({p.serial, expect});
    const quint64 serial = p.serial;
    m_pending.add(serial, std::move(p), timeoutMs < 0 ? m_timing.defaultCommandTimeoutMs : qMax(1, timeoutMs));
    m_socket->write(wire);
    return true;
}

void EslClient::apiCommand(const QByteArray &verb, const QString &command, CommandCallback cb, int timeoutMs)
{
    const QByteArray cmd = command.trimmed().toUtf8();
    const QByteArray what = verb + ' ' + cmd.left(60);
    if (cmd.isEmpty() || hasLineBreak(cmd)) {
        CommandResult r;
        r.error = tr("The ESL command \"%1\" was not sent: it is empty or contains a line break.")
                      .arg(QString::fromUtf8(cmd.left(60)));
        deliverLater(std::move(cb), r);
        return;
    }
    if (verb == "bgapi") {
        // Our own Job-UUID, so the job is known even before the reply names it.
        const QByteArray job = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        queue("bgapi " + cmd + "\nJob-UUID: " + job + "\n\n", what, Expect::Reply, std::move(cb), timeoutMs, None,
              true, job);
        return;
    }
    queue("api " + cmd + "\n\n", what, Expect::Api, std::move(cb), timeoutMs, None);
}

void EslClient::api(const QString &command, CommandCallback cb, int timeoutMs)
{
    apiCommand("api", command, std::move(cb), timeoutMs);
}

void EslClient::bgapi(const QString &command, CommandCallback cb, int timeoutMs)
{
    apiCommand("bgapi", command, std::move(cb), timeoutMs);
}

void EslClient::uuidKill(const QString &uuid, CommandCallback cb, const QString &cause)
{
    // The uuid comes from an event: validated so it cannot carry a second argument or command.
    bool causeOk = true;
    for (QChar c : cause)
        causeOk &= (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_');
    if (!isValidUuid(uuid) || !causeOk) {
        CommandResult r;
        r.error = tr("The call \"%1\" on PBX %2 was not hung up: that is not a FreeSWITCH call UUID or cause.")
                      .arg(uuid.left(64), m_profile.name);
        deliverLater(std::move(cb), r);
        return;
    }
    api(cause.isEmpty() ? QStringLiteral("uuid_kill %1").arg(uuid) : QStringLiteral("uuid_kill %1 %2").arg(uuid, cause),
        std::move(cb));
}

void EslClient::reloadXml(CommandCallback cb)
{
    api(QStringLiteral("reloadxml"), std::move(cb));
}

void EslClient::filter(const QString &header, const QString &value, CommandCallback cb)
{
    const QByteArray h = header.toUtf8();
    const QByteArray v = value.toUtf8();
    if (h.isEmpty() || h.contains(' ') || hasLineBreak(h) || hasLineBreak(v)) {
        CommandResult r;
        r.error = tr("The ESL filter on \"%1\" was not sent: the header name or value is not valid.")
                      .arg(header.left(60));
        deliverLater(std::move(cb), r);
        return;
    }
    queue("filter " + h + ' ' + v + "\n\n", "filter " + h, Expect::Reply, std::move(cb), -1, None);
}

void EslClient::sendCommand(const QByteArray &line, CommandCallback cb, int timeoutMs)
{
    const QByteArray cmd = line.trimmed();
    if (cmd.isEmpty() || hasLineBreak(cmd)) {
        CommandResult r;
        r.error = tr("The ESL command \"%1\" was not sent: it is empty or contains a line break.")
                      .arg(QString::fromUtf8(cmd.left(60)));
        deliverLater(std::move(cb), r);
        return;
    }
    const Expect expect = cmd.startsWith("api ") ? Expect::Api : Expect::Reply;
    queue(cmd + "\n\n", cmd.left(60), expect, std::move(cb), timeoutMs, None);
}

void EslClient::finish(quint64 serial)
{
    std::optional<Pending> p = m_pending.take(serial);
    if (!p)
        return;
    if (p->internal)
        handleInternal(p->internal, p->result);
    else
        deliverLater(std::move(p->cb), std::move(p->result));
}

void EslClient::timerEvent(QTimerEvent *event)
{
    if (!m_pending.ownsTimer(event->timerId())) {
        QObject::timerEvent(event);
        return;
    }
    const std::optional<quint64> serial = m_pending.expire(event->timerId());
    if (!serial)
        return;
    Pending &p = *m_pending.find(*serial);
    p.result.ok = false;
    p.result.error = tr("PBX %1 did not answer %2 in time.").arg(m_profile.name, QString::fromUtf8(p.what));
    if (!p.jobUuid.isEmpty())
        m_jobs.remove(p.jobUuid);
    // Its answer may still come: the entry in m_outstanding stays, so it is consumed in order.
    if (p.internal == ProbeCommand) {
        m_pending.take(*serial);
        onProbeTimeout();
        return;
    }
    finish(*serial);
}

void EslClient::failAllPending(const QString &why)
{
    const auto pending = m_pending.takeAll();
    m_outstanding.clear();
    m_jobs.clear();
    for (const Pending &p : pending) {
        if (p.internal)
            continue;   // login and keepalive die with their connection
        CommandResult r = p.result;
        r.ok = false;
        r.error = why;
        deliverLater(p.cb, std::move(r));
    }
}

void EslClient::deliverLater(CommandCallback cb, CommandResult r)
{
    if (!cb)
        return;
    // Never call back into user code from inside our own parsing or from inside api().
    QMetaObject::invokeMethod(
        this, [cb = std::move(cb), r = std::move(r)] { cb(r); }, Qt::QueuedConnection);
}

// ---- login, subscription and keepalive ----

void EslClient::handleInternal(int kind, const CommandResult &r)
{
    switch (kind) {
    case AuthCommand:
        if (r.ok) {
            subscribe();
            return;
        }
        if (r.replyText.startsWith("-ERR")) {
            dropConnection(LinkState::AuthFailed,
                           tr("PBX %1 (%2) rejected the event socket login: wrong ESL password. Check the password in "
                              "the PBX settings against event_socket.conf.xml. Tollgate will not retry until you "
                              "reconnect or change the password.")
                               .arg(m_profile.name, where()),
                           -1);
            return;
        }
        dropConnection(LinkState::Reconnecting, r.error, m_policy.nextDelayMs());
        return;
    case SubscribeCommand:
        if (!r.ok) {
            dropConnection(LinkState::Error,
                           tr("PBX %1 (%2) refused the event subscription (%3). Check that the ESL user may "
                              "subscribe to events; Tollgate will try again later.")
                               .arg(m_profile.name, where(), r.error),
                           m_policy.settings().maxDelayMs);
            return;
        }
        for (const auto &f : std::as_const(m_filters)) {
            if (f.first.isEmpty() || f.first.contains(' ') || hasLineBreak(f.first) || hasLineBreak(f.second))
                continue;
            queue("filter " + f.first + ' ' + f.second + "\n\n", "filter " + f.first, Expect::Reply, {}, -1,
                  FilterCommand);
        }
        m_connectTimer.stop();
        m_phase = Phase::Up;
        m_policy.reset();
        m_keepaliveTimer.start(qMax(1, m_timing.keepaliveIntervalMs / 2));
        setState(LinkState::Connected, tr("Connected to PBX %1 (%2).").arg(m_profile.name, where()));
        queue("api version\n\n", "api version", Expect::Api, {}, m_timing.defaultCommandTimeoutMs, VersionCommand);
        return;
    case VersionCommand:
        if (r.ok && !r.body.isEmpty())
            m_version = QString::fromUtf8(firstLine(r.body).left(200));
        return;
    case ProbeCommand:
        m_probeOutstanding = false;
        return;
    default:
        return;
    }
}

void EslClient::subscribe()
{
    m_phase = Phase::Subscribing;
    QByteArray line = m_format == EventFormat::Json ? "event json" : "event plain";
    for (const QString &e : std::as_const(m_events))
        line += ' ' + e.trimmed().toUtf8();
    if (!m_subclasses.isEmpty()) {
        line += " CUSTOM";
        for (const QString &s : std::as_const(m_subclasses))
            line += ' ' + s.trimmed().toUtf8();
    }
    if (hasLineBreak(line))
        line = m_format == EventFormat::Json ? "event json ALL" : "event plain ALL";
    queue(line + "\n\n", "event", Expect::Reply, {}, m_timing.connectTimeoutMs, SubscribeCommand);
}

void EslClient::keepalive()
{
    if (m_phase != Phase::Up || m_probeOutstanding)
        return;
    // A HEARTBEAT (or any other byte) within the interval proves the link; probe only a silent one.
    if (m_mono.elapsed() - m_lastRxMs < m_timing.keepaliveIntervalMs)
        return;
    m_probeOutstanding =
        queue("api strepoch\n\n", "api strepoch", Expect::Api, {}, m_timing.probeTimeoutMs, ProbeCommand);
}

void EslClient::onProbeTimeout()
{
    m_probeOutstanding = false;
    if (m_mono.elapsed() - m_lastRxMs < m_timing.probeTimeoutMs)
        return;
    dropConnection(LinkState::Reconnecting,
                   tr("PBX %1 (%2) stopped answering (no HEARTBEAT and no reply to the keepalive within %3 s); "
                      "Tollgate is reconnecting.")
                       .arg(m_profile.name, where())
                       .arg((m_timing.keepaliveIntervalMs + m_timing.probeTimeoutMs) / 1000.0),
                   m_policy.nextDelayMs());
}

// ---- state ----

void EslClient::setState(LinkState s, const QString &reason, EventList *batch)
{
    if (!m_status.update(s, reason))
        return;
    if (batch) {
        batch->append(m_status.event());
    } else {
        EventList one{m_status.event()};
        emitBatch(one);
    }
    Q_EMIT stateChanged(s, reason);
}

void EslClient::emitBatch(EventList &batch)
{
    if (!batch.isEmpty())
        Q_EMIT eventsReady(batch);
}

} // namespace tg
