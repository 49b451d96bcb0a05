#include "UsageJson.h"

#include "LunReference.h"

#include <QJsonValue>

#include <memory>

using namespace Qt::StringLiterals;

namespace lunscope::UsageJson {

QList<PoolTargetKey> targetKeys(const TargetResult &result, const PortalAddress &discoveryPortal)
{
    return LunUsageIndex::keysOf(result.target.iqn, result.loggedInVia, result.target.portals, discoveryPortal);
}

QStringList naaDesignators(const LunInfo &lun)
{
    QStringList naa;
    for (const Designator &designator : lun.designators) {
        if (designator.type == Designator::Type::Naa && designator.association == Designator::Association::LogicalUnit)
            naa.append(designator.value.toLower());
    }
    return naa;
}

QJsonArray pools(const QList<HostInventory> &hosts, const QList<PoolTargetKey> &targets, int lun)
{
    QJsonArray array;
    for (const HostInventory &host : hosts) {
        for (const StoragePoolInfo &pool : host.pools) {
            const std::optional<PoolTargetKey> key = LunReference::targetOfPool(pool);
            if (!key || !targets.contains(*key))
                continue;
            const bool active = pool.state == PoolState::Running;
            if (!active) {
                // A stopped pool lists no volumes; libvirt names them "unit:0:0:N" when it runs.
                array.append(QJsonObject{{u"connection"_s, host.uri}, {u"pool"_s, pool.name},
                                         {u"volume"_s, u"unit:0:0:%1"_s.arg(lun)}, {u"capacityBytes"_s, 0},
                                         {u"active"_s, false}});
                continue;
            }
            for (const StorageVolumeInfo &volume : host.volumes.value(pool.name)) {
                if (LunReference::lunOfVolumeName(volume.name) != lun)
                    continue;
                array.append(QJsonObject{{u"connection"_s, host.uri}, {u"pool"_s, pool.name},
                                         {u"volume"_s, volume.name}, {u"capacityBytes"_s, qint64(volume.capacity)},
                                         {u"active"_s, true}});
            }
        }
    }
    return array;
}

QJsonObject usage(const LunUsage &usage)
{
    return QJsonObject{{u"connection"_s, usage.uri},
                       {u"domain"_s, usage.domain},
                       {u"active"_s, usage.active && !usage.disk.configOnly},
                       {u"target"_s, usage.disk.targetDev},
                       {u"bus"_s, usage.disk.bus},
                       {u"device"_s, usage.disk.device},
                       {u"via"_s, diskSourceName(usage.disk.source)},
                       {u"readOnly"_s, usage.disk.readOnly},
                       {u"shareable"_s, usage.disk.shareable}};
}

QJsonArray usedBy(const LunUsageIndex &index, const QList<PoolTargetKey> &targets, const LunInfo &lun)
{
    QJsonArray array;
    for (const LunUsage &use : index.usersOf(targets, lun.lun, naaDesignators(lun)))
        array.append(usage(use));
    return array;
}

QJsonArray connections(const QList<HostInventory> &hosts)
{
    QJsonArray array;
    for (const HostInventory &host : hosts) {
        if (host.error)
            array.append(QJsonObject{{u"uri"_s, host.uri}, {u"error"_s, host.error.message()}});
    }
    return array;
}

std::function<void(JsonWriter &, const TargetResult &, const LunInfo &)> lunFields(const PortalAddress &discoveryPortal, const QList<HostInventory> &hosts)
{
    auto index = std::make_shared<LunUsageIndex>();
    for (const HostInventory &host : hosts) {
        if (!host.error)
            index->setHost(host.uri, host.pools, host.domains);
    }
    return [index, discoveryPortal, hosts](JsonWriter &writer, const TargetResult &result, const LunInfo &lun) {
        const QList<PoolTargetKey> keys = targetKeys(result, discoveryPortal);
        writer.field("pools"_L1, QJsonValue(pools(hosts, keys, lun.lun)));
        writer.field("usedBy"_L1, QJsonValue(usedBy(*index, keys, lun)));
    };
}

} // namespace lunscope::UsageJson
