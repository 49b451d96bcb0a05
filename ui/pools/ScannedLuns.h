#pragma once

#include "libvirt/LibvirtTypes.h"
#include "libvirt/PoolTargetKey.h"
#include "common/LunInfo.h"
#include "vm/LunUsageIndex.h"

#include <QList>

#include <optional>

namespace lunscope {

class DiscoveryModel;
class LunNode;

// What our scan found behind a pool's target: the LUNs of the discovery tree's target with the
// pool's IQN, once its probe has finished. When several portals lead to that target, the one the
// pool logs in through (same host and port) wins. No value: the tree has no finished scan of it.
std::optional<QList<LunInfo>> scannedLuns(const DiscoveryModel &model, const StoragePoolInfo &pool);

// Every target of the discovery tree where a pool would log in to it (the portal the scan logged
// in through, else its discovery portal), for the consistency matrix's rows; each once.
QList<PoolTargetKey> scannedTargets(const DiscoveryModel &model);

// Who uses a LUN of the discovery tree: the disks of `usage` that name its target through any of
// the portals it answers on (or its NAA designator, for /dev/disk/by-id paths).
QList<LunUsage> lunUsers(const LunUsageIndex &usage, const LunNode &lun);

} // namespace lunscope
