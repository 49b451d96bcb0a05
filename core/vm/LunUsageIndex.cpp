#include "LunUsageIndex.h"

#include "DomainDiskReader.h"

#include <algorithm>
#include <tuple>

namespace lunscope {

namespace {

// Hosts are kept in a hash: answers come out in one stable order (host, domain, target device),
// whatever the hash's seed.
QList<LunUsage> sorted(QList<LunUsage> users)
{
    std::sort(users.begin(), users.end(), [](const LunUsage &a, const LunUsage &b) {
        return std::tie(a.uri, a.domain, a.disk.targetDev) < std::tie(b.uri, b.domain, b.disk.targetDev);
    });
    return users;
}

// Each IQN once: several portals of one target are several keys but one look-up.
QStringList distinctIqns(const QList<PoolTargetKey> &targets)
{
    QStringList iqns;
    for (const PoolTargetKey &target : targets) {
        if (!iqns.contains(target.iqn))
            iqns.append(target.iqn);
    }
    return iqns;
}

} // namespace

void LunUsageIndex::setHost(const QString &uri, const QList<StoragePoolInfo> &pools, const QList<DomainInfo> &domains)
{
    QList<Entry> entries;
    for (const DomainInfo &domain : domains) {
        for (const DomainDisk &disk : DomainDiskReader::read(domain))
            entries.append({LunReference::ofDisk(disk, pools), LunUsage{uri, domain.name, domain.active, disk}});
    }
    // Only this host's entries leave and enter the look-ups: a hundred hosts reporting one after
    // the other cost a hundred small updates, not a hundred rebuilds of everything.
    removeHost(uri);
    for (const Entry &entry : entries)
        fileEntry(entry);
    m_hosts.insert(uri, std::move(entries));
}

void LunUsageIndex::removeHost(const QString &uri)
{
    const auto it = m_hosts.constFind(uri);
    if (it == m_hosts.constEnd())
        return;
    const auto drop = [&uri](QHash<QString, QList<Entry>> &lookup, const QString &key) {
        const auto found = lookup.find(key);
        if (found == lookup.end())
            return;
        found->removeIf([&uri](const Entry &entry) { return entry.usage.uri == uri; });
        if (found->isEmpty())
            lookup.erase(found);
    };
    for (const Entry &entry : *it) {
        if (!entry.reference)
            continue;
        if (entry.reference->target) {
            drop(m_byLun, lunKey(entry.reference->target->iqn, entry.reference->lun));
            drop(m_byIqn, entry.reference->target->iqn);
        }
        if (!entry.reference->naa.isEmpty())
            drop(m_byNaa, entry.reference->naa);
    }
    m_hosts.erase(it);
}

void LunUsageIndex::clear()
{
    m_hosts.clear();
    rebuildLookups();
}

QList<PoolTargetKey> LunUsageIndex::keysOf(const QString &iqn, const PortalAddress &loggedInVia,
                                           const QList<TargetPortal> &portals, const PortalAddress &discoveryPortal)
{
    QList<PoolTargetKey> keys;
    const auto add = [&](const PortalAddress &portal) {
        if (portal.host().isEmpty())
            return;
        const PoolTargetKey key = PoolTargetKey::make(portal.host(), portal.port(), iqn);
        if (!keys.contains(key))
            keys.append(key);
    };
    add(loggedInVia);
    for (const TargetPortal &portal : portals)
        add(portal.address);
    if (!discoveryPortal.isIsnsDirectory())
        add(discoveryPortal);
    return keys;
}

QString LunUsageIndex::lunKey(const QString &iqn, int lun)
{
    return iqn + u'\n' + QString::number(lun);
}

void LunUsageIndex::fileEntry(const Entry &entry)
{
    if (!entry.reference)
        return; // unresolved: only the pool guard reads it, from m_hosts
    if (entry.reference->target) {
        m_byLun[lunKey(entry.reference->target->iqn, entry.reference->lun)].append(entry);
        m_byIqn[entry.reference->target->iqn].append(entry);
    }
    if (!entry.reference->naa.isEmpty())
        m_byNaa[entry.reference->naa].append(entry);
}

void LunUsageIndex::rebuildLookups()
{
    m_byLun.clear();
    m_byNaa.clear();
    m_byIqn.clear();
    for (const QList<Entry> &entries : std::as_const(m_hosts)) {
        for (const Entry &entry : entries)
            fileEntry(entry);
    }
}

QList<LunUsage> LunUsageIndex::usersOf(const QList<PoolTargetKey> &targets, int lun, const QStringList &naa) const
{
    QList<LunUsage> users;
    for (const QString &iqn : distinctIqns(targets)) {
        for (const Entry &entry : m_byLun.value(lunKey(iqn, lun))) {
            if (targets.contains(*entry.reference->target) && !users.contains(entry.usage))
                users.append(entry.usage);
        }
    }
    for (const QString &designator : naa) {
        for (const Entry &entry : m_byNaa.value(designator)) {
            if (!users.contains(entry.usage))
                users.append(entry.usage);
        }
    }
    return sorted(users);
}

QList<LunUsage> LunUsageIndex::usersOfTarget(const QList<PoolTargetKey> &targets) const
{
    QList<LunUsage> users;
    for (const QString &iqn : distinctIqns(targets)) {
        for (const Entry &entry : m_byIqn.value(iqn)) {
            if (targets.contains(*entry.reference->target))
                users.append(entry.usage);
        }
    }
    return sorted(users);
}

QList<LunUsage> LunUsageIndex::usersOfPool(const QString &uri, const QString &pool) const
{
    QList<LunUsage> users;
    for (const Entry &entry : m_hosts.value(uri)) {
        if (entry.usage.disk.source == DiskSource::Volume && entry.usage.disk.pool == pool)
            users.append(entry.usage);
    }
    return users;
}

QList<LunUsage> LunUsageIndex::disksOf(const QString &uri, const QString &domain) const
{
    QList<LunUsage> disks;
    for (const Entry &entry : m_hosts.value(uri)) {
        if (entry.usage.domain == domain)
            disks.append(entry.usage);
    }
    return disks;
}

} // namespace lunscope
