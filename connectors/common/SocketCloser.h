#pragma once

class QObject;
class QTcpSocket;

namespace tg {

// Ends a connector's socket without ever waiting on it: a graceful close lets a last message
// (AMI Logoff, ESL exit) reach the PBX but gives up after two seconds.
class SocketCloser
{
public:
    // Disconnects the socket from owner's slots and schedules its deletion.
    static void close(QTcpSocket *socket, QObject *owner, bool graceful);
};

} // namespace tg
