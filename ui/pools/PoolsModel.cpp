// PoolsModel: the tree's structure and reading it. PoolsModelFeed.cpp updates it in place from
// libvirt's answers, PoolsModelData.cpp says what each row shows, PoolsModelDrop.cpp takes drops.
#include "PoolsModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lunscope {

PoolsModel::PoolsModel(QObject *parent) : QAbstractItemModel(parent) {}

PoolsModel::~PoolsModel() = default;

PoolsNode *PoolsModel::node(const QModelIndex &index)
{
    return index.isValid() ? static_cast<PoolsNode *>(index.internalPointer()) : nullptr;
}

QModelIndex PoolsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const PoolsNode *p = node(parent);
    if (!p) {
        return row < int(m_connections.size()) ? createIndex(row, column, m_connections[size_t(row)].get())
                                               : QModelIndex();
    }
    if (p->kind == PoolsNodeKind::Connection) {
        const auto *connection = static_cast<const HypervisorNode *>(p);
        return row < int(connection->pools.size()) ? createIndex(row, column, connection->pools[size_t(row)].get())
                                                   : QModelIndex();
    }
    if (p->kind == PoolsNodeKind::Pool) {
        const auto *pool = static_cast<const PoolNode *>(p);
        return row < int(pool->volumes.size()) ? createIndex(row, column, pool->volumes[size_t(row)].get())
                                               : QModelIndex();
    }
    return {};
}

QModelIndex PoolsModel::indexOf(const PoolsNode *n, int column) const
{
    if (!n)
        return {};
    const auto rowIn = [](const auto &nodes, const PoolsNode *wanted) {
        const auto it = std::find_if(nodes.begin(), nodes.end(), [&](const auto &candidate) { return candidate.get() == wanted; });
        return int(it - nodes.begin());
    };
    switch (n->kind) {
    case PoolsNodeKind::Connection:
        return createIndex(rowIn(m_connections, n), column, const_cast<PoolsNode *>(n));
    case PoolsNodeKind::Pool:
        return createIndex(rowIn(static_cast<const PoolNode *>(n)->connection->pools, n), column,
                           const_cast<PoolsNode *>(n));
    case PoolsNodeKind::Volume:
        return createIndex(rowIn(static_cast<const VolumeNode *>(n)->pool->volumes, n), column,
                           const_cast<PoolsNode *>(n));
    }
    return {};
}

QModelIndex PoolsModel::parent(const QModelIndex &child) const
{
    const PoolsNode *n = node(child);
    if (!n || n->kind == PoolsNodeKind::Connection)
        return {};
    if (n->kind == PoolsNodeKind::Pool)
        return indexOf(static_cast<const PoolNode *>(n)->connection);
    return indexOf(static_cast<const VolumeNode *>(n)->pool);
}

int PoolsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const PoolsNode *p = node(parent);
    if (!p)
        return int(m_connections.size());
    if (p->kind == PoolsNodeKind::Connection)
        return int(static_cast<const HypervisorNode *>(p)->pools.size());
    if (p->kind == PoolsNodeKind::Pool)
        return int(static_cast<const PoolNode *>(p)->volumes.size());
    return 0;
}

int PoolsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

// --- reading

HypervisorNode *PoolsModel::findConnection(const QString &uri) const
{
    const auto it = std::find_if(m_connections.begin(), m_connections.end(),
                                 [&](const auto &connection) { return connection->uri == uri; });
    return it == m_connections.end() ? nullptr : it->get();
}

PoolNode *PoolsModel::findPool(const QString &uri, const QString &pool) const
{
    HypervisorNode *connection = findConnection(uri);
    if (!connection)
        return nullptr;
    const auto it = findPoolsNode(connection->pools, pool);
    return it == connection->pools.end() ? nullptr : it->get();
}

QModelIndex PoolsModel::connectionIndex(const QString &uri, int column) const
{
    return indexOf(findConnection(uri), column);
}

QModelIndex PoolsModel::poolIndex(const QString &uri, const QString &pool, int column) const
{
    return indexOf(findPool(uri, pool), column);
}

QModelIndex PoolsModel::volumeIndex(const QString &uri, const QString &pool, const QString &volume, int column) const
{
    PoolNode *node = findPool(uri, pool);
    if (!node)
        return {};
    const auto it = findPoolsNode(node->volumes, volume);
    return it == node->volumes.end() ? QModelIndex() : indexOf(it->get(), column);
}

PoolsNodeKind PoolsModel::kind(const QModelIndex &index)
{
    const PoolsNode *n = node(index);
    return n ? n->kind : PoolsNodeKind::Connection;
}

const HypervisorNode *PoolsModel::connectionNode(const QModelIndex &index) const
{
    const PoolsNode *n = node(index);
    if (!n)
        return nullptr;
    if (n->kind == PoolsNodeKind::Volume)
        n = static_cast<const VolumeNode *>(n)->pool;
    if (n->kind == PoolsNodeKind::Pool)
        n = static_cast<const PoolNode *>(n)->connection;
    return static_cast<const HypervisorNode *>(n);
}

const PoolNode *PoolsModel::poolNode(const QModelIndex &index) const
{
    const PoolsNode *n = node(index);
    if (!n || n->kind == PoolsNodeKind::Connection)
        return nullptr;
    if (n->kind == PoolsNodeKind::Volume)
        return static_cast<const VolumeNode *>(n)->pool;
    return static_cast<const PoolNode *>(n);
}

const VolumeNode *PoolsModel::volumeNode(const QModelIndex &index) const
{
    const PoolsNode *n = node(index);
    return n && n->kind == PoolsNodeKind::Volume ? static_cast<const VolumeNode *>(n) : nullptr;
}

QStringList PoolsModel::uris() const
{
    QStringList list;
    for (const auto &connection : m_connections)
        list.append(connection->uri);
    return list;
}

QStringList PoolsModel::poolNames(const QString &uri) const
{
    QStringList names;
    if (const HypervisorNode *connection = findConnection(uri)) {
        for (const auto &pool : connection->pools)
            names.append(pool->info.name);
    }
    return names;
}

} // namespace lunscope
