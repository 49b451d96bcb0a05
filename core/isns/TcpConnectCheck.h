#pragma once

#include <QDeadlineTimer>

#include <sys/socket.h>

namespace lunscope {

// What a plain TCP connect to an address ends in, for telling the kinds of a failure apart where a
// library reports them all alike (libisns returns one "internal error" whether the server
// refused, could not be reached or never answered). Blocking: for worker threads only.
enum class TcpConnectOutcome {
    Connected,    // something accepts connections there
    Refused,      // nothing listens on that port (RST)
    Unreachable,  // no route to the host or network
    TimedOut,     // no answer before the deadline (a firewall dropping packets, a host that is down)
    Failed,       // anything else (errno in *error)
};

TcpConnectOutcome checkTcpConnect(const sockaddr *address, socklen_t length, QDeadlineTimer deadline,
                                  int *error = nullptr);

} // namespace lunscope
