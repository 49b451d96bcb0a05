#pragma once

#include "common/Error.h"

#include <QString>

#include <libvirt/libvirt.h>

#include <functional>
#include <memory>

namespace lunscope {

class LibvirtConnection;
class WorkerStrand;

// A libvirt connection of the domain jobs' own, to the URI of a LibvirtConnection, whose blocking
// calls run in order on the process's libvirt worker pool (a WorkerStrand, like every
// connection's). LibvirtConnection has no domain calls and keeps its virConnectPtr to itself, so
// the attach and detach jobs open the same URI once more; the connection opens on the first task
// and closes when the last task holding the channel is done — on the pool, never on the caller's
// thread (release()).
//
// Internal to core: only .cpp files include this header (it includes libvirt's).
class DomainChannel : public std::enable_shared_from_this<DomainChannel>
{
public:
    // `connection` is nullptr when the open failed; `openError` then says why.
    using Task = std::function<void(virConnectPtr connection, const Error &openError)>;

    // The URI `connection` has open now. A connection that is null or not open gives a channel
    // whose tasks all get notConnectedError(): never an open of libvirt's default URI.
    static std::shared_ptr<DomainChannel> create(const LibvirtConnection *connection);
    ~DomainChannel();
    DomainChannel(const DomainChannel &) = delete;
    DomainChannel &operator=(const DomainChannel &) = delete;

    // Runs `task` on the pool after every task posted before it, the connection opened.
    void post(Task task);
    // Drops the caller's reference on the pool, so the close (a blocking call) happens there.
    static void release(std::shared_ptr<DomainChannel> &channel);

    const QString &uri() const { return m_uri; }

private:
    explicit DomainChannel(QString uri);
    void ensureOpen();

    QString m_uri;
    std::shared_ptr<WorkerStrand> m_strand;
    virConnectPtr m_connection = nullptr; // used on the pool only
    bool m_opened = false;
    Error m_openError;
};

} // namespace lunscope
