#pragma once

#include "MachinesNode.h"
#include "PoolNode.h"
#include "common/Error.h"
#include "libvirt/LibvirtConnection.h"
#include "libvirt/LibvirtTypes.h"
#include "widgets/TypedTreeNode.h"

#include <QString>

#include <optional>
#include <ranges>

namespace lunscope {

// A connection row (one hypervisor URI), the top level of the pools tree; its storage pools below
// it in natural name order and, last, the "Virtual machines" row when the host has domains.
class HypervisorNode : public TypedTreeNode<TreeNode, PoolNode>
{
public:
    explicit HypervisorNode(QString connectionUri) : uri(std::move(connectionUri)) {}
    // The pool rows only (the machines row, when there is one, is the last child).
    auto pools() const { return children() | std::views::take(poolCount()); }
    int poolCount() const { return childCount() - (machines ? 1 : 0); }

    QString uri;
    LibvirtConnection::State state = LibvirtConnection::State::Closed;
    Error error;                       // why the open failed or the connection was lost
    Error listError;                   // the last pool listing failed
    bool listed = false;               // pools listed since the connection opened
    std::optional<IscsiDirectSupport> support;
    MachinesNode *machines = nullptr; // the tree owns it; null while there is no domain
    QList<DomainInfo> domains;        // the last domain listing
    Error domainsError;               // the last domain listing failed
};

} // namespace lunscope
