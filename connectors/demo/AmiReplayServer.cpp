#include "AmiReplayServer.h"

#include "ami/AmiParser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace tg {

namespace {

constexpr qint64 kHighWaterBytes = 128 * 1024;   // Flood: keep the socket this full, no more

QByteArray amiTimestamp(qint64 usecs)
{
    return QByteArray::number(usecs / 1000000) + '.' + QByteArray::number(usecs % 1000000).rightJustified(6, '0');
}

qint64 nowUsecs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

qint64 timestampMs(QByteArrayView v)
{
    bool ok = false;
    const double secs = QByteArray(v.data(), v.size()).toDouble(&ok);
    return ok && secs > 0 ? qint64(secs * 1000.0) : 0;
}

// Rebuilds a message with a different ActionID (a canned reply answering a new request).
QByteArray serializeWithActionId(const AmiMessage &m, const QByteArray &actionId)
{
    QByteArray out;
    out.reserve(m.raw.size() + 32);
    for (int i = 0; i < m.size(); ++i) {
        if (m.fields[i].keyLen == 0) {
            out += m.value(i).toByteArray() + "\r\n";
            continue;
        }
        out += m.key(i).toByteArray() + ": ";
        out += m.key(i).compare("ActionID", Qt::CaseInsensitive) == 0 ? actionId : m.value(i).toByteArray();
        out += "\r\n";
    }
    return out + "\r\n";
}

QByteArray response(const QByteArray &status, const QByteArray &actionId, const QByteArray &rest)
{
    QByteArray out = "Response: " + status + "\r\n";
    if (!actionId.isEmpty())
        out += "ActionID: " + actionId + "\r\n";
    return out + rest + "\r\n";
}

} // namespace

struct AmiReplayServer::Session {
    QTcpSocket *sock = nullptr;
    int serial = 0;                 // 0 for the first connection since start
    AmiParser parser;
    AmiParser::Output parsed;
    QByteArray challenge;
    bool authed = false;
    bool eventsOn = true;
    bool streaming = false;
    bool stalled = false;
    bool finished = false;
    bool dead = false;              // removed; freed from the event loop, never under our feet
    bool pumping = false;           // flush() may emit bytesWritten: no nested pump
    QRandomGenerator rng;
    // Flood
    qint64 offset = 0;
    int nextBoundary = 0;           // index into m_ends of the first message not fully sent
    QByteArray held;                // replies waiting until the stream reaches a message boundary
    // Paced / Rate
    QTimer *timer = nullptr;
    QElapsedTimer clock;
    qint64 passStartMs = 0;
    int index = 0;
    qint64 sent = 0;                // messages streamed by this session
};

AmiReplayServer::AmiReplayServer(QObject *parent) : QObject(parent) {}

AmiReplayServer::~AmiReplayServer()
{
    close();
}

bool AmiReplayServer::loadCapture(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the capture %1: %2.").arg(path, f.errorString());
        return false;
    }
    return setCapture(f.readAll(), error);
}

bool AmiReplayServer::setCapture(const QByteArray &bytes, QString *error)
{
    AmiParser parser;
    AmiParser::Output out;
    parser.feed(bytes, out);
    parser.feed("\r\n", out);   // a capture may end without its final blank line
    m_messages.clear();
    m_times.clear();
    bool skippedLogin = false;
    for (const AmiMessage &m : out.messages) {
        if (!skippedLogin && m.isResponse()) {
            skippedLogin = true;   // the recorder's own login answer
            continue;
        }
        skippedLogin = true;
        QByteArray raw = m.raw;
        if (!raw.endsWith("\r\n\r\n") && !raw.endsWith("\n\n"))
            raw += "\r\n";
        m_messages.append(raw);
        m_times.append(timestampMs(m.value("Timestamp")));
    }
    if (m_messages.isEmpty()) {
        if (error)
            *error = tr("The capture holds no AMI message.");
        return false;
    }
    // Messages without a timestamp play at the time of the one before.
    qint64 last = 0;
    for (qint64 &t : m_times) {
        if (t == 0)
            t = last;
        last = t;
    }
    const auto firstIt = std::find_if(m_times.cbegin(), m_times.cend(), [](qint64 t) { return t > 0; });
    const qint64 first = firstIt == m_times.cend() ? 0 : *firstIt;
    for (qint64 &t : m_times)
        t = t > 0 ? t - first : 0;
    setOptions(m_options);   // rebuilds the flood stream
    return true;
}

int AmiReplayServer::setCannedReplies(const QByteArray &actionsCapture)
{
    AmiParser parser;
    AmiParser::Output out;
    parser.feed(actionsCapture, out);
    parser.feed("\r\n", out);
    m_canned.clear();
    QHash<QByteArray, QPair<QByteArray, int>> open;   // ActionID -> (action, index in m_canned[action])
    int count = 0;
    for (const AmiMessage &m : out.messages) {
        const QByteArray id = m.value("ActionID").toByteArray();
        if (m.isResponse()) {
            // "act-05-command" -> "command"; the recorder named its ActionIDs after the action.
            const QList<QByteArray> parts = id.split('-');
            if (parts.size() < 3 || parts[0] != "act")
                continue;
            const QByteArray action = parts.mid(2).join('-').toLower();
            if (action == "login" || action == "logoff" || action == "challenge")
                continue;
            m_canned[action].append(Canned{{m}});
            open.insert(id, {action, int(m_canned[action].size() - 1)});
            ++count;
        } else if (m.isEvent()) {
            const auto it = open.constFind(id);
            if (it != open.constEnd())
                m_canned[it->first][it->second].messages.append(m);
        }
    }
    return count;
}

bool AmiReplayServer::loadCannedReplies(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && setCannedReplies(f.readAll()) > 0;
}

void AmiReplayServer::setOptions(const Options &options)
{
    m_options = options;
    m_options.repeat = qMax(1, m_options.repeat);
    m_options.minChunk = qMax(1, m_options.minChunk);
    m_options.maxChunk = qMax(m_options.minChunk, m_options.maxChunk);
    m_options.speed = m_options.speed > 0 ? m_options.speed : 1.0;
    m_options.messagesPerSecond = m_options.messagesPerSecond > 0 ? m_options.messagesPerSecond : 1.0;
    m_passBytes = 0;
    for (const QByteArray &m : std::as_const(m_messages))
        m_passBytes += m.size();
    m_stream.clear();
    m_ends.clear();
    if (m_options.mode != Mode::Flood)
        return;
    m_stream.reserve(m_passBytes * m_options.repeat);
    m_ends.reserve(m_messages.size() * m_options.repeat);
    for (int r = 0; r < m_options.repeat; ++r) {
        for (const QByteArray &m : std::as_const(m_messages)) {
            m_stream += m;
            m_ends.append(m_stream.size());
        }
    }
}

void AmiReplayServer::setTlsConfiguration(const QSslConfiguration &conf)
{
    m_tls = true;
    m_tlsConf = conf;
}

bool AmiReplayServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    if (m_tls) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(m_tlsConf);
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    m_server->setMaxPendingConnections(qMax(30, m_options.maxSessions));
    m_server->setListenBacklogSize(qMax(50, m_options.maxSessions));   // a fleet connects at once
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &AmiReplayServer::onNewConnection);
    if (!m_server->listen(address, port)) {
        m_error = tr("The replay server cannot listen on %1:%2: %3.")
                      .arg(address.toString())
                      .arg(port)
                      .arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_address = address;
    m_port = m_server->serverPort();
    return true;
}

bool AmiReplayServer::isListening() const
{
    return m_server && m_server->isListening();
}

void AmiReplayServer::close()
{
    dropConnections();
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

void AmiReplayServer::dropConnections()
{
    std::vector<QTcpSocket *> socks;
    for (const auto &kv : m_sessions)
        socks.push_back(kv.first);
    for (QTcpSocket *s : socks)
        kill(s);
}

void AmiReplayServer::kill(QTcpSocket *sock)
{
    sock->disconnect(this);
    sock->abort();
    removeSession(sock);
}

bool AmiReplayServer::shouldDrop(const Session &s) const
{
    return m_options.dropAfterMessages >= 0 && s.serial < m_options.dropSessions
           && s.sent >= m_options.dropAfterMessages;
}

void AmiReplayServer::stallConnections()
{
    for (auto &kv : m_sessions) {
        Session &s = *kv.second;
        s.stalled = true;
        if (s.timer)
            s.timer->stop();
    }
}

void AmiReplayServer::restart(int downMs)
{
    const QHostAddress address = m_address;
    const quint16 port = m_port;
    close();
    QTimer::singleShot(qMax(0, downMs), this, [this, address, port] { listen(address, port); });
}

void AmiReplayServer::removeSession(QTcpSocket *sock)
{
    auto it = m_sessions.find(sock);
    if (it == m_sessions.end())
        return;
    // A socket signal may remove a session while one of our functions still works on it.
    it->second->dead = true;
    if (it->second->timer)
        it->second->timer->stop();
    m_graveyard.push_back(std::move(it->second));
    m_sessions.erase(it);
    --m_active;
    sock->disconnect(this);
    sock->deleteLater();   // its timer is its child
    if (m_graveyard.size() == 1)
        QMetaObject::invokeMethod(this, [this] { m_graveyard.clear(); }, Qt::QueuedConnection);
}

void AmiReplayServer::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *sock = m_server->nextPendingConnection();
        if (!sock)
            break;
        if (int(m_sessions.size()) >= m_options.maxSessions) {
            sock->abort();
            sock->deleteLater();
            continue;
        }
        auto session = std::make_unique<Session>();
        Session &s = *session;
        s.sock = sock;
        s.serial = m_connections++;
        s.rng.seed(m_options.seed + quint32(s.serial));
        ++m_active;
        m_sessions.emplace(sock, std::move(session));
        connect(sock, &QTcpSocket::readyRead, this, [this, sock] {
            auto it = m_sessions.find(sock);
            if (it != m_sessions.end())
                onReadyRead(*it->second);
        });
        connect(sock, &QTcpSocket::bytesWritten, this, [this, sock] {
            auto it = m_sessions.find(sock);
            if (it != m_sessions.end())
                pump(*it->second);
        });
        connect(sock, &QTcpSocket::disconnected, this, [this, sock] { removeSession(sock); });
        sock->write(m_options.banner + "\r\n");
    }
}

void AmiReplayServer::onReadyRead(Session &s)
{
    const QByteArray data = s.sock->readAll();
    if (s.stalled)
        return;   // a half-open peer: what we are sent goes nowhere
    s.parser.feed(data, s.parsed);
    const QVector<AmiMessage> actions = std::move(s.parsed.messages);
    s.parsed.clear();
    for (const AmiMessage &a : actions) {
        if (s.dead)
            return;   // closed by the previous action (Logoff, failed login)
        handleAction(s, a);
    }
}

void AmiReplayServer::handleAction(Session &s, const AmiMessage &a)
{
    const QByteArray action = a.value("Action").toByteArray().toLower();
    const QByteArray id = a.value("ActionID").toByteArray();
    if (action == "challenge") {
        if (a.value("AuthType").compare("MD5", Qt::CaseInsensitive) != 0) {
            reply(s, response("Error", id, "Message: Must specify AuthType\r\n"));
            return;
        }
        s.challenge = QByteArray::number(100000000 + (m_challengeCounter++ * 7919 + quint64(s.serial) * 104729)
                                                         % 900000000);
        reply(s, response("Success", id, "Challenge: " + s.challenge + "\r\n"));
        return;
    }
    if (action == "login") {
        ++m_loginAttempts;
        bool ok = a.value("Username") == m_options.user.toUtf8();
        if (a.value("AuthType").compare("md5", Qt::CaseInsensitive) == 0) {
            const QByteArray expected =
                QCryptographicHash::hash(s.challenge + m_options.secret.toUtf8(), QCryptographicHash::Md5).toHex();
            ok = ok && !s.challenge.isEmpty() && a.value("Key").compare(expected, Qt::CaseInsensitive) == 0;
        } else {
            ok = ok && a.value("Secret") == m_options.secret.toUtf8();
        }
        Q_EMIT loginAttempted(ok);
        if (!ok) {
            ++m_failedLogins;
            reply(s, response("Error", id, "Message: Authentication failed\r\n"));
            s.sock->disconnectFromHost();   // Asterisk closes the session after a failed login
            return;
        }
        ++m_successfulLogins;
        s.authed = true;
        s.eventsOn = a.value("Events").compare("off", Qt::CaseInsensitive) != 0;
        reply(s, response("Success", id, "Message: Authentication accepted\r\n"));
        if (s.eventsOn)
            startStreaming(s);
        return;
    }
    if (action == "logoff") {
        reply(s, response("Goodbye", id, "Message: Thanks for all the fish.\r\n"));
        s.sock->disconnectFromHost();
        return;
    }
    if (!s.authed) {
        reply(s, response("Error", id, "Message: Permission denied\r\n"));
        return;
    }
    if (action == "ping") {
        reply(s, response("Success", id, "Ping: Pong\r\nTimestamp: " + amiTimestamp(nowUsecs()) + "\r\n"));
        return;
    }
    if (action == "events") {
        s.eventsOn = a.value("EventMask").compare("off", Qt::CaseInsensitive) != 0;
        reply(s, response("Success", id, "Events: " + QByteArray(s.eventsOn ? "On" : "Off") + "\r\n"));
        if (s.eventsOn && !s.streaming)
            startStreaming(s);
        return;
    }
    const QByteArray canned = cannedReply(action, a, id);
    if (!canned.isEmpty()) {
        reply(s, canned);
        return;
    }
    reply(s, response("Error", id,
                      "Message: Action " + a.value("Action").toByteArray().left(64)
                          + " is not supported by the replay server\r\n"));
}

QByteArray AmiReplayServer::cannedReply(const QByteArray &action, const AmiMessage &request,
                                        const QByteArray &actionId) const
{
    const auto it = m_canned.constFind(action);
    if (it == m_canned.constEnd() || it->isEmpty())
        return {};
    const Canned *choice = &it->first();
    if (action == "getconfig") {
        // The only recorded GetConfig is of sip.conf; any other file is absent, as Asterisk says.
        const QByteArray file = request.value("Filename").toByteArray().trimmed().toLower();
        if (file != "sip.conf")
            return "Response: Error\r\nActionID: " + actionId + "\r\nMessage: Config file not found\r\n\r\n";
    }
    if (action == "command") {
        // Several recorded commands: pick the one whose output speaks of the command's last word
        // ("sip show peers" -> "2 sip peers", "core show channels" -> "2 active channels").
        const QByteArray cmd = request.value("Command").toByteArray().trimmed().toLower();
        const QByteArray last = cmd.mid(cmd.lastIndexOf(' ') + 1);
        for (const Canned &c : *it) {
            if (!last.isEmpty() && c.messages.first().raw.toLower().contains(last)) {
                choice = &c;
                break;
            }
        }
        if (m_options.oldStyleCommand) {
            QByteArray out = "Response: Follows\r\nPrivilege: Command\r\nActionID: " + actionId + "\r\n";
            for (QByteArrayView line : choice->messages.first().values("Output"))
                out += line.toByteArray() + '\n';   // old Asterisk wrote the CLI text with bare \n
            return out + "--END COMMAND--\r\n\r\n";
        }
    }
    QByteArray out;
    for (const AmiMessage &m : choice->messages)
        out += serializeWithActionId(m, actionId);
    return out;
}

void AmiReplayServer::reply(Session &s, const QByteArray &bytes)
{
    if (m_options.mode == Mode::Flood && s.streaming && !s.finished) {
        // Never cut into a message that is half on the wire.
        const bool atBoundary = s.nextBoundary == 0 ? s.offset == 0 : m_ends[s.nextBoundary - 1] == s.offset;
        if (!atBoundary) {
            s.held += bytes;
            pump(s);
            return;
        }
    }
    s.sock->write(bytes);
}

void AmiReplayServer::startStreaming(Session &s)
{
    if (s.streaming || m_messages.isEmpty())
        return;
    s.streaming = true;
    if (m_options.mode == Mode::Flood) {
        pump(s);
        return;
    }
    s.clock.start();
    s.passStartMs = 0;
    s.index = 0;
    s.timer = new QTimer(s.sock);
    s.timer->setSingleShot(true);
    s.timer->setTimerType(Qt::PreciseTimer);
    QTcpSocket *sock = s.sock;
    connect(s.timer, &QTimer::timeout, this, [this, sock] {
        auto it = m_sessions.find(sock);
        if (it != m_sessions.end())
            tick(*it->second);
    });
    tick(s);
}

void AmiReplayServer::countStreamed(Session &s, qint64 messages)
{
    if (messages <= 0)
        return;
    s.sent += messages;
    m_streamed += messages;
}

void AmiReplayServer::pump(Session &s)
{
    if (m_options.mode != Mode::Flood || !s.streaming || s.stalled || s.finished || s.dead || s.pumping)
        return;
    s.pumping = true;
    QTcpSocket *sock = s.sock;
    const qint64 total = m_stream.size();
    while (s.offset < total && sock->bytesToWrite() < kHighWaterBytes) {
        qint64 n;
        if (!s.held.isEmpty()) {
            n = m_ends[s.nextBoundary] - s.offset;   // finish the message in flight, then the replies
        } else {
            n = qMin<qint64>(total - s.offset, s.rng.bounded(m_options.minChunk, m_options.maxChunk + 1));
        }
        sock->write(m_stream.constData() + s.offset, n);
        s.offset += n;
        const int before = s.nextBoundary;
        while (s.nextBoundary < m_ends.size() && m_ends[s.nextBoundary] <= s.offset)
            ++s.nextBoundary;
        countStreamed(s, s.nextBoundary - before);
        if (!s.held.isEmpty() && m_ends[s.nextBoundary - 1] == s.offset) {
            sock->write(s.held);
            s.held.clear();
        }
        sock->flush();   // one chunk, one send(): the client sees this split point
        if (s.dead)
            return;
        if (shouldDrop(s)) {
            kill(sock);      // the PBX vanished mid-stream
            return;
        }
    }
    s.pumping = false;
    if (s.offset >= total && !s.finished) {
        s.finished = true;
        if (!s.held.isEmpty()) {
            sock->write(s.held);
            s.held.clear();
        }
        ++m_finishedStreams;
        Q_EMIT streamFinished();
    }
}

qint64 AmiReplayServer::dueMs(int index) const
{
    if (m_options.mode == Mode::Rate)
        return qint64(index * 1000.0 / m_options.messagesPerSecond);
    const qint64 span = m_times.isEmpty() ? 0 : m_times.last();
    if (m_options.durationMs > 0)
        return span > 0 ? m_times[index] * m_options.durationMs / span : 0;
    return qint64(m_times[index] / m_options.speed);
}

QByteArray AmiReplayServer::liveMessage(int index) const
{
    const QByteArray &m = m_messages[index];
    if (!m_options.liveTimestamps || !m.startsWith("Event:"))
        return m;
    // The demo looks live: "Timestamp:" says now, added where the capture had none.
    const QByteArray stamp = amiTimestamp(nowUsecs());
    qsizetype pos = m.indexOf("\nTimestamp: ");
    if (pos >= 0) {
        pos += 12;
        const qsizetype end = m.indexOf('\r', pos) >= 0 ? m.indexOf('\r', pos) : m.indexOf('\n', pos);
        return m.left(pos) + stamp + m.mid(end);
    }
    const qsizetype eol = m.indexOf('\n');
    return m.left(eol + 1) + "Timestamp: " + stamp + "\r\n" + m.mid(eol + 1);
}

void AmiReplayServer::tick(Session &s)
{
    if (s.stalled || !s.streaming || s.dead)
        return;
    const qint64 now = s.clock.elapsed();
    QByteArray out;
    qint64 count = 0;
    while (true) {
        if (s.index >= m_messages.size()) {
            if (!m_options.loop) {
                s.finished = true;
                break;
            }
            s.index = 0;
            s.passStartMs = m_options.mode == Mode::Rate
                                ? s.passStartMs + qint64(m_messages.size() * 1000.0 / m_options.messagesPerSecond)
                                : now + m_options.loopPauseMs;
        }
        if (s.passStartMs + dueMs(s.index) > now)
            break;
        out += liveMessage(s.index++);
        ++count;
        if (m_options.dropAfterMessages >= 0 && s.serial < m_options.dropSessions
            && s.sent + count >= m_options.dropAfterMessages)
            break;
    }
    if (!out.isEmpty()) {
        s.sock->write(out);
        countStreamed(s, count);
    }
    if (shouldDrop(s)) {
        s.sock->flush();
        kill(s.sock);
        return;
    }
    if (!s.finished && s.index < m_messages.size())
        s.timer->start(int(qBound<qint64>(0, s.passStartMs + dueMs(s.index) - now, qint64(60000))));
    else if (!s.finished)
        s.timer->start(0);
}

} // namespace tg
