#pragma once

#include "TreeNode.h"

#include <QAbstractItemModel>
#include <QList>

#include <algorithm>
#include <functional>
#include <ranges>

namespace lunscope {

// The tree plumbing our item models share: QModelIndex ↔ node, and every change to the tree's
// shape with the begin/end notifications views need. A QModelIndex's internal pointer is its
// TreeNode. Subclasses give the columns, data() and the typed nodes (TypedTreeNode), and change
// rows only through insertChild/removeChildren/syncChildren, so updates stay incremental: rows
// are inserted, removed or changed in place, never reset and never moved.
class TreeModel : public QAbstractItemModel
{
public:
    explicit TreeModel(QObject *parent = nullptr);
    ~TreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;

    // The index of `node`'s row in `column`; invalid for null and for the root.
    QModelIndex indexOf(const TreeNode *node, int column = 0) const;
    // The node of a valid index; null for an invalid one (the root is not a row).
    static TreeNode *node(const QModelIndex &index);
    TreeNode *root() const { return m_root.get(); }
    // The top-level rows as `Node` pointers.
    template <typename Node>
    auto topLevel() const
    {
        return m_root->childNodes()
               | std::views::transform([](const std::unique_ptr<TreeNode> &n) { return static_cast<Node *>(n.get()); });
    }

protected:
    // How syncChildren() matches a wanted list of values against the children of one node;
    // matches, create and update are required.
    template <typename Child, typename Value>
    struct SyncRules
    {
        // The child stands for this value (same key: name, LUN number…).
        std::function<bool(const Child &, const Value &)> matches;
        std::function<std::unique_ptr<Child>(const Value &)> create;
        // Copies the value into the child; true when the row shows something new.
        std::function<bool(Child &, const Value &)> update;
        // The children are kept sorted and `child` sorts before `value` (must agree with matches:
        // a value's match is found where it would be inserted); null: new rows are appended and
        // matches are looked for among all children.
        std::function<bool(const Child &, const Value &)> precedes;
        // Children without a wanted value go (a full listing), or stay (values added to the rest).
        bool removeMissing = true;
        // The last `keepLast` children are rows of another type kept after these (a group row):
        // never matched, updated, removed or passed.
        int keepLast = 0;
    };

    // Makes `parent`'s children follow `wanted`: rows for missing values inserted (in order when
    // `precedes` is given, appended otherwise), rows whose value changed updated in place, and
    // with removeMissing rows no value matches removed. Existing rows never move, so selections
    // and expanded rows survive; a value that matches a row inserted earlier in the same call
    // updates that row (duplicates in `wanted` make one row).
    template <typename Child, typename Value>
    void syncChildren(TreeNode *parent, const QList<Value> &wanted, const SyncRules<Child, Value> &rules)
    {
        if (rules.removeMissing) {
            // From the bottom, so the rows above keep their numbers.
            for (int row = parent->childCount() - 1 - rules.keepLast; row >= 0; --row) {
                const Child &child = *static_cast<const Child *>(parent->childAt(row));
                if (std::none_of(wanted.cbegin(), wanted.cend(), [&](const Value &v) { return rules.matches(child, v); }))
                    removeChildren(parent, row, 1);
            }
        }
        for (const Value &value : wanted) {
            const int row = rules.precedes ? sortedRow(parent, value, rules) : findRow(parent, value, rules);
            if (row < parent->childCount() - rules.keepLast && rules.matches(*static_cast<const Child *>(parent->childAt(row)), value)) {
                if (rules.update(*static_cast<Child *>(parent->childAt(row)), value))
                    nodeChanged(parent->childAt(row));
                continue;
            }
            insertChild(parent, row, rules.create(value));
        }
    }

    // Shape changes, each wrapped in its begin/end pair. `parent` may be root().
    void insertChild(TreeNode *parent, int row, std::unique_ptr<TreeNode> child);
    // Several rows in one notification (a batch that arrived together, e.g. discovered targets).
    void appendChildren(TreeNode *parent, std::vector<std::unique_ptr<TreeNode>> children);
    void removeChildren(TreeNode *parent, int first, int count);
    void removeAllChildren(TreeNode *parent);
    // dataChanged for every column of the node's row.
    void nodeChanged(const TreeNode *node);

private:
    // Where a value goes among sorted children (lower bound).
    template <typename Child, typename Value>
    static int sortedRow(const TreeNode *parent, const Value &value, const SyncRules<Child, Value> &rules)
    {
        const auto &children = parent->childNodes();
        const auto it = std::lower_bound(children.begin(), children.end() - rules.keepLast, value,
                                         [&](const std::unique_ptr<TreeNode> &child, const Value &v) {
                                             return rules.precedes(*static_cast<const Child *>(child.get()), v);
                                         });
        return int(it - children.begin());
    }
    // The row matching a value among unsorted children; the end of them (before the kept last
    // rows) when none does.
    template <typename Child, typename Value>
    static int findRow(const TreeNode *parent, const Value &value, const SyncRules<Child, Value> &rules)
    {
        const auto &children = parent->childNodes();
        const auto end = children.end() - rules.keepLast;
        const auto it = std::find_if(children.begin(), end, [&](const std::unique_ptr<TreeNode> &child) {
            return rules.matches(*static_cast<const Child *>(child.get()), value);
        });
        return int(it - children.begin());
    }
    static void renumber(TreeNode *parent, int from);

    std::unique_ptr<TreeNode> m_root;
};

} // namespace lunscope
