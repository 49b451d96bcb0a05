#pragma once

#include "VolumeComparison.h"
#include "VolumeNode.h"
#include "common/Error.h"
#include "libvirt/LibvirtTypes.h"
#include "widgets/TypedTreeNode.h"

#include <optional>

namespace lunscope {

class HypervisorNode;

// A storage pool row of the pools tree; its volumes below it in LUN (natural name) order.
class PoolNode : public TypedTreeNode<HypervisorNode, VolumeNode>
{
public:
    explicit PoolNode(StoragePoolInfo pool) : info(std::move(pool)) {}
    HypervisorNode *connection() const { return parent(); }
    auto volumes() const { return children(); }

    bool isIscsiDirect() const { return info.type == u"iscsi-direct"; }

    StoragePoolInfo info;
    bool volumesListed = false;        // libvirt answered for the current run of the pool
    Error volumesError;
    // Set for an iscsi-direct pool whose volumes are listed and whose target our scan knows.
    std::optional<VolumeComparison> comparison;
};

} // namespace lunscope
