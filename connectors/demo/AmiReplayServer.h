#pragma once

#include "ami/AmiMessage.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>
#include <unordered_map>
#include <vector>

class QTcpServer;
class QTcpSocket;

namespace tg {

// A small AMI server that plays a recorded Asterisk capture to real AMI clients over TCP (or TLS)
// on this machine. It is the embedded demo PBX of the GUI (paced, looping, live timestamps) and
// the PBX of the connector's tests and benchmarks (as fast as possible, in randomly split chunks,
// with faults on request: dropped connections, silent half-open links, restarts).
//
// It speaks enough AMI for a client: the banner, Login (plain secret or MD5 challenge, checked
// against the configured user and secret), Ping, Logoff, Events: on/off, and canned answers to
// other actions taken from a recorded actions capture; anything else gets "Response: Error".
class AmiReplayServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Flood,   // one pass (or `repeat` passes) as fast as the socket takes it, random chunk sizes
        Paced,   // spread over time by the capture's Timestamp headers (speed or duration), looping
        Rate,    // a fixed number of messages per second, looping without a pause
    };

    struct Options {
        QString user = QStringLiteral("demo");
        QString secret = QStringLiteral("demo");
        QByteArray banner = "Asterisk Call Manager/9.0.0";
        Mode mode = Mode::Flood;

        // Flood
        int repeat = 1;
        quint32 seed = 1;             // chunk sizes come from a generator seeded with seed + session number
        int minChunk = 1;
        int maxChunk = 1500;

        // Paced and Rate
        double speed = 1.0;           // Paced: 2.0 plays twice as fast as recorded
        qint64 durationMs = 0;        // Paced: > 0 spreads one pass over this long instead
        int loopPauseMs = 3000;       // Paced: pause between passes
        bool loop = true;
        double messagesPerSecond = 50; // Rate
        bool liveTimestamps = true;   // Paced/Rate: Timestamp headers say when the message was sent

        // Faults
        int dropAfterMessages = -1;   // close a session after streaming this many messages ...
        int dropSessions = 1;         // ... but only the first N sessions, so a reconnect then succeeds
        bool oldStyleCommand = false; // answer Command as Asterisk < 14 did ("--END COMMAND--")
        int maxSessions = 1000;
    };

    explicit AmiReplayServer(QObject *parent = nullptr);
    ~AmiReplayServer() override;

    // The capture to stream; its banner and first (login) Response are skipped. False if it holds
    // no AMI message. loadCapture() reads a file or a Qt resource (":/demo/session-full.ami").
    bool setCapture(const QByteArray &bytes, QString *error = nullptr);
    bool loadCapture(const QString &path, QString *error = nullptr);
    // Replies recorded in an actions capture ("ActionID: act-NN-<action>"), keyed by action name.
    int setCannedReplies(const QByteArray &actionsCapture);
    bool loadCannedReplies(const QString &path);
    void setOptions(const Options &options);
    const Options &options() const { return m_options; }
    // Serve AMI over TLS with this configuration (local certificate and private key set).
    void setTlsConfiguration(const QSslConfiguration &conf);

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 serverPort() const { return m_port; }
    QString errorString() const { return m_error; }

    void dropConnections();            // every session is closed now, as by a crash or a cut cable
    void stallConnections();           // current sessions go silent (half-open); new ones work
    void restart(int downMs = 300);    // drop all, stop listening, listen again on the same port

    // Counters (safe to read from another thread).
    int connectionCount() const { return m_connections; }
    int activeSessions() const { return m_active; }
    int loginAttempts() const { return m_loginAttempts; }
    int failedLogins() const { return m_failedLogins; }
    int successfulLogins() const { return m_successfulLogins; }
    qint64 messagesStreamed() const { return m_streamed; }
    int finishedStreams() const { return m_finishedStreams; }
    int messagesPerPass() const { return int(m_messages.size()); }
    qint64 bytesPerPass() const { return m_passBytes; }

Q_SIGNALS:
    void loginAttempted(bool ok);
    void streamFinished();             // a Flood session has sent everything

private:
    struct Session;
    struct Canned {
        QVector<AmiMessage> messages;  // the Response and its list events
    };

    void onNewConnection();
    void onReadyRead(Session &s);
    void handleAction(Session &s, const AmiMessage &action);
    void reply(Session &s, const QByteArray &bytes);
    void startStreaming(Session &s);
    void pump(Session &s);
    void tick(Session &s);
    qint64 dueMs(int index) const;
    QByteArray liveMessage(int index) const;
    void countStreamed(Session &s, qint64 messages);
    void removeSession(QTcpSocket *sock);
    void kill(QTcpSocket *sock);
    bool shouldDrop(const Session &s) const;
    QByteArray cannedReply(const QByteArray &action, const AmiMessage &request, const QByteArray &actionId) const;

    Options m_options;
    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QSslConfiguration m_tlsConf;
    QHostAddress m_address = QHostAddress(QHostAddress::LocalHost);
    quint16 m_port = 0;
    QString m_error;

    QVector<QByteArray> m_messages;    // one pass, each with its blank line
    QVector<qint64> m_times;           // capture time of each message, ms (0 when unknown)
    QByteArray m_stream;               // Flood: all passes concatenated
    QVector<qint64> m_ends;            // Flood: end offset of each message in m_stream
    qint64 m_passBytes = 0;
    QHash<QByteArray, QVector<Canned>> m_canned;   // by lower-case action name

    std::unordered_map<QTcpSocket *, std::unique_ptr<Session>> m_sessions;
    std::vector<std::unique_ptr<Session>> m_graveyard;   // removed sessions, freed on the next loop turn
    std::atomic<int> m_connections{0};
    std::atomic<int> m_active{0};
    std::atomic<int> m_loginAttempts{0};
    std::atomic<int> m_failedLogins{0};
    std::atomic<int> m_successfulLogins{0};
    std::atomic<qint64> m_streamed{0};
    std::atomic<int> m_finishedStreams{0};
    quint64 m_challengeCounter = 0;
};

} // namespace tg
