#pragma once

#include "Error.h"

#include <QMetaType>
#include <QString>

namespace lunscope {

// Where an iSCSI portal listens: a host (name, IPv4 or IPv6 literal) and a TCP port. The same
// address can name an iSNS directory (RFC 4171) instead: a server that lists the targets of many
// arrays, typed "isns://host[:port]". Both are sources of targets a scan starts from, so the
// window and the command line carry either as one value; service() says which it is.
// Parsing never guesses: anything ambiguous or malformed is an InvalidInput error that says why.
class PortalAddress
{
public:
    enum class Service {
        Iscsi,          // an iSCSI portal, asked with SendTargets
        IsnsDirectory,  // an iSNS server, asked for its iSCSI target nodes
    };

    static constexpr quint16 DefaultPort = 3260;
    static constexpr quint16 DefaultIsnsPort = 3205;

    PortalAddress() = default;
    PortalAddress(QString host, quint16 port, Service service = Service::Iscsi);

    // Accepts "host", "host:port", "1.2.3.4", "[::1]", "[::1]:3261", "::1" (bare IPv6, default
    // port), "iscsi://host[:port][/]" and "isns://host[:port][/]" (an iSNS directory, port 3205
    // by default).
    static Result<PortalAddress> parse(const QString &text);
    // A portal as a SendTargets answer gives it: "10.0.0.1:3260,1" or "[fe80::1]:3260,1".
    // The ",tpgt" part is optional; tpgt is -1 when absent.
    static Result<PortalAddress> parseTargetAddress(const QString &text, int *tpgt = nullptr);

    const QString &host() const { return m_host; }
    quint16 port() const { return m_port; }
    Service service() const { return m_service; }
    bool isIsnsDirectory() const { return m_service == Service::IsnsDirectory; }
    bool isValid() const { return !m_host.isEmpty() && m_port != 0; }
    bool isIpv6Literal() const;
    bool isIpLiteral() const;

    // "host:port", with IPv6 hosts in brackets: the form users type and libiscsi expects; an iSNS
    // directory is "isns://host:port", so that the text parses back to the same source.
    QString toString() const;
    // The same with another host in place of ours: used once a name has been resolved.
    static QString join(const QString &host, quint16 port);

    friend bool operator==(const PortalAddress &, const PortalAddress &) = default;

private:
    QString m_host;
    quint16 m_port = 0;
    Service m_service = Service::Iscsi;
};

} // namespace lunscope

Q_DECLARE_METATYPE(lunscope::PortalAddress)
