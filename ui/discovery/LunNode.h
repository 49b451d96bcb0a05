#pragma once

#include "common/LunInfo.h"
#include "widgets/TypedTreeNode.h"

namespace lunscope {

class TargetNode;

// A LUN row of the discovery tree (portal → target → LUN).
class LunNode : public TypedTreeNode<TargetNode>
{
public:
    explicit LunNode(LunInfo lunInfo) : info(std::move(lunInfo)) {}
    TargetNode *target() const { return parent(); }

    LunInfo info;
};

} // namespace lunscope
