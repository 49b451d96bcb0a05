#pragma once

#include "common/TargetInfo.h"
#include "common/PortalAddress.h"

namespace lunscope {

// The portal to log in to `target` through: the discovery portal when the target lists it (it is
// known to be reachable), otherwise the first one the target advertises; the discovery portal
// again when the target advertises none. A target from an iSNS directory is only ever reached
// through its registered portals (the directory is no iSCSI portal): the first of them, or an
// invalid address when it has none. The scan, the discovery tree and a rescan of one target all
// need the same answer, so it lives here rather than in any one of them.
PortalAddress loginPortal(const TargetInfo &target, const PortalAddress &discoveryPortal);

} // namespace lunscope
