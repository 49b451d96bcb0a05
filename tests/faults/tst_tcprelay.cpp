// TcpRelay (tests/support) against local peers: the delay is applied in each direction and never
// shortened, order is kept, ends of stream travel, the close-after-login mode cuts exactly after
// the completing Login Response, SendTargets addresses are rewritten, round trips are counted,
// and destroying the relay closes every socket.
#include "FaultPeers.h"
#include "TcpRelay.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using lunscope::test::TcpRelay;

namespace {

constexpr int BoundMs = 5000;

// A peer behind the relay: echoes, or answers each chunk with prepared bytes.
class Peer : public QTcpServer
{
public:
    explicit Peer(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
    {
        connect(this, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = nextPendingConnection()) {
                sockets.append(socket);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() {
                    const QByteArray in = socket->readAll();
                    received.append(in);
                    socket->write(answer.isEmpty() ? in : answer);
                });
                connect(socket, &QTcpSocket::disconnected, this, [this]() { ++disconnects; });
            }
        });
        listen(address, 0);
    }

    QByteArray answer;   // empty: echo
    QByteArray received;
    QList<QTcpSocket *> sockets;
    int disconnects = 0;
};

// A PDU as a target sends it: 48-byte header, data segment padded to 4 bytes.
QByteArray pdu(quint8 opcode, quint8 flags, const QByteArray &data, quint8 statusClass = 0)
{
    QByteArray header(48, '\0');
    header[0] = char(opcode);
    header[1] = char(flags);
    header[5] = char((data.size() >> 16) & 0xff);
    header[6] = char((data.size() >> 8) & 0xff);
    header[7] = char(data.size() & 0xff);
    header[36] = char(statusClass);
    QByteArray padded = data;
    padded.append(QByteArray((4 - data.size() % 4) % 4, '\0'));
    return header + padded;
}

constexpr quint8 LoginResponse = 0x23;
constexpr quint8 TextResponse = 0x24;
constexpr quint8 NopIn = 0x20;
constexpr quint8 Transit = 0x80;
constexpr quint8 SecurityToOperational = 0x01; // CSG 0, NSG 1
constexpr quint8 OperationalToFullFeature = 0x07; // CSG 1, NSG 3

struct Client
{
    QTcpSocket socket;
    QByteArray received;

    explicit Client(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this]() { received.append(socket.readAll()); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    // Sends and waits (bounded) until at least `expected` bytes have arrived in all.
    bool exchange(const QByteArray &bytes, qsizetype expected)
    {
        socket.write(bytes);
        QElapsedTimer bound;
        bound.start();
        QSignalSpy readable(&socket, &QTcpSocket::readyRead);
        while (received.size() < expected && bound.elapsed() < BoundMs)
            readable.wait(int(BoundMs - bound.elapsed()));
        return received.size() >= expected;
    }
};

} // namespace

class TestTcpRelay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delayIsAppliedEachWay()
    {
        Peer echo;
        const auto delay = std::chrono::milliseconds(25);
        TcpRelay relay({QHostAddress(QHostAddress::LocalHost), echo.serverPort(), delay, false, false});
        QVERIFY2(relay.start(), qPrintable(relay.errorString()));
        Client client(relay.port());
        QVERIFY(client.socket.waitForConnected(BoundMs));
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer timer;
            timer.start();
            const qsizetype before = client.received.size();
            QVERIFY(client.exchange("ping", before + 4));
            // Never early: once on the way there, once on the way back. (An upper bound would only
            // measure how busy the machine is; a generous one still catches a delay applied twice.)
            QVERIFY2(timer.nsecsElapsed() >= 2 * 25'000'000, qPrintable(QString::number(timer.nsecsElapsed())));
            QVERIFY2(timer.elapsed() < 2 * 25 + 1000, qPrintable(QString::number(timer.elapsed())));
        }
        QCOMPARE(client.received, QByteArray("pingpingping"));
        QCOMPARE(relay.stats().connections.size(), 1);
        // The relay thread counts right after it has written, so the client may be faster.
        QTRY_COMPARE_WITH_TIMEOUT(relay.stats().connections.at(0).roundTrips, 3, BoundMs);
        QCOMPARE(relay.stats().connections.at(0).bytesToTarget, 12);
        QCOMPARE(relay.stats().connections.at(0).bytesToInitiator, 12);
    }

    void orderIsKept()
    {
        Peer echo;
        TcpRelay relay({QHostAddress(QHostAddress::LocalHost), echo.serverPort(), std::chrono::milliseconds(2), false, false});
        QVERIFY(relay.start());
        Client client(relay.port());
        QVERIFY(client.socket.waitForConnected(BoundMs));
        QByteArray sent;
        for (int i = 0; i < 2000; ++i) {
            const QByteArray record = QByteArray::number(i) + ';';
            sent.append(record);
            client.socket.write(record);
            client.socket.flush(); // separate segments, so the relay sees many chunks
        }
        QVERIFY(client.exchange({}, sent.size()));
        QCOMPARE(client.received, sent);
        QCOMPARE(echo.received, sent);
    }

    void endOfStreamTravels()
    {
        Peer echo;
        TcpRelay relay({QHostAddress(QHostAddress::LocalHost), echo.serverPort(), std::chrono::milliseconds(2), false, false});
        QVERIFY(relay.start());
        {
            Client client(relay.port());
            QVERIFY(client.exchange("x", 1));
            client.socket.disconnectFromHost();
        }
        QTRY_COMPARE_WITH_TIMEOUT(echo.disconnects, 1, BoundMs);
        QTRY_COMPARE_WITH_TIMEOUT(relay.stats().openConnections(), 0, BoundMs);

        // And the other way: the target closes, the initiator sees the end.
        Client client(relay.port());
        QVERIFY(client.exchange("y", 1));
        QSignalSpy disconnected(&client.socket, &QTcpSocket::disconnected);
        echo.sockets.last()->disconnectFromHost();
        QVERIFY(disconnected.wait(BoundMs));
        QTRY_COMPARE_WITH_TIMEOUT(relay.stats().openConnections(), 0, BoundMs);
    }

    void closesRightAfterTheLogin()
    {
        Peer target;
        const QByteArray operational = pdu(LoginResponse, Transit | SecurityToOperational, "AuthMethod=None"_ba + '\0');
        const QByteArray complete = pdu(LoginResponse, Transit | OperationalToFullFeature, "MaxBurstLength=262144"_ba + '\0');
        const QByteArray later = pdu(NopIn, 0x80, {});
        target.answer = operational + complete + later; // all at once: the relay must cut in between
        TcpRelay relay({QHostAddress(QHostAddress::LocalHost), target.serverPort(), std::chrono::milliseconds(1), true, false});
        QVERIFY(relay.start());
        Client client(relay.port());
        QSignalSpy disconnected(&client.socket, &QTcpSocket::disconnected);
        client.socket.write("login request");
        QVERIFY(disconnected.wait(BoundMs));
        client.received.append(client.socket.readAll());
        QCOMPARE(client.received, operational + complete);
        QTRY_COMPARE_WITH_TIMEOUT(target.disconnects, 1, BoundMs);
        QTRY_COMPARE_WITH_TIMEOUT(relay.stats().closedAfterLogin, 1, BoundMs);
    }

    void rejectedLoginIsNotCut()
    {
        Peer target;
        // Final stage requested but status class 2 (initiator error): not a completed login.
        const QByteArray rejected = pdu(LoginResponse, Transit | OperationalToFullFeature, {}, 2);
        target.answer = rejected;
        TcpRelay relay({QHostAddress(QHostAddress::LocalHost), target.serverPort(), std::chrono::milliseconds(1), true, false});
        QVERIFY(relay.start());
        Client client(relay.port());
        QVERIFY(client.exchange("login", rejected.size()));
        QVERIFY(client.exchange("again", 2 * rejected.size()));
        QCOMPARE(relay.stats().closedAfterLogin, 0);
        QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    }

    void rewritesTheAdvertisedAddress_data()
    {
        QTest::addColumn<QString>("targetHost");
        QTest::newRow("same length") << u"127.0.0.1"_s;
        QTest::newRow("longer host: the data segment shrinks") << u"127.0.0.10"_s;
    }
    void rewritesTheAdvertisedAddress()
    {
        QFETCH(QString, targetHost);
        Peer target{QHostAddress(targetHost)};
        QVERIFY(target.isListening());
        const QByteArray port = QByteArray::number(target.serverPort());
        const QByteArray host = targetHost.toLatin1();
        QByteArray text = "TargetName=iqn.2026-11.org.lunscope.test:a"_ba + '\0' + "TargetAddress=" + host + ':' + port
                          + ",1" + '\0' + "TargetName=iqn.2026-11.org.lunscope.test:b" + '\0' + "TargetAddress=" + host
                          + ':' + port + ",1" + '\0' + "TargetAddress=192.0.2.7:3260,2" + '\0';
        target.answer = pdu(TextResponse, 0x80, text) + pdu(NopIn, 0x80, {});
        TcpRelay relay({QHostAddress(targetHost), target.serverPort(), std::chrono::milliseconds(1), false, true});
        QVERIFY(relay.start());

        const QByteArray relayAddress = "127.0.0.1:" + QByteArray::number(relay.port());
        QByteArray expectedText = text;
        expectedText.replace(QByteArray("TargetAddress=" + host + ':' + port), QByteArray("TargetAddress=" + relayAddress));
        const QByteArray expected = pdu(TextResponse, 0x80, expectedText) + pdu(NopIn, 0x80, {});
        Client client(relay.port());
        QVERIFY(client.exchange("SendTargets=All", expected.size()));
        QCOMPARE(client.received, expected);
        QTRY_COMPARE_WITH_TIMEOUT(relay.stats().rewrittenAddresses, 2, BoundMs);
    }

    void destroyingClosesEverySocket()
    {
        Peer echo;
        const int socketsBefore = lunscope::test::openSocketCount();
        auto relay = std::make_unique<TcpRelay>(
            TcpRelay::Options{QHostAddress(QHostAddress::LocalHost), echo.serverPort(), std::chrono::milliseconds(50), false, false});
        QVERIFY(relay->start());
        {
            Client client(relay->port());
            QVERIFY(client.exchange("a", 1));
            QSignalSpy disconnected(&client.socket, &QTcpSocket::disconnected);
            client.socket.write("still in the delay queue when the relay goes");
            client.socket.flush();
            relay.reset();
            QVERIFY(!disconnected.isEmpty() || disconnected.wait(BoundMs));
        }
        QTRY_COMPARE_WITH_TIMEOUT(echo.disconnects, 1, BoundMs);
        // The relay's listening socket and both sockets of the connection are closed.
        QTRY_COMPARE_WITH_TIMEOUT(lunscope::test::openSocketCount(), socketsBefore, BoundMs);
    }
};

QTEST_GUILESS_MAIN(TestTcpRelay)
#include "tst_tcprelay.moc"
