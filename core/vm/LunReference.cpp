#include "LunReference.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lunscope {

int LunReference::lunOfVolumeName(const QString &volume)
{
    // libvirt names the volumes of both iSCSI backends "unit:0:0:N" (bus:target:LUN).
    static const QRegularExpression unit(u"^unit:\\d+:\\d+:(\\d+)$"_s);
    const QRegularExpressionMatch match = unit.match(volume);
    if (!match.hasMatch())
        return -1;
    bool ok = false;
    const int lun = match.captured(1).toInt(&ok);
    return ok ? lun : -1;
}

std::optional<PoolTargetKey> LunReference::targetOfPool(const StoragePoolInfo &pool)
{
    if ((pool.type != u"iscsi-direct" && pool.type != u"iscsi") || pool.sourceHost.isEmpty()
        || pool.sourceDevice.isEmpty())
        return std::nullopt;
    return PoolTargetKey::make(pool.sourceHost, pool.sourcePort, pool.sourceDevice);
}

std::optional<LunReference> LunReference::ofVolume(const StoragePoolInfo &pool, const QString &volume)
{
    const std::optional<PoolTargetKey> target = targetOfPool(pool);
    const int lun = lunOfVolumeName(volume);
    if (!target || lun < 0)
        return std::nullopt;
    return LunReference{target, lun, {}};
}

std::optional<LunReference> LunReference::ofDevicePath(const QString &path)
{
    // udev's names: ip-<host>:<port>-iscsi-<iqn>-lun-<n>; the IQN may itself contain "-", so the
    // LUN is the last "-lun-" and the portal ends at the first "-iscsi-".
    static const QRegularExpression byPath(u"^/dev/disk/by-path/ip-(\\[[^\\]]+\\]|[^:]+):(\\d+)-iscsi-(.+)-lun-(\\d+)$"_s);
    static const QRegularExpression byId(u"^/dev/disk/by-id/(?:wwn-0x|scsi-3)([0-9a-fA-F]{16,32})$"_s);
    if (const QRegularExpressionMatch match = byPath.match(path); match.hasMatch()) {
        QString host = match.captured(1);
        if (host.startsWith(u'['))
            host = host.mid(1, host.size() - 2);
        return LunReference{PoolTargetKey::make(host, match.captured(2).toInt(), match.captured(3)),
                            match.captured(4).toInt(), {}};
    }
    if (const QRegularExpressionMatch match = byId.match(path); match.hasMatch())
        return LunReference{std::nullopt, -1, match.captured(1).toLower()};
    return std::nullopt;
}

std::optional<LunReference> LunReference::ofDisk(const DomainDisk &disk, const QList<StoragePoolInfo> &pools)
{
    switch (disk.source) {
    case DiskSource::Volume:
        for (const StoragePoolInfo &pool : pools) {
            if (pool.name == disk.pool)
                return ofVolume(pool, disk.volume);
        }
        return std::nullopt;
    case DiskSource::Network: {
        // name='IQN/N'; without "/N" QEMU opens LUN 0.
        const qsizetype slash = disk.name.lastIndexOf(u'/');
        int lun = 0;
        QString iqn = disk.name;
        if (slash >= 0) {
            bool ok = false;
            lun = disk.name.mid(slash + 1).toInt(&ok);
            if (!ok)
                return std::nullopt;
            iqn = disk.name.left(slash);
        }
        if (disk.host.isEmpty() || iqn.isEmpty())
            return std::nullopt;
        return LunReference{PoolTargetKey::make(disk.host, disk.port, iqn), lun, {}};
    }
    case DiskSource::Block: return ofDevicePath(disk.path);
    }
    return std::nullopt;
}

} // namespace lunscope
