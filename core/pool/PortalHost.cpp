#include "PortalHost.h"

#include "common/CoreTr.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lunscope::PortalHost {

namespace {

Error invalid(const QString &message)
{
    return Error(ErrorKind::InvalidInput, message);
}

Error checkIpv4(const QString &host)
{
    static const QRegularExpression dottedQuad(u"\\A(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
                                               "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\z"_s);
    if (dottedQuad.match(host).hasMatch())
        return {};
    return invalid(CoreTr::tr("\"%1\" is not an IPv4 address: write four numbers from 0 to 255, separated by dots "
                              "and without leading zeros.").arg(host));
}

Error checkIpv6(const QString &host)
{
    static const QRegularExpression hostAndPort(u"\\A([^:\\[\\]]+):([0-9]+)\\z"_s);
    if (const QRegularExpressionMatch match = hostAndPort.match(host); match.hasMatch())
        return invalid(CoreTr::tr("Put the port %1 into the port field; the host is just \"%2\".")
                                 .arg(match.captured(2), match.captured(1)));
    if (host.contains(u'%'))
        return invalid(CoreTr::tr("libvirt cannot use an IPv6 zone such as \"%1\"; use an address without it.")
                                 .arg(host.mid(host.indexOf(u'%'))));
    QHostAddress address;
    if (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv6Protocol)
        return invalid(CoreTr::tr("\"%1\" is not an IPv6 address.").arg(host));
    return {};
}

Error checkHostName(const QString &host)
{
    // RFC 1123 §2.1 host names; an absolute name may end with one '.'.
    const QString name = host.endsWith(u'.') ? host.chopped(1) : host;
    static const QRegularExpression allowed(u"\\A[A-Za-z0-9.-]+\\z"_s);
    if (!allowed.match(name).hasMatch())
        return invalid(CoreTr::tr("The host name \"%1\" may only contain letters, digits, '-' and '.' "
                                  "(international names in their xn-- form).").arg(host));
    if (name.size() > 253)
        return invalid(CoreTr::tr("The host name is longer than 253 characters."));
    static const QRegularExpression label(u"\\A[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\z"_s);
    const QStringList labels = name.split(u'.');
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return invalid(CoreTr::tr("In the host name \"%1\", each part between dots must have 1 to 63 characters "
                                      "and cannot start or end with '-'.").arg(host));
    }
    return {};
}

} // namespace

Error validate(const QString &host)
{
    if (host.isEmpty())
        return invalid(CoreTr::tr("Enter the host name or IP address of the iSCSI portal."));
    // Before any parsing: QHostAddress stops reading at a NUL and would accept what follows.
    const auto isControl = [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; };
    if (std::any_of(host.cbegin(), host.cend(), isControl))
        return invalid(CoreTr::tr("The host cannot contain line breaks, tabs or other control characters."));
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        return invalid(CoreTr::tr("Write the IPv6 address without brackets: %1.")
                                 .arg(host.mid(1, close < 0 ? -1 : close - 1)));
    }
    static const QRegularExpression digitsAndDots(u"\\A[0-9.]+\\z"_s);
    if (host.contains(u':'))
        return checkIpv6(host);
    if (digitsAndDots.match(host).hasMatch())
        return checkIpv4(host);
    return checkHostName(host);
}

} // namespace lunscope::PortalHost
