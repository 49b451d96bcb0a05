#include "LunInfo.h"

#include "common/CoreTr.h"

using namespace Qt::StringLiterals;

namespace lunscope {

QString Designator::typeName() const
{
    switch (type) {
    case Type::VendorSpecific: return u"vendor"_s;
    case Type::T10VendorId: return u"t10"_s;
    case Type::Eui64: return u"eui64"_s;
    case Type::Naa: return u"naa"_s;
    case Type::RelativeTargetPort: return u"relativeTargetPort"_s;
    case Type::TargetPortGroup: return u"targetPortGroup"_s;
    case Type::LogicalUnitGroup: return u"logicalUnitGroup"_s;
    case Type::Md5LogicalUnitId: return u"md5"_s;
    case Type::ScsiNameString: return u"scsiName"_s;
    case Type::Other: break;
    }
    return u"other"_s;
}

QString Designator::typeTitle() const
{
    switch (type) {
    case Type::VendorSpecific: return CoreTr::tr("Vendor specific");
    case Type::T10VendorId: return CoreTr::tr("T10 vendor ID");
    case Type::Eui64: return CoreTr::tr("EUI-64");
    case Type::Naa: return CoreTr::tr("NAA");
    case Type::RelativeTargetPort: return CoreTr::tr("Relative target port");
    case Type::TargetPortGroup: return CoreTr::tr("Target port group");
    case Type::LogicalUnitGroup: return CoreTr::tr("Logical unit group");
    case Type::Md5LogicalUnitId: return CoreTr::tr("MD5 logical unit ID");
    case Type::ScsiNameString: return CoreTr::tr("SCSI name");
    case Type::Other: break;
    }
    return CoreTr::tr("Other");
}

QString Designator::associationName() const
{
    switch (association) {
    case Association::LogicalUnit: return u"lun"_s;
    case Association::TargetPort: return u"port"_s;
    case Association::TargetDevice: return u"target"_s;
    }
    return u"lun"_s;
}

bool LunInfo::isBlockDevice() const
{
    // SBC disk, CD/DVD (MMC), RBC, host-managed zoned (ZBC): READ CAPACITY applies.
    return deviceType == 0x00 || deviceType == 0x05 || deviceType == 0x07 || deviceType == 0x0e
           || deviceType == 0x14;
}

QString LunInfo::deviceTypeName(int type)
{
    switch (type) {
    case 0x00: return u"disk"_s;
    case 0x01: return u"tape"_s;
    case 0x02: return u"printer"_s;
    case 0x03: return u"processor"_s;
    case 0x04: return u"worm"_s;
    case 0x05: return u"cdrom"_s;
    case 0x06: return u"scanner"_s;
    case 0x07: return u"optical"_s;
    case 0x08: return u"changer"_s;
    case 0x09: return u"communications"_s;
    case 0x0c: return u"controller"_s;
    case 0x0d: return u"enclosure"_s;
    case 0x0e: return u"rbc"_s;
    case 0x11: return u"osd"_s;
    case 0x14: return u"zbc"_s;
    case 0x1e: return u"wellKnownLun"_s;
    default: return u"unknown"_s;
    }
}

QString LunInfo::deviceTypeTitle(int type)
{
    switch (type) {
    case 0x00: return CoreTr::tr("Disk");
    case 0x01: return CoreTr::tr("Tape");
    case 0x02: return CoreTr::tr("Printer");
    case 0x03: return CoreTr::tr("Processor");
    case 0x04: return CoreTr::tr("Write-once");
    case 0x05: return CoreTr::tr("CD/DVD");
    case 0x06: return CoreTr::tr("Scanner");
    case 0x07: return CoreTr::tr("Optical memory");
    case 0x08: return CoreTr::tr("Media changer");
    case 0x09: return CoreTr::tr("Communications");
    case 0x0c: return CoreTr::tr("Storage array controller");
    case 0x0d: return CoreTr::tr("Enclosure services");
    case 0x0e: return CoreTr::tr("Simplified disk (RBC)");
    case 0x11: return CoreTr::tr("Object storage");
    case 0x14: return CoreTr::tr("Zoned disk");
    case 0x1e: return CoreTr::tr("Well-known LUN");
    default: return CoreTr::tr("Unknown (type 0x%1)").arg(type, 2, 16, QLatin1Char('0'));
    }
}

} // namespace lunscope
