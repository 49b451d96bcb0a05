#include "ConnectionWorker.h"

#include "LibvirtErrors.h"
#include "OwnerLink.h"
#include "common/CoreTr.h"

#include <libvirt/virterror.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

// Keep-alive for remote connections: a probe every 5 s, lost after 3 unanswered ones, so a dead
// host or network shows as Lost within about 20 s. Local drivers have no keep-alive.
constexpr int KeepAliveInterval = 5;
constexpr unsigned KeepAliveCount = 3;

void ignoreLibvirtError(void *, virErrorPtr)
{
}

std::optional<PoolEventKind> lifecycleKind(int event)
{
    switch (event) {
    case VIR_STORAGE_POOL_EVENT_DEFINED: return PoolEventKind::Defined;
    case VIR_STORAGE_POOL_EVENT_UNDEFINED: return PoolEventKind::Undefined;
    case VIR_STORAGE_POOL_EVENT_STARTED: return PoolEventKind::Started;
    case VIR_STORAGE_POOL_EVENT_STOPPED: return PoolEventKind::Stopped;
    case VIR_STORAGE_POOL_EVENT_CREATED: return PoolEventKind::Created;
    case VIR_STORAGE_POOL_EVENT_DELETED: return PoolEventKind::Deleted;
    default: return std::nullopt; // a newer libvirt's event: not ours to interpret
    }
}

Error lostReason(int reason, const QString &uri)
{
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_EOF:
        return Error(ErrorKind::ConnectionLost,
                     CoreTr::tr("libvirt at %1 closed the connection (the daemon stopped or restarted). "
                                "Reconnect once it runs again.").arg(uri));
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE:
        return Error(ErrorKind::ConnectionLost,
                     CoreTr::tr("libvirt at %1 stopped answering keep-alive messages (host or network "
                                "down?). Reconnect once it can be reached.").arg(uri));
    case VIR_CONNECT_CLOSE_REASON_CLIENT:
        return Error(ErrorKind::ConnectionLost, CoreTr::tr("The connection to %1 was closed.").arg(uri));
    default:
        return Error(ErrorKind::ConnectionLost,
                     CoreTr::tr("The connection to libvirt at %1 failed. Reconnect.").arg(uri));
    }
}

} // namespace

// What a libvirt callback needs: where to post, and which connection it is about.
struct ConnectionWorker::CallbackContext
{
    std::shared_ptr<OwnerLink> link;
    quint64 generation = 0;
    QString uri;
};

ConnectionWorker::ConnectionWorker(std::shared_ptr<OwnerLink> link) : m_link(std::move(link))
{
}

ConnectionWorker::~ConnectionWorker()
{
    close();
}

Error ConnectionWorker::open(const QString &uri, quint64 generation)
{
    close();
    m_uri = uri;
    m_generation = generation;
    // No auth callback: libvirt must never prompt on a terminal from a worker thread. ssh does
    // its own authentication (keys, agent, askpass).
    virConnectPtr connection = virConnectOpen(uri.toUtf8().constData());
    if (!connection) {
        return libvirtError(lastLibvirtError(), CoreTr::tr("Could not connect to libvirt at %1.").arg(uri),
                            /*opening=*/true);
    }
    m_connection = connection;
    virConnSetErrorFunc(connection, nullptr, ignoreLibvirtError);

    // Failures below only cost live updates or early loss detection; the connection is usable.
    virConnectSetKeepAlive(connection, KeepAliveInterval, KeepAliveCount);
    // The context is ours, not libvirt's (no free callback): drivers without close callbacks
    // (the test driver) accept the registration and forget it, so libvirt would never free it.
    m_closeContext = std::make_unique<CallbackContext>(CallbackContext{m_link, generation, uri});
    virConnectRegisterCloseCallback(connection, onClosed, m_closeContext.get(), nullptr);
    registerPoolEvent(VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE, VIR_STORAGE_POOL_EVENT_CALLBACK(onPoolLifecycle));
    registerPoolEvent(VIR_STORAGE_POOL_EVENT_ID_REFRESH, VIR_STORAGE_POOL_EVENT_CALLBACK(onPoolRefresh));
    registerDomainEvent(VIR_DOMAIN_EVENT_ID_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(onDomainLifecycle));
    registerDomainEvent(VIR_DOMAIN_EVENT_ID_DEVICE_ADDED, VIR_DOMAIN_EVENT_CALLBACK(onDomainDevice));
    registerDomainEvent(VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED, VIR_DOMAIN_EVENT_CALLBACK(onDomainDevice));
    return {};
}

void ConnectionWorker::registerPoolEvent(int eventId, virConnectStoragePoolEventGenericCallback callback)
{
    // libvirt owns this context (free callback): it may still be dispatching an event when we
    // deregister, and frees the context only once that is over.
    auto *context = new CallbackContext{m_link, m_generation, m_uri};
    const int id = virConnectStoragePoolEventRegisterAny(m_connection, nullptr, eventId, callback, context,
                                                         &ConnectionWorker::freeCallbackContext);
    if (id < 0)
        delete context; // not registered: libvirt does not call the free callback
    else
        m_eventIds.push_back(id);
}

void ConnectionWorker::registerDomainEvent(int eventId, virConnectDomainEventGenericCallback callback)
{
    // As for pool events: libvirt owns the context and frees it once no event is being delivered.
    auto *context = new CallbackContext{m_link, m_generation, m_uri};
    const int id = virConnectDomainEventRegisterAny(m_connection, nullptr, eventId, callback, context,
                                                    &ConnectionWorker::freeCallbackContext);
    if (id < 0)
        delete context;
    else
        m_domainEventIds.push_back(id);
}

void ConnectionWorker::close()
{
    if (!m_connection)
        return;
    // On a lost connection these fail in the RPC layer; the local registrations go all the same.
    for (const int id : m_eventIds)
        virConnectStoragePoolEventDeregisterAny(m_connection, id);
    m_eventIds.clear();
    for (const int id : m_domainEventIds)
        virConnectDomainEventDeregisterAny(m_connection, id);
    m_domainEventIds.clear();
    virConnectUnregisterCloseCallback(m_connection, onClosed);
    virConnectClose(m_connection);
    m_connection = nullptr;
    // After unregistering (or closing) libvirt no longer calls onClosed: safe to free.
    m_closeContext.reset();
}

void ConnectionWorker::dropLost(quint64 generation)
{
    if (generation == m_generation)
        close();
}

void ConnectionWorker::onPoolLifecycle(virConnectPtr, virStoragePoolPtr pool, int event, int, void *opaque)
{
    const auto *context = static_cast<const CallbackContext *>(opaque);
    const std::optional<PoolEventKind> kind = lifecycleKind(event);
    if (!kind)
        return;
    const QString name = QString::fromUtf8(virStoragePoolGetName(pool));
    context->link->post([generation = context->generation, name, kind = *kind](LibvirtConnection &owner) {
        owner.handlePoolEvent(generation, name, kind);
    });
}

void ConnectionWorker::onPoolRefresh(virConnectPtr, virStoragePoolPtr pool, void *opaque)
{
    const auto *context = static_cast<const CallbackContext *>(opaque);
    const QString name = QString::fromUtf8(virStoragePoolGetName(pool));
    context->link->post([generation = context->generation, name](LibvirtConnection &owner) {
        owner.handlePoolEvent(generation, name, PoolEventKind::Refreshed);
    });
}

void ConnectionWorker::postDomainEvent(virDomainPtr domain, void *opaque)
{
    const auto *context = static_cast<const CallbackContext *>(opaque);
    const QString name = QString::fromUtf8(virDomainGetName(domain));
    context->link->post([generation = context->generation, name](LibvirtConnection &owner) {
        owner.handleDomainEvent(generation, name);
    });
}

void ConnectionWorker::onDomainLifecycle(virConnectPtr, virDomainPtr domain, int, int, void *opaque)
{
    // Every lifecycle event (defined, started, stopped, undefined…) may change who uses a LUN.
    postDomainEvent(domain, opaque);
}

void ConnectionWorker::onDomainDevice(virConnectPtr, virDomainPtr domain, const char *, void *opaque)
{
    postDomainEvent(domain, opaque);
}

void ConnectionWorker::onClosed(virConnectPtr, int reason, void *opaque)
{
    const auto *context = static_cast<const CallbackContext *>(opaque);
    context->link->post([generation = context->generation, error = lostReason(reason, context->uri)](
                            LibvirtConnection &owner) { owner.handleLost(generation, error); });
}

void ConnectionWorker::freeCallbackContext(void *opaque)
{
    delete static_cast<CallbackContext *>(opaque);
}

} // namespace lunscope
