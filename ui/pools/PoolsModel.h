#pragma once

#include "HypervisorNode.h"
#include "discovery/TargetDragData.h"
#include "common/LunInfo.h"
#include "vm/LunUsageIndex.h"
#include "widgets/TreeModel.h"

#include <QTimer>

#include <QHash>

#include <functional>

namespace lunscope {

// The node types of the pools tree: connection → pool → volume, and connection → "Virtual
// machines" → machine (a libvirt domain).
enum class PoolsNodeKind { Connection, Pool, Volume, Machines, Machine };

// The hypervisors and their storage pools as a tree: connection → pool → volume, and after the
// pools each host's virtual machines (connection → Machines → Machine). Values only:
// PoolsFeed fills it from LibvirtConnection answers. Every update is incremental (rows inserted,
// removed or changed in place, never a reset), so selections and expansion survive the events
// that keep it current. The domains' disks feed a LunUsageIndex (usage()): the Used by column of
// pools and volumes, and of the discovery tree through usageChanged(). Drops of a discovered target (application/x-lunscope-target) on a
// connection or one of its pools become targetDropped(), which opens the pool editor; a LUN
// dropped on a VM row becomes lunDroppedOnMachine(), which opens the attach dialog.
class PoolsModel : public TreeModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, CapacityColumn, AutostartColumn, TypeColumn, ScanColumn, UsedByColumn,
                  ColumnCount };
    Q_ENUM(Column)

    enum Role {
        KindRole = Qt::UserRole + 1, // int(PoolsNodeKind)
        IconRole,                    // int(Icons::Id) of the decoration in NameColumn
        UriRole,                     // the connection's URI, on every row
        PoolNameRole,                // pool and volume rows
        VolumeNameRole,              // volume rows
        ConnectionStateRole,         // int(LibvirtConnection::State), connection rows
        PoolStateRole,               // int(PoolState), pool rows
        CapacityBytesRole,           // qulonglong: libvirt's capacity of a pool or volume
        AllocationBytesRole,         // qulonglong
        AutostartRole,               // bool, pool rows
        MatchRole,                   // int(VolumeMatch), volume rows compared with the scan; -1 otherwise
        DifferencesRole,             // int, pool rows compared with the scan; -1 when not compared
        ScanBytesRole,               // qulonglong: our exact size of the volume's LUN (compared rows)
        ErrorMessageRole,            // connection: open/loss/listing error; pool: volume listing error
        ErrorDetailRole,
        UsedByCountRole,             // int: disks of domains using a pool (through it) or a volume's LUN
        SharingRiskRole,             // bool, volume rows: written by several disks not all <shareable/>
        AttachableRole,              // bool, volume rows: a LUN a VM can get (not the controller, LUN 0)
        DomainNameRole,              // machine rows: the libvirt domain's name
        DomainActiveRole,            // bool, machine rows: running (or paused)
    };
    Q_ENUM(Role)

    // Our scan's LUNs behind a pool's target, when the discovery tree has that target.
    using ScanLookup = std::function<std::optional<QList<LunInfo>>(const StoragePoolInfo &pool)>;

    explicit PoolsModel(QObject *parent = nullptr);
    ~PoolsModel() override;

    // --- QAbstractItemModel
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // --- feeding (PoolsFeed). Unknown URIs and pools are ignored: a late answer for a
    // connection the user removed must not bring it back.
    void addConnection(const QString &uri);
    void removeConnection(const QString &uri);
    // Any state but Open takes the connection's pools out: what they were is not known any more.
    void setConnectionState(const QString &uri, LibvirtConnection::State state, const Error &error);
    void setSupport(const QString &uri, const IscsiDirectSupport &support);
    void setPools(const QString &uri, const QList<StoragePoolInfo> &pools);
    void setPoolsError(const QString &uri, const Error &error);
    void setVolumes(const QString &uri, const QString &pool, const QList<StorageVolumeInfo> &volumes);
    void setVolumesError(const QString &uri, const QString &pool, const Error &error);
    void setDomains(const QString &uri, const QList<DomainInfo> &domains);
    void setDomainsError(const QString &uri, const Error &error);
    void setScanLookup(ScanLookup lookup);
    // The discovery tree changed: compare every listed pool again.
    void scanChanged();

    // --- reading
    QModelIndex connectionIndex(const QString &uri, int column = 0) const;
    QModelIndex poolIndex(const QString &uri, const QString &pool, int column = 0) const;
    QModelIndex volumeIndex(const QString &uri, const QString &pool, const QString &volume, int column = 0) const;
    static PoolsNodeKind kind(const QModelIndex &index);
    const HypervisorNode *connectionNode(const QModelIndex &index) const; // of the row or its ancestor
    const PoolNode *poolNode(const QModelIndex &index) const;             // of a pool or volume row
    const VolumeNode *volumeNode(const QModelIndex &index) const;
    // The machine row of `index`: the drop target of "attach a LUN to this VM".
    const MachineNode *machineNode(const QModelIndex &index) const;
    QModelIndex machinesIndex(const QString &uri, int column = 0) const;
    QModelIndex machineIndex(const QString &uri, const QString &domain, int column = 0) const;
    // Our scan's LUNs behind a pool's target (the scan lookup); none when the tree has not scanned it.
    std::optional<QList<LunInfo>> scannedLuns(const StoragePoolInfo &pool) const;
    // Who uses which LUN over every open connection whose domains are listed.
    const LunUsageIndex &usage() const { return m_usage; }
    // The uses of a volume's LUN (any host), and of a pool (disks naming it, on its host).
    QList<LunUsage> usersOfVolume(const VolumeNode &volume) const;
    QList<LunUsage> usersOfPool(const PoolNode &pool) const;
    QStringList uris() const;
    // Every connection row, in order (what a view of all hosts reads without a look-up per URI).
    QList<const HypervisorNode *> connections() const;
    QStringList poolNames(const QString &uri) const;
    // The connection a drop at (row, parent) lands on, as the view computes them; null: none.
    const HypervisorNode *dropConnection(int row, const QModelIndex &parent) const;

Q_SIGNALS:
    void targetDropped(const QString &uri, const lunscope::TargetDragData &target);
    // A discovered LUN was dropped on VM `domain` of `uri`: attach it (MachineDiskActions).
    void lunDroppedOnMachine(const QString &uri, const QString &domain, const lunscope::TargetDragData &lun);
    // The usage index changed (coalesced: one signal for a burst of listings on many hosts).
    void usageChanged();

private:
    HypervisorNode *findConnection(const QString &uri) const;
    PoolNode *findPool(const QString &uri, const QString &pool) const;
    void clearPools(HypervisorNode *connection);
    void clearVolumes(PoolNode *pool);
    void compare(PoolNode *pool);
    void updateUsage(HypervisorNode *connection);
    void emitUsageChanged();
    void syncMachines(HypervisorNode *connection);

    QVariant connectionData(const HypervisorNode &connection, int column, int role) const;
    QVariant poolData(const PoolNode &pool, int column, int role) const;
    QVariant volumeData(const VolumeNode &volume, int column, int role) const;
    QVariant machinesData(const MachinesNode &machines, int column, int role) const;
    QVariant machineData(const MachineNode &machine, int column, int role) const;
    QVariant usedByData(const QList<LunUsage> &users, int role) const;

    ScanLookup m_scanLookup;
    QHash<QString, HypervisorNode *> m_connectionsByUri; // the top-level rows by URI (a hundred hosts)
    LunUsageIndex m_usage;
    QTimer m_usageTimer; // coalesces usageChanged()
};

} // namespace lunscope
