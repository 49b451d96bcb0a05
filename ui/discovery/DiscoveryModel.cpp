// DiscoveryModel's structure and lookups; the calls that feed it are in DiscoveryModelFeed.cpp,
// what the rows show in DiscoveryModelData.cpp.
#include "DiscoveryModel.h"

#include "TargetDragData.h"

#include <QMimeData>


using namespace Qt::StringLiterals;

namespace lunscope {

DiscoveryModel::DiscoveryModel(QObject *parent) : QAbstractItemModel(parent) {}

DiscoveryModel::~DiscoveryModel() = default;

DiscoveryNode *DiscoveryModel::node(const QModelIndex &index)
{
    return index.isValid() ? static_cast<DiscoveryNode *>(index.internalPointer()) : nullptr;
}

QModelIndex DiscoveryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const DiscoveryNode *parentNode = node(parent);
    if (!parentNode)
        return createIndex(row, column, m_portals.at(size_t(row)).get());
    if (parentNode->kind == NodeKind::Portal)
        return createIndex(row, column, static_cast<const PortalNode *>(parentNode)->targets.at(size_t(row)).get());
    if (parentNode->kind == NodeKind::Target)
        return createIndex(row, column, static_cast<const TargetNode *>(parentNode)->luns.at(size_t(row)).get());
    return {};
}

QModelIndex DiscoveryModel::parent(const QModelIndex &child) const
{
    const DiscoveryNode *childNode = node(child);
    if (!childNode || childNode->kind == NodeKind::Portal)
        return {};
    if (childNode->kind == NodeKind::Target)
        return indexOf(static_cast<const TargetNode *>(childNode)->portal);
    return indexOf(static_cast<const LunNode *>(childNode)->target);
}

int DiscoveryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const DiscoveryNode *parentNode = node(parent);
    if (!parentNode)
        return int(m_portals.size());
    if (parentNode->kind == NodeKind::Portal)
        return int(static_cast<const PortalNode *>(parentNode)->targets.size());
    if (parentNode->kind == NodeKind::Target)
        return int(static_cast<const TargetNode *>(parentNode)->luns.size());
    return 0;
}

int DiscoveryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags DiscoveryModel::flags(const QModelIndex &index) const
{
    const DiscoveryNode *n = node(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (n->kind != NodeKind::Portal)
        flags |= Qt::ItemIsDragEnabled; // the pools pane turns a dropped target into a pool
    if (n->kind == NodeKind::Lun)
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
        const TargetNode *target = targetNode(index);
        if (!target)
            continue;
        TargetDragData drag;
        drag.host = target->loggedInVia.isValid() ? target->loggedInVia.host() : target->portal->address.host();
        drag.port = target->loggedInVia.isValid() ? target->loggedInVia.port() : target->portal->address.port();
        drag.targetIqn = target->info.iqn;
        drag.initiatorIqn = target->portal->initiatorIqn;
        drag.chapUser = target->chapUser;
        drag.portal = target->portal->address.toString();
        if (const LunNode *lun = lunNode(index))
            drag.lun = lun->info.lun;
        return drag.toMimeData();
    }
    return nullptr;
}

// --- reading

PortalNode *DiscoveryModel::findPortal(const PortalAddress &portal) const
{
    for (const auto &node : m_portals) {
        if (node->address == portal)
            return node.get();
    }
    return nullptr;
}

TargetNode *DiscoveryModel::findTarget(const PortalAddress &portal, const QString &iqn) const
{
    const PortalNode *portalNode = findPortal(portal);
    return portalNode ? portalNode->targetsByIqn.value(iqn) : nullptr;
}

int DiscoveryModel::portalRow(const PortalNode *portal) const
{
    const auto it = std::find_if(m_portals.cbegin(), m_portals.cend(),
                                 [portal](const std::unique_ptr<PortalNode> &node) { return node.get() == portal; });
    return it == m_portals.cend() ? -1 : int(it - m_portals.cbegin());
}

QModelIndex DiscoveryModel::indexOf(const DiscoveryNode *n, int column) const
{
    switch (n->kind) {
    case NodeKind::Portal:
        return createIndex(portalRow(static_cast<const PortalNode *>(n)), column, n);
    case NodeKind::Target:
        return createIndex(static_cast<const TargetNode *>(n)->row, column, n);
    case NodeKind::Lun: {
        const auto *lun = static_cast<const LunNode *>(n);
        const auto position = lunPosition(lun->target->luns, lun->info.lun);
        return createIndex(int(position - lun->target->luns.begin()), column, n);
    }
    }
    return {};
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
    const auto position = lunPosition(target->luns, lun);
    if (position == target->luns.end() || (*position)->info.lun != lun)
        return {};
    return indexOf(position->get(), column);
}

NodeKind DiscoveryModel::kind(const QModelIndex &index)
{
    const DiscoveryNode *n = node(index);
    return n ? n->kind : NodeKind::Portal;
}

const PortalNode *DiscoveryModel::portalNode(const QModelIndex &index) const
{
    const DiscoveryNode *n = node(index);
    if (!n)
        return nullptr;
    if (n->kind == NodeKind::Portal)
        return static_cast<const PortalNode *>(n);
    const TargetNode *target = targetNode(index);
    return target ? target->portal : nullptr;
}

const TargetNode *DiscoveryModel::targetNode(const QModelIndex &index) const
{
    const DiscoveryNode *n = node(index);
    if (!n || n->kind == NodeKind::Portal)
        return nullptr;
    return n->kind == NodeKind::Target ? static_cast<const TargetNode *>(n) : static_cast<const LunNode *>(n)->target;
}

const LunNode *DiscoveryModel::lunNode(const QModelIndex &index) const
{
    const DiscoveryNode *n = node(index);
    return n && n->kind == NodeKind::Lun ? static_cast<const LunNode *>(n) : nullptr;
}

QList<const PortalNode *> DiscoveryModel::portals() const
{
    QList<const PortalNode *> list;
    for (const auto &n : m_portals)
        list.append(n.get());
    return list;
}

QList<TargetResult> DiscoveryModel::results(const PortalAddress &portal) const
{
    QList<TargetResult> list;
    const PortalNode *portalNode = findPortal(portal);
    if (!portalNode)
        return list;
    for (const auto &target : portalNode->targets) {
        TargetResult result;
        result.target = target->info;
        result.loggedInVia = target->loggedInVia;
        result.error = target->error;
        for (const auto &lun : target->luns)
            result.luns.append(lun->info);
        list.append(result);
    }
    return list;
}

} // namespace lunscope
