// DiscoveryModel: the rows of the discovery tree (portal → target → LUN), what they show, and how
// they grow and change while the engine reports: every change is an insert, a removal or a
// dataChanged of the rows concerned (TreeModel), never a reset.
#include "DiscoveryModel.h"

#include "TargetDragData.h"
#include "TargetSummary.h"
#include "scan/IdentityGrouping.h"
#include "scan/LoginPortal.h"
#include "widgets/Icons.h"
#include "widgets/SizeText.h"

#include <QMimeData>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

DiscoveryNodeKind kindOf(const TreeNode *node)
{
    return DiscoveryNodeKind(node->level()); // one node type per level
}

Icons::Id lunIcon(const LunInfo &lun)
{
    if (lun.isBlockDevice())
        return Icons::Id::LunDisk;
    return lun.deviceType == 0x0c ? Icons::Id::LunController : Icons::Id::LunOther;
}

Icons::Id stateIcon(DiscoveryItemState state, Icons::Id normal)
{
    switch (state) {
    case DiscoveryItemState::Failed: return Icons::Id::Error;
    case DiscoveryItemState::Locked: return Icons::Id::LockedTarget;
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

DiscoveryItemState stateFor(const Error &error)
{
    if (!error)
        return DiscoveryItemState::Done;
    if (error.kind() == ErrorKind::Cancelled)
        return DiscoveryItemState::Cancelled;
    return error.kind() == ErrorKind::Authentication ? DiscoveryItemState::Locked : DiscoveryItemState::Failed;
}

// Whole phrases, so that every language can order and inflect them ("thin" is short for thin
// provisioned); why a LUN is not ready goes in the tooltip.
QString lunStatus(const LunInfo &lun)
{
    const int flags = (lun.ready ? 0 : 4) | (lun.writeProtected ? 2 : 0) | (lun.thinProvisioned() ? 1 : 0);
    switch (flags) {
    case 0: return DiscoveryModel::tr("Ready");
    case 1: return DiscoveryModel::tr("Ready, thin", "LUN status; thin: thin provisioned");
    case 2: return DiscoveryModel::tr("Ready, read-only", "LUN status");
    case 3: return DiscoveryModel::tr("Ready, read-only, thin", "LUN status; thin: thin provisioned");
    case 4: return DiscoveryModel::tr("Not ready");
    case 5: return DiscoveryModel::tr("Not ready, thin", "LUN status; thin: thin provisioned");
    case 6: return DiscoveryModel::tr("Not ready, read-only", "LUN status");
    default: return DiscoveryModel::tr("Not ready, read-only, thin", "LUN status; thin: thin provisioned");
    }
}

LunSighting sightingOf(const LunNode &lun)
{
    const TargetNode *target = lun.target();
    return {target->loggedInVia, target->info.iqn, target->info.portals, lun.info, lun.identity};
}

bool isUnfinished(DiscoveryItemState state)
{
    return state == DiscoveryItemState::Waiting || state == DiscoveryItemState::Running;
}

} // namespace

DiscoveryModel::DiscoveryModel(QObject *parent) : TreeModel(parent) {}

DiscoveryModel::~DiscoveryModel() = default;

int DiscoveryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags DiscoveryModel::flags(const QModelIndex &index) const
{
    const TreeNode *n = node(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (kindOf(n) != DiscoveryNodeKind::Portal)
        flags |= Qt::ItemIsDragEnabled; // the pools pane turns a dropped target into a pool
    if (kindOf(n) == DiscoveryNodeKind::Lun)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QStringList DiscoveryModel::mimeTypes() const
{
    return {QString::fromLatin1(TargetDragData::MimeType)};
}

Qt::DropActions DiscoveryModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

QMimeData *DiscoveryModel::mimeData(const QModelIndexList &indexes) const
{
    // One pool per drag: the first target or LUN among the dragged rows.
    for (const QModelIndex &index : indexes) {
        if (const std::optional<TargetDragData> drag = dragData(index))
            return drag->toMimeData();
    }
    return nullptr;
}

std::optional<TargetDragData> DiscoveryModel::dragData(const QModelIndex &index) const
{
    const TargetNode *target = targetNode(index);
    if (!target)
        return std::nullopt;
    TargetDragData drag;
    drag.host = target->loggedInVia.isValid() ? target->loggedInVia.host() : target->portal()->address.host();
    drag.port = target->loggedInVia.isValid() ? target->loggedInVia.port() : target->portal()->address.port();
    drag.targetIqn = target->info.iqn;
    drag.initiatorIqn = target->portal()->initiatorIqn;
    drag.chapUser = target->chapUser;
    drag.portal = target->portal()->address.toString();
    drag.paths = targetPaths(target->info.iqn);
    drag.paths.removeAll(PortalAddress::join(drag.host, drag.port));
    if (const LunNode *lun = lunNode(index))
        drag.lun = lun->info.lun;
    return drag;
}

// --- reading

PortalNode *DiscoveryModel::findPortal(const PortalAddress &portal) const
{
    for (PortalNode *node : topLevel<PortalNode>()) {
        if (node->address == portal)
            return node;
    }
    return nullptr;
}

TargetNode *DiscoveryModel::findTarget(const PortalAddress &portal, const QString &iqn) const
{
    const PortalNode *portalNode = findPortal(portal);
    return portalNode ? portalNode->targetsByIqn.value(iqn) : nullptr;
}

QModelIndex DiscoveryModel::portalIndex(const PortalAddress &portal, int column) const
{
    const PortalNode *n = findPortal(portal);
    return n ? indexOf(n, column) : QModelIndex();
}

QModelIndex DiscoveryModel::targetIndex(const PortalAddress &portal, const QString &iqn, int column) const
{
    const TargetNode *n = findTarget(portal, iqn);
    return n ? indexOf(n, column) : QModelIndex();
}

QModelIndex DiscoveryModel::lunIndex(const PortalAddress &portal, const QString &iqn, int lun, int column) const
{
    TargetNode *target = findTarget(portal, iqn);
    if (!target)
        return {};
    const auto luns = target->luns();
    const auto position = std::ranges::lower_bound(luns, lun, {}, [](const LunNode *node) { return node->info.lun; });
    if (position == luns.end() || (*position)->info.lun != lun)
        return {};
    return indexOf(*position, column);
}

DiscoveryNodeKind DiscoveryModel::kind(const QModelIndex &index)
{
    const TreeNode *n = node(index);
    return n ? kindOf(n) : DiscoveryNodeKind::Portal;
}

const PortalNode *DiscoveryModel::portalNode(const QModelIndex &index) const
{
    const TreeNode *n = node(index);
    if (!n)
        return nullptr;
    if (kindOf(n) == DiscoveryNodeKind::Portal)
        return static_cast<const PortalNode *>(n);
    const TargetNode *target = targetNode(index);
    return target ? target->portal() : nullptr;
}

const TargetNode *DiscoveryModel::targetNode(const QModelIndex &index) const
{
    const TreeNode *n = node(index);
    if (!n || kindOf(n) == DiscoveryNodeKind::Portal)
        return nullptr;
    return kindOf(n) == DiscoveryNodeKind::Target ? static_cast<const TargetNode *>(n) : static_cast<const LunNode *>(n)->target();
}

const LunNode *DiscoveryModel::lunNode(const QModelIndex &index) const
{
    const TreeNode *n = node(index);
    return n && kindOf(n) == DiscoveryNodeKind::Lun ? static_cast<const LunNode *>(n) : nullptr;
}

QList<const PortalNode *> DiscoveryModel::portals() const
{
    QList<const PortalNode *> list;
    for (const PortalNode *n : topLevel<PortalNode>())
        list.append(n);
    return list;
}

QList<TargetResult> DiscoveryModel::results(const PortalAddress &portal) const
{
    QList<TargetResult> list;
    const PortalNode *portalNode = findPortal(portal);
    if (!portalNode)
        return list;
    for (const TargetNode *target : portalNode->targets()) {
        TargetResult result;
        result.target = target->info;
        result.loggedInVia = target->loggedInVia;
        result.error = target->error;
        for (const LunNode *lun : target->luns())
            result.luns.append(lun->info);
        list.append(result);
    }
    return list;
}

QStringList DiscoveryModel::targetPaths(const QString &iqn) const
{
    QStringList paths;
    const auto add = [&paths](const PortalAddress &portal) {
        // An iSNS directory is no portal to log in to.
        if (portal.isValid() && !portal.isIsnsDirectory() && !paths.contains(portal.toString()))
            paths.append(portal.toString());
    };
    for (const PortalNode *portal : topLevel<PortalNode>()) {
        const TargetNode *target = portal->targetsByIqn.value(iqn);
        if (!target)
            continue;
        add(target->loggedInVia);
        for (const TargetPortal &advertised : target->info.portals)
            add(advertised.address);
    }
    return paths;
}

QStringList DiscoveryModel::unprobedPaths(const QString &iqn) const
{
    QStringList paths = targetPaths(iqn);
    for (const PortalNode *portal : topLevel<PortalNode>()) {
        if (const TargetNode *target = portal->targetsByIqn.value(iqn))
            paths.removeAll(target->loggedInVia.toString());
    }
    return paths;
}

const IdentityGroup *DiscoveryModel::identityGroup(const LunNode &lun) const
{
    if (lun.identityGroup < 0 || lun.identityGroup >= m_identityGroups.size())
        return nullptr;
    return &m_identityGroups.at(lun.identityGroup);
}

QList<LunSighting> DiscoveryModel::identityPaths(const LunNode &lun, int *own) const
{
    if (own)
        *own = -1;
    const IdentityGroup *group = identityGroup(lun);
    if (!group)
        return {};
    const QString ownKey = sightingOf(lun).pathKey();
    QList<LunSighting> paths;
    for (int member : group->paths) {
        const LunSighting &sighting = m_sightings.at(member);
        if (own && sighting.pathKey() == ownKey)
            *own = int(paths.size());
        paths.append(sighting);
    }
    return paths;
}

QString DiscoveryModel::identityExplanation(const LunNode &lun) const
{
    const IdentityGroup *group = identityGroup(lun);
    return group ? group->explanation(m_sightings) : QString();
}

void DiscoveryModel::queueIdentities()
{
    // Once per turn of the event loop, however many targets finished in it: a model fed in one
    // go (10,000 LUNs, bench 5) regroups once, not once per target.
    if (m_identitiesQueued)
        return;
    m_identitiesQueued = true;
    QTimer::singleShot(0, this, [this]() {
        m_identitiesQueued = false;
        updateIdentities();
    });
}

void DiscoveryModel::updateIdentities()
{
    // Every LUN of every source; IdentityGrouping picks the disks with an identity. Done when a
    // target finishes or rows go, not per LUN found: one pass over the window's LUNs each time.
    QList<LunSighting> sightings;
    QList<LunNode *> nodes;
    for (PortalNode *portal : topLevel<PortalNode>()) {
        for (TargetNode *target : portal->targets()) {
            for (LunNode *lun : target->luns()) {
                if (!lun->identity.isValid())
                    continue;
                sightings.append(sightingOf(*lun));
                nodes.append(lun);
            }
        }
    }
    m_identityGroups = IdentityGrouping::group(sightings);
    m_sightings = std::move(sightings);

    struct State
    {
        int group = -1;
        int paths = 1;
        bool collision = false;
        bool repeats = false;
    };
    QHash<const LunNode *, State> states;
    for (qsizetype g = 0; g < m_identityGroups.size(); ++g) {
        const IdentityGroup &group = m_identityGroups.at(g);
        QSet<const PortalNode *> counted; // a disk's capacity counts once per source, at its first path
        for (int member : group.members) {
            const LunNode *lun = nodes.at(member);
            const PortalNode *portal = lun->target()->portal();
            const bool repeats = !group.isCollision() && counted.contains(portal);
            counted.insert(portal);
            states.insert(lun, {int(g), int(group.paths.size()), group.isCollision(), repeats});
        }
    }
    QSet<PortalNode *> portalsChanged;
    for (LunNode *lun : std::as_const(nodes)) {
        const State state = states.value(lun);
        lun->identityGroup = state.group;
        if (lun->pathCount == state.paths && lun->collision == state.collision && lun->repeatsInPortal == state.repeats)
            continue;
        if (lun->repeatsInPortal != state.repeats)
            portalsChanged.insert(lun->target()->portal());
        lun->pathCount = state.paths;
        lun->collision = state.collision;
        lun->repeatsInPortal = state.repeats;
        nodeChanged(lun);
    }
    for (PortalNode *portal : std::as_const(portalsChanged))
        nodeChanged(portal);
}

// --- what the rows show

QVariant DiscoveryModel::data(const QModelIndex &index, int role) const
{
    const TreeNode *n = node(index);
    if (!n || index.column() >= ColumnCount)
        return {};
    switch (kindOf(n)) {
    case DiscoveryNodeKind::Portal: return portalData(*static_cast<const PortalNode *>(n), index.column(), role);
    case DiscoveryNodeKind::Target: return targetData(*static_cast<const TargetNode *>(n), index.column(), role);
    case DiscoveryNodeKind::Lun: return lunData(*static_cast<const LunNode *>(n), index.column(), role);
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
    case UsedByColumn: return tr("Used by", "@title:column virtual machines using the LUN");
    default: return {};
    }
}

QVariant DiscoveryModel::portalData(const PortalNode &portal, int column, int role) const
{
    const int targetCount = portal.childCount();
    // Both walk every LUN of the portal: only for the roles that show them. The view asks for a
    // dozen roles per column whenever the portal's row changes (size hints, painting), and while
    // targets arrived that walk, repeated for each, was most of the GUI thread's longest stretch.
    const auto capacity = [&portal]() { return portal.capacityBytes(); };
    // Targets not logged in to add nothing to the total, but they are not empty either.
    const auto unknownTargets = [&portal]() {
        int unknown = 0;
        for (const TargetNode *target : portal.targets())
            unknown += TargetSummary(*target).known() ? 0 : 1;
        return unknown;
    };
    switch (role) {
    case KindRole: return int(DiscoveryNodeKind::Portal);
    case StateRole: return int(portal.state);
    case IconRole: return int(stateIcon(portal.state, Icons::Id::Portal));
    case PortalRole: return portal.address.toString();
    case CapacityBytesRole: return qulonglong(capacity());
    case CapacityKnownRole: return unknownTargets() == 0;
    case LockedRole: return portal.state == DiscoveryItemState::Locked;
    case FilterTextRole: return portal.address.toString();
    case SortRole:
        if (column == CapacityColumn)
            return qulonglong(capacity());
        return portalData(portal, column, Qt::DisplayRole);
    default: break;
    }
    if (isErrorRole(role))
        return errorRole(portal.error, role);
    if (role == Qt::DecorationRole && column == NameColumn)
        return Icons::icon(stateIcon(portal.state, Icons::Id::Portal));
    if (role == Qt::ToolTipRole && column == StatusColumn && portal.error)
        return errorTooltip(portal.error);
    if (role == Qt::ToolTipRole && column == NameColumn && portal.address.isIsnsDirectory())
        return tr("An iSNS directory: the targets its arrays registered, each probed at its own portals. "
                  "Press F5 (Refresh) to ask the directory again; LunScope does not follow iSNS state "
                  "change notifications.");
    if (role == Qt::ToolTipRole && column == CapacityColumn && targetCount > 0) {
        const int unknown = unknownTargets();
        if (unknown == 0)
            return SizeText::humanAndExact(capacity());
        return tr("%1 in the targets logged in to; %n target(s) not known until you log in",
                  "capacity known so far; targets whose LUNs are not known", unknown)
            .arg(SizeText::humanAndExact(capacity()));
    }
    if (role == Qt::TextAlignmentRole && column == CapacityColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn: return portal.address.toString();
    case TypeColumn: return portal.address.isIsnsDirectory() ? tr("iSNS directory") : tr("Portal");
    case CapacityColumn: {
        if (targetCount == 0)
            return QString();
        const int unknown = unknownTargets();
        if (unknown == 0)
            return SizeText::human(capacity());
        return unknown == targetCount
                   ? TargetSummary::unknownMark()
                   : tr("≥ %1", "at least this capacity: some targets are not known").arg(SizeText::human(capacity()));
    }
    case StatusColumn:
        switch (portal.state) {
        case DiscoveryItemState::Waiting:
        case DiscoveryItemState::Running:
            return targetCount == 0 ? tr("Discovering…") : tr("Scanning %n target(s)…", nullptr, targetCount);
        case DiscoveryItemState::Done:
            if (portal.address.isIsnsDirectory())
                return tr("%1, %2", "an iSNS directory's status: entities, targets")
                    .arg(tr("%n entity(ies)", "iSNS network entities: the arrays or hosts that registered targets",
                            portal.directoryEntities),
                         tr("%n target(s)", nullptr, targetCount));
            return tr("%n target(s)", nullptr, targetCount);
        case DiscoveryItemState::Cancelled: return tr("Cancelled");
        case DiscoveryItemState::Failed:
        case DiscoveryItemState::Locked: return portal.error.message();
        }
        break;
    default: break;
    }
    return {};
}

QVariant DiscoveryModel::targetData(const TargetNode &target, int column, int role) const
{
    const TargetSummary summary(target);
    const std::uint64_t capacity = summary.bytes();
    const Icons::Id icon = stateIcon(target.state, Icons::Id::Target);
    switch (role) {
    case KindRole: return int(DiscoveryNodeKind::Target);
    case StateRole: return int(target.state);
    case IconRole: return int(icon);
    case PortalRole: return target.portal()->address.toString();
    case TargetIqnRole: return target.info.iqn;
    case CapacityBytesRole: return qulonglong(capacity);
    case CapacityKnownRole: return summary.known();
    case LockedRole: return target.state == DiscoveryItemState::Locked;
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
    if (role == Qt::DecorationRole && column == StatusColumn && target.state == DiscoveryItemState::Failed)
        return Icons::icon(Icons::Id::Error);
    if (role == Qt::ToolTipRole) {
        if (column == StatusColumn && target.error && target.state != DiscoveryItemState::Cancelled)
            return errorTooltip(target.error);
        if (column == CapacityColumn)
            return summary.known() ? SizeText::humanAndExact(capacity) : summary.unknownText();
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
    case CapacityColumn: return summary.capacityText();
    case StatusColumn:
        switch (target.state) {
        case DiscoveryItemState::Waiting: return tr("Waiting");
        case DiscoveryItemState::Running: return tr("Scanning…");
        case DiscoveryItemState::Done: return summary.countText();
        case DiscoveryItemState::Failed:
            return tr("%1: %2", "error title: message").arg(Error::kindTitle(target.error.kind()), target.error.message());
        case DiscoveryItemState::Locked:
            // The full message is in the tooltip and the details pane; the row says what to do.
            // No credentials tried yet is not a failure: the target just asks for them.
            if (summary.needsCredentials())
                return tr("Needs CHAP credentials — press Enter to log in");
            return tr("%1 — press Enter to log in", "error title, then what to do")
                .arg(Error::kindTitle(target.error.kind()));
        case DiscoveryItemState::Cancelled:
            return summary.known() ? tr("Cancelled; found %1", "what was found, e.g. '3 LUNs + controller'")
                                         .arg(summary.countText())
                                   : tr("Cancelled before the login");
        }
        break;
    default: break;
    }
    return {};
}

namespace {

// The Used by column of a LUN row: how many VMs, which (tooltip), and a warning when the LUN is
// written by several disks that are not all shareable.
QVariant usedByData(const QList<LunUsage> &users, int role)
{
    QStringList domains;
    for (const LunUsage &usage : users) {
        if (!domains.contains(usage.uri + u'\n' + usage.domain))
            domains.append(usage.uri + u'\n' + usage.domain);
    }
    const bool risk = isSharingRisk(users);
    if (role == Qt::DisplayRole)
        return users.isEmpty() ? QString() : DiscoveryModel::tr("%n VM(s)", nullptr, int(domains.size()));
    if (role == Qt::DecorationRole)
        return risk ? QVariant(Icons::icon(Icons::Id::Warning)) : QVariant();
    if (users.isEmpty())
        return {};
    QStringList lines;
    if (risk)
        lines.append(DiscoveryModel::tr("Risk: more than one disk writes this LUN and not all are marked shareable."));
    for (const LunUsage &usage : users)
        lines.append(DiscoveryModel::tr("%1 on %2: %3 (%4)").arg(usage.domain, usage.uri, usage.disk.targetDev,
                                                                 usage.disk.device));
    return lines.join(u'\n');
}

} // namespace

QVariant DiscoveryModel::lunData(const LunNode &node, int column, int role) const
{
    const LunInfo &lun = node.info;
    const std::uint64_t capacity = lun.capacityKnown ? lun.capacityBytes() : 0;
    switch (role) {
    case KindRole: return int(DiscoveryNodeKind::Lun);
    case StateRole: return int(lun.error ? DiscoveryItemState::Failed : DiscoveryItemState::Done);
    case IconRole: return int(lunIcon(lun));
    case PortalRole: return node.target()->portal()->address.toString();
    case TargetIqnRole: return node.target()->info.iqn;
    case LunNumberRole: return lun.lun;
    case PathCountRole: return node.pathCount;
    case IdentityKindRole: {
        const IdentityGroup *group = identityGroup(node);
        return group ? group->kindName() : QString();
    }
    case CapacityBytesRole: return qulonglong(capacity);
    case CapacityKnownRole: return lun.capacityKnown;
    case LockedRole: return false;
    case UsedByCountRole: return int(usersOf(node).size());
    case SharingRiskRole: return isSharingRisk(usersOf(node));
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
    if (role == Qt::DecorationRole && column == StatusColumn && node.collision)
        return Icons::icon(Icons::Id::Warning);
    if (column == UsedByColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::DecorationRole))
        return usedByData(usersOf(node), role);
    if (role == Qt::ToolTipRole) {
        if (column == StatusColumn && lun.error)
            return errorTooltip(lun.error);
        if (column == StatusColumn && node.collision)
            return identityExplanation(node);
        if (column == StatusColumn && node.pathCount > 1)
        {
            QStringList paths;
            for (const LunSighting &path : identityPaths(node))
                paths << path.pathText();
            return paths.join(u'\n');
        }
        if (column == StatusColumn && !lun.ready && !lun.notReadyReason.isEmpty())
            return lun.notReadyReason; // the device's sense text, too long for the column
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
        // What the identity says comes after the LUN's own state: "Ready · 2 paths".
        if (node.collision)
            return tr("%1 · identity collision", "LUN status, then: its identity is claimed by another disk")
                .arg(lunStatus(lun));
        if (node.pathCount > 1)
            return tr("%1 · %n path(s)", "LUN status, then how many paths lead to this disk", node.pathCount)
                .arg(lunStatus(lun));
        return lunStatus(lun);
    }
    default: break;
    }
    return {};
}

QList<LunUsage> DiscoveryModel::usersOf(const LunNode &lun) const
{
    return m_usage ? m_usage(lun) : QList<LunUsage>();
}

void DiscoveryModel::setUsageLookup(UsageLookup lookup)
{
    m_usage = std::move(lookup);
    usageChanged();
}

void DiscoveryModel::usageChanged()
{
    for (const PortalNode *portal : portals()) {
        for (const TargetNode *target : portal->targets()) {
            if (target->childCount() > 0)
                Q_EMIT dataChanged(indexOf(target->child(0), UsedByColumn),
                                   indexOf(target->child(target->childCount() - 1), UsedByColumn));
        }
    }
}

// --- feeding

QModelIndex DiscoveryModel::startPortal(const PortalAddress &portal, const QString &initiatorIqn)
{
    if (PortalNode *existing = findPortal(portal)) {
        existing->targetsByIqn.clear();
        removeAllChildren(existing);
        existing->initiatorIqn = initiatorIqn;
        existing->state = DiscoveryItemState::Running;
        existing->error = {};
        existing->directoryEntities = 0;
        nodeChanged(existing);
        queueIdentities();
        return indexOf(existing);
    }
    auto node = std::make_unique<PortalNode>(portal);
    node->initiatorIqn = initiatorIqn;
    PortalNode *added = node.get();
    insertChild(root(), root()->childCount(), std::move(node));
    return indexOf(added);
}

void DiscoveryModel::addTargets(const PortalAddress &portal, const QList<TargetInfo> &targets)
{
    PortalNode *portalNode = findPortal(portal);
    if (!portalNode)
        return;
    // Targets are only ever appended, all of one answer in one insert.
    std::vector<std::unique_ptr<TreeNode>> fresh;
    for (const TargetInfo &target : targets) {
        if (portalNode->targetsByIqn.contains(target.iqn))
            continue;
        auto node = std::make_unique<TargetNode>(target);
        node->loggedInVia = loginPortal(target, portal);
        portalNode->targetsByIqn.insert(target.iqn, node.get());
        fresh.push_back(std::move(node));
    }
    appendChildren(portalNode, std::move(fresh));
}

void DiscoveryModel::setDirectoryEntities(const PortalAddress &portal, int entities)
{
    PortalNode *portalNode = findPortal(portal);
    if (!portalNode || portalNode->directoryEntities == entities)
        return;
    portalNode->directoryEntities = entities;
    nodeChanged(portalNode);
}

void DiscoveryModel::startTarget(const PortalAddress &portal, const QString &iqn, const QString &chapUser)
{
    TargetNode *target = findTarget(portal, iqn);
    if (!target)
        return;
    // A rescan starts from nothing, so LUNs that are gone now do not linger.
    const bool hadLuns = target->childCount() > 0;
    removeAllChildren(target);
    target->state = DiscoveryItemState::Running;
    target->error = {};
    target->chapUser = chapUser;
    targetChanged(target);
    if (hadLuns)
        queueIdentities();
}

void DiscoveryModel::addLun(const PortalAddress &portal, const QString &iqn, const LunInfo &lun)
{
    TargetNode *target = findTarget(portal, iqn);
    if (!target)
        return;
    upsertLuns(target, {lun});
    targetChanged(target);
}

void DiscoveryModel::upsertLuns(TargetNode *target, const QList<LunInfo> &luns)
{
    // LUNs arrive one by one and again in the target's result: added at their sorted place or
    // refreshed, never removed here (startTarget empties a target for a rescan).
    syncChildren<LunNode, LunInfo>(target, luns, {
        .matches = [](const LunNode &node, const LunInfo &lun) { return node.info.lun == lun.lun; },
        .create = [](const LunInfo &lun) { return std::make_unique<LunNode>(lun); },
        .update = [](LunNode &node, const LunInfo &lun) {
            node.setInfo(lun);
            return true;
        },
        .precedes = [](const LunNode &node, const LunInfo &lun) { return node.info.lun < lun.lun; },
        .removeMissing = false,
    });
}

void DiscoveryModel::finishTarget(const PortalAddress &portal, const TargetResult &result)
{
    TargetNode *target = findTarget(portal, result.target.iqn);
    if (!target)
        return;
    upsertLuns(target, result.luns);
    if (result.loggedInVia.isValid())
        target->loggedInVia = result.loggedInVia;
    target->state = stateFor(result.error);
    target->error = result.error;
    targetChanged(target);
    if (std::ranges::any_of(target->luns(), [](const LunNode *lun) { return lun->identity.isValid(); }))
        queueIdentities();
}

void DiscoveryModel::cancelTarget(const PortalAddress &portal, const QString &iqn)
{
    TargetNode *target = findTarget(portal, iqn);
    if (!target || !isUnfinished(target->state))
        return;
    target->state = DiscoveryItemState::Cancelled;
    target->error = Error::cancelled();
    targetChanged(target);
}

void DiscoveryModel::finishPortal(const PortalAddress &portal, const Error &error)
{
    PortalNode *portalNode = findPortal(portal);
    if (!portalNode)
        return;
    portalNode->state = error ? stateFor(error) : DiscoveryItemState::Done;
    portalNode->error = error;
    if (error.kind() == ErrorKind::Cancelled) {
        for (const TargetNode *target : portalNode->targets())
            cancelTarget(portal, target->info.iqn);
    }
    nodeChanged(portalNode);
}

void DiscoveryModel::removePortal(const PortalAddress &portal)
{
    if (const PortalNode *portalNode = findPortal(portal)) {
        removeChildren(root(), portalNode->row(), 1);
        queueIdentities();
    }
}

void DiscoveryModel::clear()
{
    removeAllChildren(root());
    queueIdentities();
}

void DiscoveryModel::targetChanged(TargetNode *target)
{
    // The target's status and capacity, and the portal's total capacity.
    nodeChanged(target);
    nodeChanged(target->portal());
}

} // namespace lunscope
