#include "IsnsTargetQuery.h"

#include "IsnsPortal.h"
#include "TcpConnectCheck.h"
#include "common/CoreTr.h"

#include <QDeadlineTimer>
#include <QHash>

extern "C" {
#include <libisns/isns.h>

// From libisns/message.h, which does not compile as C++ (its attrs.h declares a struct inside an
// anonymous union); exported by libisns since 0.96.
int isns_simple_encode(isns_simple_t *, isns_message_t **result);
int isns_simple_decode(isns_message_t *, isns_simple_t **);
}

#include <netdb.h>
#include <sys/socket.h>

#include <cstring>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

struct AddrinfoDeleter
{
    void operator()(addrinfo *list) const { freeaddrinfo(list); }
};
using AddressList = std::unique_ptr<addrinfo, AddrinfoDeleter>;

struct SimpleMessageDeleter
{
    void operator()(isns_simple_t *message) const { isns_simple_free(message); }
};
using SimpleMessage = std::unique_ptr<isns_simple_t, SimpleMessageDeleter>;

struct ObjectDeleter
{
    void operator()(isns_object_t *object) const { isns_object_release(object); }
};
using ObjectRef = std::unique_ptr<isns_object_t, ObjectDeleter>;

// What one exchange with libisns holds; released in reverse order however the query ends.
class IsnsExchange
{
public:
    IsnsExchange() = default;
    ~IsnsExchange()
    {
        isns_object_list_destroy(&objects);
        if (client.ic_socket)
            isns_socket_free(client.ic_socket);
        if (client.ic_source)
            isns_source_release(client.ic_source);
    }
    IsnsExchange(const IsnsExchange &) = delete;
    IsnsExchange &operator=(const IsnsExchange &) = delete;

    // Sends `message` and, on success, replaces it with the server's answer; on failure the
    // request stays, to be freed with it. `answered` tells a server that answered with an error
    // status from one that gave no answer (libisns' own isns_client_call says "Internal error"
    // for both, and open-isns answers "Internal error" to a query too big to answer).
    int call(SimpleMessage &message)
    {
        ++requests;
        answered = false;
        isns_message_t *sent = nullptr;
        int status = isns_simple_encode(message.get(), &sent);
        if (status != ISNS_SUCCESS)
            return status;
        // libisns bounds its calls in whole seconds.
        const long seconds = isnsWholeSeconds(std::chrono::milliseconds(deadline.remainingTime()));
        isns_message_t *reply = isns_socket_call(client.ic_socket, sent, seconds);
        isns_message_release(sent);
        if (!reply)
            return ISNS_INTERNAL_ERROR;
        answered = true;
        status = isns_message_status(reply);
        isns_simple_t *decoded = nullptr;
        if (status == ISNS_SUCCESS)
            status = isns_simple_decode(reply, &decoded);
        isns_message_release(reply);
        if (status == ISNS_SUCCESS)
            message.reset(decoded);
        return status;
    }

    QDeadlineTimer deadline;  // the whole exchange's
    isns_client_t client{nullptr, nullptr};
    isns_object_list_t objects = ISNS_OBJECT_LIST_INIT;  // every answer's objects, in order
    int requests = 0;
    bool answered = false;  // the last call got an answer from the server
};

QString serverText(const PortalAddress &directory)
{
    return PortalAddress::join(directory.host(), directory.port());
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
IsnsDirectoryListing listingFrom(const IsnsExchange &exchange)
{
    const isns_object_list_t &objects = exchange.objects;
    IsnsDirectoryListing listing;
    listing.requests = exchange.requests;
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

// What a scan needs of a target node: its entity, the node and its portal groups.
constexpr uint32_t ListingTags[] = {ISNS_TAG_ENTITY_IDENTIFIER, ISNS_TAG_ISCSI_NAME, ISNS_TAG_ISCSI_NODE_TYPE,
                                    ISNS_TAG_PG_ISCSI_NAME,     ISNS_TAG_PG_PORTAL_IP_ADDR,
                                    ISNS_TAG_PG_PORTAL_TCP_UDP_PORT, ISNS_TAG_PG_TAG};

// One DevAttrQuery for the nodes matching `key`, with ListingTags; the answer's objects are added
// to the exchange's.
int queryInto(IsnsExchange &exchange, isns_attr_list_t *key)
{
    SimpleMessage query(isns_create_query(&exchange.client, key));
    isns_attr_list_destroy(key);
    for (const uint32_t tag : ListingTags)
        isns_query_request_attr_tag(query.get(), tag);
    const int status = exchange.call(query);
    if (status != ISNS_SUCCESS)
        return status;
    return isns_query_response_get_objects(query.get(), &exchange.objects);
}

// Every node whose type is "target", in one answer.
int queryAllTargets(IsnsExchange &exchange)
{
    isns_attr_list_t key = ISNS_ATTR_LIST_INIT;
    isns_attr_list_append_uint32(&key, ISNS_TAG_ISCSI_NODE_TYPE, ISNS_ISCSI_TARGET_MASK);
    return queryInto(exchange, &key);
}

// The target node named `name`, with its entity and portal groups.
int queryTarget(IsnsExchange &exchange, const QByteArray &name)
{
    isns_attr_list_t key = ISNS_ATTR_LIST_INIT;
    isns_attr_list_append_string(&key, ISNS_TAG_ISCSI_NAME, name.constData());
    return queryInto(exchange, &key);
}

// Why the exchange must stop before its next request, if it must.
std::optional<Error> interruption(const IsnsTargetQueryRequest &request, const IsnsExchange &exchange)
{
    if (request.abandoned && request.abandoned())
        return Error::cancelled();
    if (exchange.deadline.hasExpired())
        return timeoutError(request);
    return std::nullopt;
}

// The names of the directory's target nodes, one DevGetNext each (RFC 4171 5.6.5.3: the key of
// the last one asks for the next; the node type, as operating attribute, keeps it to targets).
// ISNS_SUCCESS or the failed call's status, or -1 when `interruption` stopped it (*stop says why).
int walkTargetNames(IsnsExchange &exchange, const IsnsTargetQueryRequest &request, QList<QByteArray> *names,
                    std::optional<Error> *stop)
{
    isns_attr_list_t scope = ISNS_ATTR_LIST_INIT;
    isns_attr_list_append_uint32(&scope, ISNS_TAG_ISCSI_NODE_TYPE, ISNS_ISCSI_TARGET_MASK);
    isns_attr_list_append_nil(&scope, ISNS_TAG_ISCSI_NAME); // the attribute to return
    SimpleMessage step(isns_create_getnext(&exchange.client, &isns_iscsi_node_template, &scope));
    int status = ISNS_SUCCESS;
    for (;;) {
        if ((*stop = interruption(request, exchange))) {
            status = -1;
            break;
        }
        status = exchange.call(step);
        if (status != ISNS_SUCCESS)
            break;
        isns_object_t *found = nullptr;
        if (isns_getnext_response_get_object(step.get(), &found) == ISNS_SUCCESS) {
            const ObjectRef node(found);
            const char *name = nullptr;
            if (isns_object_get_string(node.get(), ISNS_TAG_ISCSI_NAME, &name))
                names->append(QByteArray(name));
        }
        step.reset(isns_create_getnext_followup(&exchange.client, step.get(), &scope));
    }
    isns_attr_list_destroy(&scope);
    return status == ISNS_NO_SUCH_ENTRY ? ISNS_SUCCESS : status;
}

// The names of the directory's target nodes in one answer: about three times as many fit as with
// their portals. ISNS_INTERNAL_ERROR when they do not fit either.
int queryTargetNames(IsnsExchange &exchange, QList<QByteArray> *names)
{
    isns_attr_list_t key = ISNS_ATTR_LIST_INIT;
    isns_attr_list_append_uint32(&key, ISNS_TAG_ISCSI_NODE_TYPE, ISNS_ISCSI_TARGET_MASK);
    SimpleMessage query(isns_create_query(&exchange.client, &key));
    isns_attr_list_destroy(&key);
    isns_query_request_attr_tag(query.get(), ISNS_TAG_ISCSI_NAME);
    int status = exchange.call(query);
    if (status != ISNS_SUCCESS)
        return status;
    isns_object_list_t nodes = ISNS_OBJECT_LIST_INIT;
    status = isns_query_response_get_objects(query.get(), &nodes);
    for (unsigned i = 0; status == ISNS_SUCCESS && i < nodes.iol_count; ++i) {
        const char *name = nullptr;
        if (isns_object_is_iscsi_node(nodes.iol_data[i])
            && isns_object_get_string(nodes.iol_data[i], ISNS_TAG_ISCSI_NAME, &name))
            names->append(QByteArray(name));
    }
    isns_object_list_destroy(&nodes);
    return status;
}

// open-isns builds every message, answers included, in a buffer of ISNS_MAX_MESSAGE (8 KiB;
// include/libisns/isns.h, message.c __isns_create_message) and reads into one of the same size
// (socket.c isns_net_stream_recv). An answer that does not fit fails to encode, and isnsd
// (server.c isns_process_message) answers "Internal error" instead: with the attributes asked
// here and names of some 45 characters, for a directory of more than about 47 targets. So a big
// directory is listed in small answers: first the target names (in one answer when they fit,
// ~140 such names, else one DevGetNext per name), then one DevAttrQuery per name for its entity
// and portal groups. With the whole-directory query that failed first, N+2 requests for N targets
// (2N+3 when the names do not fit either), each bounded by what is left of the timeout, with
// cancellation checked in between.
Result<IsnsDirectoryListing> queryTargetsOneByOne(IsnsExchange &exchange, const IsnsTargetQueryRequest &request,
                                                  const addrinfo &address)
{
    QList<QByteArray> names;
    int status = queryTargetNames(exchange, &names);
    if (status == ISNS_INTERNAL_ERROR && exchange.answered) {
        names.clear();
        std::optional<Error> stop;
        status = walkTargetNames(exchange, request, &names, &stop);
        if (stop)
            return *stop;
    }
    if (status != ISNS_SUCCESS && status != ISNS_NO_SUCH_ENTRY) {
        return exchange.answered ? statusError(request, status)
                                 : transportError(request, address, exchange.deadline);
    }

    for (const QByteArray &name : std::as_const(names)) {
        if (const std::optional<Error> stop = interruption(request, exchange))
            return *stop;
        const int answer = queryTarget(exchange, name);
        if (answer == ISNS_NO_SUCH_ENTRY)
            continue; // deregistered since it was named
        if (answer != ISNS_SUCCESS) {
            return exchange.answered ? statusError(request, answer)
                                     : transportError(request, address, exchange.deadline);
        }
    }
    return listingFrom(exchange);
}

} // namespace

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

    IsnsExchange exchange;
    exchange.deadline = deadline;
    isns_config.ic_network.connect_timeout = unsigned(isnsWholeSeconds(std::chrono::milliseconds(
        deadline.remainingTime())));
    exchange.client.ic_socket = isns_create_client_socket(host.constData(),
                                                          QByteArray::number(request.directory.port()).constData(),
                                                          AF_UNSPEC, SOCK_STREAM);
    if (!exchange.client.ic_socket)
        return transportError(request, address, deadline);
    // A refused or dropped connection ends the call at once, instead of libisns' reconnect loop.
    isns_socket_set_disconnect_fatal(exchange.client.ic_socket);
    isns_socket_set_security_ctx(exchange.client.ic_socket, nullptr);
    exchange.client.ic_source = isns_source_create_iscsi(request.sourceName.toUtf8().constData());

    // A small directory answers in one message; open-isns cannot send a bigger one (see
    // queryTargetsOneByOne), so a failed whole-directory query falls back to one target at a time.
    const int status = queryAllTargets(exchange);
    if (status == ISNS_SUCCESS || status == ISNS_NO_SUCH_ENTRY) // no such entry: an empty directory
        return listingFrom(exchange);
    if (!exchange.answered)
        return transportError(request, address, deadline);
    if (status != ISNS_INTERNAL_ERROR)
        return statusError(request, status);
    if (deadline.hasExpired())
        return timeoutError(request);
    isns_object_list_destroy(&exchange.objects);
    return queryTargetsOneByOne(exchange, request, address);
}

} // namespace lunscope
