#pragma once

#include "PortalNode.h"
#include "TargetDragData.h"
#include "common/TargetResult.h"
#include "vm/LunUsage.h"
#include "scan/IdentityGroup.h"
#include "widgets/TreeModel.h"

#include <functional>
#include <optional>

namespace lunscope {

// The typed levels of the discovery tree; a row's level in the tree (TreeNode::level()).
enum class DiscoveryNodeKind { Portal, Target, Lun };

// What the portals offer, as a tree: portal → target → LUN. Rows are inserted one at a time as the
// engine reports them (never a model reset), so the view fills while a scan runs and selections
// survive. The model holds values only; DiscoveryController feeds it from the scan jobs.
class DiscoveryModel : public TreeModel
{
    Q_OBJECT
public:
    // Capacity and status first after the name: what people look for at a glance.
    enum Column { NameColumn, CapacityColumn, StatusColumn, TypeColumn, VendorColumn, ProductColumn, SerialColumn,
                  UsedByColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        KindRole = Qt::UserRole + 1, // int(DiscoveryNodeKind)
        StateRole,                   // int(DiscoveryItemState); LUN rows: Done or Failed
        IconRole,                    // int(Icons::Id) of the row's decoration in NameColumn
        PortalRole,                  // "host:port" of the portal the row belongs to
        TargetIqnRole,               // target and LUN rows
        LunNumberRole,               // LUN rows
        CapacityBytesRole,           // qulonglong, exact: LUN capacity, or the sum over LUNs below
        CapacityKnownRole,           // bool: false while a target (or one of a portal's) is not logged in to
        LockedRole,                  // bool: the target needs credentials
        ErrorKindRole,               // int(ErrorKind); ErrorKind::None when fine
        ErrorMessageRole,            // the engine's sentence
        ErrorDetailRole,             // libiscsi's text
        SortRole,                    // what the proxy sorts by in this column (numbers as numbers)
        FilterTextRole,              // everything the filter box matches against, in one string
        UsedByCountRole,             // int, LUN rows: disks of VMs on the open hypervisors using the LUN
        SharingRiskRole,             // bool, LUN rows: written by several disks not all <shareable/>
        PathCountRole,               // LUN rows: distinct paths to the LUN's identity in the window (1: alone)
        IdentityKindRole,            // LUN rows: "paths", "collision" or "" (IdentityGroup::kindName())
    };
    Q_ENUM(Role)

    // Who uses a LUN on the open hypervisors (the pools model's index); none: the column stays empty.
    using UsageLookup = std::function<QList<LunUsage>(const LunNode &lun)>;

    explicit DiscoveryModel(QObject *parent = nullptr);
    ~DiscoveryModel() override;

    // --- QAbstractItemModel
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    // What a drag of this target or LUN row carries (also the keyboard's way to the same places).
    std::optional<TargetDragData> dragData(const QModelIndex &index) const;
    Qt::DropActions supportedDragActions() const override;

    // --- feeding (DiscoveryController). Unknown portals/targets are ignored: a late signal of a
    // job whose portal was removed must not resurrect it.
    // Adds a portal row, or empties an existing one for a new discovery.
    QModelIndex startPortal(const PortalAddress &portal, const QString &initiatorIqn);
    void addTargets(const PortalAddress &portal, const QList<TargetInfo> &targets);
    // An iSNS directory's row counts the network entities (arrays) that registered its targets.
    void setDirectoryEntities(const PortalAddress &portal, int entities);
    void startTarget(const PortalAddress &portal, const QString &iqn, const QString &chapUser);
    void addLun(const PortalAddress &portal, const QString &iqn, const LunInfo &lun);
    void finishTarget(const PortalAddress &portal, const TargetResult &result);
    void cancelTarget(const PortalAddress &portal, const QString &iqn);
    void finishPortal(const PortalAddress &portal, const Error &error);
    void removePortal(const PortalAddress &portal);
    void clear();
    void setUsageLookup(UsageLookup lookup);
    // The hypervisors' usage changed: repaint the Used by column.
    void usageChanged();

    // --- reading
    QModelIndex portalIndex(const PortalAddress &portal, int column = 0) const;
    QModelIndex targetIndex(const PortalAddress &portal, const QString &iqn, int column = 0) const;
    QModelIndex lunIndex(const PortalAddress &portal, const QString &iqn, int lun, int column = 0) const;
    static DiscoveryNodeKind kind(const QModelIndex &index);
    const PortalNode *portalNode(const QModelIndex &index) const;  // of the row or its ancestor
    const TargetNode *targetNode(const QModelIndex &index) const;  // of a target or LUN row
    const LunNode *lunNode(const QModelIndex &index) const;        // of a LUN row
    QList<const PortalNode *> portals() const;
    // The scan's results as the engine would report them, for "Copy as JSON".
    QList<TargetResult> results(const PortalAddress &portal) const;
    QList<LunUsage> usersOf(const LunNode &lun) const;
    // Every portal ("host:port") where target `iqn` is logged in through or advertised, over every
    // source in the window, in the window's order: the paths a pool for the target may use.
    QStringList targetPaths(const QString &iqn) const;
    // Of those, the portals no source logged in through: advertised (SendTargets, iSNS) but not
    // probed. A scan logs in to each target once; adding such a portal as a source checks it.
    QStringList unprobedPaths(const QString &iqn) const;
    // The identity a LUN shares with LUNs elsewhere in the window (IdentityGrouping over every
    // source); nullptr when it is seen through one path only.
    const IdentityGroup *identityGroup(const LunNode &lun) const;
    // Every path of that identity, in the window's order; `lun`'s own marked by *own (its index),
    // -1 when none. Empty when the LUN is seen once.
    QList<LunSighting> identityPaths(const LunNode &lun, int *own = nullptr) const;
    // What differs and why it is dangerous, for a collision; empty otherwise.
    QString identityExplanation(const LunNode &lun) const;

private:
    PortalNode *findPortal(const PortalAddress &portal) const;
    TargetNode *findTarget(const PortalAddress &portal, const QString &iqn) const;
    void targetChanged(TargetNode *target);
    void upsertLuns(TargetNode *target, const QList<LunInfo> &luns);
    // Regroups every LUN in the window by identity; rows whose path count, collision flag or
    // share of their portal's capacity changed are announced. queueIdentities() asks for it after
    // a change of LUNs (a target finished, rows removed), on the next turn of the event loop.
    void queueIdentities();
    void updateIdentities();

    QVariant portalData(const PortalNode &portal, int column, int role) const;
    QVariant targetData(const TargetNode &target, int column, int role) const;
    QVariant lunData(const LunNode &lun, int column, int role) const;

    UsageLookup m_usage;
    // The last updateIdentities(): the sightings it grouped (values, so that a removed row leaves
    // nothing dangling) and the identities seen through more than one path.
    QList<LunSighting> m_sightings;
    QList<IdentityGroup> m_identityGroups;
    bool m_identitiesQueued = false;
};

} // namespace lunscope
