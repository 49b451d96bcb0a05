#include "MachineDiskActions.h"

#include "ConnectionsController.h"
#include "HypervisorNode.h"
#include "MachinesNode.h"
#include "PoolNode.h"
#include "PoolsModel.h"
#include "VolumeNode.h"
#include "attach/AttachDiskDialog.h"
#include "attach/DetachDiskDialog.h"
#include "libvirt/ConnectionUri.h"
#include "libvirt/PoolTargetKey.h"
#include "vm/LunReference.h"

#include <QMenu>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

QString volumeName(int lun)
{
    return u"unit:0:0:%1"_s.arg(lun);
}

} // namespace

MachineDiskActions::MachineDiskActions(ConnectionsController *connections, PoolsModel *model, QWidget *dialogParent)
    : QObject(dialogParent), m_connections(connections), m_model(model), m_dialogParent(dialogParent)
{
}

AttachSource MachineDiskActions::sourceForLun(const QString &uri, const TargetDragData &lun) const
{
    AttachSource source;
    source.host = lun.host;
    source.port = lun.port;
    source.targetIqn = lun.targetIqn;
    source.lun = lun.lun.value_or(0);
    source.initiatorIqn = lun.initiatorIqn;
    if (const std::optional<ChapCredentials> chap = m_credentials ? m_credentials(lun) : std::nullopt) {
        source.chapUser = chap->user;
        source.chapSecret = SecretValue(chap->secret.toUtf8());
    } else {
        source.chapUser = lun.chapUser;
    }
    if (const std::optional<ScannedLun> scanned = m_luns ? m_luns(lun) : std::nullopt) {
        source.capacityBytes = scanned->capacityBytes;
        source.readOnly = scanned->writeProtected;
    }
    // The pool form when this host has an iscsi-direct pool for the target (a running one first):
    // QEMU then logs in with the pool's initiator and CHAP secret.
    const PoolTargetKey target = PoolTargetKey::make(lun.host, lun.port, lun.targetIqn);
    if (const HypervisorNode *host = m_model->connectionNode(m_model->connectionIndex(uri))) {
        const PoolNode *chosen = nullptr;
        for (const PoolNode *pool : host->pools()) {
            if (!pool->isIscsiDirect() || PoolTargetKey::ofPool(pool->info) != target)
                continue;
            if (!chosen || (pool->info.state == PoolState::Running && chosen->info.state != PoolState::Running))
                chosen = pool;
        }
        if (chosen) {
            source.pool = chosen->info.name;
            source.volume = volumeName(source.lun);
        }
    }
    return source;
}

AttachSource MachineDiskActions::sourceForVolume(const PoolNode &pool, const VolumeNode &volume)
{
    AttachSource source;
    source.pool = pool.info.name;
    source.volume = volume.info.name;
    source.capacityBytes = volume.info.capacity;
    if (const std::optional<PoolTargetKey> target = PoolTargetKey::ofPool(pool.info)) {
        source.host = target->host;
        source.port = target->port;
        source.targetIqn = target->iqn;
    }
    source.lun = std::max(0, LunReference::lunOfVolumeName(volume.info.name));
    source.initiatorIqn = pool.info.initiatorIqn;
    return source;
}

AttachDiskDialog *MachineDiskActions::attach(const QString &uri, const QString &domain, const AttachSource &source)
{
    LibvirtConnection *connection = m_connections->connection(uri);
    if (!connection || !connection->isOpen()) {
        Q_EMIT refused(tr("%1 is not connected: reconnect to it, then attach the LUN again.").arg(ConnectionUri::shortName(uri)));
        return nullptr;
    }
    if (source.isController()) {
        Q_EMIT refused(tr("LUN 0 of %1 is the target's controller, not a disk: choose a LUN with storage.")
                           .arg(source.targetIqn));
        return nullptr;
    }
    auto *dialog = new AttachDiskDialog(connection, domain, source, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

DetachDiskDialog *MachineDiskActions::detach(const LunUsage &usage)
{
    LibvirtConnection *connection = m_connections->connection(usage.uri);
    if (!connection || !connection->isOpen()) {
        Q_EMIT refused(tr("%1 is not connected: reconnect to it, then detach the disk again.")
                           .arg(ConnectionUri::shortName(usage.uri)));
        return nullptr;
    }
    auto *dialog = new DetachDiskDialog(connection, usage.domain, usage.disk.targetDev, usage.active, usage.disk.bus,
                                        m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MachineDiskActions::addMachines(QMenu *menu, const HypervisorNode &host, const std::function<AttachSource()> &source)
{
    if (!host.machines)
        return;
    const QString uri = host.uri;
    for (const MachineNode *machine : host.machines->machines()) {
        const QString domain = machine->info.name;
        const QString label = machine->info.active ? tr("%1 (running)").arg(domain) : domain;
        QAction *action = menu->addAction(label);
        action->setObjectName(u"attachTo:"_s + uri + u'/' + domain);
        connect(action, &QAction::triggered, this, [this, uri, domain, source] { attach(uri, domain, source()); });
    }
}

QMenu *MachineDiskActions::attachMenuForLun(const TargetDragData &lun, QWidget *parent)
{
    if (!lun.lun)
        return nullptr;
    auto *menu = new QMenu(tr("&Attach to VM"), parent);
    menu->setObjectName(u"attachToVmMenu"_s);
    const QList<const HypervisorNode *> hosts = m_model->connections();
    for (const HypervisorNode *host : hosts) {
        if (host->state != LibvirtConnection::State::Open || !host->machines)
            continue;
        QMenu *target = menu;
        if (hosts.size() > 1) {
            target = menu->addMenu(ConnectionUri::shortName(host->uri));
            target->setToolTip(host->uri);
        }
        addMachines(target, *host, [this, uri = host->uri, lun] { return sourceForLun(uri, lun); });
    }
    if (menu->isEmpty()) {
        delete menu;
        return nullptr;
    }
    return menu;
}

QMenu *MachineDiskActions::attachMenuForVolume(const PoolNode &pool, const VolumeNode &volume, QWidget *parent)
{
    if (!pool.isIscsiDirect() || !pool.connection())
        return nullptr;
    auto *menu = new QMenu(tr("&Attach to VM"), parent);
    menu->setObjectName(u"attachToVmMenu"_s);
    const AttachSource source = sourceForVolume(pool, volume);
    addMachines(menu, *pool.connection(), [source] { return source; });
    if (menu->isEmpty() || source.isController()) {
        delete menu;
        return nullptr;
    }
    return menu;
}

QMenu *MachineDiskActions::detachMenu(const QString &title, const QList<LunUsage> &usages, QWidget *parent)
{
    if (usages.isEmpty())
        return nullptr;
    auto *menu = new QMenu(title, parent);
    menu->setObjectName(u"detachMenu"_s);
    for (const LunUsage &usage : usages) {
        const QString state = usage.active ? tr("running") : tr("not running");
        QAction *action = menu->addAction(tr("%1 on %2 (%3, %4)", "domain, host, target device, running or not")
                                              .arg(usage.domain, ConnectionUri::shortName(usage.uri), usage.disk.targetDev, state));
        action->setToolTip(usage.uri);
        connect(action, &QAction::triggered, this, [this, usage] { detach(usage); });
    }
    return menu;
}

} // namespace lunscope
