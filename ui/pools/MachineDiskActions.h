#pragma once

#include "attach/AttachSource.h"
#include "common/ChapCredentials.h"
#include "discovery/TargetDragData.h"
#include "vm/LunUsage.h"

#include <QObject>

#include <functional>
#include <optional>

class QMenu;
class QWidget;

namespace lunscope {

class AttachDiskDialog;
class ConnectionsController;
class HypervisorNode;
class DetachDiskDialog;
class PoolNode;
class PoolsModel;
class VolumeNode;

// Giving a VM a LUN and taking it back, from wherever the LUN or the VM is shown: a LUN dropped on
// a VM row, the "Attach to VM" and "Detach from VM" submenus of a discovered LUN or a pool volume,
// and "Detach Disk" on a VM row. It turns what was chosen into an AttachSource — the volume of an
// iscsi-direct pool for that target on the VM's host when there is one (QEMU then logs in with the
// pool's initiator and CHAP), else the LUN as the scan reached it with the session's credentials —
// and opens AttachDiskDialog or DetachDiskDialog, which do the work on the libvirt workers.
class MachineDiskActions : public QObject
{
    Q_OBJECT
public:
    // The CHAP credentials a dragged target was scanned with (memory only); nullopt: none known.
    using CredentialsLookup = std::function<std::optional<ChapCredentials>(const TargetDragData &target)>;
    // What the scan knows of a LUN: its capacity and whether it is write-protected.
    struct ScannedLun
    {
        quint64 capacityBytes = 0;
        bool writeProtected = false;
    };
    using LunLookup = std::function<std::optional<ScannedLun>(const TargetDragData &lun)>;

    MachineDiskActions(ConnectionsController *connections, PoolsModel *model, QWidget *dialogParent);

    void setCredentialsLookup(CredentialsLookup lookup) { m_credentials = std::move(lookup); }
    void setLunLookup(LunLookup lookup) { m_luns = std::move(lookup); }

    // The source for attaching discovered LUN `lun` (drag.lun set) to a VM on `uri`.
    AttachSource sourceForLun(const QString &uri, const TargetDragData &lun) const;
    // The source for attaching a volume of an iscsi-direct pool to a VM on the pool's host.
    static AttachSource sourceForVolume(const PoolNode &pool, const VolumeNode &volume);

    AttachDiskDialog *attach(const QString &uri, const QString &domain, const AttachSource &source);
    DetachDiskDialog *detach(const LunUsage &usage);

    // "Attach to VM" for a discovered LUN: every VM of every open host, by host. Null when there is
    // no VM to offer (or the LUN is the target's controller).
    QMenu *attachMenuForLun(const TargetDragData &lun, QWidget *parent);
    // "Attach to VM" for a pool volume: the VMs of the pool's host.
    QMenu *attachMenuForVolume(const PoolNode &pool, const VolumeNode &volume, QWidget *parent);
    // "Detach from VM" / "Detach Disk": one entry per use. Null when `usages` is empty.
    QMenu *detachMenu(const QString &title, const QList<LunUsage> &usages, QWidget *parent);

Q_SIGNALS:
    // A dialog said no at once (the controller LUN, a host that is not open): for the status line.
    void refused(const QString &message);

private:
    // One entry per VM of `host`, each attaching what `source` gives.
    void addMachines(QMenu *menu, const HypervisorNode &host, const std::function<AttachSource()> &source);

    ConnectionsController *m_connections;
    PoolsModel *m_model;
    QWidget *m_dialogParent;
    CredentialsLookup m_credentials;
    LunLookup m_luns;
};

} // namespace lunscope
