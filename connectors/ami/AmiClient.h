#pragma once

#include "AmiMessage.h"
#include "AmiNormalizer.h"
#include "AmiParser.h"
#include "Event.h"
#include "LiveSnapshot.h"
#include "PbxProfile.h"
#include "common/PendingRequests.h"
#include "common/ReconnectPolicy.h"

#include <QElapsedTimer>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>
#include <QTimer>
#include <QVector>

#include <functional>
#include <memory>

class QTcpSocket;

namespace tg {

// One AMI connection to one Asterisk PBX. Lives on the engine thread; never blocks.
//
// start() connects, reads the banner, logs in (MD5 challenge by default, or a plain secret),
// turns events into normalized Events (eventsReady, one batch per socket read) and keeps the
// link alive with Ping. A dropped socket, a PBX restart or a silent half-open connection
// (no answer to Ping) is retried with exponential backoff and jitter.
//
// A rejected login is not retried on its own: each attempt is an InvalidPassword on the PBX
// and soon a fail2ban ban of the console. The client stays in AuthFailed until start() is
// called again or setSecret() brings a different secret. A refused TLS certificate (changed
// pinned fingerprint, failed verification) leaves it in Error and is retried only at the
// maximum backoff delay; no secret is ever sent over such a connection.
class AmiClient : public QObject
{
    Q_OBJECT
public:
    enum class AuthMethod { Md5Challenge, PlainSecret };

    struct ActionResult {
        bool ok = false;
        QString error;                 // a sentence when !ok (timeout, Response: Error, dropped link)
        AmiMessage response;           // the Response packet (empty on a timeout or a drop)
        QVector<AmiMessage> listItems; // events of an "EventList: start ... Complete" answer
        QStringList output;            // Command output, new ("Output:") or old ("--END COMMAND--") form
    };
    using ActionCallback = std::function<void(const ActionResult &)>;
    using Headers = QVector<QPair<QByteArray, QByteArray>>;

    struct Timing {
        int connectTimeoutMs = 10000;   // TCP + TLS + banner + login
        int pingIntervalMs = 20000;
        int pongTimeoutMs = 10000;      // no Pong and no byte at all by then: half-open
        int defaultActionTimeoutMs = 10000;
    };

    static constexpr int kMaxPendingActions = 1000;
    static constexpr int kMaxListItems = 100000;

    explicit AmiClient(const PbxProfile &profile, QObject *parent = nullptr);
    ~AmiClient() override;

    void setSecret(const QString &secret);          // from the keychain; never logged
    void setEventMask(const QString &mask);         // "on" (default), "off" or e.g. "security,call,system"
    void setAuthMethod(AuthMethod method) { m_authMethod = method; }
    void setTiming(const Timing &timing);
    void setReconnectPolicy(const ReconnectPolicy &policy) { m_policy = policy; }
    // Extra CAs to verify the PBX's certificate with (besides the system's), e.g. a company CA.
    void setCaCertificates(const QList<QSslCertificate> &cas) { m_caCertificates = cas; }
    // The clock the normalizer falls back on for events without a timestamp.
    void setClock(const Clock &clock);

    void start();
    void stop();                                    // sends Logoff when connected

    const PbxProfile &profile() const { return m_profile; }
    LinkState state() const { return m_state; }
    QString stateReason() const { return m_reason; }
    QString pbxVersion() const { return m_version; }
    QVector<ActiveCall> activeCalls() const { return m_normalizer->activeCalls(); }
    int activeCallCount() const { return m_normalizer->activeCallCount(); }
    // Milliseconds until the next reconnect attempt, or -1 when none is scheduled.
    int reconnectDelayMs() const;
    // How many times a connection was attempted since construction (for tests and the status line).
    int connectAttempts() const { return m_connectAttempts; }

    // Sends an action with a fresh ActionID; cb runs exactly once, later (never inside this call),
    // on this object's thread (unless the client is destroyed first: then it never runs). Header names and values must not contain CR or LF (refused:
    // a value taken from an event must not smuggle a second action in).
    void sendAction(const QByteArray &action, const Headers &headers, ActionCallback cb, int timeoutMs = -1);
    void command(const QString &cliCommand, ActionCallback cb, int timeoutMs = -1);
    void getConfig(const QString &file, ActionCallback cb, int timeoutMs = -1);
    void hangup(const QString &channel, ActionCallback cb, int cause = 0);
    // Asynchronous originate: the result says whether Asterisk queued the call; its outcome
    // arrives as an OriginateResponse event (passed through as a Raw Event).
    void originate(const QString &channel, const QString &context, const QString &exten, int priority,
                   const QString &callerId, ActionCallback cb, int ringTimeoutMs = 30000);
    void ping(ActionCallback cb);

    // SHA-256 of a certificate as the profile stores it: lower-case hex, no separators.
    static QString certificateFingerprint(const QSslCertificate &cert);
    // Accepts "AB:CD:..", "ab cd ..", "abcd..": lower-case hex without separators, or empty if malformed.
    static QString normalizeFingerprint(const QString &text);
    static QByteArray md5Key(const QByteArray &challenge, const QByteArray &secret);

Q_SIGNALS:
    void eventsReady(const tg::EventList &events);
    void stateChanged(tg::LinkState state, const QString &reason);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Pending {
        QByteArray actionId;
        QByteArray action;
        ActionCallback cb;
        int timerId = 0;
        int internal = 0;        // an Internal kind: handled here, not by a caller's callback
        bool listStarted = false;
        qsizetype listBytes = 0;
        ActionResult result;
    };
    enum class Phase { Idle, Connecting, Login, Up };
    enum Internal { None = 0, ChallengeAction, LoginAction, PingAction, VersionAction };

    void connectNow();
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void handleMessage(AmiMessage &&msg, EventList &batch);
    void handleResponse(Pending &p, AmiMessage &&msg);
    void finishAction(const QByteArray &actionId);
    void handleInternal(int kind, const ActionResult &r);
    void onBanner(const QByteArray &banner);
    void sendLogin(const QByteArray &challenge);
    void onLoginResult(const ActionResult &r);
    void sendKeepalive();
    void onPingTimeout();
    bool queueAction(const QByteArray &action, const Headers &headers, ActionCallback cb, int timeoutMs,
                     int internal);
    void failAllPending(const QString &why);
    void dropConnection(LinkState next, const QString &reason, int retryDelayMs);
    void releaseSocket(bool graceful);
    void setState(LinkState s, const QString &reason, EventList *batch = nullptr);
    void emitBatch(EventList &batch);
    bool pinMatches(const QSslCertificate &cert) const;
    QString pinMismatchReason(const QSslCertificate &cert) const;
    void deliverLater(ActionCallback cb, ActionResult r);
    Event stateEvent(LinkState s, const QString &reason) const;
    QString where() const;

    PbxProfile m_profile;
    QString m_secret;
    QByteArray m_eventMask = "on";
    AuthMethod m_authMethod = AuthMethod::Md5Challenge;
    Timing m_timing;
    ReconnectPolicy m_policy;
    QList<QSslCertificate> m_caCertificates;
    QString m_pin;

    QTcpSocket *m_socket = nullptr;
    AmiParser m_parser;
    AmiParser::Output m_parsed;
    std::unique_ptr<AmiNormalizer> m_normalizer;
    PendingRequests<QByteArray, Pending> m_pending{this};
    quint64 m_nextActionId = 0;
    quint64 m_generation = 0;      // bumps on every connect/drop: stale callbacks check it
    Phase m_phase = Phase::Idle;
    bool m_started = false;
    bool m_tlsRefused = false;

    LinkState m_state = LinkState::Disabled;
    QString m_reason;
    QString m_version;
    QString m_amiVersion;

    QTimer m_reconnectTimer;
    QTimer m_connectTimer;
    QTimer m_pingTimer;
    QElapsedTimer m_mono;
    qint64 m_lastRxMs = 0;         // on m_mono: when any byte last arrived
    bool m_shutdownSeen = false;   // the PBX announced a shutdown/restart before closing
    bool m_pingOutstanding = false;
    int m_connectAttempts = 0;
};

} // namespace tg
