#pragma once
// An in-process syslog receiver for the forwarding tests: octet-counted TCP, or RELP answering
// every message (optionally with an error, or with garbage). It records what it accepted.
#include "forward/RelpCodec.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <memory>

namespace tg::test {

// Splits RFC 6587 octet-counted frames.
inline QVector<QByteArray> octetFrames(QByteArray &buf)
{
    QVector<QByteArray> out;
    for (;;) {
        const int sp = buf.indexOf(' ');
        if (sp <= 0)
            return out;
        const int len = buf.left(sp).toInt();
        if (buf.size() < sp + 1 + len)
            return out;
        out.append(buf.mid(sp + 1, len));
        buf.remove(0, sp + 1 + len);
    }
}

class Receiver : public QObject
{
public:
    enum Mode { Octet, Relp, RelpRefuse, RelpGarbage };
    explicit Receiver(Mode mode, QTcpServer *server = nullptr)
        : m_mode(mode), m_server(server ? server : new QTcpServer(this))
    {
        if (server)
            server->setParent(this);
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &Receiver::accept);
    }
    bool listen(quint16 port = 0) { return m_server->listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server->serverPort(); }
    void closeAll()
    {
        for (QTcpSocket *s : std::as_const(m_clients))
            s->abort();
        m_clients.clear();
    }
    QVector<QByteArray> messages;
    int connections = 0;

private:
    void accept()
    {
        while (QTcpSocket *s = m_server->nextPendingConnection()) {
            ++connections;
            m_clients.append(s);
            auto buf = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::readyRead, this, [this, s, buf] { onData(s, *buf); });
        }
    }
    void onData(QTcpSocket *s, QByteArray &buf)
    {
        buf.append(s->readAll());
        if (m_mode == Octet) {
            messages += octetFrames(buf);
            return;
        }
        // RELP requests: "TXNR CMD LEN[ DATA]\n".
        for (;;) {
            const int sp1 = buf.indexOf(' ');
            const int sp2 = sp1 < 0 ? -1 : buf.indexOf(' ', sp1 + 1);
            if (sp2 < 0)
                return;
            int end = buf.indexOf(' ', sp2 + 1);
            const int nl = buf.indexOf('\n', sp2 + 1);
            if (nl < 0)
                return;
            const int len = buf.mid(sp2 + 1, (end < 0 || nl < end ? nl : end) - sp2 - 1).toInt();
            const int dataStart = len > 0 ? end + 1 : nl;
            if (buf.size() < dataStart + len + 1)
                return;
            const QByteArray txnr = buf.left(sp1);
            const QByteArray cmd = buf.mid(sp1 + 1, sp2 - sp1 - 1);
            const QByteArray data = buf.mid(dataStart, len);
            buf.remove(0, dataStart + len + 1);
            if (m_mode == RelpGarbage && cmd == "syslog") {
                s->write("this is not relp at all\n");
                continue;
            }
            if (cmd == "open") {
                s->write(RelpCodec::frame(txnr.toLongLong(), "rsp", "200 OK\nrelp_version=0\ncommands=syslog"));
            } else if (cmd == "syslog") {
                if (m_mode == RelpRefuse) {
                    s->write(RelpCodec::frame(txnr.toLongLong(), "rsp", "500 not now"));
                } else {
                    messages.append(data);
                    s->write(RelpCodec::frame(txnr.toLongLong(), "rsp", "200 OK"));
                }
            } else if (cmd == "close") {
                s->write(RelpCodec::frame(txnr.toLongLong(), "rsp"));
            }
        }
    }

    Mode m_mode;
    QTcpServer *m_server;
    QVector<QTcpSocket *> m_clients;
};

} // namespace tg::test
