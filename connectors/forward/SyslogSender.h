#pragma once

#include "common/ReconnectPolicy.h"
#include "forward/ForwardDestination.h"
#include "forward/ForwardStatus.h"
#include "forward/RelpCodec.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

class QAbstractSocket;

namespace tg {

class ForwardQueue;

// Delivers one destination's queue: connects (UDP, TCP, TLS, RELP, RELP over TLS), sends what
// is queued and removes a message from the queue only once it counts as delivered:
//  - RELP: when the receiver answered "200 OK" for it (at-least-once; see README).
//  - TCP/TLS: when its bytes left our socket and the connection then stayed up for
//    Timing::streamConfirmMs; a connection that breaks sooner sends them again.
//  - UDP: when the datagram was handed to the network (no way to know more).
// A dropped or refused connection is retried with ReconnectPolicy's backoff. Lives on the
// forwarder's thread; every socket call is asynchronous.
class SyslogSender : public QObject
{
    Q_OBJECT
public:
    struct Timing {
        int connectTimeoutMs = 10000;
        int responseTimeoutMs = 30000;   // RELP: no answer this long -> reconnect
        int streamConfirmMs = 1000;      // TCP/TLS: how long written bytes must survive
        int relpWindow = 128;            // RELP messages awaiting an answer
        int batch = 256;                 // messages read from the queue at once
    };

    SyslogSender(ForwardDestination destination, ForwardQueue *queue, QObject *parent = nullptr);
    ~SyslogSender() override;

    void setTiming(const Timing &t) { m_timing = t; }
    void setReconnectSettings(const ReconnectPolicy::Settings &s) { m_policy.setSettings(s); }

    void start();
    void stop();
    // New messages were queued.
    void kick();

    const ForwardDestination &destination() const { return m_dest; }
    ForwardStatus status() const;
    qint64 deliveredCount() const { return m_delivered; }

Q_SIGNALS:
    void delivered(int count);
    // A connection attempt or a connection failed (also for "Send test message").
    void failed(const QString &reason);
    void statusChanged();

private:
    enum class Phase { Idle, Connecting, Opening, Up, Waiting };

    void connectNow();
    // Soon: the receiver said it restarts. Trust: a certificate problem that retrying soon will not fix.
    enum class Retry { Normal, Soon, Trust };
    void dropConnection(const QString &reason, Retry retry = Retry::Normal);
    void setPhase(Phase p, ForwardStatus::State state, const QString &text);
    void onConnected();
    void startSession();   // connected (and encrypted): RELP open, or ready to send
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onReadyRead();
    void onSocketError();
    void onBytesWritten();
    void onTick();
    void becomeUp();
    void pump();
    void pumpUdp();
    void pumpStream();
    void pumpRelp();
    void confirmStream();
    void finishDelivery(const QVector<qint64> &ids);
    qint64 pendingBytes() const;
    bool loadTrust(QString *error);
    QString where() const;

    ForwardDestination m_dest;
    ForwardQueue *m_queue;
    Timing m_timing;
    ReconnectPolicy m_policy;
    QAbstractSocket *m_socket = nullptr;
    Phase m_phase = Phase::Idle;
    ForwardStatus::State m_state = ForwardStatus::Disabled;
    QString m_text;
    bool m_started = false;
    bool m_pumping = false;
    QTimer m_reconnectTimer;
    QTimer m_connectTimer;
    QTimer m_tick;                      // stream confirmation and RELP answer timeout
    QElapsedTimer m_clock;
    qint64 m_delivered = 0;

    // Written on this connection and not yet removed from the queue.
    qint64 m_sentUpTo = 0;              // highest queue id written on this connection
    struct Written {
        qint64 id = 0;
        qint64 flushedAtMs = -1;        // stream: when our socket had no bytes left to write
    };
    QVector<Written> m_written;         // stream transports, in order
    // RELP
    RelpCodec m_codec;
    qint64 m_txnr = 0;
    qint64 m_openTxnr = 0;
    QHash<qint64, qint64> m_relpPending;   // txnr -> queue id
    qint64 m_lastAnswerMs = 0;
    // TLS trust
    QList<QSslCertificate> m_cas;
    QString m_pin;
};

} // namespace tg
