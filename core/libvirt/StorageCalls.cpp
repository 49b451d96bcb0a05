// StorageCalls: the shared parts and the calls that change pools (StorageQueries.cpp reads).
#include "StorageCalls.h"

#include "LibvirtErrors.h"
#include "LibvirtHandles.h"
#include "common/CoreTr.h"

namespace lunscope {

StorageCalls::StorageCalls(virConnectPtr connection, QString uri)
    : m_connection(connection), m_uri(std::move(uri))
{
}

Error StorageCalls::failure(const QString &whatFailed) const
{
    return libvirtError(lastLibvirtError(), whatFailed, m_uri);
}

virStoragePoolPtr StorageCalls::findPool(const QString &name, const QString &whatFailed, Error *error) const
{
    virStoragePoolPtr pool = virStoragePoolLookupByName(m_connection, name.toUtf8().constData());
    if (!pool)
        *error = failure(whatFailed);
    return pool;
}

Result<QString> StorageCalls::definePool(const QString &xml) const
{
    // No VIR_STORAGE_POOL_DEFINE_VALIDATE: daemons before libvirt 7.10 reject the flag, and
    // PoolXml validates against the schema before we get here.
    const StoragePoolHandle pool(virStoragePoolDefineXML(m_connection, xml.toUtf8().constData(), 0));
    if (!pool)
        return failure(CoreTr::tr("Could not define a storage pool on %1.").arg(m_uri));
    return QString::fromUtf8(virStoragePoolGetName(pool.get()));
}

Error StorageCalls::undefinePool(const QString &name) const
{
    const QString whatFailed = CoreTr::tr("Could not remove (undefine) storage pool “%1” on %2.").arg(name, m_uri);
    Error error;
    const StoragePoolHandle pool(findPool(name, whatFailed, &error));
    if (pool && virStoragePoolUndefine(pool.get()) < 0)
        error = failure(whatFailed);
    return error;
}

Error StorageCalls::startPool(const QString &name) const
{
    const QString whatFailed = CoreTr::tr("Could not start storage pool “%1” on %2.").arg(name, m_uri);
    Error error;
    const StoragePoolHandle pool(findPool(name, whatFailed, &error));
    if (pool && virStoragePoolCreate(pool.get(), 0) < 0)
        error = failure(whatFailed);
    return error;
}

Error StorageCalls::stopPool(const QString &name) const
{
    const QString whatFailed = CoreTr::tr("Could not stop storage pool “%1” on %2.").arg(name, m_uri);
    Error error;
    const StoragePoolHandle pool(findPool(name, whatFailed, &error));
    if (pool && virStoragePoolDestroy(pool.get()) < 0)
        error = failure(whatFailed);
    return error;
}

Error StorageCalls::refreshPool(const QString &name) const
{
    const QString whatFailed = CoreTr::tr("Could not refresh storage pool “%1” on %2.").arg(name, m_uri);
    Error error;
    const StoragePoolHandle pool(findPool(name, whatFailed, &error));
    if (pool && virStoragePoolRefresh(pool.get(), 0) < 0)
        error = failure(whatFailed);
    return error;
}

Error StorageCalls::setPoolAutostart(const QString &name, bool autostart) const
{
    const QString whatFailed = autostart
        ? CoreTr::tr("Could not turn on autostart of storage pool “%1” on %2.").arg(name, m_uri)
        : CoreTr::tr("Could not turn off autostart of storage pool “%1” on %2.").arg(name, m_uri);
    Error error;
    const StoragePoolHandle pool(findPool(name, whatFailed, &error));
    if (pool && virStoragePoolSetAutostart(pool.get(), autostart ? 1 : 0) < 0)
        error = failure(whatFailed);
    return error;
}

} // namespace lunscope
