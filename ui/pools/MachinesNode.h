#pragma once

#include "MachineNode.h"
#include "widgets/TypedTreeNode.h"

namespace lunscope {

class HypervisorNode;

// The "Virtual machines" row of a connection, after its pools: present while the host has
// domains, with one MachineNode per domain in natural name order.
class MachinesNode : public TypedTreeNode<HypervisorNode, MachineNode>
{
public:
    HypervisorNode *connection() const { return parent(); }
    auto machines() const { return children(); }
};

} // namespace lunscope
