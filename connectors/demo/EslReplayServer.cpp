#include "EslReplayServer.h"

#include "esl/EslParser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <deque>

namespace tg {

namespace {

constexpr qint64 kHighWaterBytes = 128 * 1024;   // keep the socket this full, no more
constexpr qsizetype kMaxCommandBytes = 64 * 1024; // a client sending more without a blank line is cut off

QByteArray commandReply(const QByteArray &text, const QByteArray &extraHeaders = QByteArray())
{
    return "Content-Type: command/reply\nReply-Text: " + text + "\n" + extraHeaders + "\n";
}

QByteArray withLength(const QByteArray &contentType, const QByteArray &body)
{
    return "Content-Length: " + QByteArray::number(body.size()) + "\nContent-Type: " + contentType + "\n\n" + body;
}

QByteArray disconnectNotice()
{
    // As mod_event_socket words it (see freeswitch-1.10.12-badauth.esl).
    return "Content-Type: text/disconnect-notice\nContent-Length: 67\n\n"
           "Disconnected, goodbye.\nSee you at ClueCon! http://www.cluecon.com/\n";
}

} // namespace

struct EslReplayServer::Session {
    QTcpSocket *sock = nullptr;
    int serial = 0;
    QByteArray in;
    bool authed = false;
    bool json = false;
    bool jobs = false;              // subscribed to BACKGROUND_JOB
    bool streaming = false;
    bool stalled = false;
    bool finished = false;
    bool closing = false;
    bool dead = false;
    bool pumping = false;
    QRandomGenerator rng;
    QByteArray stream;              // this session's events (its subscription, all passes)
    QVector<qint64> ends;           // end offset of each event in stream
    qint64 offset = 0;
    int nextBoundary = 0;           // index into ends of the first event not fully sent
    qint64 sent = 0;
    QByteArray held;                // replies waiting for the stream to reach an event boundary
    std::deque<std::pair<qint64, QByteArray>> ordered;   // answers in command order, with their due time
    QTimer *orderTimer = nullptr;
    QElapsedTimer clock;
};

EslReplayServer::EslReplayServer(QObject *parent) : QObject(parent) {}

EslReplayServer::~EslReplayServer()
{
    close();
}

bool EslReplayServer::setCapture(const QByteArray &bytes, QString *error)
{
    EslParser parser;
    EslParser::Output out;
    parser.feed(EslParser::skipCaptureComments(bytes), out);
    m_events.clear();
    m_passBytes = 0;
    for (const EslMessage &m : out.messages) {
        if (!m.isEvent())
            continue;
        CaptureEvent e;
        e.plain = m.raw;
        e.name = m.eventName();
        e.subclass = m.eventSubclass();
        if (m.type == EslMessage::Type::EventJson)
            e.json = m.raw;
        m_passBytes += e.plain.size();
        m_events.append(e);
    }
    if (m_events.isEmpty()) {
        if (error)
            *error = tr("The capture holds no FreeSWITCH event.");
        return false;
    }
    return true;
}

bool EslReplayServer::loadCapture(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2.").arg(path, f.errorString());
        return false;
    }
    return setCapture(f.readAll(), error);
}

void EslReplayServer::setApiReply(const QByteArray &command, const QByteArray &body)
{
    m_api.insert(command.trimmed(), body);
}

void EslReplayServer::setOptions(const Options &options)
{
    m_options = options;
    m_options.repeat = qMax(1, m_options.repeat);
    m_options.minChunk = qMax(1, m_options.minChunk);
    m_options.maxChunk = qMax(m_options.minChunk, m_options.maxChunk);
}

bool EslReplayServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(qMax(30, m_options.maxSessions));
    m_server->setListenBacklogSize(qMax(50, m_options.maxSessions));
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &EslReplayServer::onNewConnection);
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

bool EslReplayServer::isListening() const
{
    return m_server && m_server->isListening();
}

void EslReplayServer::close()
{
    dropConnections();
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

void EslReplayServer::dropConnections()
{
    std::vector<QTcpSocket *> socks;
    for (const auto &kv : m_sessions)
        socks.push_back(kv.first);
    for (QTcpSocket *s : socks)
        kill(s);
}

void EslReplayServer::stallConnections()
{
    for (auto &kv : m_sessions) {
        kv.second->stalled = true;
        if (kv.second->orderTimer)
            kv.second->orderTimer->stop();
    }
}

void EslReplayServer::restart(int downMs)
{
    const QHostAddress address = m_address;
    const quint16 port = m_port;
    close();
    QTimer::singleShot(qMax(0, downMs), this, [this, address, port] { listen(address, port); });
}

void EslReplayServer::kill(QTcpSocket *sock)
{
    sock->disconnect(this);
    sock->abort();
    removeSession(sock);
}

bool EslReplayServer::faultFor(const Session &s) const
{
    return s.serial < m_options.faultSessions;
}

EslReplayServer::Session *EslReplayServer::find(QTcpSocket *sock)
{
    auto it = m_sessions.find(sock);
    return it == m_sessions.end() ? nullptr : it->second.get();
}

void EslReplayServer::removeSession(QTcpSocket *sock)
{
    auto it = m_sessions.find(sock);
    if (it == m_sessions.end())
        return;
    // A socket signal may remove a session while one of our functions still works on it.
    it->second->dead = true;
    if (it->second->orderTimer)
        it->second->orderTimer->stop();
    m_graveyard.push_back(std::move(it->second));
    m_sessions.erase(it);
    --m_active;
    sock->disconnect(this);
    sock->deleteLater();
    if (m_graveyard.size() == 1)
        QMetaObject::invokeMethod(this, [this] { m_graveyard.clear(); }, Qt::QueuedConnection);
}

void EslReplayServer::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *sock = m_server->nextPendingConnection();
        if (!sock)
            break;
        ++m_connections;
        if (m_options.rudeRejection) {
            // What a client outside apply-inbound-acl gets, then the door closes.
            sock->write(withLength("text/rude-rejection", "Access Denied, go away.\n"));
            connect(sock, &QTcpSocket::disconnected, sock, &QObject::deleteLater);
            sock->disconnectFromHost();
            continue;
        }
        if (int(m_sessions.size()) >= m_options.maxSessions) {
            sock->abort();
            sock->deleteLater();
            continue;
        }
        auto session = std::make_unique<Session>();
        Session &s = *session;
        s.sock = sock;
        s.serial = m_connections - 1;
        s.rng.seed(m_options.seed + quint32(s.serial));
        s.clock.start();
        s.orderTimer = new QTimer(sock);
        s.orderTimer->setSingleShot(true);
        ++m_active;
        m_sessions.emplace(sock, std::move(session));
        connect(s.orderTimer, &QTimer::timeout, this, [this, sock] {
            if (Session *x = find(sock))
                flushOrdered(*x);
        });
        connect(sock, &QTcpSocket::readyRead, this, [this, sock] {
            if (Session *x = find(sock))
                onReadyRead(*x);
        });
        connect(sock, &QTcpSocket::bytesWritten, this, [this, sock] {
            if (Session *x = find(sock))
                pump(*x);
        });
        connect(sock, &QTcpSocket::disconnected, this, [this, sock] { removeSession(sock); });
        sock->write("Content-Type: auth/request\n\n");
    }
}

void EslReplayServer::onReadyRead(Session &s)
{
    const QByteArray data = s.sock->readAll();
    if (s.stalled || s.closing)
        return;   // a half-open peer: what we are sent goes nowhere
    s.in += data;
    for (;;) {
        const qsizetype end = s.in.indexOf("\n\n");
        if (end < 0)
            break;
        const QByteArray block = s.in.left(end);
        s.in.remove(0, end + 2);
        handleCommand(s, block);
        if (s.dead || s.closing)
            return;
    }
    if (s.in.size() > kMaxCommandBytes)
        kill(s.sock);
}

void EslReplayServer::handleCommand(Session &s, const QByteArray &block)
{
    const qsizetype nl = block.indexOf('\n');
    const QByteArray line = (nl < 0 ? block : block.left(nl)).trimmed();
    const QByteArray headers = nl < 0 ? QByteArray() : block.mid(nl + 1);
    const qsizetype sp = line.indexOf(' ');
    const QByteArray verb = (sp < 0 ? line : line.left(sp)).toLower();
    const QByteArray args = sp < 0 ? QByteArray() : line.mid(sp + 1).trimmed();
    m_commands << (verb == "auth" ? QStringLiteral("auth ***") : QString::fromUtf8(line));

    if (verb == "auth") {
        ++m_authAttempts;
        if (args == m_options.password.toUtf8()) {
            ++m_successfulAuths;
            s.authed = true;
            reply(s, commandReply("+OK accepted"));
        } else {
            ++m_failedAuths;
            reply(s, commandReply("-ERR invalid"));
            closeWithNotice(s);
        }
        return;
    }
    if (!s.authed) {
        reply(s, commandReply("-ERR invalid"));
        return;
    }
    if (verb == "event") {
        subscribe(s, args);
    } else if (verb == "filter") {
        const qsizetype space = args.indexOf(' ');
        reply(s, commandReply("+OK filter added. [" + (space < 0 ? args : args.left(space)) + "]=["
                              + (space < 0 ? QByteArray() : args.mid(space + 1)) + "]"));
    } else if (verb == "noevents") {
        reply(s, commandReply("+OK no longer listening for events"));
    } else if (verb == "exit") {
        reply(s, commandReply("+OK bye"));
        closeWithNotice(s);
    } else if (verb == "api") {
        int delay = 0;
        const QByteArray body = apiResult(args, &delay);
        sendOrdered(s, "Content-Type: api/response\nContent-Length: " + QByteArray::number(body.size()) + "\n\n" + body,
                    delay);
    } else if (verb == "bgapi") {
        QByteArray job;
        for (const QByteArray &h : headers.split('\n'))
            if (h.startsWith("Job-UUID:"))
                job = h.mid(9).trimmed();
        if (job.isEmpty())
            job = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        sendOrdered(s, commandReply("+OK Job-UUID: " + job, "Job-UUID: " + job + "\n"));
        int delay = 0;
        const QByteArray body = apiResult(args, &delay);
        if (!s.jobs)
            return;
        const qsizetype space = args.indexOf(' ');
        const QByteArray cmd = space < 0 ? args : args.left(space);
        const QByteArray arg = space < 0 ? QByteArray() : args.mid(space + 1);
        QByteArray fields = "Job-UUID: " + job + "\nJob-Command: " + QUrl::toPercentEncoding(QString::fromUtf8(cmd))
                            + "\nJob-Command-Arg: " + QUrl::toPercentEncoding(QString::fromUtf8(arg))
                            + "\nEvent-Name: BACKGROUND_JOB\nEvent-Date-Timestamp: "
                            + QByteArray::number(QDateTime::currentMSecsSinceEpoch() * 1000)
                            + "\nContent-Length: " + QByteArray::number(body.size()) + "\n\n" + body;
        QByteArray frame = withLength("text/event-plain", fields);
        if (s.json) {
            QJsonObject o{{QStringLiteral("Job-UUID"), QString::fromUtf8(job)},
                          {QStringLiteral("Job-Command"), QString::fromUtf8(cmd)},
                          {QStringLiteral("Job-Command-Arg"), QString::fromUtf8(arg)},
                          {QStringLiteral("Event-Name"), QStringLiteral("BACKGROUND_JOB")},
                          {QStringLiteral("_body"), QString::fromUtf8(body)}};
            frame = withLength("text/event-json", QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
        QTcpSocket *sock = s.sock;
        QTimer::singleShot(m_options.bgapiDelayMs + delay, this, [this, sock, frame] {
            Session *x = find(sock);
            if (x && !x->stalled && !x->closing)
                reply(*x, frame);
        });
    } else {
        reply(s, commandReply("-ERR command not found"));
    }
}

QByteArray EslReplayServer::apiResult(const QByteArray &command, int *delayMs) const
{
    *delayMs = 0;
    const QByteArray cmd = command.trimmed();
    const auto it = m_api.constFind(cmd);
    if (it != m_api.constEnd())
        return it.value();
    const qsizetype sp = cmd.indexOf(' ');
    const QByteArray name = sp < 0 ? cmd : cmd.left(sp);
    const QByteArray arg = sp < 0 ? QByteArray() : cmd.mid(sp + 1).trimmed();
    if (name == "strepoch")
        return QByteArray::number(QDateTime::currentSecsSinceEpoch());
    if (name == "version")
        return "FreeSWITCH Version 1.10.12-release~64bit (-release 64bit)\n";
    if (name == "reloadxml")
        return "+OK [Success]\n";
    if (name == "msleep") {
        // FreeSWITCH's msleep: the answer (and every later one on this connection) waits.
        *delayMs = qBound(0, arg.toInt(), 10000);
        return "+OK\n";
    }
    if (name == "uuid_kill")
        return "-ERR No such channel!\n";
    return "-ERR " + name + " Command not found!\n";
}

void EslReplayServer::subscribe(Session &s, const QByteArray &args)
{
    const QList<QByteArray> words = args.simplified().split(' ');
    const QByteArray format = words.value(0).toLower();
    if (format != "plain" && format != "json") {
        reply(s, commandReply("-ERR invalid format " + format));
        return;
    }
    s.json = format == "json";
    bool all = false;
    bool custom = false;
    QSet<QByteArray> names;
    QSet<QByteArray> subclasses;
    for (int i = 1; i < words.size(); ++i) {
        if (words[i] == "ALL")
            all = true;
        else if (words[i] == "CUSTOM")
            custom = true;
        else if (custom)
            subclasses.insert(words[i]);
        else
            names.insert(words[i]);
    }
    s.jobs = all || names.contains("BACKGROUND_JOB");
    reply(s, commandReply("+OK event listener enabled " + format));
    if (s.streaming)
        return;
    for (int r = 0; r < m_options.repeat; ++r) {
        for (int i = 0; i < m_events.size(); ++i) {
            const CaptureEvent &e = m_events[i];
            const bool wanted = all || names.contains(e.name)
                                || (e.name == "CUSTOM" && (subclasses.contains(e.subclass) || (custom && subclasses.isEmpty())));
            if (!wanted)
                continue;
            s.stream += s.json ? jsonOf(i) : e.plain;
            s.ends.append(s.stream.size());
        }
    }
    s.streaming = true;
    pump(s);
}

const QByteArray &EslReplayServer::jsonOf(int index)
{
    CaptureEvent &e = m_events[index];
    if (e.json.isEmpty()) {
        EslParser parser;
        EslParser::Output out;
        parser.feed(e.plain, out);
        QJsonObject o;
        if (!out.messages.isEmpty()) {
            const EslMessage &m = out.messages.first();
            for (int i = 0; i < m.eventFieldCount(); ++i) {
                const QString key = QString::fromUtf8(m.eventKey(i));
                if (!o.contains(key))
                    o.insert(key, QString::fromUtf8(m.eventValue(i)));
            }
            const QByteArray body = m.eventBody();
            if (!body.isEmpty())
                o.insert(QStringLiteral("_body"), QString::fromUtf8(body));
        }
        e.json = withLength("text/event-json", QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    return e.json;
}

void EslReplayServer::sendOrdered(Session &s, const QByteArray &bytes, int delayMs)
{
    s.ordered.emplace_back(s.clock.elapsed() + delayMs, bytes);
    flushOrdered(s);
}

void EslReplayServer::flushOrdered(Session &s)
{
    if (s.stalled || s.dead)
        return;
    const qint64 now = s.clock.elapsed();
    while (!s.ordered.empty() && s.ordered.front().first <= now) {
        const QByteArray bytes = std::move(s.ordered.front().second);
        s.ordered.pop_front();
        reply(s, bytes);
        if (s.dead)
            return;
    }
    if (!s.ordered.empty())
        s.orderTimer->start(int(qMax<qint64>(0, s.ordered.front().first - now)));
}

void EslReplayServer::reply(Session &s, const QByteArray &bytes)
{
    if (s.streaming && !s.finished) {
        // Never cut into an event that is half on the wire.
        const bool atBoundary = s.nextBoundary == 0 ? s.offset == 0 : s.ends[s.nextBoundary - 1] == s.offset;
        if (!atBoundary) {
            s.held += bytes;
            pump(s);
            return;
        }
    }
    s.sock->write(bytes);
}

void EslReplayServer::closeWithNotice(Session &s)
{
    s.closing = true;
    s.sock->write(disconnectNotice());
    s.sock->flush();
    s.sock->disconnectFromHost();
}

void EslReplayServer::pump(Session &s)
{
    if (!s.streaming || s.stalled || s.finished || s.dead || s.closing || s.pumping)
        return;
    s.pumping = true;
    QTcpSocket *sock = s.sock;
    const qint64 total = s.stream.size();
    const bool fault = faultFor(s);
    const int noticeAt = fault ? m_options.disconnectNoticeAfterEvents : -1;
    while (s.offset < total && sock->bytesToWrite() < kHighWaterBytes) {
        qint64 n;
        if (!s.held.isEmpty())
            n = s.ends[s.nextBoundary] - s.offset;   // finish the event in flight, then the replies
        else
            n = qMin<qint64>(total - s.offset, s.rng.bounded(m_options.minChunk, m_options.maxChunk + 1));
        if (noticeAt > 0 && noticeAt <= s.ends.size())
            n = qMin<qint64>(n, s.ends[noticeAt - 1] - s.offset);   // the notice comes after a whole event
        if (n > 0) {
            sock->write(s.stream.constData() + s.offset, n);
            s.offset += n;
        }
        const int before = s.nextBoundary;
        while (s.nextBoundary < s.ends.size() && s.ends[s.nextBoundary] <= s.offset)
            ++s.nextBoundary;
        s.sent += s.nextBoundary - before;
        m_streamed += s.nextBoundary - before;
        if (!s.held.isEmpty() && s.nextBoundary > 0 && s.ends[s.nextBoundary - 1] == s.offset) {
            sock->write(s.held);
            s.held.clear();
        }
        sock->flush();   // one chunk, one send(): the client sees this split point
        if (s.dead)
            return;
        if (fault && m_options.dropAfterEvents >= 0 && s.sent >= m_options.dropAfterEvents) {
            kill(sock);   // the PBX vanished mid-stream
            return;
        }
        if (noticeAt >= 0 && s.sent >= noticeAt) {
            s.pumping = false;
            closeWithNotice(s);
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

} // namespace tg
