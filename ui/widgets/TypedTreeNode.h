#pragma once

#include "TreeNode.h"

#include <ranges>

namespace lunscope {

// A TreeNode whose parent and children have known types: the level above is a `Parent`, every
// child a `Child` (void for leaves). The casts are safe because each level of a tree holds one
// node type, and only TreeModel, given nodes of that type, adds children.
template <typename Parent, typename Child = void>
class TypedTreeNode : public TreeNode
{
public:
    Parent *parent() const { return static_cast<Parent *>(parentNode()); }
    Child *child(int row) const { return static_cast<Child *>(childAt(row)); }
    // The children as Child pointers, for range-for and the std algorithms.
    auto children() const
    {
        return childNodes()
               | std::views::transform([](const std::unique_ptr<TreeNode> &node) { return static_cast<Child *>(node.get()); });
    }
};

} // namespace lunscope
