#pragma once

#include "DiskDraft.h"
#include "common/Error.h"

#include <QList>
#include <QString>

namespace lunscope {

// A draft that libvirt would refuse, or that would not do what the user wants, field by field.
struct DiskProblem
{
    enum class Field { Pool, Volume, Host, Port, TargetIqn, Lun, Initiator, Chap, Device, TargetDev };
    Field field;
    QString message;
};

namespace DiskXml {

// The <disk> element libvirt's virDomainAttachDeviceFlags() takes, e.g.
//   <disk type='volume' device='disk'>
//     <driver name='qemu' type='raw'/>
//     <source pool='pd' volume='unit:0:0:1'/>
//     <target dev='vdb' bus='virtio'/>
//   </disk>
// or type='network' with <source protocol='iscsi' name='IQN/LUN'><host/><initiator/><auth/>.
// A SCSI controller, read-only and shareable are written when set.
QString write(const DiskDraft &draft);

// What write() produces, and what a user types in its place, back into a draft. InvalidInput with
// "line:column: " in front when the XML is not well-formed or is not an iSCSI <disk> of either
// form (a missing <target dev>, say).
Result<DiskDraft> read(const QString &xml);

// Empty when libvirt should accept the draft.
QList<DiskProblem> problems(const DiskDraft &draft);

} // namespace DiskXml

} // namespace lunscope
