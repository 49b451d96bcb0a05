#include "TreeModel.h"

namespace lunscope {

TreeModel::TreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<TreeNode>()) {}

TreeModel::~TreeModel() = default;

TreeNode *TreeModel::node(const QModelIndex &index)
{
    return index.isValid() ? static_cast<TreeNode *>(index.internalPointer()) : nullptr;
}

QModelIndex TreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const TreeNode *parentNode = parent.isValid() ? node(parent) : m_root.get();
    return createIndex(row, column, parentNode->childAt(row));
}

QModelIndex TreeModel::parent(const QModelIndex &child) const
{
    const TreeNode *childNode = node(child);
    return childNode ? indexOf(childNode->parentNode()) : QModelIndex();
}

int TreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const TreeNode *parentNode = parent.isValid() ? node(parent) : m_root.get();
    return parentNode->childCount();
}

QModelIndex TreeModel::indexOf(const TreeNode *n, int column) const
{
    if (!n || n == m_root.get())
        return {};
    return createIndex(n->row(), column, n);
}

void TreeModel::insertChild(TreeNode *parent, int row, std::unique_ptr<TreeNode> child)
{
    beginInsertRows(indexOf(parent), row, row);
    child->m_parent = parent;
    parent->m_children.insert(parent->m_children.begin() + row, std::move(child));
    renumber(parent, row);
    endInsertRows();
}

void TreeModel::appendChildren(TreeNode *parent, std::vector<std::unique_ptr<TreeNode>> children)
{
    if (children.empty())
        return;
    const int first = parent->childCount();
    beginInsertRows(indexOf(parent), first, first + int(children.size()) - 1);
    for (std::unique_ptr<TreeNode> &child : children) {
        child->m_parent = parent;
        parent->m_children.push_back(std::move(child));
    }
    renumber(parent, first);
    endInsertRows();
}

void TreeModel::removeChildren(TreeNode *parent, int first, int count)
{
    if (count <= 0)
        return;
    beginRemoveRows(indexOf(parent), first, first + count - 1);
    parent->m_children.erase(parent->m_children.begin() + first, parent->m_children.begin() + first + count);
    renumber(parent, first);
    endRemoveRows();
}

void TreeModel::removeAllChildren(TreeNode *parent)
{
    removeChildren(parent, 0, parent->childCount());
}

void TreeModel::nodeChanged(const TreeNode *n)
{
    Q_EMIT dataChanged(indexOf(n, 0), indexOf(n, columnCount(indexOf(n).parent()) - 1));
}

void TreeModel::renumber(TreeNode *parent, int from)
{
    for (int row = from; row < parent->childCount(); ++row)
        parent->m_children[size_t(row)]->m_row = row;
}

} // namespace lunscope
