#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <unistd.h>

namespace lunscope::test {

// Misbehaving TCP peers on 127.0.0.1 for fault tests. They are not iSCSI fakes: each does the one
// wrong thing a broken or hostile peer does, so that the engine's reaction can be checked.
class FaultPeer : public QTcpServer
{
public:
    enum class Behaviour {
        Silent,       // accepts and never sends a byte
        Garbage,      // answers the first bytes with noise that is no iSCSI PDU
        CloseAtOnce,  // accepts and closes immediately
    };

    explicit FaultPeer(Behaviour behaviour) : m_behaviour(behaviour)
    {
        connect(this, &QTcpServer::newConnection, this, &FaultPeer::accept);
        listen(QHostAddress::LocalHost, 0);
    }

    QString portal() const { return QStringLiteral("127.0.0.1:%1").arg(serverPort()); }

private:
    void accept()
    {
        while (QTcpSocket *socket = nextPendingConnection()) {
            m_sockets.append(socket);
            if (m_behaviour == Behaviour::CloseAtOnce) {
                socket->close();
            } else if (m_behaviour == Behaviour::Garbage) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket]() {
                    socket->readAll();
                    QByteArray noise(96, char(0xa5)); // opcode 0x25 and a 10 MB data segment length
                    socket->write(noise);
                });
            }
        }
    }

    Behaviour m_behaviour;
    QList<QTcpSocket *> m_sockets;
};

// Sockets this process holds open, read from /proc/self/fd: proof that a scan leaves none behind.
inline int openSocketCount()
{
    int count = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &name : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        char target[64] = {};
        const QByteArray path = QFile::encodeName(fds.filePath(name));
        if (::readlink(path.constData(), target, sizeof target - 1) > 0 && qstrncmp(target, "socket:", 7) == 0)
            ++count;
    }
    return count;
}

} // namespace lunscope::test
