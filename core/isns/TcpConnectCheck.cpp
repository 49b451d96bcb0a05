#include "TcpConnectCheck.h"

#include <cerrno>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace lunscope {

namespace {

TcpConnectOutcome outcomeOf(int error)
{
    switch (error) {
    case 0: return TcpConnectOutcome::Connected;
    case ECONNREFUSED: return TcpConnectOutcome::Refused;
    case EHOSTUNREACH:
    case ENETUNREACH:
    case EHOSTDOWN:
    case ENETDOWN:
    case EADDRNOTAVAIL: return TcpConnectOutcome::Unreachable;
    case ETIMEDOUT: return TcpConnectOutcome::TimedOut;
    default: return TcpConnectOutcome::Failed;
    }
}

// A socket that closes itself however the check ends.
class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

TcpConnectOutcome checkTcpConnect(const sockaddr *address, socklen_t length, QDeadlineTimer deadline, int *error)
{
    int failure = 0;
    const auto finish = [&](TcpConnectOutcome outcome) {
        if (error)
            *error = failure;
        return outcome;
    };
    const Descriptor socket(::socket(address->sa_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    if (socket.get() < 0) {
        failure = errno;
        return finish(TcpConnectOutcome::Failed);
    }
    if (::connect(socket.get(), address, length) == 0)
        return finish(TcpConnectOutcome::Connected);
    if (errno != EINPROGRESS) {
        failure = errno;
        return finish(outcomeOf(failure));
    }
    pollfd waiting{socket.get(), POLLOUT, 0};
    int ready = 0;
    do {
        ready = ::poll(&waiting, 1, int(deadline.remainingTime()));
    } while (ready < 0 && errno == EINTR && !deadline.hasExpired());
    if (ready == 0 || (ready < 0 && errno == EINTR))
        return finish(TcpConnectOutcome::TimedOut);
    if (ready < 0) {
        failure = errno;
        return finish(TcpConnectOutcome::Failed);
    }
    socklen_t size = sizeof failure;
    if (::getsockopt(socket.get(), SOL_SOCKET, SO_ERROR, &failure, &size) < 0)
        failure = errno;
    return finish(outcomeOf(failure));
}

} // namespace lunscope
