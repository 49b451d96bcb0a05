#include "ConnectionUri.h"

#include "common/CoreTr.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lunscope::ConnectionUri {

namespace {

// libvirt's drivers (src/*/…_driver.c "name" and the hypervisor-agnostic ones of libvirt 9.0).
const QStringList &knownDrivers()
{
    static const QStringList drivers{u"qemu"_s,   u"test"_s,    u"lxc"_s,          u"xen"_s,       u"libxl"_s,
                                     u"vbox"_s,   u"esx"_s,     u"vpx"_s,          u"gsx"_s,       u"hyperv"_s,
                                     u"bhyve"_s,  u"ch"_s,      u"vz"_s,           u"openvz"_s,    u"vmwareplayer"_s,
                                     u"vmwarews"_s, u"vmwarefusion"_s, u"storage"_s, u"secret"_s, u"network"_s,
                                     u"nodedev"_s, u"interface"_s, u"nwfilter"_s};
    return drivers;
}

// Transports of libvirt's remote driver that reach another host.
const QStringList &networkTransports()
{
    static const QStringList transports{u"ssh"_s, u"libssh"_s, u"libssh2"_s, u"tls"_s, u"tcp"_s};
    return transports;
}

Error invalid(const QString &message)
{
    return Error(ErrorKind::InvalidInput,
                 CoreTr::tr("%1 For example: %2.").arg(message, examples().join(CoreTr::tr(", ", "list separator"))));
}

} // namespace

QStringList examples()
{
    return {u"test:///default"_s, u"qemu:///system"_s, u"qemu+ssh://user@host/system"_s, u"qemu+tls://host/system"_s};
}

Error validate(const QString &uri)
{
    if (uri.trimmed().isEmpty())
        return invalid(CoreTr::tr("Enter a libvirt connection URI."));
    static const QRegularExpression whitespace(u"\\s"_s);
    if (uri.contains(whitespace))
        return invalid(CoreTr::tr("A connection URI has no spaces."));
    const QUrl url(uri, QUrl::StrictMode);
    static const QRegularExpression scheme(u"\\A([a-z][a-z0-9]*)(?:\\+([a-z0-9]+))?\\z"_s);
    const QRegularExpressionMatch parts = scheme.match(url.scheme());
    if (!url.isValid() || !parts.hasMatch() || !uri.contains(u"://"_s))
        return invalid(CoreTr::tr("“%1” is not a libvirt URI: it starts with a driver, then “://”.").arg(uri));
    const QString driver = parts.captured(1);
    const QString transport = parts.captured(2);
    if (!knownDrivers().contains(driver))
        return invalid(CoreTr::tr("libvirt has no driver named “%1”.").arg(driver));
    static const QStringList transports = networkTransports() + QStringList{u"unix"_s, u"ext"_s};
    if (!transport.isEmpty() && !transports.contains(transport))
        return invalid(CoreTr::tr("“%1” is not a libvirt transport; use ssh, tls, tcp, libssh, libssh2, unix or ext.")
                           .arg(transport));
    if (networkTransports().contains(transport) && url.host().isEmpty())
        return invalid(CoreTr::tr("Name the host to reach over %1.").arg(transport));
    if (url.path().size() < 2 || !url.path().startsWith(u'/'))
        return invalid(CoreTr::tr("Add the instance after the host, such as “/system”, “/session” or, for the test "
                                "driver, “/default”."));
    return {};
}

QString shortName(const QString &uri)
{
    const QUrl url(uri);
    if (!url.isValid() || url.scheme().isEmpty())
        return uri;
    if (!url.host().isEmpty()) {
        const QString host = url.host().contains(u':') ? u'[' + url.host() + u']' : url.host();
        return url.port() > 0 ? host + u':' + QString::number(url.port()) : host;
    }
    const QString path = url.path();
    if (url.scheme() == u"test" && path.endsWith(u".xml"))
        return path.section(u'/', -1);
    return url.scheme() + u"://"_s + path;
}

} // namespace lunscope::ConnectionUri
