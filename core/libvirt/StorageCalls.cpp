#include "StorageCalls.h"

#include "LibvirtErrors.h"
#include "LibvirtHandles.h"
#include "LibvirtXmlReaders.h"
#include "common/CoreTr.h"

#include <libvirt/virterror.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace lunscope {

namespace {

PoolState poolState(int state)
{
    switch (state) {
    case VIR_STORAGE_POOL_INACTIVE: return PoolState::Inactive;
    case VIR_STORAGE_POOL_BUILDING: return PoolState::Building;
    case VIR_STORAGE_POOL_RUNNING: return PoolState::Running;
    case VIR_STORAGE_POOL_DEGRADED: return PoolState::Degraded;
    case VIR_STORAGE_POOL_INACCESSIBLE: return PoolState::Inaccessible;
    default: return PoolState::Unknown;
    }
}

VolumeType volumeType(int type)
{
    switch (type) {
    case VIR_STORAGE_VOL_FILE: return VolumeType::File;
    case VIR_STORAGE_VOL_BLOCK: return VolumeType::Block;
    case VIR_STORAGE_VOL_DIR: return VolumeType::Dir;
    case VIR_STORAGE_VOL_NETWORK: return VolumeType::Network;
    case VIR_STORAGE_VOL_NETDIR: return VolumeType::NetDir;
    case VIR_STORAGE_VOL_PLOOP: return VolumeType::Ploop;
    default: return VolumeType::Unknown;
    }
}

QString takeString(char *text)
{
    const LibvirtString owned(text);
    return owned ? QString::fromUtf8(owned.get()) : QString();
}

} // namespace

StorageCalls::StorageCalls(virConnectPtr connection, QString uri)
    : m_connection(connection), m_uri(std::move(uri))
{
}

Error StorageCalls::failure(const QString &whatFailed) const
{
    return libvirtError(lastLibvirtError(), whatFailed);
}

virStoragePoolPtr StorageCalls::findPool(const QString &name, const QString &whatFailed, Error *error) const
{
    virStoragePoolPtr pool = virStoragePoolLookupByName(m_connection, name.toUtf8().constData());
    if (!pool)
        *error = failure(whatFailed);
    return pool;
}

Result<StoragePoolInfo> StorageCalls::describe(virStoragePoolPtr pool, bool *vanished) const
{
    StoragePoolInfo info;
    info.name = QString::fromUtf8(virStoragePoolGetName(pool));
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virStoragePoolGetUUIDString(pool, uuid) == 0)
        info.uuid = QString::fromLatin1(uuid);
    const QString whatFailed = CoreTr::tr("Could not read storage pool “%1” on %2.").arg(info.name, m_uri);
    const auto failed = [&] {
        const LibvirtErrorInfo error = lastLibvirtError();
        *vanished = error.code == VIR_ERR_NO_STORAGE_POOL;
        return libvirtError(error, whatFailed);
    };

    virStoragePoolInfo state = {};
    if (virStoragePoolGetInfo(pool, &state) < 0)
        return failed();
    info.state = poolState(state.state);
    info.capacity = state.capacity;
    info.allocation = state.allocation;
    info.available = state.available;

    int autostart = 0;
    if (virStoragePoolGetAutostart(pool, &autostart) < 0)
        return failed();
    info.autostart = autostart != 0;
    const int persistent = virStoragePoolIsPersistent(pool);
    if (persistent < 0)
        return failed();
    info.persistent = persistent != 0;

    const LibvirtString xml(virStoragePoolGetXMLDesc(pool, 0));
    if (!xml)
        return failed();
    const PoolXmlSummary summary = summarizePoolXml(QString::fromUtf8(xml.get()));
    info.type = summary.type;
    info.sourceHost = summary.host;
    info.sourcePort = summary.port;
    info.sourceDevice = summary.device;
    info.initiatorIqn = summary.initiatorIqn;
    info.chapUser = summary.chapUser;
    info.chapSecretUsage = summary.chapSecretUsage;
    info.chapSecretUuid = summary.chapSecretUuid;
    return info;
}

Result<QList<StoragePoolInfo>> StorageCalls::listPools() const
{
    virStoragePoolPtr *array = nullptr;
    const int count = virConnectListAllStoragePools(m_connection, &array, 0);
    if (count < 0)
        return failure(CoreTr::tr("Could not list the storage pools of %1.").arg(m_uri));
    std::vector<StoragePoolHandle> pools;
    for (int i = 0; i < count; ++i)
        pools.emplace_back(array[i]);
    std::free(array);

    QList<StoragePoolInfo> infos;
    for (const StoragePoolHandle &pool : pools) {
        bool vanished = false;
        Result<StoragePoolInfo> info = describe(pool.get(), &vanished);
        if (info.ok())
            infos.append(std::move(info.value()));
        else if (!vanished) // undefined by someone else since the listing: not an error
            return info.error();
    }
    std::sort(infos.begin(), infos.end(),
              [](const StoragePoolInfo &a, const StoragePoolInfo &b) { return a.name < b.name; });
    return infos;
}

Result<std::optional<StoragePoolInfo>> StorageCalls::lookupPool(const QString &name) const
{
    const StoragePoolHandle pool(virStoragePoolLookupByName(m_connection, name.toUtf8().constData()));
    if (!pool) {
        const LibvirtErrorInfo error = lastLibvirtError();
        if (error.code == VIR_ERR_NO_STORAGE_POOL)
            return std::optional<StoragePoolInfo>();
        return libvirtError(error, CoreTr::tr("Could not look up storage pool “%1” on %2.").arg(name, m_uri));
    }
    bool vanished = false;
    Result<StoragePoolInfo> info = describe(pool.get(), &vanished);
    if (!info.ok())
        return vanished ? Result<std::optional<StoragePoolInfo>>(std::nullopt) : info.error();
    return std::optional<StoragePoolInfo>(std::move(info.value()));
}

Result<QList<StorageVolumeInfo>> StorageCalls::listVolumes(const QString &poolName) const
{
    const QString whatFailed = CoreTr::tr("Could not list the volumes of storage pool “%1” on %2.").arg(poolName, m_uri);
    Error error;
    const StoragePoolHandle pool(findPool(poolName, whatFailed, &error));
    if (!pool)
        return error;
    virStorageVolPtr *array = nullptr;
    const int count = virStoragePoolListAllVolumes(pool.get(), &array, 0);
    if (count < 0)
        return failure(whatFailed);
    std::vector<StorageVolHandle> volumes;
    for (int i = 0; i < count; ++i)
        volumes.emplace_back(array[i]);
    std::free(array);

    QList<StorageVolumeInfo> infos;
    for (const StorageVolHandle &volume : volumes) {
        StorageVolumeInfo info;
        info.name = QString::fromUtf8(virStorageVolGetName(volume.get()));
        info.key = QString::fromUtf8(virStorageVolGetKey(volume.get()));
        char *path = virStorageVolGetPath(volume.get());
        if (!path)
            return failure(whatFailed);
        info.path = takeString(path);
        virStorageVolInfo details = {};
        if (virStorageVolGetInfo(volume.get(), &details) < 0)
            return failure(whatFailed);
        info.type = volumeType(details.type);
        info.capacity = details.capacity;
        info.allocation = details.allocation;
        infos.append(info);
    }
    return infos;
}

Result<QString> StorageCalls::poolXml(const QString &name, bool inactive) const
{
    const QString whatFailed = CoreTr::tr("Could not read the XML of storage pool “%1” on %2.").arg(name, m_uri);
    Error error;
    const StoragePoolHandle pool(findPool(name, whatFailed, &error));
    if (!pool)
        return error;
    char *xml = virStoragePoolGetXMLDesc(pool.get(), inactive ? VIR_STORAGE_XML_INACTIVE : 0);
    if (!xml)
        return failure(whatFailed);
    return takeString(xml);
}

Result<IscsiDirectSupport> StorageCalls::iscsiDirectSupport() const
{
    char *xml = virConnectGetStoragePoolCapabilities(m_connection, 0);
    if (!xml) {
        const LibvirtErrorInfo info = lastLibvirtError();
        // libvirt's test driver, and daemons before 5.2, cannot answer this: not a failure.
        if (info.code == VIR_ERR_NO_SUPPORT) {
            return IscsiDirectSupport{
                IscsiDirectSupport::Status::Unknown,
                CoreTr::tr("The libvirt driver behind %1 cannot tell which storage pool types it "
                           "supports (libvirt's test driver, or libvirt older than 5.2).").arg(m_uri)};
        }
        return libvirtError(info, CoreTr::tr("Could not read the storage pool capabilities of %1.").arg(m_uri));
    }
    IscsiDirectSupport support;
    support.status = iscsiDirectStatus(takeString(xml));
    switch (support.status) {
    case IscsiDirectSupport::Status::Supported:
        break;
    case IscsiDirectSupport::Status::NotSupported:
        support.message = CoreTr::tr("libvirt at %1 has no iscsi-direct storage backend: install the Debian "
                                     "package libvirt-daemon-driver-storage-iscsi-direct on that host "
                                     "(other distributions: libvirt's iscsi-direct storage driver), then "
                                     "restart libvirtd or virtstoraged.").arg(m_uri);
        break;
    case IscsiDirectSupport::Status::Unknown:
        support.message = CoreTr::tr("libvirt at %1 answered storage pool capabilities LunScope cannot "
                                     "read.").arg(m_uri);
        break;
    }
    return support;
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
