#include "DomainChannel.h"

#include "common/CoreTr.h"
#include "libvirt/LibvirtConnection.h"
#include "libvirt/LibvirtErrors.h"
#include "libvirt/LibvirtRuntime.h"
#include "libvirt/WorkerStrand.h"

#include <libvirt/virterror.h>

namespace lunscope {

namespace {

void ignoreLibvirtError(void *, virErrorPtr)
{
}

} // namespace

std::shared_ptr<DomainChannel> DomainChannel::create(const LibvirtConnection *connection)
{
    LibvirtRuntime::ensureStarted();
    const QString uri = connection ? connection->uri() : QString();
    std::shared_ptr<DomainChannel> channel(new DomainChannel(uri));
    if (!connection || !connection->isOpen()) {
        channel->m_opened = true;
        channel->m_openError = notConnectedError(uri);
    }
    return channel;
}

DomainChannel::DomainChannel(QString uri) : m_uri(std::move(uri)), m_strand(WorkerStrand::create())
{
}

DomainChannel::~DomainChannel()
{
    if (m_connection)
        virConnectClose(m_connection);
}

void DomainChannel::post(Task task)
{
    m_strand->post([self = shared_from_this(), task = std::move(task)] {
        self->ensureOpen();
        task(self->m_connection, self->m_openError);
    });
}

void DomainChannel::release(std::shared_ptr<DomainChannel> &channel)
{
    if (!channel)
        return;
    std::shared_ptr<DomainChannel> last = std::move(channel);
    WorkerStrand &strand = *last->m_strand;
    strand.post([last = std::move(last)]() mutable { last.reset(); });
}

void DomainChannel::ensureOpen()
{
    if (m_opened)
        return;
    m_opened = true;
    // Like ConnectionWorker::open: no auth callback (never a prompt from a worker thread), and an
    // open that waits on a slow host does not hold one of the pool's slots.
    LibvirtRuntime::runOutsideTheBound([this] { m_connection = virConnectOpen(m_uri.toUtf8().constData()); });
    if (!m_connection) {
        m_openError = libvirtError(lastLibvirtError(), CoreTr::tr("Could not connect to libvirt at %1.").arg(m_uri),
                                   /*opening=*/true);
        return;
    }
    virConnSetErrorFunc(m_connection, nullptr, ignoreLibvirtError);
}

} // namespace lunscope
