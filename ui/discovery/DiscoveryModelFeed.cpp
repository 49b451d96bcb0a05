// How DiscoveryModel grows and changes while the engine reports: every change is an insert, a
// removal or a dataChanged of the rows concerned, never a reset.
#include "DiscoveryModel.h"

#include "scan/LoginPortal.h"

#include <algorithm>

namespace lunscope {

namespace {

ItemState stateFor(const Error &error)
{
    if (!error)
        return ItemState::Done;
    if (error.kind() == ErrorKind::Cancelled)
        return ItemState::Cancelled;
    return error.kind() == ErrorKind::Authentication ? ItemState::Locked : ItemState::Failed;
}

bool isUnfinished(ItemState state)
{
    return state == ItemState::Waiting || state == ItemState::Running;
}

} // namespace

QModelIndex DiscoveryModel::startPortal(const PortalAddress &portal, const QString &initiatorIqn)
{
    if (PortalNode *existing = findPortal(portal)) {
        const QModelIndex parentIndex = indexOf(existing);
        if (!existing->targets.empty()) {
            beginRemoveRows(parentIndex, 0, int(existing->targets.size()) - 1);
            existing->targets.clear();
            existing->targetsByIqn.clear();
            endRemoveRows();
        }
        existing->initiatorIqn = initiatorIqn;
        existing->state = ItemState::Running;
        existing->error = {};
        Q_EMIT dataChanged(parentIndex, indexOf(existing, ColumnCount - 1));
        return parentIndex;
    }
    const int row = int(m_portals.size());
    beginInsertRows({}, row, row);
    auto node = std::make_unique<PortalNode>(portal);
    node->initiatorIqn = initiatorIqn;
    m_portals.push_back(std::move(node));
    endInsertRows();
    return index(row, 0);
}

void DiscoveryModel::addTargets(const PortalAddress &portal, const QList<TargetInfo> &targets)
{
    PortalNode *portalNode = findPortal(portal);
    if (!portalNode)
        return;
    QList<TargetInfo> fresh;
    for (const TargetInfo &target : targets) {
        const bool seen = portalNode->targetsByIqn.contains(target.iqn)
                          || std::any_of(fresh.cbegin(), fresh.cend(),
                                         [&](const TargetInfo &other) { return other.iqn == target.iqn; });
        if (!seen)
            fresh.append(target);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(portalNode->targets.size());
    beginInsertRows(indexOf(portalNode), first, first + int(fresh.size()) - 1);
    for (const TargetInfo &target : std::as_const(fresh)) {
        auto node = std::make_unique<TargetNode>(portalNode, int(portalNode->targets.size()), target);
        node->loggedInVia = loginPortal(target, portal);
        portalNode->targetsByIqn.insert(target.iqn, node.get());
        portalNode->targets.push_back(std::move(node));
    }
    endInsertRows();
}

void DiscoveryModel::startTarget(const PortalAddress &portal, const QString &iqn, const QString &chapUser)
{
    TargetNode *target = findTarget(portal, iqn);
    if (!target)
        return;
    if (!target->luns.empty()) {
        // A rescan starts from nothing, so LUNs that are gone now do not linger.
        beginRemoveRows(indexOf(target), 0, int(target->luns.size()) - 1);
        target->luns.clear();
        endRemoveRows();
    }
    target->state = ItemState::Running;
    target->error = {};
    target->chapUser = chapUser;
    targetChanged(target);
}

void DiscoveryModel::addLun(const PortalAddress &portal, const QString &iqn, const LunInfo &lun)
{
    TargetNode *target = findTarget(portal, iqn);
    if (!target)
        return;
    upsertLun(target, lun);
    targetChanged(target);
}

void DiscoveryModel::upsertLun(TargetNode *target, const LunInfo &lun)
{
    const auto position = lunPosition(target->luns, lun.lun);
    const int row = int(position - target->luns.begin());
    if (position != target->luns.end() && (*position)->info.lun == lun.lun) {
        (*position)->info = lun;
        Q_EMIT dataChanged(createIndex(row, 0, position->get()), createIndex(row, ColumnCount - 1, position->get()));
        return;
    }
    beginInsertRows(indexOf(target), row, row);
    target->luns.insert(position, std::make_unique<LunNode>(target, lun));
    endInsertRows();
}

void DiscoveryModel::finishTarget(const PortalAddress &portal, const TargetResult &result)
{
    TargetNode *target = findTarget(portal, result.target.iqn);
    if (!target)
        return;
    for (const LunInfo &lun : result.luns)
        upsertLun(target, lun);
    if (result.loggedInVia.isValid())
        target->loggedInVia = result.loggedInVia;
    target->state = stateFor(result.error);
    target->error = result.error;
    targetChanged(target);
}

void DiscoveryModel::cancelTarget(const PortalAddress &portal, const QString &iqn)
{
    TargetNode *target = findTarget(portal, iqn);
    if (!target || !isUnfinished(target->state))
        return;
    target->state = ItemState::Cancelled;
    target->error = Error::cancelled();
    targetChanged(target);
}

void DiscoveryModel::finishPortal(const PortalAddress &portal, const Error &error)
{
    PortalNode *portalNode = findPortal(portal);
    if (!portalNode)
        return;
    portalNode->state = error ? stateFor(error) : ItemState::Done;
    portalNode->error = error;
    if (error.kind() == ErrorKind::Cancelled) {
        for (const auto &target : portalNode->targets)
            cancelTarget(portal, target->info.iqn);
    }
    Q_EMIT dataChanged(indexOf(portalNode), indexOf(portalNode, ColumnCount - 1));
}

void DiscoveryModel::removePortal(const PortalAddress &portal)
{
    const PortalNode *portalNode = findPortal(portal);
    if (!portalNode)
        return;
    const int row = portalRow(portalNode);
    beginRemoveRows({}, row, row);
    m_portals.erase(m_portals.begin() + row);
    endRemoveRows();
}

void DiscoveryModel::clear()
{
    if (m_portals.empty())
        return;
    beginRemoveRows({}, 0, int(m_portals.size()) - 1);
    m_portals.clear();
    endRemoveRows();
}

void DiscoveryModel::targetChanged(TargetNode *target)
{
    // The target's status and capacity, and the portal's total capacity.
    Q_EMIT dataChanged(indexOf(target), indexOf(target, ColumnCount - 1));
    Q_EMIT dataChanged(indexOf(target->portal), indexOf(target->portal, ColumnCount - 1));
}

} // namespace lunscope
