#include "AmiClient.h"

#include "CertificatePin.h"

#include "common/SocketCloser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimerEvent>

#include <utility>

namespace tg {

namespace {

constexpr qsizetype kReadBufferBytes = 256 * 1024;        // back-pressure on a flooding peer
constexpr qsizetype kMaxListBytes = 64 * 1024 * 1024;      // one list answer (e.g. a huge SIPpeers)

using Header = QPair<QByteArray, QByteArray>;

bool hasLineBreak(QByteArrayView v)
{
    return v.contains('\r') || v.contains('\n');
}

bool equalsNoCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

AmiClient::AmiClient(const PbxProfile &profile, QObject *parent)
    : QObject(parent),
      m_profile(profile),
      m_normalizer(std::make_unique<AmiNormalizer>(profile.name))
{
    m_mono.start();
    m_reconnectTimer.setSingleShot(true);
    m_connectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &AmiClient::connectNow);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        dropConnection(LinkState::Reconnecting,
                       tr("PBX %1 (%2) did not complete the AMI login within %3 s; Tollgate will retry.")
                           .arg(m_profile.name, where())
                           .arg(m_timing.connectTimeoutMs / 1000.0),
                       m_policy.nextDelayMs());
    });
    connect(&m_pingTimer, &QTimer::timeout, this, &AmiClient::sendKeepalive);
}

AmiClient::~AmiClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void AmiClient::setSecret(const QString &secret)
{
    const bool changed = secret != m_secret;
    m_secret = secret;
    // A corrected secret is the one thing that ends an authentication failure without start().
    if (changed && m_started && m_state == LinkState::AuthFailed) {
        m_policy.reset();
        connectNow();
    }
}

void AmiClient::setEventMask(const QString &mask)
{
    const QByteArray m = mask.trimmed().toUtf8();
    m_eventMask = (m.isEmpty() || hasLineBreak(m)) ? QByteArray("on") : m;
}

void AmiClient::setTiming(const Timing &timing)
{
    m_timing = timing;
    if (m_pingTimer.isActive())
        m_pingTimer.start(m_timing.pingIntervalMs);
}

void AmiClient::setClock(const Clock &clock)
{
    m_normalizer = std::make_unique<AmiNormalizer>(m_profile.name, clock);
}

QString AmiClient::where() const
{
    return QStringLiteral("%1:%2").arg(m_profile.host).arg(m_profile.port);
}

int AmiClient::reconnectDelayMs() const
{
    return m_reconnectTimer.isActive() ? m_reconnectTimer.remainingTime() : -1;
}

// ---- connection life cycle ----

void AmiClient::start()
{
    m_started = true;
    m_reconnectTimer.stop();
    m_policy.reset();
    if (m_socket && m_phase != Phase::Idle && m_state != LinkState::AuthFailed && m_state != LinkState::Error)
        return;   // already connecting or connected
    m_pin.clear();
    if (m_profile.tls && !m_profile.tlsFingerprint.trimmed().isEmpty()) {
        m_pin = normalizeFingerprint(m_profile.tlsFingerprint);
        if (m_pin.isEmpty()) {
            setState(LinkState::Error,
                     tr("The trusted certificate fingerprint of PBX %1 is not a SHA-256 fingerprint (64 hex "
                        "digits); correct it in the PBX settings.")
                         .arg(m_profile.name));
            return;
        }
    }
    if (m_profile.tls && !QSslSocket::supportsSsl()) {
        setState(LinkState::Error, tr("PBX %1 is set to use TLS, but this system has no TLS library; install "
                                      "OpenSSL or turn TLS off for this PBX.")
                                       .arg(m_profile.name));
        return;
    }
    connectNow();
}

void AmiClient::stop()
{
    m_started = false;
    m_reconnectTimer.stop();
    m_connectTimer.stop();
    m_pingTimer.stop();
    ++m_generation;
    if (m_socket) {
        if (m_phase == Phase::Up) {
            // Polite goodbye so the PBX logs a logoff rather than a lost connection.
            m_socket->write("Action: Logoff\r\nActionID: tg-logoff\r\n\r\n");
            releaseSocket(true);
        } else {
            releaseSocket(false);
        }
    }
    m_phase = Phase::Idle;
    failAllPending(tr("Monitoring of PBX %1 was stopped before the action completed.").arg(m_profile.name));
    m_normalizer->clearCalls();
    m_parser.reset();
    setState(LinkState::Disabled, tr("Monitoring of PBX %1 is stopped.").arg(m_profile.name));
}

void AmiClient::connectNow()
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
    m_pingOutstanding = false;
    m_shutdownSeen = false;
    m_lastRxMs = m_mono.elapsed();

    // While retrying, stay "Reconnecting": a PBX that is down for an hour is one state change,
    // not one event per attempt.
    const quint64 gen = m_generation;
    if (m_state != LinkState::Reconnecting && m_state != LinkState::Error)
        setState(LinkState::Connecting, tr("Connecting to PBX %1 (%2).").arg(m_profile.name, where()));
    if (!m_started || gen != m_generation)
        return;   // a receiver of the state change stopped or restarted us

    if (m_profile.tls) {
        auto *ssl = new QSslSocket(this);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        if (!m_caCertificates.isEmpty())
            conf.addCaCertificates(m_caCertificates);
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        ssl->setSslConfiguration(conf);
        connect(ssl, &QSslSocket::sslErrors, this, &AmiClient::onSslErrors);
        connect(ssl, &QSslSocket::encrypted, this, &AmiClient::onEncrypted);
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
    }
    m_socket->setReadBufferSize(kReadBufferBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &AmiClient::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &AmiClient::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &AmiClient::onSocketError);
    m_connectTimer.start(m_timing.connectTimeoutMs);
    if (m_profile.tls)
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(m_profile.host, m_profile.port);
    else
        m_socket->connectToHost(m_profile.host, m_profile.port);
}

void AmiClient::releaseSocket(bool graceful)
{
    QTcpSocket *s = m_socket;
    m_socket = nullptr;
    SocketCloser::close(s, this, graceful);
}

void AmiClient::dropConnection(LinkState next, const QString &reason, int retryDelayMs)
{
    ++m_generation;
    m_connectTimer.stop();
    m_pingTimer.stop();
    m_pingOutstanding = false;
    releaseSocket(false);
    m_phase = Phase::Idle;
    m_parser.reset();
    m_parsed.clear();
    m_normalizer->clearCalls();   // their channels are unknown after a gap
    failAllPending(reason);
    const quint64 gen = m_generation;
    setState(next, reason);
    if (m_started && retryDelayMs >= 0 && gen == m_generation && !m_socket)
        m_reconnectTimer.start(retryDelayMs);
}

void AmiClient::onDisconnected()
{
    QString reason;
    if (m_phase == Phase::Up && m_shutdownSeen)
        reason = tr("PBX %1 (%2) is shutting down or restarting; Tollgate reconnects when it is back.")
                     .arg(m_profile.name, where());
    else if (m_phase == Phase::Up)
        reason = tr("The AMI connection to PBX %1 (%2) was closed by the PBX; Tollgate is reconnecting.")
                     .arg(m_profile.name, where());
    else
        reason = tr("PBX %1 (%2) closed the AMI connection before the login completed; Tollgate will retry.")
                     .arg(m_profile.name, where());
    dropConnection(LinkState::Reconnecting, reason, m_policy.nextDelayMs());
}

void AmiClient::onSocketError()
{
    if (!m_socket)
        return;
    const auto err = m_socket->error();
    if (err == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    QString reason;
    if (m_phase == Phase::Up)
        reason = tr("The AMI connection to PBX %1 (%2) failed: %3. Tollgate is reconnecting.")
                     .arg(m_profile.name, where(), m_socket->errorString());
    else
        reason = tr("Cannot connect to PBX %1 (%2): %3. Check that Asterisk runs and that its AMI port is "
                    "reachable from this computer; Tollgate will retry.")
                     .arg(m_profile.name, where(), m_socket->errorString());
    dropConnection(LinkState::Reconnecting, reason, m_policy.nextDelayMs());
}

// ---- TLS ----

QString AmiClient::certificateFingerprint(const QSslCertificate &cert)
{
    return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex());
}

QString AmiClient::normalizeFingerprint(const QString &text)
{
    return CertificatePin::normalize(text);
}

bool AmiClient::pinMatches(const QSslCertificate &cert) const
{
    return !cert.isNull() && certificateFingerprint(cert) == m_pin;
}

QString AmiClient::pinMismatchReason(const QSslCertificate &cert) const
{
    return tr("The TLS certificate of PBX %1 (%2) has changed: Tollgate trusts SHA-256 %3, the PBX presented "
              "%4. The connection was refused and no password was sent. If the certificate was replaced on "
              "purpose, check the new fingerprint on the PBX and trust it in the PBX settings; otherwise "
              "someone may be intercepting the connection.")
        .arg(m_profile.name, where(), m_pin, cert.isNull() ? tr("no certificate") : certificateFingerprint(cert));
}

void AmiClient::onSslErrors(const QList<QSslError> &errors)
{
    auto *ssl = qobject_cast<QSslSocket *>(m_socket);
    if (!ssl)
        return;
    const QSslCertificate cert = ssl->peerCertificate();
    if (!m_pin.isEmpty()) {
        if (pinMatches(cert)) {
            // The user trusted exactly this certificate: its issuer and name do not matter.
            ssl->ignoreSslErrors(errors);
            return;
        }
        dropConnection(LinkState::Error, pinMismatchReason(cert), m_policy.settings().maxDelayMs);
        return;
    }
    QStringList what;
    for (const QSslError &e : errors)
        what << e.errorString();
    what.removeDuplicates();
    dropConnection(LinkState::Error,
                   tr("The TLS certificate of PBX %1 (%2) could not be verified: %3. No password was sent. If "
                      "the PBX uses a self-signed certificate, compare its SHA-256 fingerprint %4 with the one "
                      "on the PBX and, if they match, trust it in the PBX settings.")
                       .arg(m_profile.name, where(), what.join(QStringLiteral("; ")),
                            cert.isNull() ? tr("(none)") : certificateFingerprint(cert)),
                   m_policy.settings().maxDelayMs);
}

void AmiClient::onEncrypted()
{
    auto *ssl = qobject_cast<QSslSocket *>(m_socket);
    if (!ssl || m_pin.isEmpty())
        return;
    // A pin also binds a certificate that a CA would accept: any other certificate is refused.
    if (!pinMatches(ssl->peerCertificate()))
        dropConnection(LinkState::Error, pinMismatchReason(ssl->peerCertificate()), m_policy.settings().maxDelayMs);
}

// ---- reading ----

void AmiClient::onReadyRead()
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
    QByteArray banner = std::move(m_parsed.banner);
    QVector<AmiMessage> messages = std::move(m_parsed.messages);
    const QStringList errors = std::move(m_parsed.errors);
    m_parsed.clear();

    for (const QString &err : errors) {
        Event e;
        e.timeMs = QDateTime::currentMSecsSinceEpoch();
        e.pbx = m_profile.name;
        e.kind = EventKind::ProtocolError;
        e.type = QStringLiteral("ProtocolError");
        e.service = QStringLiteral("AMI");
        e.detail = err;
        batch.append(e);
    }
    if (!banner.isEmpty())
        onBanner(banner);
    for (AmiMessage &msg : messages) {
        if (gen != m_generation)
            break;
        handleMessage(std::move(msg), batch);
    }
    emitBatch(batch);
}

void AmiClient::onBanner(const QByteArray &banner)
{
    if (m_phase != Phase::Connecting)
        return;
    if (!banner.contains("Call Manager")) {
        dropConnection(LinkState::Error,
                       tr("%1 (PBX %2) is not an Asterisk Manager Interface: it greeted with \"%3\". Check the "
                          "host and port (AMI is usually 5038, or 5039 with TLS).")
                           .arg(where(), m_profile.name, QString::fromUtf8(banner.left(80))),
                       m_policy.settings().maxDelayMs);
        return;
    }
    const qsizetype slash = banner.lastIndexOf('/');
    m_amiVersion = QString::fromUtf8(slash >= 0 ? banner.mid(slash + 1) : banner);
    m_version = QString::fromUtf8(banner);
    m_phase = Phase::Login;
    if (m_authMethod == AuthMethod::Md5Challenge)
        queueAction("Challenge", {{"AuthType", "MD5"}}, {}, m_timing.connectTimeoutMs, ChallengeAction);
    else
        sendLogin({});
}

void AmiClient::handleMessage(AmiMessage &&msg, EventList &batch)
{
    if (msg.isResponse()) {
        const QByteArray id = msg.value("ActionID").toByteArray();
        if (Pending *p = m_pending.find(id))
            handleResponse(*p, std::move(msg));
        return;   // a late answer to a timed-out action, or one without an ActionID
    }
    if (!msg.isEvent())
        return;
    const QByteArrayView id = msg.value("ActionID");
    if (!id.isEmpty()) {
        Pending *listing = m_pending.find(id.toByteArray());
        if (listing && listing->listStarted) {
            Pending &p = *listing;
            if (equalsNoCase(msg.value("EventList"), "Complete")) {
                p.result.ok = p.result.error.isEmpty();
                p.result.response = std::move(msg);
                finishAction(p.actionId);
            } else if (p.result.listItems.size() < kMaxListItems && p.listBytes + msg.raw.size() <= kMaxListBytes) {
                p.listBytes += msg.raw.size();
                p.result.listItems.append(std::move(msg));
            } else if (p.result.error.isEmpty()) {
                p.result.error = tr("The answer of PBX %1 to %2 was too large and was cut off.")
                                     .arg(m_profile.name, QString::fromUtf8(p.action));
            }
            return;
        }
        if (id.startsWith("tg-")) {
            // Outcome of one of our own actions after its answer (e.g. OriginateResponse): keep it.
            Event e;
            e.timeMs = QDateTime::currentMSecsSinceEpoch();
            e.pbx = m_profile.name;
            e.kind = EventKind::Raw;
            e.type = QString::fromUtf8(msg.eventName());
            e.service = QStringLiteral("AMI");
            e.raw = msg.raw;
            batch.append(e);
            return;
        }
    }
    if (msg.eventName() == "Shutdown")
        m_shutdownSeen = true;
    m_normalizer->normalize(msg, batch);
}

void AmiClient::handleResponse(Pending &p, AmiMessage &&msg)
{
    const QByteArrayView response = msg.value("Response");
    const bool success = equalsNoCase(response, "Success") || equalsNoCase(response, "Follows")
                         || equalsNoCase(response, "Goodbye");
    if (success && equalsNoCase(msg.value("EventList"), "start")) {
        p.listStarted = true;   // the items follow as events with our ActionID, then "Complete"
        p.result.response = std::move(msg);
        return;
    }
    p.result.ok = success;
    if (!success)
        p.result.error = tr("PBX %1 refused %2: %3")
                             .arg(m_profile.name, QString::fromUtf8(p.action),
                                  msg.has("Message") ? msg.text("Message") : tr("no reason given"));
    const QList<QByteArrayView> lines = msg.values("Output");
    if (!lines.isEmpty()) {
        p.result.output.reserve(lines.size());
        for (QByteArrayView l : lines)
            p.result.output.append(QString::fromUtf8(l));
    } else if (equalsNoCase(response, "Follows")) {
        p.result.output = msg.outputLines();
    }
    p.result.response = std::move(msg);
    finishAction(p.actionId);
}

// ---- actions ----

bool AmiClient::queueAction(const QByteArray &action, const Headers &headers, ActionCallback cb, int timeoutMs,
                            int internal)
{
    ActionResult fail;
    if (action.isEmpty() || hasLineBreak(action))
        fail.error = tr("The AMI action name \"%1\" is not valid.").arg(QString::fromUtf8(action.left(40)));
    for (const auto &h : headers) {
        if (h.first.isEmpty() || h.first.contains(':') || hasLineBreak(h.first) || hasLineBreak(h.second)) {
            fail.error = tr("The AMI action %1 was not sent: a header name or value contains a line break or "
                            "is not valid.")
                             .arg(QString::fromUtf8(action.left(40)));
            break;
        }
    }
    if (fail.error.isEmpty() && (!m_socket || (m_phase != Phase::Up && !internal)))
        fail.error = tr("PBX %1 is not connected; the action %2 was not sent.")
                         .arg(m_profile.name, QString::fromUtf8(action.left(40)));
    if (fail.error.isEmpty() && m_pending.size() >= kMaxPendingActions)
        fail.error = tr("Too many actions are waiting for PBX %1; %2 was not sent.")
                         .arg(m_profile.name, QString::fromUtf8(action.left(40)));
    if (!fail.error.isEmpty()) {
        if (internal)
            handleInternal(internal, fail);
        else
            deliverLater(std::move(cb), fail);
        return false;
    }

    Pending p;
    p.actionId = "tg-" + QByteArray::number(++m_nextActionId);
    p.action = action;
    p.cb = std::move(cb);
    p.internal = internal;
    QByteArray wire;
    wire.reserve(64 + headers.size() * 32);
    wire += "Action: " + action + "\r\nActionID: " + p.actionId + "\r\n";
    for (const auto &h : headers)
        wire += h.first + ": " + h.second + "\r\n";
    wire += "\r\n";

    const QByteArray key = p.actionId;
    m_pending.add(key, std::move(p), timeoutMs < 0 ? m_timing.defaultActionTimeoutMs : qMax(1, timeoutMs));
    m_socket->write(wire);
    return true;
}

void AmiClient::sendAction(const QByteArray &action, const Headers &headers, ActionCallback cb, int timeoutMs)
{
    queueAction(action, headers, std::move(cb), timeoutMs, None);
}

void AmiClient::command(const QString &cliCommand, ActionCallback cb, int timeoutMs)
{
    sendAction("Command", {{"Command", cliCommand.toUtf8()}}, std::move(cb), timeoutMs);
}

void AmiClient::getConfig(const QString &file, ActionCallback cb, int timeoutMs)
{
    sendAction("GetConfig", {{"Filename", file.toUtf8()}}, std::move(cb), timeoutMs);
}

void AmiClient::hangup(const QString &channel, ActionCallback cb, int cause)
{
    Headers h{{"Channel", channel.toUtf8()}};
    if (cause > 0)
        h.append(Header("Cause", QByteArray::number(cause)));
    sendAction("Hangup", h, std::move(cb));
}

void AmiClient::originate(const QString &channel, const QString &context, const QString &exten, int priority,
                          const QString &callerId, ActionCallback cb, int ringTimeoutMs)
{
    Headers h{{"Channel", channel.toUtf8()},
              {"Context", context.toUtf8()},
              {"Exten", exten.toUtf8()},
              {"Priority", QByteArray::number(qMax(1, priority))},
              {"Timeout", QByteArray::number(qMax(1000, ringTimeoutMs))},
              {"Async", "true"}};
    if (!callerId.isEmpty())
        h.append(Header("CallerID", callerId.toUtf8()));
    sendAction("Originate", h, std::move(cb));
}

void AmiClient::ping(ActionCallback cb)
{
    sendAction("Ping", {}, std::move(cb));
}

void AmiClient::finishAction(const QByteArray &actionId)
{
    std::optional<Pending> p = m_pending.take(actionId);
    if (!p)
        return;
    if (p->internal)
        handleInternal(p->internal, p->result);
    else
        deliverLater(std::move(p->cb), std::move(p->result));
}

void AmiClient::timerEvent(QTimerEvent *event)
{
    if (!m_pending.ownsTimer(event->timerId())) {
        QObject::timerEvent(event);
        return;
    }
    const std::optional<QByteArray> id = m_pending.expire(event->timerId());
    if (!id)
        return;
    Pending &p = *m_pending.find(*id);
    p.result.ok = false;
    p.result.error = tr("PBX %1 did not answer %2 in time.").arg(m_profile.name, QString::fromUtf8(p.action));
    if (p.internal == PingAction) {
        m_pending.take(*id);
        onPingTimeout();
        return;
    }
    finishAction(*id);
}

void AmiClient::failAllPending(const QString &why)
{
    const auto pending = m_pending.takeAll();
    for (const Pending &p : pending) {
        if (p.internal)
            continue;   // login and keepalive die with their connection
        ActionResult r = p.result;
        r.ok = false;
        r.error = why;
        deliverLater(p.cb, std::move(r));
    }
}

void AmiClient::deliverLater(ActionCallback cb, ActionResult r)
{
    if (!cb)
        return;
    // Never call back into user code from inside our own parsing or from inside sendAction().
    QMetaObject::invokeMethod(
        this, [cb = std::move(cb), r = std::move(r)] { cb(r); }, Qt::QueuedConnection);
}

// ---- login and keepalive ----

void AmiClient::handleInternal(int kind, const ActionResult &r)
{
    switch (kind) {
    case ChallengeAction: {
        const QByteArray challenge = r.response.value("Challenge").toByteArray();
        if (r.response.fields.isEmpty()) {   // no answer at all: a network matter, retried normally
            dropConnection(LinkState::Reconnecting, r.error, m_policy.nextDelayMs());
            return;
        }
        if (!r.ok || challenge.isEmpty()) {
            dropConnection(LinkState::Error,
                           tr("PBX %1 (%2) refused the MD5 login challenge (%3). Allow it on the PBX or switch "
                              "this PBX to plain login over TLS.")
                               .arg(m_profile.name, where(), r.error.isEmpty() ? tr("no challenge") : r.error),
                           m_policy.settings().maxDelayMs);
            return;
        }
        sendLogin(challenge);
        return;
    }
    case LoginAction:
        onLoginResult(r);
        return;
    case VersionAction: {
        const QString v = r.response.text("AsteriskVersion");
        if (r.ok && !v.isEmpty())
            m_version = QStringLiteral("Asterisk %1 (AMI %2)").arg(v, m_amiVersion);
        return;
    }
    case PingAction:
        m_pingOutstanding = false;
        return;
    default:
        return;
    }
}

QByteArray AmiClient::md5Key(const QByteArray &challenge, const QByteArray &secret)
{
    return QCryptographicHash::hash(challenge + secret, QCryptographicHash::Md5).toHex();
}

void AmiClient::sendLogin(const QByteArray &challenge)
{
    Headers h{{"Username", m_profile.user.toUtf8()}};
    if (m_authMethod == AuthMethod::Md5Challenge) {
        h.append(Header("AuthType", "md5"));
        h.append(Header("Key", md5Key(challenge, m_secret.toUtf8())));
    } else {
        h.append(Header("Secret", m_secret.toUtf8()));
    }
    h.append(Header("Events", m_eventMask));
    queueAction("Login", h, {}, m_timing.connectTimeoutMs, LoginAction);
}

void AmiClient::onLoginResult(const ActionResult &r)
{
    if (r.ok) {
        m_connectTimer.stop();
        m_phase = Phase::Up;
        m_policy.reset();
        m_pingTimer.start(m_timing.pingIntervalMs);
        setState(LinkState::Connected,
                 tr("Connected to PBX %1 (%2) as %3.").arg(m_profile.name, where(), m_profile.user));
        queueAction("CoreSettings", {}, {}, m_timing.defaultActionTimeoutMs, VersionAction);
        return;
    }
    const QString message = r.response.text("Message");
    if (message.contains(QLatin1String("Authentication failed"), Qt::CaseInsensitive)) {
        dropConnection(LinkState::AuthFailed,
                       tr("PBX %1 (%2) rejected the AMI login of user \"%3\": authentication failed. Check the "
                          "user name and secret in the PBX settings and that manager.conf allows this address. "
                          "Tollgate will not retry until you reconnect or change the secret.")
                           .arg(m_profile.name, where(), m_profile.user),
                       -1);
        return;
    }
    dropConnection(LinkState::Reconnecting,
                   tr("PBX %1 (%2) did not accept the AMI login: %3. Tollgate will retry.")
                       .arg(m_profile.name, where(), r.error.isEmpty() ? message : r.error),
                   m_policy.nextDelayMs());
}

void AmiClient::sendKeepalive()
{
    if (m_phase != Phase::Up || m_pingOutstanding)
        return;
    m_pingOutstanding = queueAction("Ping", {}, {}, m_timing.pongTimeoutMs, PingAction);
}

void AmiClient::onPingTimeout()
{
    m_pingOutstanding = false;
    // A PBX busy flooding us answers late, but it does talk: only silence means half-open.
    if (m_mono.elapsed() - m_lastRxMs < m_timing.pongTimeoutMs)
        return;
    dropConnection(LinkState::Reconnecting,
                   tr("PBX %1 (%2) stopped answering (no reply to the keepalive within %3 s); Tollgate is "
                      "reconnecting.")
                       .arg(m_profile.name, where())
                       .arg(m_timing.pongTimeoutMs / 1000.0),
                   m_policy.nextDelayMs());
}

// ---- state ----

Event AmiClient::stateEvent(LinkState s, const QString &reason) const
{
    Event e;
    e.timeMs = QDateTime::currentMSecsSinceEpoch();
    e.pbx = m_profile.name;
    e.kind = EventKind::ConnectorState;
    e.type = linkStateName(s);
    e.service = QStringLiteral("AMI");
    e.account = m_profile.user;
    e.detail = reason;
    return e;
}

void AmiClient::setState(LinkState s, const QString &reason, EventList *batch)
{
    if (s == m_state && reason == m_reason)
        return;
    m_state = s;
    m_reason = reason;
    if (batch) {
        batch->append(stateEvent(s, reason));
    } else {
        EventList one{stateEvent(s, reason)};
        emitBatch(one);
    }
    Q_EMIT stateChanged(s, reason);
}

void AmiClient::emitBatch(EventList &batch)
{
    if (!batch.isEmpty())
        Q_EMIT eventsReady(batch);
}

} // namespace tg
