#pragma once

#include "widgets/NaturalOrder.h"
#include "VolumeComparison.h"
#include "common/Error.h"
#include "libvirt/LibvirtConnection.h"
#include "libvirt/LibvirtTypes.h"

#include <QString>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace lunscope {

// The typed levels of the pools tree: connection (one hypervisor URI) → storage pool → volume.
// A QModelIndex's internal pointer is the node; `kind` says which struct it is.
enum class PoolsNodeKind { Connection, Pool, Volume };

struct PoolsNode
{
    explicit PoolsNode(PoolsNodeKind k) : kind(k) {}
    PoolsNodeKind kind;
};

struct HypervisorNode;
struct PoolNode;

struct VolumeNode : PoolsNode
{
    VolumeNode(PoolNode *parentPool, StorageVolumeInfo volume)
        : PoolsNode(PoolsNodeKind::Volume), pool(parentPool), info(std::move(volume)) {}
    PoolNode *pool;
    StorageVolumeInfo info;
};

struct PoolNode : PoolsNode
{
    PoolNode(HypervisorNode *parentConnection, StoragePoolInfo pool)
        : PoolsNode(PoolsNodeKind::Pool), connection(parentConnection), info(std::move(pool)) {}
    HypervisorNode *connection;
    StoragePoolInfo info;
    std::vector<std::unique_ptr<VolumeNode>> volumes; // in LUN (natural name) order
    bool volumesListed = false;        // libvirt answered for the current run of the pool
    Error volumesError;
    // Set for an iscsi-direct pool whose volumes are listed and whose target our scan knows.
    std::optional<VolumeComparison> comparison;

    bool isIscsiDirect() const { return info.type == u"iscsi-direct"; }
};

struct HypervisorNode : PoolsNode
{
    explicit HypervisorNode(QString connectionUri) : PoolsNode(PoolsNodeKind::Connection), uri(std::move(connectionUri)) {}
    QString uri;
    LibvirtConnection::State state = LibvirtConnection::State::Closed;
    Error error;                       // why the open failed or the connection was lost
    Error listError;                   // the last pool listing failed
    bool listed = false;               // pools listed since the connection opened
    std::optional<IscsiDirectSupport> support;
    std::vector<std::unique_ptr<PoolNode>> pools; // in natural name order
};

// The node named `name` among pools or volumes (names are unique at each level).
template <typename Node>
auto findPoolsNode(std::vector<std::unique_ptr<Node>> &nodes, const QString &name)
{
    return std::find_if(nodes.begin(), nodes.end(), [&](const auto &node) { return node->info.name == name; });
}

// Where a node named `name` goes among nodes kept in natural order.
template <typename Node>
int insertionRow(const std::vector<std::unique_ptr<Node>> &nodes, const QString &name)
{
    const auto it = std::lower_bound(nodes.begin(), nodes.end(), name,
                                     [](const auto &node, const QString &key) { return naturalLess(node->info.name, key); });
    return int(it - nodes.begin());
}

} // namespace lunscope
