#include "SyslogSender.h"

#include "CertificatePin.h"
#include "common/SocketCloser.h"
#include "forward/ForwardQueue.h"
#include "forward/SyslogMessage.h"

#include <QCryptographicHash>
#include <QScopeGuard>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUdpSocket>

namespace tg {

namespace {
const qint64 kMaxPendingBytes = 256 * 1024;   // stream transports: stop writing above this
const int kTickMs = 200;
const int kUdpBatch = 64;                      // datagrams per event-loop turn, not to flood the receiver

QString fingerprintOf(const QSslCertificate &cert)
{
    return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex());
}
} // namespace

SyslogSender::SyslogSender(ForwardDestination destination, ForwardQueue *queue, QObject *parent)
    : QObject(parent), m_dest(std::move(destination)), m_queue(queue),
      m_policy(ReconnectPolicy::Settings{500, 30000, 2.0, 0.25}), m_reconnectTimer(this), m_connectTimer(this),
      m_tick(this)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SyslogSender::connectNow);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        dropConnection(tr("The forwarding destination %1 (%2) did not answer within %3 s; Tollgate will retry.")
                           .arg(m_dest.name, where())
                           .arg(m_timing.connectTimeoutMs / 1000));
    });
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &SyslogSender::onTick);
    m_clock.start();
}

SyslogSender::~SyslogSender()
{
    stop();
}

QString SyslogSender::where() const
{
    return m_dest.url();
}

ForwardStatus SyslogSender::status() const
{
    ForwardStatus s;
    s.name = m_dest.name;
    s.state = m_state;
    s.text = m_text;
    s.queued = m_queue ? m_queue->count() : 0;
    s.delivered = m_delivered;
    s.droppedTotal = m_queue ? m_queue->droppedTotal() : 0;
    return s;
}

void SyslogSender::setPhase(Phase p, ForwardStatus::State state, const QString &text)
{
    m_phase = p;
    if (state == m_state && text == m_text)
        return;
    m_state = state;
    m_text = text;
    emit statusChanged();
}

bool SyslogSender::loadTrust(QString *error)
{
    m_cas.clear();
    m_pin.clear();
    if (!m_dest.usesTls())
        return true;
    if (!m_dest.fingerprint.trimmed().isEmpty()) {
        m_pin = CertificatePin::normalize(m_dest.fingerprint);
        if (m_pin.isEmpty()) {
            *error = tr("The trusted certificate fingerprint of forwarding destination %1 is not a SHA-256 "
                        "fingerprint (64 hex digits). Correct it in Settings → Forwarding.")
                         .arg(m_dest.name);
            return false;
        }
    }
    if (!m_dest.caFile.isEmpty()) {
        m_cas = QSslCertificate::fromPath(m_dest.caFile, QSsl::Pem);
        if (m_cas.isEmpty()) {
            *error = tr("The CA file %1 of forwarding destination %2 holds no PEM certificate. Choose the file "
                        "with the certificate of the CA that signed the receiver's certificate.")
                         .arg(m_dest.caFile, m_dest.name);
            return false;
        }
    }
    if (!QSslSocket::supportsSsl()) {
        *error = tr("TLS is not available on this computer (OpenSSL is missing), so forwarding destination %1 "
                    "cannot be reached. Install OpenSSL or choose another transport.")
                     .arg(m_dest.name);
        return false;
    }
    return true;
}

void SyslogSender::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_dest.enabled) {
        setPhase(Phase::Idle, ForwardStatus::Disabled, tr("Forwarding to %1 is turned off.").arg(m_dest.name));
        return;
    }
    QString error;
    if (!loadTrust(&error)) {
        setPhase(Phase::Idle, ForwardStatus::Failed, error);
        emit failed(error);
        return;
    }
    m_tick.start();
    connectNow();
}

void SyslogSender::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_reconnectTimer.stop();
    m_connectTimer.stop();
    m_tick.stop();
    if (m_socket && m_phase == Phase::Up && m_dest.acknowledged())
        m_socket->write(RelpCodec::frame(RelpCodec::nextTxnr(m_txnr), QByteArrayLiteral("close")));
    QAbstractSocket *s = m_socket;
    m_socket = nullptr;
    if (auto *tcp = qobject_cast<QTcpSocket *>(s)) {
        SocketCloser::close(tcp, this, true);
    } else if (s) {
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
    setPhase(Phase::Idle, ForwardStatus::Disabled, tr("Forwarding to %1 is stopped.").arg(m_dest.name));
}

void SyslogSender::kick()
{
    if (m_phase == Phase::Up)
        pump();
}

void SyslogSender::connectNow()
{
    if (!m_started)
        return;
    if (m_socket) {
        QAbstractSocket *s = m_socket;
        m_socket = nullptr;
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
    m_sentUpTo = 0;
    m_written.clear();
    m_relpPending.clear();
    m_codec.reset();
    m_txnr = 0;

    if (m_dest.transport == ForwardTransport::Udp) {
        m_socket = new QUdpSocket(this);
    } else if (m_dest.usesTls()) {
        auto *ssl = new QSslSocket(this);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        if (!m_cas.isEmpty())
            conf.addCaCertificates(m_cas);
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        ssl->setSslConfiguration(conf);
        connect(ssl, &QSslSocket::sslErrors, this, &SyslogSender::onSslErrors);
        connect(ssl, &QSslSocket::encrypted, this, &SyslogSender::onEncrypted);
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &SyslogSender::onBytesWritten);
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
    }
    m_socket->setReadBufferSize(64 * 1024);
    connect(m_socket, &QAbstractSocket::connected, this, &SyslogSender::onConnected);
    connect(m_socket, &QAbstractSocket::readyRead, this, &SyslogSender::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &SyslogSender::onSocketError);
    if (m_dest.transport != ForwardTransport::Udp)   // a datagram's bytesWritten comes inside write()
        connect(m_socket, &QAbstractSocket::bytesWritten, this, &SyslogSender::onBytesWritten);
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        dropConnection(tr("The forwarding destination %1 (%2) closed the connection; Tollgate reconnects and "
                          "sends what was not confirmed again.")
                           .arg(m_dest.name, where()));
    });
    if (m_state != ForwardStatus::Retrying && m_state != ForwardStatus::Failed)
        setPhase(Phase::Connecting, ForwardStatus::Connecting,
                 tr("Connecting to forwarding destination %1 (%2).").arg(m_dest.name, where()));
    else
        m_phase = Phase::Connecting;
    m_connectTimer.start(m_timing.connectTimeoutMs);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        ssl->connectToHostEncrypted(m_dest.host, m_dest.port);
    else
        m_socket->connectToHost(m_dest.host, m_dest.port);
}

void SyslogSender::dropConnection(const QString &reason, Retry retry)
{
    if (m_socket) {
        QAbstractSocket *s = m_socket;
        m_socket = nullptr;
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
    m_connectTimer.stop();
    // Whatever was written and not confirmed stays queued and goes out again on the next connection.
    m_sentUpTo = 0;
    m_written.clear();
    m_relpPending.clear();
    if (!m_started)
        return;
    const int delay = retry == Retry::Soon    ? m_policy.settings().minDelayMs
                      : retry == Retry::Trust ? m_policy.settings().maxDelayMs
                                              : m_policy.nextDelayMs();
    setPhase(Phase::Waiting, retry == Retry::Trust ? ForwardStatus::Failed : ForwardStatus::Retrying, reason);
    emit failed(reason);
    if (m_started && !m_socket)
        m_reconnectTimer.start(delay);
}

void SyslogSender::onConnected()
{
    if (!m_dest.usesTls())
        startSession();   // with TLS, onEncrypted() follows the handshake
}

void SyslogSender::startSession()
{
    if (!m_dest.acknowledged()) {
        becomeUp();
        return;
    }
    // RELP: the session is up once the receiver accepted our "open".
    m_phase = Phase::Opening;
    m_txnr = RelpCodec::nextTxnr(m_txnr);
    m_openTxnr = m_txnr;
    m_lastAnswerMs = m_clock.elapsed();
    m_socket->write(RelpCodec::frame(m_openTxnr, QByteArrayLiteral("open"), RelpCodec::openOffer()));
}

void SyslogSender::onEncrypted()
{
    auto *ssl = qobject_cast<QSslSocket *>(m_socket);
    if (!ssl)
        return;
    // A pin also binds a certificate that a CA would accept: any other certificate is refused.
    if (!m_pin.isEmpty() && fingerprintOf(ssl->peerCertificate()) != m_pin) {
        const QString reason =
            tr("The TLS certificate of forwarding destination %1 (%2) is not the trusted one: Tollgate trusts "
               "SHA-256 %3, the receiver presented %4. Nothing was sent. Check the receiver's certificate and "
               "the fingerprint in Settings → Forwarding.")
                .arg(m_dest.name, where(), m_pin, fingerprintOf(ssl->peerCertificate()));
        dropConnection(reason, Retry::Trust);
        return;
    }
    startSession();
}

void SyslogSender::onSslErrors(const QList<QSslError> &errors)
{
    auto *ssl = qobject_cast<QSslSocket *>(m_socket);
    if (!ssl)
        return;
    const QSslCertificate cert = ssl->peerCertificate();
    if (!m_pin.isEmpty() && !cert.isNull() && fingerprintOf(cert) == m_pin) {
        ssl->ignoreSslErrors(errors);   // the user trusted exactly this certificate
        return;
    }
    QStringList what;
    for (const QSslError &e : errors)
        what << e.errorString();
    what.removeDuplicates();
    dropConnection(tr("The TLS certificate of forwarding destination %1 (%2) could not be verified: %3. Nothing "
                      "was sent. Give the CA file that signed it, or trust its SHA-256 fingerprint %4 in "
                      "Settings → Forwarding after checking it on the receiver.")
                       .arg(m_dest.name, where(), what.join(QStringLiteral("; ")),
                            cert.isNull() ? tr("(none)") : fingerprintOf(cert)),
                   Retry::Trust);
}

void SyslogSender::becomeUp()
{
    m_connectTimer.stop();
    m_policy.reset();
    setPhase(Phase::Up, ForwardStatus::Connected,
             tr("Connected to forwarding destination %1 (%2).").arg(m_dest.name, where()));
    pump();
}

void SyslogSender::onSocketError()
{
    if (!m_socket)
        return;
    const auto err = m_socket->error();
    QString reason;
    if (err == QAbstractSocket::RemoteHostClosedError)
        reason = tr("The forwarding destination %1 (%2) closed the connection; Tollgate reconnects and sends what "
                    "was not confirmed again.")
                     .arg(m_dest.name, where());
    else if (m_phase == Phase::Up || m_phase == Phase::Opening)
        reason = tr("The connection to forwarding destination %1 (%2) failed: %3. Tollgate reconnects; nothing "
                    "queued is lost.")
                     .arg(m_dest.name, where(), m_socket->errorString());
    else
        reason = tr("Cannot reach forwarding destination %1 (%2): %3. Check that the receiver runs and that its "
                    "port is reachable from this computer; messages wait in the queue and Tollgate will retry.")
                     .arg(m_dest.name, where(), m_socket->errorString());
    dropConnection(reason);
}

qint64 SyslogSender::pendingBytes() const
{
    if (!m_socket)
        return 0;
    qint64 n = m_socket->bytesToWrite();
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        n += ssl->encryptedBytesToWrite();
    return n;
}

void SyslogSender::onBytesWritten()
{
    if (m_phase != Phase::Up)
        return;
    if (pendingBytes() == 0) {
        const qint64 now = m_clock.elapsed();
        for (Written &w : m_written)
            if (w.flushedAtMs < 0)
                w.flushedAtMs = now;
    }
    pump();
}

void SyslogSender::onTick()
{
    if (m_phase == Phase::Up && !m_dest.acknowledged() && m_dest.transport != ForwardTransport::Udp) {
        onBytesWritten();
        confirmStream();
        return;
    }
    const bool waiting = m_phase == Phase::Opening || (m_phase == Phase::Up && !m_relpPending.isEmpty());
    if (waiting && m_clock.elapsed() - m_lastAnswerMs > m_timing.responseTimeoutMs)
        dropConnection(tr("The forwarding destination %1 (%2) did not answer for %3 s; Tollgate reconnects and "
                          "sends what it did not confirm again.")
                           .arg(m_dest.name, where())
                           .arg(m_timing.responseTimeoutMs / 1000));
}

void SyslogSender::confirmStream()
{
    // Bytes that left our socket and survived streamConfirmMs on a connection that is still up:
    // a receiver that went away in that time would have closed or reset the connection.
    const qint64 now = m_clock.elapsed();
    QVector<qint64> ids;
    int n = 0;
    while (n < m_written.size() && m_written.at(n).flushedAtMs >= 0
           && now - m_written.at(n).flushedAtMs >= m_timing.streamConfirmMs)
        ids.append(m_written.at(n++).id);
    if (n == 0)
        return;
    m_written.remove(0, n);
    finishDelivery(ids);
}

void SyslogSender::finishDelivery(const QVector<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    m_queue->remove(ids);
    m_delivered += ids.size();
    emit delivered(int(ids.size()));
}

void SyslogSender::pump()
{
    if (m_phase != Phase::Up || !m_socket || m_pumping)
        return;
    // A socket may report progress from inside write(); that must not start a second pass over
    // the same queue items.
    m_pumping = true;
    const auto done = qScopeGuard([this] { m_pumping = false; });
    switch (m_dest.transport) {
    case ForwardTransport::Udp: pumpUdp(); break;
    case ForwardTransport::Tcp:
    case ForwardTransport::Tls: pumpStream(); break;
    case ForwardTransport::Relp:
    case ForwardTransport::RelpTls: pumpRelp(); break;
    }
}

void SyslogSender::pumpUdp()
{
    auto *udp = qobject_cast<QUdpSocket *>(m_socket);
    const QVector<ForwardQueue::Item> items = m_queue->peek(kUdpBatch);
    QVector<qint64> sent;
    for (const ForwardQueue::Item &item : items) {
        if (udp->write(item.message) < 0) {
            if (udp->error() == QAbstractSocket::DatagramTooLargeError) {
                sent.append(item.id);   // can never go out over UDP: do not block the queue with it
                continue;
            }
            finishDelivery(sent);
            onSocketError();
            return;
        }
        sent.append(item.id);
    }
    finishDelivery(sent);
    if (items.size() == kUdpBatch)
        QTimer::singleShot(1, this, &SyslogSender::pump);
}

void SyslogSender::pumpStream()
{
    while (pendingBytes() < kMaxPendingBytes) {
        const QVector<ForwardQueue::Item> items = m_queue->peek(m_timing.batch, m_sentUpTo);
        if (items.isEmpty())
            return;
        QByteArray chunk;
        for (const ForwardQueue::Item &item : items) {
            chunk.append(SyslogMessage::octetCounted(item.message));
            m_written.append({item.id, -1});
            m_sentUpTo = item.id;
        }
        if (m_socket->write(chunk) < 0) {
            onSocketError();
            return;
        }
    }
}

void SyslogSender::pumpRelp()
{
    while (m_relpPending.size() < m_timing.relpWindow) {
        const QVector<ForwardQueue::Item> items =
            m_queue->peek(m_timing.relpWindow - int(m_relpPending.size()), m_sentUpTo);
        if (items.isEmpty())
            return;
        if (m_relpPending.isEmpty())
            m_lastAnswerMs = m_clock.elapsed();   // the answer timeout runs from the first unanswered message
        QByteArray chunk;
        for (const ForwardQueue::Item &item : items) {
            m_txnr = RelpCodec::nextTxnr(m_txnr);
            chunk.append(RelpCodec::frame(m_txnr, QByteArrayLiteral("syslog"), item.message));
            m_relpPending.insert(m_txnr, item.id);
            m_sentUpTo = item.id;
        }
        if (m_socket->write(chunk) < 0) {
            onSocketError();
            return;
        }
    }
}

void SyslogSender::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (!m_dest.acknowledged())
        return;   // plain syslog receivers send nothing we act on
    m_codec.feed(bytes);
    QVector<qint64> acked;
    QString problem;
    Retry retry = Retry::Normal;
    RelpCodec::Frame f;
    while (problem.isEmpty() && m_codec.next(&f)) {
        m_lastAnswerMs = m_clock.elapsed();
        if (f.command == "serverclose") {
            problem = tr("The forwarding destination %1 (%2) closed the RELP session (the receiver is shutting "
                         "down or restarting); Tollgate reconnects and sends what it did not confirm again.")
                          .arg(m_dest.name, where());
            retry = Retry::Soon;
        } else if (f.command == "rsp") {
            const int code = RelpCodec::responseCode(f.data);
            if (m_phase == Phase::Opening && f.txnr == m_openTxnr) {
                if (code != 200)
                    problem = tr("The forwarding destination %1 (%2) refused the RELP session: %3")
                                  .arg(m_dest.name, where(), QString::fromUtf8(f.data.left(200)).simplified());
                else
                    becomeUp();   // may write; the frames that follow are answers to it
            } else if (m_relpPending.contains(f.txnr)) {
                const qint64 id = m_relpPending.take(f.txnr);
                if (code == 200)
                    acked.append(id);
                else
                    problem = tr("The forwarding destination %1 (%2) did not accept a message: %3. Tollgate sends "
                                 "it again after reconnecting.")
                                  .arg(m_dest.name, where(), QString::fromUtf8(f.data.left(200)).simplified());
            }
        }
        if (!m_socket)
            break;   // becomeUp() -> write error dropped the connection
    }
    if (problem.isEmpty() && !m_codec.error().isEmpty())
        problem = tr("The forwarding destination %1 (%2) does not speak RELP (%3). Check the port and transport.")
                      .arg(m_dest.name, where(), m_codec.error());
    finishDelivery(acked);   // answered before anything went wrong: delivered
    if (!problem.isEmpty()) {
        dropConnection(problem, retry);
        return;
    }
    pump();
}

} // namespace tg
