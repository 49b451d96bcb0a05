#include "HostInventoryJob.h"

#include "LunReference.h"
#include "libvirt/LibvirtConnection.h"

namespace lunscope {

HostInventoryJob::HostInventoryJob(LibvirtConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{
    m_inventory.uri = connection->uri();
}

void HostInventoryJob::start()
{
    const QPointer<HostInventoryJob> self(this);
    m_pending = 1;
    m_connection->listPools([self](const Result<QList<StoragePoolInfo>> &pools) {
        if (!self)
            return;
        if (!pools.ok()) {
            self->m_inventory.error = pools.error();
            self->m_pending = 0;
            Q_EMIT self->finished(self->m_inventory);
            return;
        }
        self->m_inventory.pools = pools.value();
        LibvirtConnection *connection = self->m_connection;
        for (const StoragePoolInfo &pool : pools.value()) {
            if (pool.state != PoolState::Running || !LunReference::targetOfPool(pool))
                continue;
            ++self->m_pending;
            // A pool whose volumes cannot be listed only lacks its volumes: not the host's failure.
            connection->listVolumes(pool.name, [self, name = pool.name](const Result<QList<StorageVolumeInfo>> &volumes) {
                if (!self)
                    return;
                if (volumes.ok())
                    self->m_inventory.volumes.insert(name, volumes.value());
                self->answered();
            });
        }
        ++self->m_pending;
        connection->listDomains([self](const Result<QList<DomainInfo>> &domains) {
            if (!self)
                return;
            if (domains.ok())
                self->m_inventory.domains = domains.value();
            else
                self->m_inventory.error = domains.error();
            self->answered();
        });
        self->answered(); // the pool listing itself
    });
}

void HostInventoryJob::answered()
{
    if (--m_pending == 0)
        Q_EMIT finished(m_inventory);
}

} // namespace lunscope
