#pragma once

#include "LunReference.h"
#include "LunUsage.h"
#include "common/TargetInfo.h"
#include "libvirt/LibvirtTypes.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace lunscope {

// Who uses which LUN, over every host we know the domains of. Each host's domains are read
// (DomainDiskReader) and their disks resolved (LunReference) once, when the host is set, and
// filed by target IQN and LUN and by NAA: a look-up is then a hash look-up, cheap enough for a
// column of a thousand LUNs over a hundred hosts.
class LunUsageIndex
{
public:
    // Replaces what is known about `uri`: its storage pools (volume disks resolve through them)
    // and its domains.
    void setHost(const QString &uri, const QList<StoragePoolInfo> &pools, const QList<DomainInfo> &domains);
    void removeHost(const QString &uri);
    void clear();
    bool isEmpty() const { return m_hosts.isEmpty(); }
    bool hasHost(const QString &uri) const { return m_hosts.contains(uri); }

    // The keys a scanned target answers to: the portal the probe logged in through, the portals
    // its SendTargets answer listed, and the portal discovery asked (not an iSNS directory).
    static QList<PoolTargetKey> keysOf(const QString &iqn, const PortalAddress &loggedInVia,
                                       const QList<TargetPortal> &portals, const PortalAddress &discoveryPortal);

    // The uses of LUN `lun` of the target at any of `targets` (a target reached through several
    // portals has one key each), or whose NAA designator is one of `naa`.
    QList<LunUsage> usersOf(const QList<PoolTargetKey> &targets, int lun, const QStringList &naa = {}) const;
    QList<LunUsage> usersOf(const PoolTargetKey &target, int lun) const { return usersOf(QList{target}, lun); }
    // The uses of any LUN of the target at any of `targets`: the domains a logout or a target's
    // removal concerns.
    QList<LunUsage> usersOfTarget(const QList<PoolTargetKey> &targets) const;
    // The disks on `uri` that name storage pool `pool` (type='volume'): what stopping or
    // undefining the pool takes away.
    QList<LunUsage> usersOfPool(const QString &uri, const QString &pool) const;
    // Every use on `uri` by domain `domain`, in the domain's order.
    QList<LunUsage> disksOf(const QString &uri, const QString &domain) const;

private:
    struct Entry
    {
        std::optional<LunReference> reference; // none: a disk we cannot resolve (kept for the pool guard)
        LunUsage usage;
    };
    void rebuildLookups();
    // Adds a resolved entry to the look-ups.
    void fileEntry(const Entry &entry);
    static QString lunKey(const QString &iqn, int lun);

    QHash<QString, QList<Entry>> m_hosts;  // by URI
    // The resolved entries again, by "IQN\nLUN" and by NAA: what usersOf() reads.
    QHash<QString, QList<Entry>> m_byLun;
    QHash<QString, QList<Entry>> m_byNaa;
    QHash<QString, QList<Entry>> m_byIqn;
};

} // namespace lunscope
