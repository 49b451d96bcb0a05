#pragma once

#include "libvirt/LibvirtTypes.h"
#include "widgets/TypedTreeNode.h"

namespace lunscope {

class MachinesNode;

// A virtual machine (libvirt domain) row of the pools tree: connection → "Virtual machines" →
// machine. Its iSCSI disks are read from `info` by the model's LunUsageIndex.
class MachineNode : public TypedTreeNode<MachinesNode>
{
public:
    explicit MachineNode(DomainInfo domain) : info(std::move(domain)) {}
    MachinesNode *group() const { return parent(); }

    DomainInfo info;
};

} // namespace lunscope
