// PoolsModel: the rows of the pools tree (connection → pool → volume), what they show, drops of
// discovered targets (application/x-lunscope-target), and how libvirt's answers update the tree in
// place (rows inserted, removed or changed through TreeModel, never a reset) with the comparison
// of each pool with our scan.
#include "PoolsModel.h"

#include "vm/LunReference.h"
#include "widgets/Icons.h"
#include "widgets/NaturalOrder.h"
#include "widgets/SizeText.h"

#include <QMimeData>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

PoolsNodeKind kindOf(const TreeNode *node)
{
    // Pools and the machines row share a level, so do volumes and machines.
    switch (node->level()) {
    case 0: return PoolsNodeKind::Connection;
    case 1: return dynamic_cast<const MachinesNode *>(node) ? PoolsNodeKind::Machines : PoolsNodeKind::Pool;
    default: break;
    }
    return dynamic_cast<const MachineNode *>(node) ? PoolsNodeKind::Machine : PoolsNodeKind::Volume;
}

// Usage arrives in bursts (a hundred hosts list their domains after a start): one repaint of the
// Used by columns per burst.
constexpr int UsageChangedDelayMs = 100;

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
    QString text = connection.listed ? PoolsModel::tr("Connected: %n pool(s)", nullptr, connection.poolCount())
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

PoolsModel::PoolsModel(QObject *parent) : TreeModel(parent)
{
    m_usageTimer.setObjectName(u"poolsUsageTimer"_s); // names it in traces (bench --trace)
    m_usageTimer.setSingleShot(true);
    m_usageTimer.setInterval(UsageChangedDelayMs);
    connect(&m_usageTimer, &QTimer::timeout, this, &PoolsModel::emitUsageChanged);
}

PoolsModel::~PoolsModel() = default;

int PoolsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

// --- reading

HypervisorNode *PoolsModel::findConnection(const QString &uri) const
{
    return m_connectionsByUri.value(uri);
}

PoolNode *PoolsModel::findPool(const QString &uri, const QString &pool) const
{
    if (const HypervisorNode *connection = findConnection(uri)) {
        for (PoolNode *node : connection->pools()) {
            if (node->info.name == pool)
                return node;
        }
    }
    return nullptr;
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
    if (const PoolNode *node = findPool(uri, pool)) {
        for (const VolumeNode *candidate : node->volumes()) {
            if (candidate->info.name == volume)
                return indexOf(candidate, column);
        }
    }
    return {};
}

PoolsNodeKind PoolsModel::kind(const QModelIndex &index)
{
    const TreeNode *n = node(index);
    return n ? kindOf(n) : PoolsNodeKind::Connection;
}

const HypervisorNode *PoolsModel::connectionNode(const QModelIndex &index) const
{
    const TreeNode *n = node(index);
    if (!n)
        return nullptr;
    switch (kindOf(n)) {
    case PoolsNodeKind::Volume: return static_cast<const VolumeNode *>(n)->pool()->connection();
    case PoolsNodeKind::Pool: return static_cast<const PoolNode *>(n)->connection();
    case PoolsNodeKind::Machine: return static_cast<const MachineNode *>(n)->group()->connection();
    case PoolsNodeKind::Machines: return static_cast<const MachinesNode *>(n)->connection();
    case PoolsNodeKind::Connection: break;
    }
    return static_cast<const HypervisorNode *>(n);
}

const PoolNode *PoolsModel::poolNode(const QModelIndex &index) const
{
    const TreeNode *n = node(index);
    if (!n || kindOf(n) == PoolsNodeKind::Connection || kindOf(n) == PoolsNodeKind::Machines
        || kindOf(n) == PoolsNodeKind::Machine)
        return nullptr;
    if (kindOf(n) == PoolsNodeKind::Volume)
        return static_cast<const VolumeNode *>(n)->pool();
    return static_cast<const PoolNode *>(n);
}

const VolumeNode *PoolsModel::volumeNode(const QModelIndex &index) const
{
    const TreeNode *n = node(index);
    return n && kindOf(n) == PoolsNodeKind::Volume ? static_cast<const VolumeNode *>(n) : nullptr;
}

const MachineNode *PoolsModel::machineNode(const QModelIndex &index) const
{
    const TreeNode *n = node(index);
    return n && kindOf(n) == PoolsNodeKind::Machine ? static_cast<const MachineNode *>(n) : nullptr;
}

QModelIndex PoolsModel::machinesIndex(const QString &uri, int column) const
{
    const HypervisorNode *connection = findConnection(uri);
    return connection ? indexOf(connection->machines, column) : QModelIndex();
}

QModelIndex PoolsModel::machineIndex(const QString &uri, const QString &domain, int column) const
{
    if (const HypervisorNode *connection = findConnection(uri); connection && connection->machines) {
        for (const MachineNode *machine : connection->machines->machines()) {
            if (machine->info.name == domain)
                return indexOf(machine, column);
        }
    }
    return {};
}

std::optional<QList<LunInfo>> PoolsModel::scannedLuns(const StoragePoolInfo &pool) const
{
    return m_scanLookup ? m_scanLookup(pool) : std::nullopt;
}

QList<LunUsage> PoolsModel::usersOfVolume(const VolumeNode &volume) const
{
    const std::optional<LunReference> lun = LunReference::ofVolume(volume.pool()->info, volume.info.name);
    return lun ? m_usage.usersOf(*lun->target, lun->lun) : QList<LunUsage>();
}

QList<LunUsage> PoolsModel::usersOfPool(const PoolNode &pool) const
{
    return m_usage.usersOfPool(pool.connection()->uri, pool.info.name);
}

QList<const HypervisorNode *> PoolsModel::connections() const
{
    QList<const HypervisorNode *> list;
    for (const HypervisorNode *connection : topLevel<HypervisorNode>())
        list.append(connection);
    return list;
}

QStringList PoolsModel::uris() const
{
    QStringList list;
    for (const HypervisorNode *connection : topLevel<HypervisorNode>())
        list.append(connection->uri);
    return list;
}

QStringList PoolsModel::poolNames(const QString &uri) const
{
    QStringList names;
    if (const HypervisorNode *connection = findConnection(uri)) {
        for (const PoolNode *pool : connection->pools())
            names.append(pool->info.name);
    }
    return names;
}

// --- what the rows show

QVariant PoolsModel::data(const QModelIndex &index, int role) const
{
    const TreeNode *n = node(index);
    if (!n)
        return {};
    if (role == KindRole)
        return int(kindOf(n));
    if (role == UriRole)
        return connectionNode(index)->uri;
    switch (kindOf(n)) {
    case PoolsNodeKind::Connection: return connectionData(*static_cast<const HypervisorNode *>(n), index.column(), role);
    case PoolsNodeKind::Pool: return poolData(*static_cast<const PoolNode *>(n), index.column(), role);
    case PoolsNodeKind::Volume: return volumeData(*static_cast<const VolumeNode *>(n), index.column(), role);
    case PoolsNodeKind::Machines: return machinesData(*static_cast<const MachinesNode *>(n), index.column(), role);
    case PoolsNodeKind::Machine: return machineData(*static_cast<const MachineNode *>(n), index.column(), role);
    }
    return {};
}

QVariant PoolsModel::usedByData(const QList<LunUsage> &users, int role) const
{
    QStringList domains;
    for (const LunUsage &usage : users) {
        const QString key = usage.uri + u'\n' + usage.domain;
        if (!domains.contains(key))
            domains.append(key);
    }
    const bool risk = isSharingRisk(users);
    switch (role) {
    case Qt::DisplayRole:
        return users.isEmpty() ? QString() : tr("%n VM(s)", nullptr, int(domains.size()));
    case Qt::ToolTipRole: {
        if (users.isEmpty())
            return tr("No virtual machine on the open connections uses it.");
        QStringList lines;
        for (const LunUsage &usage : users) {
            QString line = tr("%1 on %2: %3 (%4 bus, device %5)")
                               .arg(usage.domain, usage.uri, usage.disk.targetDev, usage.disk.bus, usage.disk.device);
            if (!usage.active)
                line += tr(", not running");
            if (usage.disk.shareable)
                line += tr(", shareable");
            if (usage.disk.readOnly)
                line += tr(", read-only");
            lines.append(line);
        }
        if (risk)
            lines.prepend(tr("Risk: more than one disk writes this LUN and not all are marked shareable; "
                             "their file systems will corrupt each other."));
        return lines.join(u'\n');
    }
    case Qt::DecorationRole: return risk ? QVariant(Icons::icon(Icons::Id::Warning)) : QVariant();
    case UsedByCountRole: return int(users.size());
    case SharingRiskRole: return risk;
    default: return {};
    }
}

QVariant PoolsModel::machinesData(const MachinesNode &machines, int column, int role) const
{
    int running = 0;
    for (const MachineNode *machine : machines.machines())
        running += machine->info.active ? 1 : 0;
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return tr("Virtual machines");
        if (column == StateColumn)
            return tr("%n defined, %1 running", nullptr, machines.childCount()).arg(running);
        return {};
    case Qt::DecorationRole: return column == NameColumn ? QVariant(Icons::icon(Icons::Id::Hypervisor)) : QVariant();
    case IconRole: return int(Icons::Id::Hypervisor);
    case MatchRole:
    case DifferencesRole: return -1;
    default: return {};
    }
}

QVariant PoolsModel::machineData(const MachineNode &machine, int column, int role) const
{
    const DomainInfo &info = machine.info;
    const QList<LunUsage> disks = m_usage.disksOf(machine.group()->connection()->uri, info.name);
    const Icons::Id icon = info.active ? Icons::Id::PoolActive : Icons::Id::PoolInactive;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return info.name;
        case StateColumn:
            return info.persistent ? (info.active ? tr("Running") : tr("Shut off"))
                                   : tr("%1, transient").arg(info.active ? tr("Running") : tr("Shut off"));
        case UsedByColumn: return disks.isEmpty() ? QString() : tr("%n iSCSI disk(s)", nullptr, int(disks.size()));
        default: return {};
        }
    case Qt::ToolTipRole: {
        if (column != UsedByColumn && column != NameColumn)
            return {};
        QStringList lines{info.name};
        for (const LunUsage &usage : disks) {
            const DomainDisk &disk = usage.disk;
            const QString source = disk.source == DiskSource::Volume ? tr("volume %1 of pool %2").arg(disk.volume, disk.pool)
                                   : disk.source == DiskSource::Network ? tr("iSCSI %1 at %2").arg(disk.name, disk.host)
                                                                        : disk.path;
            lines.append(tr("%1 (%2, %3): %4").arg(disk.targetDev, disk.bus, disk.device, source)
                         + (disk.configOnly ? tr(" — from the next start") : QString()));
        }
        return lines.join(u'\n');
    }
    case Qt::DecorationRole: return column == NameColumn ? QVariant(Icons::icon(icon)) : QVariant();
    case IconRole: return int(icon);
    case DomainNameRole: return info.name;
    case DomainActiveRole: return info.active;
    case UsedByCountRole: return int(disks.size());
    case MatchRole:
    case DifferencesRole: return -1;
    default: return {};
    }
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
            if (info.capacity == 0)
                return QString();
            // A pool that is not running reports no allocation: unknown, not "0 bytes of …".
            if (info.state != PoolState::Running)
                return tr("%1, not running").arg(SizeText::human(info.capacity));
            return tr("%1 of %2").arg(SizeText::human(info.allocation), SizeText::human(info.capacity));
        case AutostartColumn: return info.autostart ? tr("Yes") : tr("No");
        case TypeColumn: return info.type;
        case ScanColumn: return scanText(pool);
        case UsedByColumn: return usedByData(usersOfPool(pool), role);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (column == UsedByColumn)
            return usedByData(usersOfPool(pool), role);
        if (column == CapacityColumn && info.state != PoolState::Running)
            return tr("Capacity %1 when it last ran; start the pool to see what is allocated.")
                .arg(SizeText::humanAndExact(info.capacity));
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
    case UsedByCountRole: return int(usersOfPool(pool).size());
    default: return {};
    }
}

QVariant PoolsModel::volumeData(const VolumeNode &volume, int column, int role) const
{
    const VolumeComparisonEntry *entry = volume.pool()->comparison ? volume.pool()->comparison->forVolume(volume.info.name)
                                                                 : nullptr;
    // iscsi-direct lists the target's controller (LUN 0 of a tgt target, no medium) as a 0-byte
    // volume: labelled as what it is, and never offered to a VM.
    const bool controller = volume.info.capacity == 0 && LunReference::lunOfVolumeName(volume.info.name) == 0;
    const Icons::Id icon = volume.info.capacity == 0 ? Icons::Id::LunController : Icons::Id::LunDisk;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return volume.info.name;
        case CapacityColumn: return SizeText::human(volume.info.capacity);
        case TypeColumn: return controller ? tr("controller") : volumeTypeName(volume.info.type);
        case ScanColumn: return entry ? volumeScanText(*entry) : QVariant();
        case UsedByColumn: return usedByData(usersOfVolume(volume), role);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (column == CapacityColumn)
            return tr("libvirt: %1").arg(SizeText::humanAndExact(volume.info.capacity));
        if (column == ScanColumn && entry)
            return VolumeComparison::describe(*entry);
        if (column == UsedByColumn)
            return usedByData(usersOfVolume(volume), role);
        if (column == NameColumn && controller)
            return tr("%1\nThe target's controller (LUN 0): no storage, not for a virtual machine.").arg(volume.info.name);
        if (column == NameColumn)
            return volume.info.path.isEmpty() ? volume.info.name : volume.info.name + u'\n' + volume.info.path;
        if (column == TypeColumn && controller)
            return tr("The target's controller (LUN 0): no storage, not for a virtual machine.");
        return {};
    case Qt::DecorationRole:
        if (column == NameColumn)
            return Icons::icon(icon);
        if (column == ScanColumn && entry && entry->match == VolumeMatch::SizeMismatch)
            return Icons::icon(Icons::Id::Warning);
        if (column == ScanColumn && entry && entry->match == VolumeMatch::KnownShortfall)
            return Icons::icon(Icons::Id::Information);
        if (column == UsedByColumn)
            return usedByData(usersOfVolume(volume), role);
        return {};
    case IconRole: return int(icon);
    case PoolNameRole: return volume.pool()->info.name;
    case VolumeNameRole: return volume.info.name;
    case CapacityBytesRole: return qulonglong(volume.info.capacity);
    case AllocationBytesRole: return qulonglong(volume.info.allocation);
    case MatchRole: return entry ? int(entry->match) : -1;
    case DifferencesRole: return -1;
    case ScanBytesRole: return entry ? QVariant(qulonglong(entry->scanBytes)) : QVariant();
    case UsedByCountRole: return int(usersOfVolume(volume).size());
    case SharingRiskRole: return isSharingRisk(usersOfVolume(volume));
    case AttachableRole: return !controller;
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
    case UsedByColumn: return tr("Used by", "@title:column");
    default: return {};
    }
}

Qt::ItemFlags PoolsModel::flags(const QModelIndex &index) const
{
    const TreeNode *n = node(index);
    if (!n)
        return Qt::ItemIsDropEnabled; // the empty area: the only open connection, if there is one
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (kindOf(n) == PoolsNodeKind::Volume || kindOf(n) == PoolsNodeKind::Machine)
        flags |= Qt::ItemNeverHasChildren;
    if (kindOf(n) == PoolsNodeKind::Machines)
        return flags; // a target dropped here is no pool to define
    if (connectionNode(index)->state == LibvirtConnection::State::Open)
        flags |= Qt::ItemIsDropEnabled; // on a VM row only a LUN (canDropMimeData): attach it
    return flags;
}

// --- drops of discovered targets. The payload is checked like any input
// (TargetDragData::fromMimeData); a drop lands on the connection of the row it is on, or on the
// only open connection when it is not on a row.

QStringList PoolsModel::mimeTypes() const
{
    return {QString::fromLatin1(TargetDragData::MimeType)};
}

Qt::DropActions PoolsModel::supportedDropActions() const
{
    return Qt::CopyAction; // the discovery tree keeps its target
}

const HypervisorNode *PoolsModel::dropConnection(int row, const QModelIndex &parent) const
{
    const HypervisorNode *connection = connectionNode(parent);
    if (!parent.isValid()) {
        // Between or below the rows: only unambiguous with a single open connection.
        Q_UNUSED(row)
        const HypervisorNode *open = nullptr;
        for (const HypervisorNode *candidate : topLevel<HypervisorNode>()) {
            if (candidate->state != LibvirtConnection::State::Open)
                continue;
            if (open)
                return nullptr;
            open = candidate;
        }
        connection = open;
    }
    return connection && connection->state == LibvirtConnection::State::Open ? connection : nullptr;
}

bool PoolsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    if (action != Qt::CopyAction)
        return false;
    const std::optional<TargetDragData> dragged = TargetDragData::fromMimeData(data);
    if (!dragged || !dropConnection(row, parent))
        return false;
    // On a VM row: a LUN becomes that VM's disk; a whole target has no place there.
    if (machineNode(parent))
        return dragged->lun.has_value();
    return true;
}

bool PoolsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Checked above; read again rather than trust a cached copy of someone else's data.
    const std::optional<TargetDragData> target = TargetDragData::fromMimeData(data);
    const QString uri = dropConnection(row, parent)->uri;
    if (const MachineNode *machine = machineNode(parent)) {
        Q_EMIT lunDroppedOnMachine(uri, machine->info.name, *target);
        return true;
    }
    Q_EMIT targetDropped(uri, *target);
    return true;
}

// --- feeding

void PoolsModel::addConnection(const QString &uri)
{
    if (findConnection(uri))
        return;
    auto node = std::make_unique<HypervisorNode>(uri);
    m_connectionsByUri.insert(uri, node.get());
    insertChild(root(), root()->childCount(), std::move(node));
}

void PoolsModel::removeConnection(const QString &uri)
{
    if (const HypervisorNode *connection = findConnection(uri)) {
        m_connectionsByUri.remove(uri);
        removeChildren(root(), connection->row(), 1);
        m_usage.removeHost(uri);
        m_usageTimer.start();
    }
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
        connection->domains.clear();
        connection->domainsError = {};
        if (m_usage.hasHost(uri)) {
            m_usage.removeHost(uri);
            m_usageTimer.start();
        }
    }
    if (state != LibvirtConnection::State::Open && state != LibvirtConnection::State::Opening)
        connection->support.reset();
    connection->state = state;
    connection->error = error;
    nodeChanged(connection);
}

void PoolsModel::setSupport(const QString &uri, const IscsiDirectSupport &support)
{
    if (HypervisorNode *connection = findConnection(uri)) {
        connection->support = support;
        nodeChanged(connection);
    }
}

void PoolsModel::setPools(const QString &uri, const QList<StoragePoolInfo> &pools)
{
    HypervisorNode *connection = findConnection(uri);
    if (!connection || connection->state != LibvirtConnection::State::Open)
        return;
    syncChildren<PoolNode, StoragePoolInfo>(connection, pools, {
        .matches = [](const PoolNode &pool, const StoragePoolInfo &info) { return pool.info.name == info.name; },
        .create = [](const StoragePoolInfo &info) { return std::make_unique<PoolNode>(info); },
        .update = [this](PoolNode &pool, const StoragePoolInfo &info) {
            if (pool.info == info)
                return false;
            const bool wasRunning = pool.info.state == PoolState::Running;
            pool.info = info;
            if (wasRunning && info.state != PoolState::Running)
                clearVolumes(&pool); // a stopped pool has no volumes to show
            compare(&pool);
            return true;
        },
        .precedes = [](const PoolNode &pool, const StoragePoolInfo &info) { return naturalLess(pool.info.name, info.name); },
        .keepLast = connection->machines ? 1 : 0,
    });
    updateUsage(connection); // volume disks resolve through the pools
    const bool firstListing = !connection->listed || connection->listError;
    connection->listed = true;
    connection->listError = {};
    if (firstListing)
        nodeChanged(connection);
    else
        Q_EMIT dataChanged(indexOf(connection, StateColumn), indexOf(connection, StateColumn)); // the pool count
}

void PoolsModel::setPoolsError(const QString &uri, const Error &error)
{
    if (HypervisorNode *connection = findConnection(uri)) {
        connection->listError = error;
        nodeChanged(connection);
    }
}

void PoolsModel::setVolumes(const QString &uri, const QString &poolName, const QList<StorageVolumeInfo> &volumes)
{
    PoolNode *pool = findPool(uri, poolName);
    if (!pool)
        return;
    syncChildren<VolumeNode, StorageVolumeInfo>(pool, volumes, {
        .matches = [](const VolumeNode &volume, const StorageVolumeInfo &info) { return volume.info.name == info.name; },
        .create = [](const StorageVolumeInfo &info) { return std::make_unique<VolumeNode>(info); },
        .update = [](VolumeNode &volume, const StorageVolumeInfo &info) {
            if (volume.info == info)
                return false;
            volume.info = info;
            return true;
        },
        .precedes = [](const VolumeNode &volume, const StorageVolumeInfo &info) { return naturalLess(volume.info.name, info.name); },
    });
    pool->volumesListed = true;
    pool->volumesError = {};
    compare(pool);
    nodeChanged(pool);
}

void PoolsModel::setVolumesError(const QString &uri, const QString &poolName, const Error &error)
{
    if (PoolNode *pool = findPool(uri, poolName)) {
        pool->volumesError = error;
        nodeChanged(pool);
    }
}

void PoolsModel::setDomains(const QString &uri, const QList<DomainInfo> &domains)
{
    HypervisorNode *connection = findConnection(uri);
    if (!connection || connection->state != LibvirtConnection::State::Open)
        return;
    const bool changed = connection->domains != domains || connection->domainsError;
    connection->domains = domains;
    connection->domainsError = {};
    if (!changed && m_usage.hasHost(uri))
        return;
    syncMachines(connection);
    updateUsage(connection);
}

void PoolsModel::setDomainsError(const QString &uri, const Error &error)
{
    if (HypervisorNode *connection = findConnection(uri)) {
        connection->domainsError = error;
        nodeChanged(connection);
    }
}

void PoolsModel::syncMachines(HypervisorNode *connection)
{
    if (connection->domains.isEmpty()) {
        if (connection->machines) {
            const int row = connection->machines->row();
            connection->machines = nullptr;
            removeChildren(connection, row, 1);
        }
        return;
    }
    if (!connection->machines) {
        auto group = std::make_unique<MachinesNode>();
        connection->machines = group.get();
        insertChild(connection, connection->childCount(), std::move(group));
    }
    syncChildren<MachineNode, DomainInfo>(connection->machines, connection->domains, {
        .matches = [](const MachineNode &machine, const DomainInfo &info) { return machine.info.name == info.name; },
        .create = [](const DomainInfo &info) { return std::make_unique<MachineNode>(info); },
        .update = [](MachineNode &machine, const DomainInfo &info) {
            if (machine.info == info)
                return false;
            machine.info = info;
            return true;
        },
        .precedes = [](const MachineNode &machine, const DomainInfo &info) { return naturalLess(machine.info.name, info.name); },
    });
    nodeChanged(connection->machines);
}

void PoolsModel::updateUsage(HypervisorNode *connection)
{
    QList<StoragePoolInfo> pools;
    for (const PoolNode *pool : connection->pools())
        pools.append(pool->info);
    m_usage.setHost(connection->uri, pools, connection->domains);
    if (!m_usageTimer.isActive())
        m_usageTimer.start();
}

void PoolsModel::emitUsageChanged()
{
    // Any host's domains may use any host's LUNs: every pool and volume row's Used by column.
    // One signal per run of sibling rows, not per row: a hundred hosts of twenty pools would
    // otherwise send the tree two thousand of them in one event-loop turn.
    for (const HypervisorNode *connection : topLevel<HypervisorNode>()) {
        if (const int pools = connection->poolCount(); pools > 0)
            Q_EMIT dataChanged(indexOf(connection->child(0), UsedByColumn), indexOf(connection->child(pools - 1), UsedByColumn));
        for (const PoolNode *pool : connection->pools()) {
            if (pool->childCount() > 0)
                Q_EMIT dataChanged(indexOf(pool->child(0), UsedByColumn),
                                   indexOf(pool->child(pool->childCount() - 1), UsedByColumn));
        }
        if (connection->machines && connection->machines->childCount() > 0)
            Q_EMIT dataChanged(indexOf(connection->machines->child(0), NameColumn),
                               indexOf(connection->machines->child(connection->machines->childCount() - 1), UsedByColumn));
    }
    Q_EMIT usageChanged();
}

void PoolsModel::setScanLookup(ScanLookup lookup)
{
    m_scanLookup = std::move(lookup);
    scanChanged();
}

void PoolsModel::scanChanged()
{
    for (const HypervisorNode *connection : topLevel<HypervisorNode>()) {
        for (PoolNode *pool : connection->pools()) {
            const std::optional<VolumeComparison> before = pool->comparison;
            compare(pool);
            if (pool->comparison.has_value() == before.has_value()
                && (!before || pool->comparison->entries == before->entries))
                continue;
            nodeChanged(pool);
            for (const VolumeNode *volume : pool->volumes())
                nodeChanged(volume);
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
    for (const VolumeNode *volume : pool->volumes())
        volumes.append(volume->info);
    pool->comparison = VolumeComparison::compare(volumes, *luns);
}

void PoolsModel::clearPools(HypervisorNode *connection)
{
    connection->machines = nullptr; // goes with the pools
    removeAllChildren(connection);
}

void PoolsModel::clearVolumes(PoolNode *pool)
{
    pool->volumesListed = false;
    pool->volumesError = {};
    removeAllChildren(pool);
}

} // namespace lunscope
