#include "IsnsTargetQuery.h"

#include "IsnsPortal.h"
#include "TcpConnectCheck.h"
#include "common/CoreTr.h"

#include <QDeadlineTimer>
#include <QHash>

extern "C" {
#include <libisns/isns.h>
}

#include <netdb.h>
#include <sys/socket.h>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

struct AddrinfoDeleter
{
    void operator()(addrinfo *list) const { freeaddrinfo(list); }
};
using AddressList = std::unique_ptr<addrinfo, AddrinfoDeleter>;

// What one exchange with libisns holds; released in reverse order however the query ends.
class IsnsExchange
{
public:
    IsnsExchange() = default;
    ~IsnsExchange()
    {
        isns_object_list_destroy(&objects);
        if (query)
            isns_simple_free(query);
        if (client.ic_socket)
            isns_socket_free(client.ic_socket);
        if (client.ic_source)
            isns_source_release(client.ic_source);
    }
    IsnsExchange(const IsnsExchange &) = delete;
    IsnsExchange &operator=(const IsnsExchange &) = delete;

    isns_client_t client{nullptr, nullptr};
    isns_simple_t *query = nullptr;
    isns_object_list_t objects = ISNS_OBJECT_LIST_INIT;
};

QString serverText(const PortalAddress &directory)
{
    return PortalAddress::join(directory.host(), directory.port());
}

int wholeSeconds(std::chrono::milliseconds timeout)
{
    return int(std::max<qint64>(1, (timeout.count() + 999) / 1000));
}

Error timeoutError(const IsnsTargetQueryRequest &request)
{
    return isnsTimeoutError(request.directory, request.timeout);
}

// libisns turns every transport failure into ISNS_INTERNAL_ERROR and keeps the reason to itself;
// a connect of our own tells refused, unreachable and silent apart.
Error transportError(const IsnsTargetQueryRequest &request, const addrinfo &address, QDeadlineTimer deadline)
{
    if (deadline.hasExpired())
        return timeoutError(request);
    const QString server = serverText(request.directory);
    int failure = 0;
    switch (checkTcpConnect(address.ai_addr, address.ai_addrlen, deadline, &failure)) {
    case TcpConnectOutcome::Refused:
        return Error(ErrorKind::Refused,
                     CoreTr::tr("The iSNS server %1 refused the connection: nothing listens on that port. Check the "
                                "port (3205 unless the server says otherwise) and that the iSNS service (isnsd) runs.")
                         .arg(server));
    case TcpConnectOutcome::Unreachable:
        return Error(ErrorKind::Unreachable,
                     CoreTr::tr("The iSNS server %1 cannot be reached from this machine. Check the address and the "
                                "network route to it.").arg(server),
                     QString::fromLocal8Bit(std::strerror(failure)));
    case TcpConnectOutcome::TimedOut:
        return timeoutError(request);
    case TcpConnectOutcome::Failed:
        return Error(ErrorKind::Unreachable,
                     CoreTr::tr("Could not connect to the iSNS server %1.").arg(server),
                     QString::fromLocal8Bit(std::strerror(failure)));
    case TcpConnectOutcome::Connected:
        break;
    }
    return Error(ErrorKind::Protocol,
                 CoreTr::tr("%1 accepted the connection but gave no iSNS answer. Check that this is the iSNS "
                            "server's address and port (3205 unless the server says otherwise).").arg(server));
}

Error statusError(const IsnsTargetQueryRequest &request, int status)
{
    const QString server = serverText(request.directory);
    const QString detail = QString::fromUtf8(isns_strerror(isns_status(status)));
    switch (status) {
    case ISNS_SOURCE_UNKNOWN:
    case ISNS_SOURCE_ABSENT:
    case ISNS_SOURCE_UNAUTHORIZED:
        return Error(ErrorKind::Authentication,
                     CoreTr::tr("The iSNS server %1 does not let %2 list its targets. Register this initiator "
                                "with the server, or put it in a discovery domain with the targets; or give the "
                                "initiator name the server knows.").arg(server, request.sourceName),
                     detail);
    default:
        return Error(ErrorKind::Protocol,
                     CoreTr::tr("The iSNS server %1 refused the query for its targets.").arg(server), detail);
    }
}

Result<AddressList> resolve(const IsnsTargetQueryRequest &request)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const QByteArray port = QByteArray::number(request.directory.port());
    const int status = getaddrinfo(request.directory.host().toUtf8().constData(), port.constData(), &hints, &found);
    if (status != 0 || !found) {
        return Error(ErrorKind::Unreachable,
                     CoreTr::tr("The iSNS server name \"%1\" cannot be resolved. Check the name and DNS, or enter "
                                "the server's IP address.").arg(request.directory.host()),
                     QString::fromUtf8(gai_strerror(status)));
    }
    return AddressList(found);
}

// libisns parses its own address text: a literal, IPv6 in brackets, so that the one address we
// resolved is the one it connects to.
QByteArray numericHost(const addrinfo &address)
{
    char host[NI_MAXHOST] = {};
    if (getnameinfo(address.ai_addr, address.ai_addrlen, host, sizeof host, nullptr, 0, NI_NUMERICHOST) != 0)
        return {};
    const QByteArray text(host);
    return address.ai_family == AF_INET6 ? '[' + text + ']' : text;
}

std::array<quint8, 16> bytesOf(const in6_addr &address)
{
    std::array<quint8, 16> bytes{};
    std::memcpy(bytes.data(), &address, bytes.size());
    return bytes;
}

// A query answer lists, per target node, its entity, the node and its portal groups, in that
// order. Portal groups without a tag (the RFC's "not usable for this node") and UDP ports (iSCSI
// runs over TCP) are left out.
IsnsDirectoryListing listingFrom(const isns_object_list_t &objects)
{
    IsnsDirectoryListing listing;
    QList<TargetInfo> &targets = listing.targets;
    QHash<QString, qsizetype> indexByName;
    QString entity;
    for (unsigned i = 0; i < objects.iol_count; ++i) {
        const isns_object_t *object = objects.iol_data[i];
        const char *text = nullptr;
        if (isns_object_is_entity(object)) {
            entity = isns_object_get_string(object, ISNS_TAG_ENTITY_IDENTIFIER, &text) ? QString::fromUtf8(text)
                                                                                        : QString();
        } else if (isns_object_is_iscsi_node(object)) {
            if (!isns_object_get_string(object, ISNS_TAG_ISCSI_NAME, &text))
                continue;
            const QString name = QString::fromUtf8(text);
            if (!indexByName.contains(name)) {
                indexByName.insert(name, targets.size());
                targets.append(TargetInfo{name, {}});
                if (!listing.entities.contains(entity))
                    listing.entities.append(entity);
            }
        } else if (isns_object_is_pg(object)) {
            in6_addr address{};
            uint32_t port = 0;
            uint32_t tag = 0;
            if (!isns_object_get_string(object, ISNS_TAG_PG_ISCSI_NAME, &text)
                || !isns_object_get_ipaddr(object, ISNS_TAG_PG_PORTAL_IP_ADDR, &address)
                || !isns_object_get_uint32(object, ISNS_TAG_PG_PORTAL_TCP_UDP_PORT, &port)
                || !isns_object_get_uint32(object, ISNS_TAG_PG_TAG, &tag) || (port & ISNS_PORTAL_PORT_UDP_MASK))
                continue;
            const auto found = indexByName.constFind(QString::fromUtf8(text));
            if (found == indexByName.cend())
                continue;
            const TargetPortal portal{isnsPortalAddress(bytesOf(address), quint16(port & 0xffff)), int(tag & 0xffff)};
            QList<TargetPortal> &portals = targets[*found].portals;
            if (!portals.contains(portal))
                portals.append(portal);
        }
    }
    return listing;
}

} // namespace

Error isnsTimeoutError(const PortalAddress &directory, std::chrono::milliseconds timeout)
{
    return Error(ErrorKind::Timeout,
                 CoreTr::tr("The iSNS server %1 did not answer within %n s. Check the address, and whether a "
                            "firewall drops the connection; on a slow link, try a longer timeout.",
                            nullptr, wholeSeconds(timeout))
                     .arg(serverText(directory)));
}

Result<IsnsDirectoryListing> queryIsnsTargets(const IsnsTargetQueryRequest &request)
{
    const QDeadlineTimer deadline(request.timeout);
    Result<AddressList> resolved = resolve(request);
    if (!resolved.ok())
        return resolved.error();
    if (deadline.hasExpired())
        return timeoutError(request);
    const addrinfo &address = *resolved.value();
    const QByteArray host = numericHost(address);

    // libisns bounds its calls in whole seconds, from its process-wide configuration: ours are
    // the only calls on this thread, so setting it here is setting it for this exchange.
    const unsigned seconds = unsigned(wholeSeconds(std::chrono::milliseconds(deadline.remainingTime())));
    isns_config.ic_network.connect_timeout = seconds;
    isns_config.ic_network.call_timeout = seconds;

    IsnsExchange exchange;
    exchange.client.ic_socket = isns_create_client_socket(host.constData(),
                                                          QByteArray::number(request.directory.port()).constData(),
                                                          AF_UNSPEC, SOCK_STREAM);
    if (!exchange.client.ic_socket)
        return transportError(request, address, deadline);
    // A refused or dropped connection ends the call at once, instead of libisns' reconnect loop.
    isns_socket_set_disconnect_fatal(exchange.client.ic_socket);
    isns_socket_set_security_ctx(exchange.client.ic_socket, nullptr);
    exchange.client.ic_source = isns_source_create_iscsi(request.sourceName.toUtf8().constData());

    // Every node whose type includes "target", with what a scan needs of it.
    isns_attr_list_t key = ISNS_ATTR_LIST_INIT;
    isns_attr_list_append_uint32(&key, ISNS_TAG_ISCSI_NODE_TYPE, ISNS_ISCSI_TARGET_MASK);
    exchange.query = isns_create_query(&exchange.client, &key);
    isns_attr_list_destroy(&key);
    for (const uint32_t tag : {ISNS_TAG_ENTITY_IDENTIFIER, ISNS_TAG_ISCSI_NAME, ISNS_TAG_ISCSI_NODE_TYPE,
                               ISNS_TAG_PG_ISCSI_NAME, ISNS_TAG_PG_PORTAL_IP_ADDR, ISNS_TAG_PG_PORTAL_TCP_UDP_PORT,
                               ISNS_TAG_PG_TAG})
        isns_query_request_attr_tag(exchange.query, tag);

    const int status = isns_client_call(&exchange.client, &exchange.query);
    if (status == ISNS_NO_SUCH_ENTRY)
        return IsnsDirectoryListing{};
    if (status == ISNS_INTERNAL_ERROR)
        return transportError(request, address, deadline);
    if (status != ISNS_SUCCESS)
        return statusError(request, status);
    const int decoded = isns_query_response_get_objects(exchange.query, &exchange.objects);
    if (decoded != ISNS_SUCCESS)
        return statusError(request, decoded);
    return listingFrom(exchange.objects);
}

} // namespace lunscope
