#pragma once

// LUNs as a scan reports them, for the discovery model and pane tests: the fields every such LUN
// has; each test adds the vendor, serials, designators or limits it asserts on.

#include "common/LunInfo.h"
#include "common/PortalAddress.h"
#include "common/TargetInfo.h"

namespace lunscope::test {

inline TargetInfo targetAt(const PortalAddress &portal, const QString &iqn)
{
    return TargetInfo{iqn, {TargetPortal{portal, 1}}};
}

// A ready disk ("DISK-n") whose capacity is known: `bytes` in blocks of `blockSize`.
inline LunInfo diskLun(int number, quint64 bytes, std::uint32_t blockSize = 512)
{
    LunInfo lun;
    lun.lun = number;
    lun.deviceType = 0x00;
    lun.product = QStringLiteral("DISK-%1").arg(number);
    lun.blockSize = blockSize;
    lun.blockCount = bytes / blockSize;
    lun.capacityKnown = true;
    lun.ready = true;
    return lun;
}

// tgt's storage array controller at LUN 0: no capacity.
inline LunInfo controllerLun()
{
    LunInfo lun;
    lun.lun = 0;
    lun.deviceType = 0x0c;
    lun.ready = true;
    return lun;
}

} // namespace lunscope::test
