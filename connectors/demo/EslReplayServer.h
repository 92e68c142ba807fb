#pragma once

#include "esl/EslMessage.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>
#include <unordered_map>
#include <vector>

class QTcpServer;
class QTcpSocket;

namespace tg {

// A small inbound Event Socket server that plays a recorded FreeSWITCH capture to real ESL
// clients over TCP on this machine: the PBX of the ESL connector's tests and benchmarks.
//
// It speaks enough ESL for a client: auth/request, "auth" (checked against the password; a wrong
// one gets "-ERR invalid", a disconnect notice and a close, as FreeSWITCH does), "event plain|json
// <names> [CUSTOM <subclasses>]" (only subscribed events are streamed, converted to JSON on
// request), "filter" (acknowledged, not applied), "api" and "bgapi" (canned answers, BACKGROUND_JOB
// with the caller's or a new Job-UUID), "exit". The capture's events are streamed as fast as the
// socket takes them, in randomly sized chunks. Faults on request: rude rejection, a disconnect
// notice after N events, a dropped connection, a silent (half-open) link, a restart.
class EslReplayServer : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString password = QStringLiteral("ClueCon");
        int repeat = 1;                // passes of the capture per session
        quint32 seed = 1;              // chunk sizes come from a generator seeded with seed + session number
        int minChunk = 1;
        int maxChunk = 1500;
        int bgapiDelayMs = 20;         // when the BACKGROUND_JOB follows the bgapi reply

        // Faults
        bool rudeRejection = false;          // refuse every connection as an ESL ACL would
        int disconnectNoticeAfterEvents = -1; // send text/disconnect-notice and close after N events ...
        int dropAfterEvents = -1;            // ... or cut the connection after N events ...
        int faultSessions = 1;               // ... in the first N sessions only, so a reconnect then works
        int maxSessions = 1000;
    };

    explicit EslReplayServer(QObject *parent = nullptr);
    ~EslReplayServer() override;

    // The capture to stream: its text/event-* frames (auth and replies in it are skipped). Leading
    // "# " comment lines are allowed. False if it holds no event.
    bool setCapture(const QByteArray &bytes, QString *error = nullptr);
    bool loadCapture(const QString &path, QString *error = nullptr);
    // The answer body of "api <command>" (and of "bgapi <command>"), matched on the whole command.
    void setApiReply(const QByteArray &command, const QByteArray &body);
    void setOptions(const Options &options);
    const Options &options() const { return m_options; }

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 serverPort() const { return m_port; }
    QString errorString() const { return m_error; }

    void dropConnections();            // every session is closed now, as by a crash
    void stallConnections();           // current sessions go silent (half-open); new ones work
    void restart(int downMs = 300);    // drop all, stop listening, listen again on the same port

    // Counters (safe to read from another thread).
    int connectionCount() const { return m_connections; }
    int activeSessions() const { return m_active; }
    int authAttempts() const { return m_authAttempts; }
    int failedAuths() const { return m_failedAuths; }
    int successfulAuths() const { return m_successfulAuths; }
    qint64 eventsStreamed() const { return m_streamed; }
    int finishedStreams() const { return m_finishedStreams; }
    int eventsPerPass() const { return int(m_events.size()); }
    qint64 bytesPerPass() const { return m_passBytes; }
    // The command lines received (auth's password masked), for tests.
    QStringList commands() const { return m_commands; }

Q_SIGNALS:
    void streamFinished();

private:
    struct Session;
    struct CaptureEvent {
        QByteArray plain;              // the frame as recorded
        QByteArray name;               // Event-Name
        QByteArray subclass;           // Event-Subclass (CUSTOM)
        QByteArray json;               // the same event as text/event-json, made on first use
    };

    void onNewConnection();
    void onReadyRead(Session &s);
    void handleCommand(Session &s, const QByteArray &block);
    void subscribe(Session &s, const QByteArray &args);
    QByteArray apiResult(const QByteArray &command, int *delayMs) const;
    void sendOrdered(Session &s, const QByteArray &bytes, int delayMs = 0);
    void flushOrdered(Session &s);
    void reply(Session &s, const QByteArray &bytes);
    void pump(Session &s);
    void removeSession(QTcpSocket *sock);
    void kill(QTcpSocket *sock);
    void closeWithNotice(Session &s);
    bool faultFor(const Session &s) const;
    const QByteArray &jsonOf(int index);
    Session *find(QTcpSocket *sock);

    Options m_options;
    QTcpServer *m_server = nullptr;
    QHostAddress m_address = QHostAddress(QHostAddress::LocalHost);
    quint16 m_port = 0;
    QString m_error;

    QVector<CaptureEvent> m_events;
    qint64 m_passBytes = 0;
    QHash<QByteArray, QByteArray> m_api;
    QStringList m_commands;

    std::unordered_map<QTcpSocket *, std::unique_ptr<Session>> m_sessions;
    std::vector<std::unique_ptr<Session>> m_graveyard;
    std::atomic<int> m_connections{0};
    std::atomic<int> m_active{0};
    std::atomic<int> m_authAttempts{0};
    std::atomic<int> m_failedAuths{0};
    std::atomic<int> m_successfulAuths{0};
    std::atomic<qint64> m_streamed{0};
    std::atomic<int> m_finishedStreams{0};
    quint64 m_jobCounter = 0;
};

} // namespace tg
