#include "PortalAddress.h"

#include "CoreTr.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

Error invalid(const QString &message)
{
    return Error(ErrorKind::InvalidInput, message);
}

// RFC 1123 host name: labels of letters, digits and '-', not starting or ending with '-'.
bool isHostName(const QString &host)
{
    static const QRegularExpression label(u"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"_s);
    if (host.size() > 253)
        return false;
    const QStringList labels = host.endsWith(u'.') ? host.chopped(1).split(u'.') : host.split(u'.');
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return false;
    }
    return true;
}

// QHostAddress takes any text after '%' as a scope id; only interface names and numbers make
// sense there, and anything else (brackets, colons, commas) would make the portal ambiguous.
bool isIpv6Address(const QString &host)
{
    static const QRegularExpression scopeId(u"^[A-Za-z0-9_.-]+$"_s);
    const qsizetype percent = host.indexOf(u'%');
    if (percent >= 0 && !scopeId.match(host.mid(percent + 1)).hasMatch())
        return false;
    QHostAddress address;
    return address.setAddress(host) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

Result<quint16> parsePort(const QString &text, const QString &original)
{
    if (text.isEmpty())
        return invalid(CoreTr::tr("The port is missing after ':' in \"%1\".").arg(original));
    for (QChar c : text) {
        if (!c.isDigit())
            return invalid(CoreTr::tr("The port \"%1\" in \"%2\" is not a number.").arg(text, original));
    }
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return invalid(CoreTr::tr("The port %1 is out of range; use a number from 1 to 65535.").arg(text));
    return quint16(port);
}

Result<PortalAddress> parseHostPort(const QString &text, const QString &original,
                                    quint16 defaultPort = PortalAddress::DefaultPort)
{
    if (text.isEmpty())
        return invalid(CoreTr::tr("Enter a portal address, for example 192.0.2.10 or san.example.com:3260."));
    for (QChar c : text) {
        if (c.isSpace())
            return invalid(CoreTr::tr("\"%1\" contains a space; a portal is a host name or address, "
                                      "optionally followed by :port.").arg(original));
        // QHostAddress stops reading at a NUL, so "::3\0junk" would pass as "::3".
        if (!c.isPrint())
            return invalid(CoreTr::tr("The portal address contains a control character."));
    }

    QString host;
    QString portText;
    bool hasPort = false;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return invalid(CoreTr::tr("\"%1\" opens '[' for an IPv6 address but does not close it with ']'.")
                               .arg(original));
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return invalid(CoreTr::tr("Unexpected text \"%1\" after the IPv6 address in \"%2\".")
                                   .arg(rest, original));
            hasPort = true;
            portText = rest.mid(1);
        }
        if (!isIpv6Address(host))
            return invalid(CoreTr::tr("\"%1\" is not a valid IPv6 address.").arg(host));
    } else if (text.count(u':') > 1) {
        // A bare IPv6 address cannot carry a port (the colons would be ambiguous): take it whole.
        if (!isIpv6Address(text))
            return invalid(CoreTr::tr("\"%1\" is not a valid address; write IPv6 addresses with a port "
                                      "as [address]:port.").arg(original));
        host = text;
    } else {
        const qsizetype colon = text.indexOf(u':');
        host = colon < 0 ? text : text.left(colon);
        if (colon >= 0) {
            hasPort = true;
            portText = text.mid(colon + 1);
        }
        if (host.isEmpty())
            return invalid(CoreTr::tr("The host is missing in \"%1\".").arg(original));
        QHostAddress address;
        const bool isIpv4 = address.setAddress(host) && address.protocol() == QAbstractSocket::IPv4Protocol;
        if (!isIpv4 && !isHostName(host))
            return invalid(CoreTr::tr("\"%1\" is neither an IP address nor a valid host name.").arg(host));
    }

    quint16 port = defaultPort;
    if (hasPort) {
        const Result<quint16> parsed = parsePort(portText, original);
        if (!parsed.ok())
            return parsed.error();
        port = parsed.value();
    }
    return PortalAddress(host, port);
}

// "isns://host[:port][/]": an iSNS directory. Nothing may follow the address: a directory has
// no targets or LUNs in its URL, and credentials never go into an address.
Result<PortalAddress> parseIsnsDirectory(const QString &text)
{
    QString rest = text.mid(7);
    if (rest.contains(u'@'))
        return invalid(CoreTr::tr("Do not put user names or passwords in the iSNS address; "
                                  "enter CHAP credentials in the connection settings instead."));
    const qsizetype slash = rest.indexOf(u'/');
    if (slash >= 0) {
        if (!rest.mid(slash + 1).isEmpty())
            return invalid(CoreTr::tr("The iSNS URL \"%1\" has a path; enter only isns://host[:port].").arg(text));
        rest.truncate(slash);
    }
    const Result<PortalAddress> parsed = parseHostPort(rest, text, PortalAddress::DefaultIsnsPort);
    if (!parsed.ok())
        return parsed;
    return PortalAddress(parsed.value().host(), parsed.value().port(), PortalAddress::Service::IsnsDirectory);
}

} // namespace

PortalAddress::PortalAddress(QString host, quint16 port, Service service)
    : m_host(std::move(host)), m_port(port), m_service(service)
{
}

Result<PortalAddress> PortalAddress::parse(const QString &text)
{
    QString rest = text.trimmed();
    if (rest.startsWith(u"isns://"_s, Qt::CaseInsensitive))
        return parseIsnsDirectory(rest);
    if (rest.startsWith(u"iscsi://"_s, Qt::CaseInsensitive)) {
        rest = rest.mid(8);
        if (rest.contains(u'@'))
            return invalid(CoreTr::tr("Do not put user names or passwords in the portal address; "
                                      "enter CHAP credentials in the connection settings instead."));
        const qsizetype slash = rest.indexOf(u'/');
        if (slash >= 0) {
            const QString path = rest.mid(slash + 1);
            if (!path.isEmpty())
                return invalid(CoreTr::tr("The portal URL \"%1\" names a target or LUN; enter only "
                                          "iscsi://host[:port].").arg(text.trimmed()));
            rest.truncate(slash);
        }
    }
    return parseHostPort(rest, text.trimmed());
}

Result<PortalAddress> PortalAddress::parseTargetAddress(const QString &text, int *tpgt)
{
    QString address = text.trimmed();
    int group = -1;
    const qsizetype comma = address.lastIndexOf(u',');
    if (comma >= 0) {
        bool ok = false;
        group = address.mid(comma + 1).toInt(&ok);
        if (!ok || group < 0 || group > 65535)
            return invalid(CoreTr::tr("\"%1\" has an invalid portal group tag.").arg(text));
        address.truncate(comma);
    }
    Result<PortalAddress> parsed = parseHostPort(address, text);
    if (parsed.ok() && tpgt)
        *tpgt = group;
    return parsed;
}

bool PortalAddress::isIpv6Literal() const
{
    QHostAddress address;
    return address.setAddress(m_host) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

bool PortalAddress::isIpLiteral() const
{
    return !QHostAddress(m_host).isNull();
}

QString PortalAddress::toString() const
{
    if (m_service == Service::IsnsDirectory)
        return u"isns://"_s + join(m_host, m_port);
    return join(m_host, m_port);
}

QString PortalAddress::join(const QString &host, quint16 port)
{
    // Concatenation, not chained arg(): a host such as "fe80::1%0" (IPv6 scope id) would have its
    // "%0" replaced by the port (found by tests/fuzz/fuzz_portal_address.cpp).
    const QString portText = QString::number(port);
    if (host.contains(u':'))
        return u'[' + host + u"]:"_s + portText;
    return host + u':' + portText;
}

} // namespace lunscope
