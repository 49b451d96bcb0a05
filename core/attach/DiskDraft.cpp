#include "DiskDraft.h"

using namespace Qt::StringLiterals;

namespace lunscope {

QString diskDeviceName(DiskDevice device)
{
    return device == DiskDevice::Lun ? u"lun"_s : u"disk"_s;
}

QString diskBusName(DiskBus bus)
{
    return bus == DiskBus::Scsi ? u"scsi"_s : u"virtio"_s;
}

QString diskSourceName(DiskSourceKind source)
{
    return source == DiskSourceKind::Network ? u"network"_s : u"volume"_s;
}

bool isControllerVolume(const QString &volumeName, quint64 capacityBytes)
{
    // iscsi-direct names volumes unit:0:0:LUN.
    return capacityBytes == 0 && volumeName.section(u':', -1) == u"0"_s;
}

} // namespace lunscope
