#pragma once

#include "DiscoveryItemState.h"
#include "TargetNode.h"
#include "common/Error.h"
#include "common/PortalAddress.h"
#include "widgets/TypedTreeNode.h"

#include <QHash>

#include <cstdint>

namespace lunscope {

// A portal row, the top level of the discovery tree; its targets below it in the order discovery
// reported them. The row may stand for an iSNS directory instead (address.isIsnsDirectory()).
class PortalNode : public TypedTreeNode<TreeNode, TargetNode>
{
public:
    explicit PortalNode(PortalAddress portalAddress) : address(std::move(portalAddress)) {}
    auto targets() const { return children(); }

    // Each disk once: a second path to a disk of this source (LunNode::repeatsInPortal) adds
    // nothing.
    std::uint64_t capacityBytes() const
    {
        std::uint64_t total = 0;
        for (const TargetNode *target : targets()) {
            for (const LunNode *lun : target->luns())
                total += lun->info.capacityKnown && !lun->repeatsInPortal ? lun->info.capacityBytes() : 0;
        }
        return total;
    }

    PortalAddress address;
    QString initiatorIqn;           // the IQN the scan presented
    DiscoveryItemState state = DiscoveryItemState::Running;
    Error error;
    int directoryEntities = 0;      // an iSNS directory: the entities (arrays) that registered targets
    QHash<QString, TargetNode *> targetsByIqn; // kept by DiscoveryModel with the rows
};

} // namespace lunscope
