#include "PoolTargetKey.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace lunscope {

PoolTargetKey PoolTargetKey::make(const QString &host, int port, const QString &iqn)
{
    PoolTargetKey key;
    QString bare = host.trimmed();
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    QHostAddress address;
    if (address.setAddress(bare)) {
        // IPv4 written as IPv6 (::ffff:a.b.c.d) is the IPv4 host.
        bool isV4 = false;
        const quint32 v4 = address.toIPv4Address(&isV4);
        key.host = isV4 ? QHostAddress(v4).toString() : address.toString();
    } else {
        key.host = bare.toLower();
    }
    key.port = port > 0 && port <= 65535 ? quint16(port) : quint16(3260);
    key.iqn = iqn.trimmed();
    return key;
}

std::optional<PoolTargetKey> PoolTargetKey::ofPool(const StoragePoolInfo &pool)
{
    if (pool.type != u"iscsi-direct" || pool.sourceHost.isEmpty() || pool.sourceDevice.isEmpty())
        return std::nullopt;
    return make(pool.sourceHost, pool.sourcePort, pool.sourceDevice);
}

QString PoolTargetKey::portalText() const
{
    const QString shown = host.contains(u':') ? u'[' + host + u']' : host;
    return shown + u':' + QString::number(port);
}

} // namespace lunscope
