#pragma once

#include "common/ChapCredentials.h"
#include "common/Error.h"
#include "common/PortalAddress.h"
#include "scan/LunInfo.h"
#include "scan/TargetInfo.h"

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

namespace lunscope {

// The typed levels of the discovery tree: portal → target → LUN. A QModelIndex's internal
// pointer is the node itself; `kind` says which struct it is.
enum class NodeKind { Portal, Target, Lun };

// Where a portal or target stands. Drives the icon and the status column.
enum class ItemState {
    Waiting,    // target: discovered, not probed yet
    Running,    // portal: discovering or probing; target: being probed
    Done,
    Failed,     // error holds why
    Locked,     // needs (other) CHAP credentials: error holds the engine's message
    Cancelled,  // the user cancelled before it finished; what was found stays
};

struct PortalNode;
struct TargetNode;

struct DiscoveryNode
{
    explicit DiscoveryNode(NodeKind k) : kind(k) {}
    NodeKind kind;
};

struct LunNode : DiscoveryNode
{
    LunNode(TargetNode *parentTarget, LunInfo lunInfo)
        : DiscoveryNode(NodeKind::Lun), target(parentTarget), info(std::move(lunInfo)) {}
    TargetNode *target;
    LunInfo info;
};

struct TargetNode : DiscoveryNode
{
    TargetNode(PortalNode *parentPortal, int targetRow, TargetInfo targetInfo)
        : DiscoveryNode(NodeKind::Target), portal(parentPortal), row(targetRow), info(std::move(targetInfo)) {}
    PortalNode *portal;
    int row;                        // targets are only ever appended: the row never changes
    TargetInfo info;
    PortalAddress loggedInVia;      // where the probe logs in (loginPortal())
    QString chapUser;               // CHAP user the last probe presented (never the secret)
    ItemState state = ItemState::Waiting;
    Error error;
    std::vector<std::unique_ptr<LunNode>> luns; // sorted by LUN number

    std::uint64_t capacityBytes() const
    {
        std::uint64_t total = 0;
        for (const auto &lun : luns)
            total += lun->info.capacityKnown ? lun->info.capacityBytes() : 0;
        return total;
    }
};

struct PortalNode : DiscoveryNode
{
    explicit PortalNode(PortalAddress portalAddress)
        : DiscoveryNode(NodeKind::Portal), address(std::move(portalAddress)) {}
    PortalAddress address;
    QString initiatorIqn;           // the IQN the scan presented
    ItemState state = ItemState::Running;
    Error error;
    std::vector<std::unique_ptr<TargetNode>> targets;
    QHash<QString, TargetNode *> targetsByIqn;

    std::uint64_t capacityBytes() const
    {
        std::uint64_t total = 0;
        for (const auto &target : targets)
            total += target->capacityBytes();
        return total;
    }
};

// Where LUN `lun` is, or would go, in a target's sorted list.
inline auto lunPosition(std::vector<std::unique_ptr<LunNode>> &luns, int lun)
{
    return std::lower_bound(luns.begin(), luns.end(), lun,
                            [](const std::unique_ptr<LunNode> &node, int number) { return node->info.lun < number; });
}

} // namespace lunscope
