#pragma once

#include "LibvirtTypes.h"
#include "common/Error.h"

#include <libvirt/libvirt.h>

#include <optional>

namespace lunscope {

// The blocking storage pool calls of one connection. Runs on the connection's worker thread
// only: every failure reads libvirt's thread-local error right after the call that failed.
class StorageCalls
{
public:
    StorageCalls(virConnectPtr connection, QString uri);

    Result<QList<StoragePoolInfo>> listPools() const;
    // No pool of that name is a value (nullopt), not an error.
    Result<std::optional<StoragePoolInfo>> lookupPool(const QString &name) const;
    Result<QList<StorageVolumeInfo>> listVolumes(const QString &pool) const;
    // Answers the name of the defined pool.
    Result<QString> definePool(const QString &xml) const;
    Error undefinePool(const QString &name) const;
    Error startPool(const QString &name) const;
    Error stopPool(const QString &name) const;
    Error refreshPool(const QString &name) const;
    Error setPoolAutostart(const QString &name, bool autostart) const;
    Result<QString> poolXml(const QString &name, bool inactive) const;
    Result<IscsiDirectSupport> iscsiDirectSupport() const;

private:
    Error failure(const QString &whatFailed) const;
    // Looks the pool up and, if that fails, answers the error for `whatFailed`.
    virStoragePoolPtr findPool(const QString &name, const QString &whatFailed, Error *error) const;
    // Everything but the name and UUID needs a round trip, and the pool may be undefined by
    // someone else meanwhile: *vanished tells that case from a real failure.
    Result<StoragePoolInfo> describe(virStoragePoolPtr pool, bool *vanished) const;

    virConnectPtr m_connection;
    QString m_uri;
};

} // namespace lunscope
