#pragma once

#include <memory>
#include <vector>

namespace lunscope {

class TreeModel;

// One row of a TreeModel and the rows below it. The model owns the tree and is the only one that
// changes its shape (TreeModel's insert/remove/sync calls), so no row can appear or vanish without
// the begin/end notifications a view relies on. Subclasses hold the row's values; TypedTreeNode
// gives them typed access to their parent and children.
class TreeNode
{
public:
    TreeNode() = default;
    TreeNode(const TreeNode &) = delete;
    TreeNode &operator=(const TreeNode &) = delete;
    virtual ~TreeNode() = default;

    TreeNode *parentNode() const { return m_parent; }
    // Row among its siblings; kept up to date on every insert and removal, so parent() costs no
    // search however many siblings there are.
    int row() const { return m_row; }
    int childCount() const { return int(m_children.size()); }
    TreeNode *childAt(int row) const { return m_children.at(size_t(row)).get(); }
    const std::vector<std::unique_ptr<TreeNode>> &childNodes() const { return m_children; }

    // Depth below the model's invisible root: 0 for top-level rows, -1 for the root itself. The
    // levels of a tree are typed, so the level says which node type a row is.
    int level() const
    {
        int depth = -1;
        for (const TreeNode *node = m_parent; node; node = node->m_parent)
            ++depth;
        return depth;
    }

private:
    friend class TreeModel;

    TreeNode *m_parent = nullptr;
    int m_row = -1;
    std::vector<std::unique_ptr<TreeNode>> m_children;
};

} // namespace lunscope
