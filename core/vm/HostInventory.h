#pragma once

#include "common/Error.h"
#include "libvirt/LibvirtTypes.h"

#include <QHash>
#include <QList>
#include <QString>

namespace lunscope {

// What one libvirt host has that concerns LUNs, read at one moment: its storage pools, the
// volumes of its running iSCSI pools, and its domains. HostInventoryJob collects it.
struct HostInventory
{
    QString uri;
    Error error;                                            // the host could not be read
    QList<StoragePoolInfo> pools;
    QHash<QString, QList<StorageVolumeInfo>> volumes;       // by pool name: running iSCSI pools
    QList<DomainInfo> domains;
};

} // namespace lunscope
