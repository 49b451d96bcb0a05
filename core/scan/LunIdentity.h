#pragma once

#include "common/LunInfo.h"

#include <QString>

namespace lunscope {

// What names one disk wherever it is seen: the designator of VPD page 0x83 that Linux builds a
// disk's WWID from (udev's scsi_id order, so that LunScope and multipath agree on "the same
// disk"): an NAA designator — IEEE Registered Extended (type 6) first, then Registered (5),
// Extended (2), Locally Assigned (3) —, else an EUI-64, else a T10 vendor ID; else the unit
// serial number of VPD page 0x80 prefixed with vendor and product, as scsi_id does, since a serial
// number is only unique within one vendor's product. Only designators of the logical unit
// itself count (a target port's identifier is the same for every LUN behind it). A LUN that
// reports none of these has no identity and is never grouped.
struct LunIdentity
{
    enum class Basis { None, Naa, Eui64, T10VendorId, UnitSerial };

    Basis basis = Basis::None;
    QString value;   // the designator's value; for UnitSerial "VENDOR PRODUCT SERIAL" (trimmed)

    static LunIdentity of(const LunInfo &lun);

    bool isValid() const { return basis != Basis::None; }
    // "naa:600…", "serial:LUNSCOPE DISK-A LSDISKA1": equal keys, equal identity
    QString key() const;
    QString basisName() const;  // "naa", "eui64", "t10", "serial" (stable, used in JSON)
    QString basisTitle() const; // "NAA", "EUI-64", "T10 vendor ID", "Unit serial number" (translated)

    friend bool operator==(const LunIdentity &, const LunIdentity &) = default;
};

} // namespace lunscope
