#pragma once

// A loopback TCP relay between an iSCSI initiator and a target, for benchmarks and fault tests:
// it stands in for a network (a fixed delay per direction) or for a broken peer (it closes the
// connection right after the login completes). It runs on a thread of its own, so the delays do
// not depend on how busy the event loop of the process under test is.
//
//   initiator ──► 127.0.0.1:port() ──[delay]──► target      (and back, with the same delay)
//
// - Delay: every chunk read from one side is written to the other at arrival time + delay, in
//   arrival order, from one timerfd armed for the earliest pending chunk (no sleeps). The TCP
//   handshake itself is the kernel's and is not delayed; an end of stream is delayed like data.
// - SendTargets: a target advertises the address its own socket listens on, so initiators would
//   log in to the targets directly and bypass the relay. Text responses are rewritten so that
//   "TargetAddress=<target host>:<target port>," names the relay instead.
// - Close after login: the first Login Response that completes the login (T bit, NSG = full
//   feature phase) is forwarded, then both connections are closed.
// - Round trips: per connection, the causal depth of the exchange (an initiator chunk is one round
//   deeper than the last target chunk delivered before it was read). Exact when the target
//   answers well within the delay, which is what a benchmark on loopback gives.
// Bounded: the destructor closes every socket and stops the thread (within a few seconds at most).

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QThread>

#include <chrono>
#include <memory>

namespace lunscope::test {

class RelayServer;
struct RelayStatsStore;

class TcpRelay
{
public:
    struct Options
    {
        QHostAddress targetAddress = QHostAddress(QHostAddress::LocalHost);
        quint16 targetPort = 0;
        std::chrono::microseconds delay{0};   // per direction
        bool closeAfterLogin = false;
        bool rewriteTargetAddress = true;     // only parses PDUs when this or closeAfterLogin is set
    };

    struct ConnectionStats
    {
        qint64 openedNs = 0;       // CLOCK_MONOTONIC, accept time
        qint64 closedNs = 0;       // 0 while open
        qint64 bytesToTarget = 0;
        qint64 bytesToInitiator = 0;
        int roundTrips = 0;
    };

    struct Stats
    {
        QList<ConnectionStats> connections; // in accept order
        int closedAfterLogin = 0;
        int rewrittenAddresses = 0;
        int openConnections() const;
    };

    explicit TcpRelay(Options options);
    ~TcpRelay();
    TcpRelay(const TcpRelay &) = delete;
    TcpRelay &operator=(const TcpRelay &) = delete;

    // Starts the thread and listens on 127.0.0.1:0. false + errorString() on failure.
    bool start();
    quint16 port() const { return m_port; }
    QString portal() const; // "127.0.0.1:PORT"
    QString errorString() const { return m_error; }

    Stats stats() const;
    void resetStats();

    // Nanoseconds on CLOCK_MONOTONIC, the clock every time stamp of the relay uses.
    static qint64 monotonicNs();

private:
    Options m_options;
    QThread m_thread;
    RelayServer *m_server = nullptr; // lives on m_thread
    RelayStatsStore *m_stats = nullptr;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace lunscope::test
