#pragma once

#include "Error.h"

#include <QMetaType>
#include <QString>

namespace lunscope {

// Where an iSCSI portal listens: a host (name, IPv4 or IPv6 literal) and a TCP port.
// Parsing never guesses: anything ambiguous or malformed is an InvalidInput error that says why.
class PortalAddress
{
public:
    static constexpr quint16 DefaultPort = 3260;

    PortalAddress() = default;
    PortalAddress(QString host, quint16 port);

    // Accepts "host", "host:port", "1.2.3.4", "[::1]", "[::1]:3261", "::1" (bare IPv6, default
    // port) and "iscsi://host[:port][/]".
    static Result<PortalAddress> parse(const QString &text);
    // A portal as a SendTargets answer gives it: "10.0.0.1:3260,1" or "[fe80::1]:3260,1".
    // The ",tpgt" part is optional; tpgt is -1 when absent.
    static Result<PortalAddress> parseTargetAddress(const QString &text, int *tpgt = nullptr);

    const QString &host() const { return m_host; }
    quint16 port() const { return m_port; }
    bool isValid() const { return !m_host.isEmpty() && m_port != 0; }
    bool isIpv6Literal() const;
    bool isIpLiteral() const;

    // "host:port", with IPv6 hosts in brackets: the form users type and libiscsi expects.
    QString toString() const;
    // The same with another host in place of ours: used once a name has been resolved.
    static QString join(const QString &host, quint16 port);

    friend bool operator==(const PortalAddress &, const PortalAddress &) = default;

private:
    QString m_host;
    quint16 m_port = 0;
};

} // namespace lunscope

Q_DECLARE_METATYPE(lunscope::PortalAddress)
