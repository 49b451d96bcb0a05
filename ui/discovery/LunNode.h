#pragma once

#include "common/LunInfo.h"
#include "scan/LunIdentity.h"
#include "widgets/TypedTreeNode.h"

namespace lunscope {

class TargetNode;

// A LUN row of the discovery tree (portal → target → LUN).
class LunNode : public TypedTreeNode<TargetNode>
{
public:
    explicit LunNode(LunInfo lunInfo) : info(std::move(lunInfo)), identity(LunIdentity::of(info)) {}
    TargetNode *target() const { return parent(); }
    void setInfo(LunInfo lunInfo)
    {
        info = std::move(lunInfo);
        identity = LunIdentity::of(info);
    }

    LunInfo info;
    LunIdentity identity;      // of info, computed once
    // Kept by DiscoveryModel from IdentityGrouping over every source in the window:
    int identityGroup = -1;    // index into DiscoveryModel's identity groups; -1 when seen once
    int pathCount = 1;         // distinct paths to this LUN's identity (1: only this one)
    bool collision = false;    // the identity is claimed by LUNs that cannot be one disk
    bool repeatsInPortal = false; // another path of the same source counts this disk's capacity
};

} // namespace lunscope
