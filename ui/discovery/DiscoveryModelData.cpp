// What DiscoveryModel's rows show: texts, icons, tooltips and the raw values behind them.
#include "DiscoveryModel.h"

#include "widgets/Icons.h"
#include "widgets/SizeText.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

Icons::Id lunIcon(const LunInfo &lun)
{
    if (lun.isBlockDevice())
        return Icons::Id::LunDisk;
    return lun.deviceType == 0x0c ? Icons::Id::LunController : Icons::Id::LunOther;
}

Icons::Id stateIcon(ItemState state, Icons::Id normal)
{
    switch (state) {
    case ItemState::Failed: return Icons::Id::Error;
    case ItemState::Locked: return Icons::Id::LockedTarget;
    default: return normal;
    }
}

QString errorTooltip(const Error &error)
{
    if (error.detail().isEmpty())
        return error.message();
    return error.message() + u"\n\n"_s + error.detail();
}

// Roles every row answers the same way, whatever its level.
QVariant errorRole(const Error &error, int role)
{
    switch (role) {
    case DiscoveryModel::ErrorKindRole: return int(error.kind());
    case DiscoveryModel::ErrorMessageRole: return error.message();
    case DiscoveryModel::ErrorDetailRole: return error.detail();
    default: return {};
    }
}

bool isErrorRole(int role)
{
    return role == DiscoveryModel::ErrorKindRole || role == DiscoveryModel::ErrorMessageRole
           || role == DiscoveryModel::ErrorDetailRole;
}

} // namespace

QVariant DiscoveryModel::data(const QModelIndex &index, int role) const
{
    const DiscoveryNode *n = node(index);
    if (!n || index.column() >= ColumnCount)
        return {};
    switch (n->kind) {
    case NodeKind::Portal: return portalData(*static_cast<const PortalNode *>(n), index.column(), role);
    case NodeKind::Target: return targetData(*static_cast<const TargetNode *>(n), index.column(), role);
    case NodeKind::Lun: return lunData(*static_cast<const LunNode *>(n), index.column(), role);
    }
    return {};
}

QVariant DiscoveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name", "@title:column portal, target IQN or LUN");
    case TypeColumn: return tr("Type", "@title:column");
    case VendorColumn: return tr("Vendor", "@title:column");
    case ProductColumn: return tr("Product", "@title:column");
    case SerialColumn: return tr("Serial", "@title:column serial number");
    case CapacityColumn: return tr("Capacity", "@title:column");
    case StatusColumn: return tr("Status", "@title:column");
    default: return {};
    }
}

QVariant DiscoveryModel::portalData(const PortalNode &portal, int column, int role) const
{
    const int targetCount = int(portal.targets.size());
    const std::uint64_t capacity = portal.capacityBytes();
    switch (role) {
    case KindRole: return int(NodeKind::Portal);
    case StateRole: return int(portal.state);
    case IconRole: return int(stateIcon(portal.state, Icons::Id::Portal));
    case PortalRole: return portal.address.toString();
    case CapacityBytesRole: return qulonglong(capacity);
    case LockedRole: return portal.state == ItemState::Locked;
    case FilterTextRole: return portal.address.toString();
    case SortRole:
        if (column == CapacityColumn)
            return qulonglong(capacity);
        return portalData(portal, column, Qt::DisplayRole);
    default: break;
    }
    if (isErrorRole(role))
        return errorRole(portal.error, role);
    if (role == Qt::DecorationRole && column == NameColumn)
        return Icons::icon(stateIcon(portal.state, Icons::Id::Portal));
    if (role == Qt::ToolTipRole && column == StatusColumn && portal.error)
        return errorTooltip(portal.error);
    if (role == Qt::ToolTipRole && column == CapacityColumn && capacity > 0)
        return SizeText::humanAndExact(capacity);
    if (role == Qt::TextAlignmentRole && column == CapacityColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn: return portal.address.toString();
    case TypeColumn: return tr("Portal");
    case CapacityColumn: return capacity > 0 ? SizeText::human(capacity) : QString();
    case StatusColumn:
        switch (portal.state) {
        case ItemState::Waiting:
        case ItemState::Running:
            return targetCount == 0 ? tr("Discovering…") : tr("Scanning %n target(s)…", nullptr, targetCount);
        case ItemState::Done: return tr("%n target(s)", nullptr, targetCount);
        case ItemState::Cancelled: return tr("Cancelled");
        case ItemState::Failed:
        case ItemState::Locked: return portal.error.message();
        }
        break;
    default: break;
    }
    return {};
}

QVariant DiscoveryModel::targetData(const TargetNode &target, int column, int role) const
{
    const int lunCount = int(target.luns.size());
    const std::uint64_t capacity = target.capacityBytes();
    const Icons::Id icon = stateIcon(target.state, Icons::Id::Target);
    switch (role) {
    case KindRole: return int(NodeKind::Target);
    case StateRole: return int(target.state);
    case IconRole: return int(icon);
    case PortalRole: return target.portal->address.toString();
    case TargetIqnRole: return target.info.iqn;
    case CapacityBytesRole: return qulonglong(capacity);
    case LockedRole: return target.state == ItemState::Locked;
    case FilterTextRole: return target.info.iqn;
    case SortRole:
        if (column == CapacityColumn)
            return qulonglong(capacity);
        return targetData(target, column, Qt::DisplayRole);
    default: break;
    }
    if (isErrorRole(role))
        return errorRole(target.error, role);
    if (role == Qt::DecorationRole && column == NameColumn)
        return Icons::icon(icon);
    if (role == Qt::DecorationRole && column == StatusColumn && target.state == ItemState::Failed)
        return Icons::icon(Icons::Id::Error);
    if (role == Qt::ToolTipRole) {
        if (column == StatusColumn && target.error && target.state != ItemState::Cancelled)
            return errorTooltip(target.error);
        if (column == CapacityColumn && capacity > 0)
            return SizeText::humanAndExact(capacity);
        if (column == NameColumn) {
            QStringList portals;
            for (const TargetPortal &portal : target.info.portals)
                portals.append(portal.toString());
            return tr("%1\nPortals: %2").arg(target.info.iqn, portals.join(u", "_s));
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && column == CapacityColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn: return target.info.iqn;
    case TypeColumn: return tr("Target");
    case CapacityColumn: return capacity > 0 ? SizeText::human(capacity) : QString();
    case StatusColumn:
        switch (target.state) {
        case ItemState::Waiting: return tr("Waiting");
        case ItemState::Running: return tr("Scanning…");
        case ItemState::Done: return tr("%n LUN(s)", nullptr, lunCount);
        case ItemState::Failed:
            return tr("%1: %2", "error title: message").arg(Error::kindTitle(target.error.kind()), target.error.message());
        case ItemState::Locked:
            // The full message is in the tooltip and the details pane; the row says what to do.
            return tr("%1 — press Enter to log in", "error title, then what to do")
                .arg(Error::kindTitle(target.error.kind()));
        case ItemState::Cancelled: return tr("Cancelled; %n LUN(s) found", nullptr, lunCount);
        }
        break;
    default: break;
    }
    return {};
}

QVariant DiscoveryModel::lunData(const LunNode &node, int column, int role) const
{
    const LunInfo &lun = node.info;
    const std::uint64_t capacity = lun.capacityKnown ? lun.capacityBytes() : 0;
    switch (role) {
    case KindRole: return int(NodeKind::Lun);
    case StateRole: return int(lun.error ? ItemState::Failed : ItemState::Done);
    case IconRole: return int(lunIcon(lun));
    case PortalRole: return node.target->portal->address.toString();
    case TargetIqnRole: return node.target->info.iqn;
    case LunNumberRole: return lun.lun;
    case CapacityBytesRole: return qulonglong(capacity);
    case LockedRole: return false;
    case FilterTextRole: {
        QStringList parts{lunData(node, NameColumn, Qt::DisplayRole).toString(), lun.vendor, lun.product,
                          lun.serial, LunInfo::deviceTypeTitle(lun.deviceType)};
        if (lun.capacityKnown)
            parts << SizeText::human(capacity) << QString::number(capacity);
        for (const Designator &designator : lun.designators)
            parts << designator.value;
        return parts.join(u'\n');
    }
    case SortRole:
        if (column == NameColumn)
            return lun.lun;
        if (column == CapacityColumn)
            return qulonglong(capacity);
        return lunData(node, column, Qt::DisplayRole);
    default: break;
    }
    if (isErrorRole(role))
        return errorRole(lun.error, role);
    if (role == Qt::DecorationRole && column == NameColumn)
        return Icons::icon(lunIcon(lun));
    if (role == Qt::DecorationRole && column == StatusColumn && lun.error)
        return Icons::icon(Icons::Id::Error);
    if (role == Qt::ToolTipRole) {
        if (column == StatusColumn && lun.error)
            return errorTooltip(lun.error);
        if (column == CapacityColumn && lun.capacityKnown)
            return SizeText::humanAndExact(capacity);
        return {};
    }
    if (role == Qt::TextAlignmentRole && column == CapacityColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn: return tr("LUN %1").arg(lun.lun);
    case TypeColumn: return LunInfo::deviceTypeTitle(lun.deviceType);
    case VendorColumn: return lun.vendor;
    case ProductColumn: return lun.product;
    case SerialColumn: return lun.serial;
    case CapacityColumn: return lun.capacityKnown ? SizeText::human(capacity) : QString();
    case StatusColumn: {
        if (lun.error)
            return lun.error.message();
        QStringList flags{lun.ready ? tr("Ready") : tr("Not ready")};
        if (!lun.ready && !lun.notReadyReason.isEmpty())
            flags.last() = tr("Not ready (%1)").arg(lun.notReadyReason);
        if (lun.writeProtected)
            flags << tr("read-only");
        if (lun.thinProvisioned())
            flags << tr("thin");
        return flags.join(tr(", ", "list separator"));
    }
    default: break;
    }
    return {};
}

} // namespace lunscope
