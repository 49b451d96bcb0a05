#pragma once

#include "LibvirtTypes.h"

#include <QHashFunctions>
#include <QString>

#include <optional>

namespace lunscope {

// Which target a pool logs in to, the way the consistency view matches pools across hosts: host,
// port and target IQN — never the pool's name, which each host may choose differently. Hosts
// compare as addresses where they are literals (so "::1" and "0:0::1" are one host) and without
// case where they are names; an absent port is 3260, as libvirt's backend uses.
struct PoolTargetKey
{
    QString host;       // normalised: an address as QHostAddress writes it, a name in lower case
    quint16 port = 3260;
    QString iqn;

    static PoolTargetKey make(const QString &host, int port, const QString &iqn);
    // The key of an iscsi-direct pool; none for other pool types or a pool without host or target.
    static std::optional<PoolTargetKey> ofPool(const StoragePoolInfo &pool);

    // "host:port", an IPv6 host in brackets.
    QString portalText() const;

    friend bool operator==(const PoolTargetKey &, const PoolTargetKey &) = default;
};

inline size_t qHash(const PoolTargetKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.host, key.port, key.iqn);
}

} // namespace lunscope
