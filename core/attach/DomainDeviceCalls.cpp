#include "DomainDeviceCalls.h"

#include "common/CoreTr.h"
#include "libvirt/LibvirtErrors.h"
#include "libvirt/LibvirtHandles.h"

#include <libvirt/virterror.h>

namespace lunscope {

Error DomainDeviceCalls::failure(const QString &whatFailed) const
{
    return libvirtError(lastLibvirtError(), whatFailed);
}

Result<std::shared_ptr<virDomain>> DomainDeviceCalls::lookup(const QString &name) const
{
    virDomainPtr domain = virDomainLookupByName(m_connection, name.toUtf8().constData());
    if (!domain) {
        const LibvirtErrorInfo info = lastLibvirtError();
        if (info.code == VIR_ERR_NO_DOMAIN)
            return Error(ErrorKind::Libvirt,
                         CoreTr::tr("There is no VM named “%1” on %2 (any more): refresh the list.").arg(name, m_uri),
                         info.message);
        return libvirtError(info, CoreTr::tr("Could not find VM “%1” on %2.").arg(name, m_uri));
    }
    return std::shared_ptr<virDomain>(domain, DomainFree());
}

Result<bool> DomainDeviceCalls::isActive(virDomainPtr domain, const QString &name) const
{
    const int active = virDomainIsActive(domain);
    if (active < 0)
        return failure(CoreTr::tr("Could not tell whether VM “%1” on %2 runs.").arg(name, m_uri));
    return active == 1;
}

Result<QString> DomainDeviceCalls::xml(virDomainPtr domain, const QString &name, bool inactive) const
{
    const LibvirtString xml(virDomainGetXMLDesc(domain, inactive ? VIR_DOMAIN_XML_INACTIVE : 0));
    if (!xml)
        return failure(CoreTr::tr("Could not read the XML of VM “%1” on %2.").arg(name, m_uri));
    return QString::fromUtf8(xml.get());
}

Result<std::optional<bool>> DomainDeviceCalls::poolActive(const QString &pool) const
{
    const StoragePoolHandle handle(virStoragePoolLookupByName(m_connection, pool.toUtf8().constData()));
    if (!handle) {
        const LibvirtErrorInfo info = lastLibvirtError();
        if (info.code == VIR_ERR_NO_STORAGE_POOL)
            return std::optional<bool>();
        return libvirtError(info, CoreTr::tr("Could not find storage pool “%1” on %2.").arg(pool, m_uri));
    }
    const int active = virStoragePoolIsActive(handle.get());
    if (active < 0)
        return failure(CoreTr::tr("Could not tell whether storage pool “%1” on %2 runs.").arg(pool, m_uri));
    return std::optional<bool>(active == 1);
}

Error DomainDeviceCalls::startPool(const QString &pool) const
{
    const StoragePoolHandle handle(virStoragePoolLookupByName(m_connection, pool.toUtf8().constData()));
    if (!handle || virStoragePoolCreate(handle.get(), 0) < 0)
        return failure(CoreTr::tr("Could not start storage pool “%1” on %2.").arg(pool, m_uri));
    return {};
}

} // namespace lunscope
