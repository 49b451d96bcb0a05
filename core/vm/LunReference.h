#pragma once

#include "DomainDisk.h"
#include "libvirt/LibvirtTypes.h"
#include "libvirt/PoolTargetKey.h"

#include <QList>

#include <optional>

namespace lunscope {

// The LUN a domain's disk (or a pool volume) stands for: a target (host, port, IQN, compared as
// PoolTargetKey compares them) and a LUN number, or — for /dev/disk/by-id/wwn-0x… and scsi-3…
// paths, which name no target — the LUN's NAA designator. Never a volume name alone:
// "unit:0:0:1" exists in every iscsi-direct pool, so a volume is resolved through its pool.
struct LunReference
{
    std::optional<PoolTargetKey> target;
    int lun = -1;
    QString naa; // lower-case hex, as LunInfo's NAA designator holds it

    // Which LUN `disk` names, with `pools` the storage pools of the disk's own host (a volume disk
    // names its pool by name). Nothing when it names no iSCSI LUN we can tell (a file pool's
    // volume, an unknown pool, a block device that is not an iSCSI path).
    static std::optional<LunReference> ofDisk(const DomainDisk &disk, const QList<StoragePoolInfo> &pools);
    // The LUN of volume `volume` of an iscsi or iscsi-direct pool.
    static std::optional<LunReference> ofVolume(const StoragePoolInfo &pool, const QString &volume);
    // A block device path: /dev/disk/by-path/ip-HOST:PORT-iscsi-IQN-lun-N (an IPv6 host in
    // brackets), /dev/disk/by-id/wwn-0xHEX or /dev/disk/by-id/scsi-3HEX.
    static std::optional<LunReference> ofDevicePath(const QString &path);
    // The LUN number in an iSCSI volume name "unit:0:0:N"; -1 when the name is not one.
    static int lunOfVolumeName(const QString &volume);
    // The target key of an iscsi or iscsi-direct pool (both name host, port and IQN the same way).
    static std::optional<PoolTargetKey> targetOfPool(const StoragePoolInfo &pool);

    friend bool operator==(const LunReference &, const LunReference &) = default;
};

} // namespace lunscope
