// PoolsModel: the tree's structure and how answers from libvirt update it in place.
// PoolsModelData.cpp says what each row shows and handles drops.
#include "PoolsModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

// Natural order ("pool-2" before "pool-10", "unit:0:0:2" before "unit:0:0:10"): runs of digits
// compare as numbers, everything else by code point. Our own, because QCollator's numeric mode
// depends on the locale backend (none in the C locale) and pool names are not prose.
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            const qsizetype startA = i;
            const qsizetype startB = j;
            while (i < a.size() && a.at(i).isDigit())
                ++i;
            while (j < b.size() && b.at(j).isDigit())
                ++j;
            // Without leading zeros, a longer run is a larger number.
            QStringView runA = QStringView(a).sliced(startA, i - startA);
            QStringView runB = QStringView(b).sliced(startB, j - startB);
            while (runA.size() > 1 && runA.front() == u'0')
                runA = runA.sliced(1);
            while (runB.size() > 1 && runB.front() == u'0')
                runB = runB.sliced(1);
            if (runA.size() != runB.size())
                return runA.size() < runB.size();
            if (const int order = runA.compare(runB); order != 0)
                return order < 0;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i) < b.at(j);
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j || (a.size() - i == b.size() - j && a < b);
}

template <typename Node>
auto findByName(std::vector<std::unique_ptr<Node>> &nodes, const QString &name)
{
    return std::find_if(nodes.begin(), nodes.end(), [&](const auto &node) { return node->info.name == name; });
}

template <typename Node>
int insertionRow(const std::vector<std::unique_ptr<Node>> &nodes, const QString &name)
{
    const auto it = std::lower_bound(nodes.begin(), nodes.end(), name,
                                     [](const auto &node, const QString &key) { return naturalLess(node->info.name, key); });
    return int(it - nodes.begin());
}

} // namespace

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

// --- feeding

void PoolsModel::addConnection(const QString &uri)
{
    if (findConnection(uri))
        return;
    const int row = int(m_connections.size());
    beginInsertRows({}, row, row);
    m_connections.push_back(std::make_unique<HypervisorNode>(uri));
    endInsertRows();
}

void PoolsModel::removeConnection(const QString &uri)
{
    const auto it = std::find_if(m_connections.begin(), m_connections.end(),
                                 [&](const auto &connection) { return connection->uri == uri; });
    if (it == m_connections.end())
        return;
    const int row = int(it - m_connections.begin());
    beginRemoveRows({}, row, row);
    m_connections.erase(it);
    endRemoveRows();
}

void PoolsModel::setConnectionState(const QString &uri, LibvirtConnection::State state, const Error &error)
{
    HypervisorNode *connection = findConnection(uri);
    if (!connection)
        return;
    if (state != LibvirtConnection::State::Open) {
        clearPools(connection);
        connection->listed = false;
        connection->listError = {};
    }
    if (state != LibvirtConnection::State::Open && state != LibvirtConnection::State::Opening)
        connection->support.reset();
    connection->state = state;
    connection->error = error;
    rowChanged(connection);
}

void PoolsModel::setSupport(const QString &uri, const IscsiDirectSupport &support)
{
    if (HypervisorNode *connection = findConnection(uri)) {
        connection->support = support;
        rowChanged(connection);
    }
}

void PoolsModel::setPools(const QString &uri, const QList<StoragePoolInfo> &pools)
{
    HypervisorNode *connection = findConnection(uri);
    if (!connection || connection->state != LibvirtConnection::State::Open)
        return;
    const QModelIndex parent = indexOf(connection);
    // Gone first, from the bottom, so the rows above keep their numbers.
    for (int row = int(connection->pools.size()) - 1; row >= 0; --row) {
        const QString &name = connection->pools[size_t(row)]->info.name;
        if (std::none_of(pools.cbegin(), pools.cend(), [&](const StoragePoolInfo &pool) { return pool.name == name; })) {
            beginRemoveRows(parent, row, row);
            connection->pools.erase(connection->pools.begin() + row);
            endRemoveRows();
        }
    }
    for (const StoragePoolInfo &info : pools) {
        const auto it = findByName(connection->pools, info.name);
        if (it == connection->pools.end()) {
            const int row = insertionRow(connection->pools, info.name);
            beginInsertRows(parent, row, row);
            connection->pools.insert(connection->pools.begin() + row, std::make_unique<PoolNode>(connection, info));
            endInsertRows();
            continue;
        }
        PoolNode *pool = it->get();
        if (pool->info == info)
            continue;
        const bool wasRunning = pool->info.state == PoolState::Running;
        pool->info = info;
        if (wasRunning && info.state != PoolState::Running)
            clearVolumes(pool); // a stopped pool has no volumes to show
        compare(pool);
        rowChanged(pool);
    }
    const bool firstListing = !connection->listed || connection->listError;
    connection->listed = true;
    connection->listError = {};
    if (firstListing)
        rowChanged(connection);
    else
        Q_EMIT dataChanged(indexOf(connection, StateColumn), indexOf(connection, StateColumn)); // the pool count
}

void PoolsModel::setPoolsError(const QString &uri, const Error &error)
{
    if (HypervisorNode *connection = findConnection(uri)) {
        connection->listError = error;
        rowChanged(connection);
    }
}

void PoolsModel::setVolumes(const QString &uri, const QString &poolName, const QList<StorageVolumeInfo> &volumes)
{
    PoolNode *pool = findPool(uri, poolName);
    if (!pool)
        return;
    const QModelIndex parent = indexOf(pool);
    for (int row = int(pool->volumes.size()) - 1; row >= 0; --row) {
        const QString &name = pool->volumes[size_t(row)]->info.name;
        if (std::none_of(volumes.cbegin(), volumes.cend(), [&](const StorageVolumeInfo &v) { return v.name == name; })) {
            beginRemoveRows(parent, row, row);
            pool->volumes.erase(pool->volumes.begin() + row);
            endRemoveRows();
        }
    }
    for (const StorageVolumeInfo &info : volumes) {
        const auto it = findByName(pool->volumes, info.name);
        if (it == pool->volumes.end()) {
            const int row = insertionRow(pool->volumes, info.name);
            beginInsertRows(parent, row, row);
            pool->volumes.insert(pool->volumes.begin() + row, std::make_unique<VolumeNode>(pool, info));
            endInsertRows();
        } else if ((*it)->info != info) {
            (*it)->info = info;
            rowChanged(it->get());
        }
    }
    pool->volumesListed = true;
    pool->volumesError = {};
    compare(pool);
    rowChanged(pool);
}

void PoolsModel::setVolumesError(const QString &uri, const QString &poolName, const Error &error)
{
    if (PoolNode *pool = findPool(uri, poolName)) {
        pool->volumesError = error;
        rowChanged(pool);
    }
}

void PoolsModel::setScanLookup(ScanLookup lookup)
{
    m_scanLookup = std::move(lookup);
    scanChanged();
}

void PoolsModel::scanChanged()
{
    for (const auto &connection : m_connections) {
        for (const auto &pool : connection->pools) {
            const std::optional<VolumeComparison> before = pool->comparison;
            compare(pool.get());
            if (pool->comparison.has_value() == before.has_value()
                && (!before || pool->comparison->entries == before->entries))
                continue;
            rowChanged(pool.get());
            for (const auto &volume : pool->volumes)
                rowChanged(volume.get());
        }
    }
}

void PoolsModel::compare(PoolNode *pool)
{
    pool->comparison.reset();
    if (!pool->isIscsiDirect() || pool->info.state != PoolState::Running || !pool->volumesListed || !m_scanLookup)
        return;
    const std::optional<QList<LunInfo>> luns = m_scanLookup(pool->info);
    if (!luns)
        return;
    QList<StorageVolumeInfo> volumes;
    for (const auto &volume : pool->volumes)
        volumes.append(volume->info);
    pool->comparison = VolumeComparison::compare(volumes, *luns);
}

void PoolsModel::clearPools(HypervisorNode *connection)
{
    if (connection->pools.empty())
        return;
    beginRemoveRows(indexOf(connection), 0, int(connection->pools.size()) - 1);
    connection->pools.clear();
    endRemoveRows();
}

void PoolsModel::clearVolumes(PoolNode *pool)
{
    pool->volumesListed = false;
    pool->volumesError = {};
    if (pool->volumes.empty())
        return;
    beginRemoveRows(indexOf(pool), 0, int(pool->volumes.size()) - 1);
    pool->volumes.clear();
    endRemoveRows();
}

void PoolsModel::rowChanged(const PoolsNode *n)
{
    Q_EMIT dataChanged(indexOf(n, 0), indexOf(n, ColumnCount - 1));
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
    const auto it = findByName(connection->pools, pool);
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
    const auto it = findByName(node->volumes, volume);
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
