// PoolsModel: how answers from libvirt update the tree in place (rows inserted, removed or
// changed, never a reset), and the comparison of each pool with our scan.
#include "PoolsModel.h"

namespace lunscope {

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
        const auto it = findPoolsNode(connection->pools, info.name);
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
        const auto it = findPoolsNode(pool->volumes, info.name);
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

} // namespace lunscope
