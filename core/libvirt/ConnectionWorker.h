#pragma once

#include "common/Error.h"

#include <QString>

#include <libvirt/libvirt.h>

#include <memory>
#include <vector>

namespace lunscope {

class OwnerLink;

// The worker side of a LibvirtConnection: owns the virConnectPtr and makes every blocking call.
// LibvirtConnection queues functions to it through its WorkerStrand, so calls run one at a time,
// in the order they were made, on one of the pool's threads, and libvirt's thread-local error is
// read on the thread that failed, right after the call.
//
// Callbacks from libvirt's event thread (pool and domain events, connection closed) only post to the owner
// through the OwnerLink, tagged with the generation of the connection they belong to, so the
// owner can ignore news from a connection it has already replaced.
class ConnectionWorker
{
public:
    explicit ConnectionWorker(std::shared_ptr<OwnerLink> link);
    // Closes the connection: runs on the pool, after the owner let go.
    ~ConnectionWorker();
    ConnectionWorker(const ConnectionWorker &) = delete;
    ConnectionWorker &operator=(const ConnectionWorker &) = delete;

    // Closes any open connection, opens `uri`, and registers the pool and domain event callbacks
    // (domain lifecycle, device added and removed: what changes which disks a domain uses), the close
    // callback and keep-alive.
    Error open(const QString &uri, quint64 generation);
    void close();
    // The owner learnt that connection `generation` is lost: release it if it is still ours.
    void dropLost(quint64 generation);

    bool isOpen() const { return m_connection != nullptr; }
    virConnectPtr connection() const { return m_connection; }
    // The URI of the last open(), open or not: for messages.
    const QString &uri() const { return m_uri; }

private:
    struct CallbackContext;
    static void onPoolLifecycle(virConnectPtr, virStoragePoolPtr pool, int event, int detail, void *opaque);
    static void onPoolRefresh(virConnectPtr, virStoragePoolPtr pool, void *opaque);
    static void onDomainLifecycle(virConnectPtr, virDomainPtr domain, int event, int detail, void *opaque);
    static void onDomainDevice(virConnectPtr, virDomainPtr domain, const char *alias, void *opaque);
    static void postDomainEvent(virDomainPtr domain, void *opaque);
    static void onClosed(virConnectPtr, int reason, void *opaque);
    static void freeCallbackContext(void *opaque);
    void registerPoolEvent(int eventId, virConnectStoragePoolEventGenericCallback callback);

    std::shared_ptr<OwnerLink> m_link;
    virConnectPtr m_connection = nullptr;
    QString m_uri;
    quint64 m_generation = 0;
    std::unique_ptr<CallbackContext> m_closeContext;
    void registerDomainEvent(int eventId, virConnectDomainEventGenericCallback callback);
    std::vector<int> m_eventIds;
    std::vector<int> m_domainEventIds;
};

} // namespace lunscope
