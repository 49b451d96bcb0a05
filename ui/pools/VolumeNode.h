#pragma once

#include "libvirt/LibvirtTypes.h"
#include "widgets/TypedTreeNode.h"

namespace lunscope {

class PoolNode;

// A volume row of the pools tree (connection → pool → volume).
class VolumeNode : public TypedTreeNode<PoolNode>
{
public:
    explicit VolumeNode(StorageVolumeInfo volume) : info(std::move(volume)) {}
    PoolNode *pool() const { return parent(); }

    StorageVolumeInfo info;
};

} // namespace lunscope
