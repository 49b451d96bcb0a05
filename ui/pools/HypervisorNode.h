#pragma once

#include "PoolNode.h"
#include "common/Error.h"
#include "libvirt/LibvirtConnection.h"
#include "libvirt/LibvirtTypes.h"
#include "widgets/TypedTreeNode.h"

#include <QString>

#include <optional>

namespace lunscope {

// A connection row (one hypervisor URI), the top level of the pools tree; its storage pools below
// it in natural name order.
class HypervisorNode : public TypedTreeNode<TreeNode, PoolNode>
{
public:
    explicit HypervisorNode(QString connectionUri) : uri(std::move(connectionUri)) {}
    auto pools() const { return children(); }

    QString uri;
    LibvirtConnection::State state = LibvirtConnection::State::Closed;
    Error error;                       // why the open failed or the connection was lost
    Error listError;                   // the last pool listing failed
    bool listed = false;               // pools listed since the connection opened
    std::optional<IscsiDirectSupport> support;
};

} // namespace lunscope
