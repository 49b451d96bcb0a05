#include "ScannedLuns.h"

#include "discovery/DiscoveryModel.h"
#include "common/PortalAddress.h"
#include "vm/UsageJson.h"

#include <QSet>

namespace lunscope {

namespace {

bool sameHost(const TargetNode &target, const StoragePoolInfo &pool)
{
    const PortalAddress &via = target.loggedInVia.isValid() ? target.loggedInVia : target.portal()->address;
    const int port = pool.sourcePort == 0 ? 3260 : pool.sourcePort;
    return via.host() == pool.sourceHost && via.port() == port;
}

} // namespace

std::optional<QList<LunInfo>> scannedLuns(const DiscoveryModel &model, const StoragePoolInfo &pool)
{
    if (pool.sourceDevice.isEmpty())
        return std::nullopt;
    const TargetNode *best = nullptr;
    for (const PortalNode *portal : model.portals()) {
        const TargetNode *target = portal->targetsByIqn.value(pool.sourceDevice);
        if (!target || target->state != DiscoveryItemState::Done)
            continue;
        if (!best || (sameHost(*target, pool) && !sameHost(*best, pool)))
            best = target;
    }
    if (!best)
        return std::nullopt;
    QList<LunInfo> luns;
    for (const LunNode *lun : best->luns())
        luns.append(lun->info);
    return luns;
}

QList<PoolTargetKey> scannedTargets(const DiscoveryModel &model)
{
    QList<PoolTargetKey> keys;
    QSet<PoolTargetKey> seen;
    for (const PortalNode *portal : model.portals()) {
        for (const TargetNode *target : portal->targets()) {
            const PortalAddress &via = target->loggedInVia.isValid() ? target->loggedInVia : portal->address;
            const PoolTargetKey key = PoolTargetKey::make(via.host(), via.port(), target->info.iqn);
            if (!seen.contains(key)) {
                seen.insert(key);
                keys.append(key);
            }
        }
    }
    return keys;
}

QList<LunUsage> lunUsers(const LunUsageIndex &usage, const LunNode &lun)
{
    if (usage.isEmpty())
        return {};
    const TargetNode *target = lun.target();
    const QList<PoolTargetKey> keys = LunUsageIndex::keysOf(target->info.iqn, target->loggedInVia, target->info.portals,
                                                            target->portal()->address);
    return usage.usersOf(keys, lun.info.lun, UsageJson::naaDesignators(lun.info));
}

} // namespace lunscope
