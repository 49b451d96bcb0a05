#include "TcpRelay.h"

#include <QMutex>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>

#include <deque>

#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lunscope::test {

namespace {

// iSCSI framing (RFC 7143 §11): a 48-byte basic header segment, then additional header segments
// (byte 4, in 4-byte words), an optional header digest, the data segment (bytes 5-7) padded to a
// multiple of 4, and an optional data digest.
constexpr int BhsSize = 48;
constexpr quint8 OpLoginResponse = 0x23;
constexpr quint8 OpTextResponse = 0x24;
constexpr quint8 TransitBit = 0x80;
constexpr quint8 FullFeaturePhase = 3;

int pad4(int n)
{
    return (n + 3) & ~3;
}

quint8 byteAt(const QByteArray &bytes, int i)
{
    return quint8(bytes.at(i));
}

int dataSegmentLength(const QByteArray &pdu)
{
    return (byteAt(pdu, 5) << 16) | (byteAt(pdu, 6) << 8) | byteAt(pdu, 7);
}

void setDataSegmentLength(QByteArray &pdu, int length)
{
    pdu[5] = char((length >> 16) & 0xff);
    pdu[6] = char((length >> 8) & 0xff);
    pdu[7] = char(length & 0xff);
}

} // namespace

// State shared between the owner's thread (stats(), resetStats()) and the relay thread.
struct RelayStatsStore
{
    mutable QMutex mutex;
    TcpRelay::Stats stats;
    int generation = 0; // bumped by resetStats(): connections accepted earlier stop reporting
};

class RelayPipe;

// Lives on the relay thread: accepts connections and delivers delayed chunks.
class RelayServer : public QTcpServer
{
public:
    enum class Direction { ToTarget, ToInitiator };
    enum class Kind { Data, EndOfStream, CloseBoth };

    RelayServer(const TcpRelay::Options &options, RelayStatsStore *store) : m_options(options), m_store(store) {}
    ~RelayServer() override { shutdown(); }

    bool begin(QString *error);
    void shutdown();
    void schedule(RelayPipe *pipe, Direction direction, Kind kind, QByteArray data, int depth);

    const TcpRelay::Options &options() const { return m_options; }
    RelayStatsStore *store() const { return m_store; }

private:
    struct Delivery
    {
        qint64 dueNs = 0;
        QPointer<RelayPipe> pipe;
        Direction direction = Direction::ToTarget;
        Kind kind = Kind::Data;
        QByteArray data;
        int depth = 0;
    };

    void acceptPending();
    void deliverDue();
    void arm(qint64 dueNs);
    static void deliver(Delivery &delivery);

    TcpRelay::Options m_options;
    RelayStatsStore *m_store;
    int m_timerFd = -1;
    QSocketNotifier *m_timerNotifier = nullptr;
    // Ordered by due time: the delay is constant and chunks are queued in arrival order.
    std::deque<Delivery> m_queue;
    QList<QPointer<RelayPipe>> m_pipes; // (RelayPipe has no Q_OBJECT: no findChildren)
    bool m_delivering = false;
};

// One initiator connection and its connection to the target.
class RelayPipe : public QObject
{
public:
    RelayPipe(RelayServer *server, QTcpSocket *initiator);

    void deliver(RelayServer::Direction direction, RelayServer::Kind kind, const QByteArray &data, int depth);
    void abortBoth();

private:
    void readFromInitiator();
    void readFromTarget();
    void sideEnded(RelayServer::Direction towards);
    QByteArray frame(const QByteArray &chunk, bool *closeAfter);
    QByteArray processWholePdu(QByteArray pdu, bool *loginComplete);
    QByteArray rewriteTextResponse(QByteArray pdu);
    void noteLoginKeys(const QByteArray &pdu);
    void closedIfDone();
    template<typename Update> void updateStats(Update update);

    RelayServer *m_server;
    QTcpSocket *m_initiator;
    QTcpSocket *m_target;
    int m_index = -1;
    int m_generation = 0;
    bool m_parse = false;
    bool m_closing = false;        // close-after-login fired: nothing more is forwarded
    bool m_finished = false;
    bool m_initiatorEnded = false;
    bool m_targetEnded = false;
    // framing of the target → initiator stream
    QByteArray m_partial;          // bytes of a PDU we need whole (header, login or text response)
    qint64 m_passThrough = 0;      // bytes left of a PDU forwarded as it arrives
    bool m_headerDigest = false;
    bool m_dataDigest = false;
    bool m_offeredHeaderDigest = false;
    bool m_offeredDataDigest = false;
    // round trips
    int m_depthAtInitiator = 0;    // depth of the last chunk delivered to the initiator
    int m_depthAtTarget = 0;       // depth of the last chunk delivered to the target
};

// ---- RelayServer ---------------------------------------------------------------------------------

bool RelayServer::begin(QString *error)
{
    m_timerFd = ::timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_timerFd < 0) {
        *error = u"timerfd_create failed"_s;
        return false;
    }
    m_timerNotifier = new QSocketNotifier(m_timerFd, QSocketNotifier::Read, this);
    connect(m_timerNotifier, &QSocketNotifier::activated, this, [this]() {
        quint64 expirations = 0;
        [[maybe_unused]] const ssize_t n = ::read(m_timerFd, &expirations, sizeof expirations);
        deliverDue();
    });
    connect(this, &QTcpServer::newConnection, this, &RelayServer::acceptPending);
    // Qt's default backlog (50) drops SYNs when a scan opens 64 sessions at once, and a dropped
    // SYN costs the initiator a one-second retransmission.
    setListenBacklogSize(1024);
    if (!listen(QHostAddress::LocalHost, 0)) {
        *error = errorString();
        return false;
    }
    return true;
}

void RelayServer::shutdown()
{
    close();
    m_queue.clear();
    for (const QPointer<RelayPipe> &pipe : std::exchange(m_pipes, {})) {
        if (pipe) {
            pipe->abortBoth();
            delete pipe.data();
        }
    }
    delete m_timerNotifier; // before the fd is closed
    m_timerNotifier = nullptr;
    if (m_timerFd >= 0)
        ::close(m_timerFd);
    m_timerFd = -1;
}

void RelayServer::acceptPending()
{
    m_pipes.removeAll(nullptr); // those that ended
    while (QTcpSocket *socket = nextPendingConnection())
        m_pipes.append(new RelayPipe(this, socket));
}

void RelayServer::schedule(RelayPipe *pipe, Direction direction, Kind kind, QByteArray data, int depth)
{
    Delivery delivery{TcpRelay::monotonicNs() + qint64(m_options.delay.count()) * 1000, pipe, direction, kind,
                      std::move(data), depth};
    if (m_options.delay.count() == 0 && m_queue.empty() && !m_delivering) {
        // Pass-through; never re-entered (a delivery's socket signals may schedule more).
        m_delivering = true;
        deliver(delivery);
        m_delivering = false;
        return;
    }
    m_queue.push_back(std::move(delivery));
    if (m_queue.size() == 1)
        arm(m_queue.front().dueNs);
}

void RelayServer::deliverDue()
{
    const qint64 now = TcpRelay::monotonicNs();
    m_delivering = true;
    while (!m_queue.empty() && m_queue.front().dueNs <= now) {
        Delivery delivery = std::move(m_queue.front());
        m_queue.pop_front();
        deliver(delivery); // may queue more (never before what is already queued)
    }
    m_delivering = false;
    if (!m_queue.empty())
        arm(m_queue.front().dueNs);
}

void RelayServer::arm(qint64 dueNs)
{
    itimerspec spec{};
    spec.it_value.tv_sec = time_t(dueNs / 1000000000);
    spec.it_value.tv_nsec = long(dueNs % 1000000000);
    ::timerfd_settime(m_timerFd, TFD_TIMER_ABSTIME, &spec, nullptr);
}

void RelayServer::deliver(Delivery &delivery)
{
    if (delivery.pipe)
        delivery.pipe->deliver(delivery.direction, delivery.kind, delivery.data, delivery.depth);
}

// ---- RelayPipe -----------------------------------------------------------------------------------

RelayPipe::RelayPipe(RelayServer *server, QTcpSocket *initiator)
    : QObject(server), m_server(server), m_initiator(initiator), m_target(new QTcpSocket(this))
{
    const TcpRelay::Options &options = server->options();
    m_parse = options.closeAfterLogin || options.rewriteTargetAddress;
    m_initiator->setParent(this);
    m_initiator->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    {
        QMutexLocker lock(&server->store()->mutex);
        m_generation = server->store()->generation;
        m_index = int(server->store()->stats.connections.size());
        TcpRelay::ConnectionStats connection;
        connection.openedNs = TcpRelay::monotonicNs();
        server->store()->stats.connections.append(connection);
    }
    connect(m_initiator, &QTcpSocket::readyRead, this, &RelayPipe::readFromInitiator);
    connect(m_target, &QTcpSocket::readyRead, this, &RelayPipe::readFromTarget);
    connect(m_target, &QTcpSocket::connected, this,
            [this]() { m_target->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
    // An end of stream (or an error, such as a refused connection) travels like data: delayed.
    connect(m_initiator, &QTcpSocket::disconnected, this, [this]() { sideEnded(RelayServer::Direction::ToTarget); });
    connect(m_target, &QTcpSocket::disconnected, this, [this]() { sideEnded(RelayServer::Direction::ToInitiator); });
    connect(m_initiator, &QTcpSocket::errorOccurred, this, [this]() { sideEnded(RelayServer::Direction::ToTarget); });
    connect(m_target, &QTcpSocket::errorOccurred, this, [this]() { sideEnded(RelayServer::Direction::ToInitiator); });
    m_target->connectToHost(options.targetAddress, options.targetPort);
    if (m_initiator->bytesAvailable() > 0)
        readFromInitiator();
}

template<typename Update> void RelayPipe::updateStats(Update update)
{
    RelayStatsStore *store = m_server->store();
    QMutexLocker lock(&store->mutex);
    if (store->generation == m_generation && m_index < store->stats.connections.size())
        update(store->stats, store->stats.connections[m_index]);
}

void RelayPipe::readFromInitiator()
{
    const QByteArray chunk = m_initiator->readAll();
    if (chunk.isEmpty() || m_closing)
        return;
    m_server->schedule(this, RelayServer::Direction::ToTarget, RelayServer::Kind::Data, chunk, m_depthAtInitiator + 1);
}

void RelayPipe::readFromTarget()
{
    const QByteArray chunk = m_target->readAll();
    if (chunk.isEmpty() || m_closing)
        return;
    bool closeAfter = false;
    const QByteArray out = m_parse ? frame(chunk, &closeAfter) : chunk;
    if (!out.isEmpty())
        m_server->schedule(this, RelayServer::Direction::ToInitiator, RelayServer::Kind::Data, out, m_depthAtTarget);
    if (closeAfter) {
        m_closing = true;
        m_server->schedule(this, RelayServer::Direction::ToInitiator, RelayServer::Kind::CloseBoth, {}, m_depthAtTarget);
    }
}

void RelayPipe::sideEnded(RelayServer::Direction towards)
{
    bool &ended = towards == RelayServer::Direction::ToTarget ? m_initiatorEnded : m_targetEnded;
    if (ended)
        return;
    ended = true;
    // What was read before the end still goes first.
    if (towards == RelayServer::Direction::ToTarget && m_initiator->bytesAvailable() > 0)
        readFromInitiator();
    else if (towards == RelayServer::Direction::ToInitiator && m_target->bytesAvailable() > 0)
        readFromTarget();
    m_server->schedule(this, towards, RelayServer::Kind::EndOfStream, {}, 0);
}

void RelayPipe::deliver(RelayServer::Direction direction, RelayServer::Kind kind, const QByteArray &data, int depth)
{
    QTcpSocket *to = direction == RelayServer::Direction::ToTarget ? m_target : m_initiator;
    switch (kind) {
    case RelayServer::Kind::Data:
        if (to->state() == QAbstractSocket::UnconnectedState)
            return;
        to->write(data);
        if (to->state() == QAbstractSocket::ConnectedState)
            to->flush(); // now, not on the next turn of the loop (while connecting it is kept)
        if (direction == RelayServer::Direction::ToTarget) {
            m_depthAtTarget = std::max(m_depthAtTarget, depth);
            updateStats([&](TcpRelay::Stats &, TcpRelay::ConnectionStats &c) { c.bytesToTarget += data.size(); });
        } else {
            m_depthAtInitiator = std::max(m_depthAtInitiator, depth);
            updateStats([&](TcpRelay::Stats &, TcpRelay::ConnectionStats &c) {
                c.bytesToInitiator += data.size();
                c.roundTrips = std::max(c.roundTrips, depth);
            });
        }
        return;
    case RelayServer::Kind::EndOfStream:
        if (to->state() != QAbstractSocket::UnconnectedState)
            to->disconnectFromHost(); // after what was written
        closedIfDone();
        return;
    case RelayServer::Kind::CloseBoth:
        m_initiator->disconnectFromHost();
        m_target->abort();
        m_initiatorEnded = m_targetEnded = true;
        updateStats([](TcpRelay::Stats &stats, TcpRelay::ConnectionStats &) { ++stats.closedAfterLogin; });
        closedIfDone();
        return;
    }
}

void RelayPipe::abortBoth()
{
    m_initiator->abort();
    m_target->abort();
}

void RelayPipe::closedIfDone()
{
    if (m_finished || !m_initiatorEnded || !m_targetEnded)
        return;
    m_finished = true;
    if (m_initiator->state() != QAbstractSocket::UnconnectedState)
        m_initiator->disconnectFromHost();
    if (m_target->state() != QAbstractSocket::UnconnectedState)
        m_target->disconnectFromHost();
    updateStats([](TcpRelay::Stats &, TcpRelay::ConnectionStats &c) { c.closedNs = TcpRelay::monotonicNs(); });
    deleteLater();
}

// Splits the target's stream into PDUs. Login and Text Responses are held until whole (they may be
// changed or end the connection); everything else is forwarded as it arrives.
QByteArray RelayPipe::frame(const QByteArray &chunk, bool *closeAfter)
{
    QByteArray out;
    qsizetype at = 0;
    while (at < chunk.size()) {
        if (m_passThrough > 0) {
            const qsizetype n = std::min<qsizetype>(m_passThrough, chunk.size() - at);
            out.append(chunk.constData() + at, n);
            at += n;
            m_passThrough -= n;
            continue;
        }
        if (m_partial.size() < BhsSize) {
            const qsizetype n = std::min<qsizetype>(BhsSize - m_partial.size(), chunk.size() - at);
            m_partial.append(chunk.constData() + at, n);
            at += n;
            if (m_partial.size() < BhsSize)
                break;
        }
        const quint8 opcode = byteAt(m_partial, 0) & 0x3f;
        const int dataLength = dataSegmentLength(m_partial);
        const qint64 total = BhsSize + byteAt(m_partial, 4) * 4 + (m_headerDigest ? 4 : 0) + pad4(dataLength)
                             + (m_dataDigest && dataLength > 0 ? 4 : 0);
        if (opcode != OpLoginResponse && opcode != OpTextResponse) {
            out.append(m_partial);
            m_passThrough = total - BhsSize;
            m_partial.clear();
            continue;
        }
        const qsizetype n = std::min<qsizetype>(total - m_partial.size(), chunk.size() - at);
        m_partial.append(chunk.constData() + at, n);
        at += n;
        if (m_partial.size() < total)
            break;
        bool loginComplete = false;
        out.append(processWholePdu(std::exchange(m_partial, QByteArray()), &loginComplete));
        if (loginComplete && m_server->options().closeAfterLogin) {
            *closeAfter = true;
            return out; // nothing after the login response reaches the initiator
        }
    }
    return out;
}

QByteArray RelayPipe::processWholePdu(QByteArray pdu, bool *loginComplete)
{
    const quint8 opcode = byteAt(pdu, 0) & 0x3f;
    if (opcode == OpLoginResponse) {
        noteLoginKeys(pdu);
        const quint8 flags = byteAt(pdu, 1);
        *loginComplete = (flags & TransitBit) && (flags & 0x03) == FullFeaturePhase && byteAt(pdu, 36) == 0;
        if (*loginComplete) {
            // Digests apply from the first PDU after the login (RFC 7143 §13.1).
            m_headerDigest = m_offeredHeaderDigest;
            m_dataDigest = m_offeredDataDigest;
        }
        return pdu;
    }
    return m_server->options().rewriteTargetAddress ? rewriteTextResponse(std::move(pdu)) : pdu;
}

void RelayPipe::noteLoginKeys(const QByteArray &pdu)
{
    const int offset = BhsSize + byteAt(pdu, 4) * 4;
    const QByteArray data = pdu.mid(offset, dataSegmentLength(pdu));
    for (const QByteArray &pair : data.split('\0')) {
        if (pair.startsWith("HeaderDigest="))
            m_offeredHeaderDigest = pair.mid(13) == "CRC32C";
        else if (pair.startsWith("DataDigest="))
            m_offeredDataDigest = pair.mid(11) == "CRC32C";
    }
}

QByteArray RelayPipe::rewriteTextResponse(QByteArray pdu)
{
    const TcpRelay::Options &options = m_server->options();
    const int offset = BhsSize + byteAt(pdu, 4) * 4 + (m_headerDigest ? 4 : 0);
    const int length = dataSegmentLength(pdu);
    const QByteArray from = "TargetAddress=" + options.targetAddress.toString().toLatin1() + ':'
                            + QByteArray::number(options.targetPort);
    const QByteArray to = "TargetAddress=127.0.0.1:" + QByteArray::number(m_server->serverPort());
    QList<QByteArray> pairs = pdu.mid(offset, length).split('\0');
    int rewritten = 0;
    for (QByteArray &pair : pairs) {
        if (pair == from || pair.startsWith(QByteArray(from + ','))) {
            pair.replace(0, from.size(), to);
            ++rewritten;
        }
    }
    if (rewritten == 0)
        return pdu;
    const QByteArray data = pairs.join('\0');
    if (data.size() != length && (m_headerDigest || m_dataDigest)) {
        qWarning("TcpRelay: cannot rewrite TargetAddress under a digest; initiators will bypass the relay");
        return pdu;
    }
    QByteArray result = pdu.left(offset);
    setDataSegmentLength(result, int(data.size()));
    result.append(data);
    result.append(QByteArray(pad4(int(data.size())) - data.size(), '\0'));
    updateStats([&](TcpRelay::Stats &stats, TcpRelay::ConnectionStats &) { stats.rewrittenAddresses += rewritten; });
    return result;
}

// ---- TcpRelay ------------------------------------------------------------------------------------

int TcpRelay::Stats::openConnections() const
{
    return int(std::count_if(connections.cbegin(), connections.cend(),
                             [](const ConnectionStats &c) { return c.closedNs == 0; }));
}

TcpRelay::TcpRelay(Options options) : m_options(std::move(options))
{
    m_thread.setObjectName(u"TcpRelay"_s);
}

TcpRelay::~TcpRelay()
{
    if (m_server) {
        // Close every socket on the relay thread, then let the thread end and delete the server.
        QMetaObject::invokeMethod(m_server, [server = m_server]() { server->shutdown(); },
                                  Qt::BlockingQueuedConnection);
        QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    }
    m_thread.quit();
    m_thread.wait();
    delete m_stats;
}

bool TcpRelay::start()
{
    if (m_server)
        return true;
    m_stats = new RelayStatsStore;
    m_thread.start();
    m_server = new RelayServer(m_options, m_stats);
    m_server->moveToThread(&m_thread);
    bool ok = false;
    QString error;
    QMetaObject::invokeMethod(
        m_server,
        [this, &error]() {
            if (!m_server->begin(&error))
                return false;
            m_port = m_server->serverPort();
            return true;
        },
        Qt::BlockingQueuedConnection, &ok);
    if (!ok)
        m_error = error.isEmpty() ? u"the relay could not start"_s : error;
    return ok;
}

QString TcpRelay::portal() const
{
    return u"127.0.0.1:%1"_s.arg(m_port);
}

TcpRelay::Stats TcpRelay::stats() const
{
    if (!m_stats)
        return {};
    QMutexLocker lock(&m_stats->mutex);
    return m_stats->stats;
}

void TcpRelay::resetStats()
{
    if (!m_stats)
        return;
    QMutexLocker lock(&m_stats->mutex);
    m_stats->stats = {};
    ++m_stats->generation;
}

qint64 TcpRelay::monotonicNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

} // namespace lunscope::test
