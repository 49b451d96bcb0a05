#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace lunscope {

// How the disk reaches the LUN.
enum class DiskSourceKind {
    Volume,   // <disk type='volume'>: a volume of an iscsi-direct pool; CHAP and initiator come from the pool
    Network,  // <disk type='network'><source protocol='iscsi'>: host, port, IQN/LUN, initiator, CHAP
};

// What the guest sees.
enum class DiskDevice {
    Disk,  // an emulated disk (virtio or scsi bus)
    Lun,   // SCSI pass-through of the LUN itself (scsi bus only): the guest sends SCSI commands
};

enum class DiskBus { Virtio, Scsi };

// One LUN (or pool volume) as a guest disk: what AttachDiskDialog edits and DiskXml writes. The
// CHAP password is never here: a network disk names a libvirt secret by its usage.
struct DiskDraft
{
    DiskSourceKind source = DiskSourceKind::Volume;
    // Volume form.
    QString pool;
    QString volume;            // unit:0:0:N
    // Network form.
    QString host;
    int port = 3260;
    QString targetIqn;
    int lun = 0;
    QString initiatorIqn;      // empty: QEMU's default initiator name
    QString chapUser;          // empty: no CHAP
    QString chapSecretUsage;   // the libvirt secret (usage type iscsi) that holds the password

    DiskDevice device = DiskDevice::Disk;
    DiskBus bus = DiskBus::Virtio;
    QString targetDev;                 // vdb, sdc…
    // <address type='drive' controller=N bus=0 target=0 unit=U>; none: libvirt picks. libvirt
    // does not fill in the unit of a half-given address: it takes unit 0 and refuses it when taken
    // ("Domain already contains a disk with that address"), so both go together.
    std::optional<int> scsiController;
    int scsiUnit = 0;
    bool readOnly = false;
    bool shareable = false;

    friend bool operator==(const DiskDraft &, const DiskDraft &) = default;
};

// "disk"/"lun", "virtio"/"scsi", "volume"/"network": libvirt's words, for XML and messages.
QString diskDeviceName(DiskDevice device);
QString diskBusName(DiskBus bus);
QString diskSourceName(DiskSourceKind source);

// The volume of an iscsi-direct pool that is the target's controller, not a disk: tgt (and most
// arrays) answer LUN 0 with a 0-byte storage controller, which libvirt lists as unit:0:0:0. Never
// offered for attach.
bool isControllerVolume(const QString &volumeName, quint64 capacityBytes);

} // namespace lunscope

Q_DECLARE_METATYPE(lunscope::DiskDraft)
