#pragma once

#include "DiscoveryItemState.h"
#include "LunNode.h"
#include "common/Error.h"
#include "common/PortalAddress.h"
#include "common/TargetInfo.h"
#include "widgets/TypedTreeNode.h"

#include <cstdint>

namespace lunscope {

class PortalNode;

// A target row of the discovery tree; its LUNs below it, sorted by LUN number.
class TargetNode : public TypedTreeNode<PortalNode, LunNode>
{
public:
    explicit TargetNode(TargetInfo targetInfo) : info(std::move(targetInfo)) {}
    PortalNode *portal() const { return parent(); }
    auto luns() const { return children(); }

    std::uint64_t capacityBytes() const
    {
        std::uint64_t total = 0;
        for (const LunNode *lun : luns())
            total += lun->info.capacityKnown ? lun->info.capacityBytes() : 0;
        return total;
    }

    TargetInfo info;
    PortalAddress loggedInVia;      // where the probe logs in (loginPortal())
    QString chapUser;               // CHAP user the last probe presented (never the secret)
    DiscoveryItemState state = DiscoveryItemState::Waiting;
    Error error;
};

} // namespace lunscope
