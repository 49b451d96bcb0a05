#include "LibiscsiErrors.h"

#include "common/CoreTr.h"

#include <QRegularExpression>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace lunscope::LibiscsiErrors {

int errnoIn(const QString &message)
{
    // Only the places libiscsi puts an errno; other numbers in its messages (data sizes, login
    // status codes) must not be mistaken for one.
    static const QRegularExpression patterns[] = {
        // "socket error Connection refused(111)", "Connect failed with errno : No route to host(113)"
        QRegularExpression(u"(?:socket error|errno :)[^(]*\\((\\d+)\\)"_s),
        QRegularExpression(u"errno:\\s*(\\d+)"_s),      // "read from socket failed, errno:104"
        QRegularExpression(u"socket :(\\d+)"_s),        // "Error when writing to socket :32"
    };
    for (const QRegularExpression &pattern : patterns) {
        const QRegularExpressionMatch match = pattern.match(message);
        if (match.hasMatch())
            return match.captured(1).toInt();
    }
    return -1;
}

int loginStatusIn(const QString &message)
{
    static const QRegularExpression pattern(u"Status: [^(]*\\((\\d+)\\)"_s);
    const QRegularExpressionMatch match = pattern.match(message);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

Error classifyConnection(const QString &message, const QString &portal, bool wasLoggedIn)
{
    const int error = errnoIn(message);
    switch (error) {
    case ECONNREFUSED:
        return Error(ErrorKind::Refused,
                     CoreTr::tr("%1 refused the connection: nothing listens on that port. Check the port number "
                                "and that the iSCSI target service is running.").arg(portal),
                     message);
    case ENETUNREACH:
    case EHOSTUNREACH:
    case EHOSTDOWN:
    case ENETDOWN:
    case EADDRNOTAVAIL:
        return Error(ErrorKind::Unreachable,
                     CoreTr::tr("%1 cannot be reached from this machine. Check the address and the network "
                                "route to it.").arg(portal),
                     message);
    case ETIMEDOUT:
        return Error(ErrorKind::Timeout,
                     CoreTr::tr("The connection to %1 timed out. Check the address and whether a firewall drops "
                                "the traffic.").arg(portal),
                     message);
    case ECONNRESET:
    case EPIPE:
    case ECONNABORTED:
        return Error(ErrorKind::ConnectionLost,
                     CoreTr::tr("%1 reset the connection. The target may have restarted or dropped the "
                                "session; try again.").arg(portal),
                     message);
    default:
        break;
    }
    if (wasLoggedIn)
        return Error(ErrorKind::ConnectionLost,
                     CoreTr::tr("The connection to %1 was lost.").arg(portal), message);
    return Error(ErrorKind::Protocol,
                 CoreTr::tr("The iSCSI conversation with %1 failed: the peer does not behave like an iSCSI "
                            "target.").arg(portal),
                 message);
}

Error classifyLogin(const QString &message, const QString &portal, const QString &targetIqn,
                    const QString &initiatorIqn, bool chapGiven)
{
    const QString target = targetIqn.isEmpty() ? CoreTr::tr("the discovery session at %1").arg(portal) : targetIqn;
    const int status = loginStatusIn(message);
    switch (status) {
    case 0x0201:
        if (chapGiven)
            return Error(ErrorKind::Authentication,
                         CoreTr::tr("%1 rejected the CHAP credentials. Check the CHAP user name and secret.").arg(target),
                         message);
        return Error(ErrorKind::Authentication,
                     CoreTr::tr("%1 requires CHAP authentication. Enter a CHAP user name and secret.").arg(target),
                     message);
    case 0x0202:
        return Error(ErrorKind::Authentication,
                     CoreTr::tr("%1 does not allow the initiator %2. Add this initiator IQN to the target's access "
                                "list, or use the IQN the target expects.").arg(target, initiatorIqn),
                     message);
    case 0x0203:
    case 0x0204:
        return Error(ErrorKind::TargetNotFound,
                     CoreTr::tr("There is no target %1 behind %2 (any more). Run discovery again.").arg(targetIqn, portal),
                     message);
    case 0x0300:
    case 0x0301:
    case 0x0302:
        return Error(ErrorKind::Protocol,
                     CoreTr::tr("%1 could not accept the login right now (target error, service unavailable or out "
                                "of resources). Try again later.").arg(target),
                     message);
    default:
        break;
    }
    if (status > 0)
        return Error(ErrorKind::Protocol, CoreTr::tr("%1 refused the login.").arg(target), message);
    if (message.contains(u"CHAP_N"_s) || message.contains(u"CHAP_R"_s) || message.contains(u"CHAP targetname"_s))
        return Error(ErrorKind::Authentication,
                     CoreTr::tr("Mutual CHAP failed: %1 did not prove that it knows the target secret. Check the "
                                "target's CHAP user name and secret.").arg(target),
                     message);
    if (const int error = errnoIn(message); error > 0)
        return classifyConnection(message, portal, false);
    return Error(ErrorKind::Protocol,
                 CoreTr::tr("The login to %1 failed: the peer does not behave like an iSCSI target.").arg(target),
                 message);
}

Error peerClosed(const QString &portal, bool duringLogin)
{
    if (duringLogin)
        return Error(ErrorKind::ConnectionLost,
                     CoreTr::tr("%1 closed the connection during the login. The target may not accept this "
                                "initiator or these settings.").arg(portal));
    return Error(ErrorKind::ConnectionLost,
                 CoreTr::tr("%1 closed the connection. The target may have been stopped or removed.").arg(portal));
}

} // namespace lunscope::LibiscsiErrors
