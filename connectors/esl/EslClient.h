#pragma once

#include "EslMessage.h"
#include "EslNormalizer.h"
#include "EslParser.h"
#include "Event.h"
#include "LiveSnapshot.h"
#include "PbxProfile.h"
#include "common/LinkStatus.h"
#include "common/PendingRequests.h"
#include "common/ReconnectPolicy.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QTimer>
#include <QVector>

#include <deque>
#include <functional>
#include <memory>

class QTcpSocket;

namespace tg {

// One inbound Event Socket connection to one FreeSWITCH PBX. Lives on the engine thread; never
// blocks. The public shape is AmiClient's, so the engine treats both alike.
//
// start() connects, waits for auth/request, sends "auth <password>", subscribes ("event plain
// <names> CUSTOM <subclasses>", then any filters) and turns events into normalized Events
// (eventsReady, one batch per socket read). FreeSWITCH sends a HEARTBEAT every 20 s to a
// subscriber, so any byte within the keepalive interval proves the link; after a silent
// interval a cheap "api strepoch" probe is sent, and no byte at all before its timeout means a
// half-open link: reconnect with backoff (ReconnectPolicy).
//
// "-ERR invalid" to auth is not retried on its own (each attempt is a failed login on the PBX and
// soon a ban of the console): AuthFailed until start() or setSecret() with a different password.
// A text/rude-rejection (the PBX's ESL ACL refused our address) is an Error retried only at the
// maximum backoff delay. ESL has no TLS: reach a remote PBX through an SSH tunnel (the profile's
// viaSsh), which the engine sets up and points host/port at.
class EslClient : public QObject
{
    Q_OBJECT
public:
    enum class EventFormat { Plain, Json };

    struct CommandResult {
        bool ok = false;
        QString error;          // a sentence when !ok (timeout, -ERR, dropped link)
        QByteArray replyText;   // command/reply Reply-Text ("+OK accepted", "+OK Job-UUID: ...")
        QByteArray body;        // api/response body, or the BACKGROUND_JOB result of a bgapi
        QByteArray jobUuid;     // bgapi: the job this result belongs to
    };
    using CommandCallback = std::function<void(const CommandResult &)>;
    using Filters = QVector<QPair<QByteArray, QByteArray>>;

    struct Timing {
        int connectTimeoutMs = 10000;   // TCP + auth/request + auth + subscription
        int keepaliveIntervalMs = 25000; // longer than FreeSWITCH's 20 s HEARTBEAT: a healthy link is never probed
        int probeTimeoutMs = 10000;     // no byte at all by then after a probe: half-open
        int defaultCommandTimeoutMs = 10000;
    };

    static constexpr int kMaxPendingCommands = 1000;

    explicit EslClient(const PbxProfile &profile, QObject *parent = nullptr);
    ~EslClient() override;

    void setSecret(const QString &password);        // ESL password from the keychain; never logged
    void setEventFormat(EventFormat format) { m_format = format; }
    // Event names and CUSTOM subclasses to subscribe to; empty names: EslNormalizer's defaults.
    // ["ALL"] subscribes to everything.
    void setSubscription(const QStringList &events, const QStringList &customSubclasses);
    // "filter <header> <value>" sent after subscribing (FreeSWITCH then sends only matching events).
    void setFilters(const Filters &filters) { m_filters = filters; }
    void setTiming(const Timing &timing);
    void setReconnectPolicy(const ReconnectPolicy &policy) { m_policy = policy; }
    void setClock(const Clock &clock);

    void start();
    void stop();                                    // sends "exit" when connected

    const PbxProfile &profile() const { return m_profile; }
    LinkState state() const { return m_status.state(); }
    QString stateReason() const { return m_status.reason(); }
    QString pbxVersion() const { return m_version; }
    QVector<ActiveCall> activeCalls() const { return m_normalizer->activeCalls(); }
    int activeCallCount() const { return m_normalizer->activeCallCount(); }
    qint64 heartbeats() const { return m_normalizer->heartbeats(); }
    int reconnectDelayMs() const;
    int connectAttempts() const { return m_connectAttempts; }

    // Each callback runs exactly once, later (never inside the call), on this object's thread.
    // Commands must not contain CR or LF (refused: a value taken from an event must not smuggle
    // a second command in).
    void api(const QString &command, CommandCallback cb, int timeoutMs = -1);
    // Runs in the background on the PBX; the result comes back in a BACKGROUND_JOB event,
    // matched by Job-UUID. The timeout covers both the reply and the job.
    void bgapi(const QString &command, CommandCallback cb, int timeoutMs = -1);
    void uuidKill(const QString &uuid, CommandCallback cb, const QString &cause = QString());
    void reloadXml(CommandCallback cb);
    void filter(const QString &header, const QString &value, CommandCallback cb);
    // A raw ESL command line ("event ...", "nixevent ...", "noevents", "log ..."): its command/reply.
    void sendCommand(const QByteArray &line, CommandCallback cb, int timeoutMs = -1);

    // "1f3a...-..." and similar: what uuid_kill accepts (hex digits and dashes, at most 64).
    static bool isValidUuid(const QString &uuid);

Q_SIGNALS:
    void eventsReady(const tg::EventList &events);
    void stateChanged(tg::LinkState state, const QString &reason);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    enum Internal { None = 0, AuthCommand, SubscribeCommand, FilterCommand, VersionCommand, ProbeCommand };
    enum class Expect { Reply, Api };   // command/reply or api/response
    struct Pending {
        quint64 serial = 0;
        QByteArray what;        // the command, for messages ("api status")
        CommandCallback cb;
        int timerId = 0;
        int internal = None;
        bool bgapi = false;
        QByteArray jobUuid;     // bgapi: set once the reply has come
        CommandResult result;
    };
    struct Outstanding {
        quint64 serial;
        Expect expect;
    };
    enum class Phase { Idle, Connecting, Auth, Subscribing, Up };

    void connectNow();
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void handleMessage(EslMessage &&msg, EventList &batch);
    void handleAnswer(EslMessage &&msg);
    void handleBackgroundJob(const EslMessage &msg);
    bool queue(const QByteArray &wire, const QByteArray &what, Expect expect, CommandCallback cb, int timeoutMs,
               int internal, bool bgapi = false, const QByteArray &jobUuid = QByteArray());
    void apiCommand(const QByteArray &verb, const QString &command, CommandCallback cb, int timeoutMs);
    void finish(quint64 serial);
    void handleInternal(int kind, const CommandResult &r);
    void subscribe();
    void keepalive();
    void onProbeTimeout();
    void failAllPending(const QString &why);
    void dropConnection(LinkState next, const QString &reason, int retryDelayMs);
    void releaseSocket(bool graceful);
    void setState(LinkState s, const QString &reason, EventList *batch = nullptr);
    void emitBatch(EventList &batch);
    void deliverLater(CommandCallback cb, CommandResult r);
    QString where() const;

    PbxProfile m_profile;
    QString m_secret;
    EventFormat m_format = EventFormat::Plain;
    QStringList m_events;
    QStringList m_subclasses;
    Filters m_filters;
    Timing m_timing;
    ReconnectPolicy m_policy;

    QTcpSocket *m_socket = nullptr;
    EslParser m_parser;
    EslParser::Output m_parsed;
    std::unique_ptr<EslNormalizer> m_normalizer;
    PendingRequests<quint64, Pending> m_pending{this};
    std::deque<Outstanding> m_outstanding;   // answers come in command order; timed-out ones stay here
    QHash<QByteArray, quint64> m_jobs;       // Job-UUID -> bgapi waiting for its BACKGROUND_JOB
    quint64 m_nextSerial = 0;
    quint64 m_generation = 0;      // bumps on every connect/drop
    Phase m_phase = Phase::Idle;
    bool m_started = false;

    LinkStatus m_status;
    QString m_version;
    QString m_disconnectNotice;    // what the PBX said before closing

    QTimer m_reconnectTimer;
    QTimer m_connectTimer;
    QTimer m_keepaliveTimer;
    QElapsedTimer m_mono;
    qint64 m_lastRxMs = 0;
    bool m_probeOutstanding = false;
    int m_connectAttempts = 0;
};

} // namespace tg
