// PoolsModel: what each row shows.
#include "PoolsModel.h"

#include "widgets/Icons.h"
#include "widgets/SizeText.h"

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

QString poolStateTitle(PoolState state)
{
    switch (state) {
    case PoolState::Inactive: return PoolsModel::tr("Inactive");
    case PoolState::Building: return PoolsModel::tr("Building");
    case PoolState::Running: return PoolsModel::tr("Running");
    case PoolState::Degraded: return PoolsModel::tr("Degraded");
    case PoolState::Inaccessible: return PoolsModel::tr("Inaccessible");
    case PoolState::Unknown: break;
    }
    return PoolsModel::tr("Unknown");
}

Icons::Id poolIcon(PoolState state)
{
    switch (state) {
    case PoolState::Running: return Icons::Id::PoolActive;
    case PoolState::Inactive:
    case PoolState::Building: return Icons::Id::PoolInactive;
    case PoolState::Degraded:
    case PoolState::Inaccessible:
    case PoolState::Unknown: break;
    }
    return Icons::Id::PoolError;
}

QString connectionStateText(const HypervisorNode &connection)
{
    using State = LibvirtConnection::State;
    switch (connection.state) {
    case State::Opening: return PoolsModel::tr("Connecting…");
    case State::Lost: return PoolsModel::tr("Connection lost: %1").arg(connection.error.message());
    case State::Closed:
        return connection.error ? PoolsModel::tr("Could not connect: %1").arg(connection.error.message())
                                : PoolsModel::tr("Closed");
    case State::Open: break;
    }
    if (connection.listError)
        return PoolsModel::tr("Connected; listing the pools failed: %1").arg(connection.listError.message());
    QString text = connection.listed ? PoolsModel::tr("Connected: %n pool(s)", nullptr, int(connection.pools.size()))
                                     : PoolsModel::tr("Connected; listing pools…");
    if (connection.support && connection.support->status == IscsiDirectSupport::Status::NotSupported)
        text += PoolsModel::tr(" — iscsi-direct not supported here: install libvirt-daemon-driver-storage-iscsi-direct "
                               "on the hypervisor");
    return text;
}

QString scanText(const PoolNode &pool)
{
    if (!pool.isIscsiDirect())
        return {};
    if (pool.comparison)
        return pool.comparison->summary();
    if (pool.info.state != PoolState::Running)
        return PoolsModel::tr("Start the pool to compare it with the scan");
    if (pool.volumesError)
        return PoolsModel::tr("Could not list the volumes: %1").arg(pool.volumesError.message());
    if (!pool.volumesListed)
        return PoolsModel::tr("Listing volumes…");
    return PoolsModel::tr("Target not in the discovery tree: discover %1 to compare").arg(pool.info.sourceHost);
}

QString volumeScanText(const VolumeComparisonEntry &entry)
{
    switch (entry.match) {
    case VolumeMatch::Match: return PoolsModel::tr("Matches the scan");
    case VolumeMatch::KnownShortfall:
        return PoolsModel::tr("Known libvirt shortfall (one block); LUN %1: %2")
            .arg(entry.lun)
            .arg(SizeText::exact(entry.scanBytes));
    case VolumeMatch::SizeMismatch:
        return PoolsModel::tr("Size differs: the scan found %1").arg(SizeText::exact(entry.scanBytes));
    case VolumeMatch::MissingInScan: return PoolsModel::tr("Not in the scan");
    case VolumeMatch::MissingInLibvirt: break; // never a volume row
    }
    return {};
}

} // namespace

QVariant PoolsModel::data(const QModelIndex &index, int role) const
{
    const PoolsNode *n = node(index);
    if (!n)
        return {};
    if (role == KindRole)
        return int(n->kind);
    if (role == UriRole)
        return connectionNode(index)->uri;
    switch (n->kind) {
    case PoolsNodeKind::Connection: return connectionData(*static_cast<const HypervisorNode *>(n), index.column(), role);
    case PoolsNodeKind::Pool: return poolData(*static_cast<const PoolNode *>(n), index.column(), role);
    case PoolsNodeKind::Volume: return volumeData(*static_cast<const VolumeNode *>(n), index.column(), role);
    }
    return {};
}

QVariant PoolsModel::connectionData(const HypervisorNode &connection, int column, int role) const
{
    using State = LibvirtConnection::State;
    const bool failed = connection.state == State::Lost || (connection.state == State::Closed && connection.error);
    const Icons::Id icon = failed ? Icons::Id::Error : Icons::Id::Hypervisor;
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return connection.uri;
        if (column == StateColumn)
            return connectionStateText(connection);
        return {};
    case Qt::ToolTipRole: {
        QString tip = connection.uri + u'\n' + connectionStateText(connection);
        const Error &error = connection.error ? connection.error : connection.listError;
        if (!error.detail().isEmpty())
            tip += u'\n' + error.detail();
        if (connection.support && !connection.support->message.isEmpty())
            tip += u'\n' + connection.support->message;
        return tip;
    }
    case Qt::DecorationRole: return column == NameColumn ? QVariant(Icons::icon(icon)) : QVariant();
    case IconRole: return int(icon);
    case ConnectionStateRole: return int(connection.state);
    case ErrorMessageRole: return connection.error ? connection.error.message() : connection.listError.message();
    case ErrorDetailRole: return connection.error ? connection.error.detail() : connection.listError.detail();
    case MatchRole:
    case DifferencesRole: return -1;
    default: return {};
    }
}

QVariant PoolsModel::poolData(const PoolNode &pool, int column, int role) const
{
    const StoragePoolInfo &info = pool.info;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return info.name;
        case StateColumn:
            return info.persistent ? poolStateTitle(info.state) : tr("%1, transient").arg(poolStateTitle(info.state));
        case CapacityColumn:
            return info.capacity == 0 ? QString()
                                      : tr("%1 of %2").arg(SizeText::human(info.allocation), SizeText::human(info.capacity));
        case AutostartColumn: return info.autostart ? tr("Yes") : tr("No");
        case TypeColumn: return info.type;
        case ScanColumn: return scanText(pool);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (column == CapacityColumn)
            return tr("Allocated %1 of %2").arg(SizeText::humanAndExact(info.allocation), SizeText::humanAndExact(info.capacity));
        if (column == ScanColumn && pool.comparison && pool.comparison->differences() > 0)
            return pool.comparison->differenceList();
        if (column == NameColumn && !info.sourceDevice.isEmpty())
            return tr("%1\nTarget %2 at %3").arg(info.name, info.sourceDevice, info.sourceHost);
        return data(indexOf(&pool, column), Qt::DisplayRole);
    case Qt::DecorationRole:
        if (column == NameColumn)
            return Icons::icon(poolIcon(info.state));
        if (column == ScanColumn && pool.comparison && pool.comparison->differences() > 0)
            return Icons::icon(Icons::Id::Warning);
        return {};
    case IconRole: return int(poolIcon(info.state));
    case PoolNameRole: return info.name;
    case PoolStateRole: return int(info.state);
    case CapacityBytesRole: return qulonglong(info.capacity);
    case AllocationBytesRole: return qulonglong(info.allocation);
    case AutostartRole: return info.autostart;
    case MatchRole: return -1;
    case DifferencesRole: return pool.comparison ? pool.comparison->differences() : -1;
    case ErrorMessageRole: return pool.volumesError.message();
    case ErrorDetailRole: return pool.volumesError.detail();
    default: return {};
    }
}

QVariant PoolsModel::volumeData(const VolumeNode &volume, int column, int role) const
{
    const VolumeComparisonEntry *entry = volume.pool->comparison ? volume.pool->comparison->forVolume(volume.info.name)
                                                                 : nullptr;
    const Icons::Id icon = volume.info.capacity == 0 ? Icons::Id::LunController : Icons::Id::LunDisk;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return volume.info.name;
        case CapacityColumn: return SizeText::human(volume.info.capacity);
        case TypeColumn: return volumeTypeName(volume.info.type);
        case ScanColumn: return entry ? volumeScanText(*entry) : QVariant();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (column == CapacityColumn)
            return tr("libvirt: %1").arg(SizeText::humanAndExact(volume.info.capacity));
        if (column == ScanColumn && entry)
            return VolumeComparison::describe(*entry);
        if (column == NameColumn)
            return volume.info.path.isEmpty() ? volume.info.name : volume.info.name + u'\n' + volume.info.path;
        return {};
    case Qt::DecorationRole:
        if (column == NameColumn)
            return Icons::icon(icon);
        if (column == ScanColumn && entry && entry->match == VolumeMatch::SizeMismatch)
            return Icons::icon(Icons::Id::Warning);
        if (column == ScanColumn && entry && entry->match == VolumeMatch::KnownShortfall)
            return Icons::icon(Icons::Id::Information);
        return {};
    case IconRole: return int(icon);
    case PoolNameRole: return volume.pool->info.name;
    case VolumeNameRole: return volume.info.name;
    case CapacityBytesRole: return qulonglong(volume.info.capacity);
    case AllocationBytesRole: return qulonglong(volume.info.allocation);
    case MatchRole: return entry ? int(entry->match) : -1;
    case DifferencesRole: return -1;
    case ScanBytesRole: return entry ? QVariant(qulonglong(entry->scanBytes)) : QVariant();
    default: return {};
    }
}

QVariant PoolsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Hypervisor / Pool / Volume", "@title:column");
    case StateColumn: return tr("State", "@title:column");
    case CapacityColumn: return tr("Capacity", "@title:column");
    case AutostartColumn: return tr("Autostart", "@title:column");
    case TypeColumn: return tr("Type", "@title:column");
    case ScanColumn: return tr("Compared with the scan", "@title:column");
    default: return {};
    }
}

Qt::ItemFlags PoolsModel::flags(const QModelIndex &index) const
{
    const PoolsNode *n = node(index);
    if (!n)
        return Qt::ItemIsDropEnabled; // the empty area: the only open connection, if there is one
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (n->kind == PoolsNodeKind::Volume)
        flags |= Qt::ItemNeverHasChildren;
    else if (connectionNode(index)->state == LibvirtConnection::State::Open)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

} // namespace lunscope
