#include "SocketCloser.h"

#include <QTcpSocket>
#include <QTimer>

namespace tg {

void SocketCloser::close(QTcpSocket *socket, QObject *owner, bool graceful)
{
    if (!socket)
        return;
    socket->disconnect(owner);
    if (graceful && socket->state() == QAbstractSocket::ConnectedState) {
        socket->flush();
        QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(2000, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        socket->disconnectFromHost();
    } else {
        socket->abort();
        socket->deleteLater();
    }
}

} // namespace tg
