#pragma once

#include <QString>

namespace lunscope {

// The three ways a domain's <disk> can name an iSCSI LUN (libvirt's disk types).
enum class DiskSource {
    Volume,  // <disk type='volume'><source pool='P' volume='unit:0:0:N'/>: through a storage pool
    Network, // <disk type='network'><source protocol='iscsi' name='IQN/N'><host …/>: QEMU's libiscsi
    Block,   // <disk type='block'><source dev='/dev/disk/by-path/…' or '/dev/disk/by-id/wwn-0x…'/>
};
// "volume", "network", "block": the JSON's "via".
QString diskSourceName(DiskSource source);

// One <disk> of a domain that may be an iSCSI LUN, as DomainDiskReader read it. Which LUN it is
// (if any) is LunReference's question: a volume disk needs its pool's XML to say.
struct DomainDisk
{
    DiskSource source = DiskSource::Block;
    QString device = QStringLiteral("disk"); // <disk device=…>: "disk", "lun" (SCSI pass-through), "cdrom"…
    QString targetDev;     // <target dev=…>: "vda", "sdb"
    QString bus;           // <target bus=…>: "virtio", "scsi", "sata"…
    bool readOnly = false; // <readonly/>
    bool shareable = false; // <shareable/>
    // Only in the configuration of a running domain (attached with --config): used from its next
    // start, not now.
    bool configOnly = false;

    QString pool;          // Volume
    QString volume;
    QString host;          // Network: the first <host>
    int port = 0;          // 0: absent (3260)
    QString name;          // Network: "IQN/N" as written
    QString path;          // Block: <source dev=…>

    friend bool operator==(const DomainDisk &, const DomainDisk &) = default;
};

} // namespace lunscope
