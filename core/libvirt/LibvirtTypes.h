#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace lunscope {

// Values LibvirtConnection hands to its callers. Plain data, copied between threads; no libvirt
// header is needed to use them.

enum class PoolState { Inactive, Building, Running, Degraded, Inaccessible, Unknown };
// Stable machine name ("inactive", "running"…) for JSON and logs.
QString poolStateName(PoolState state);

// One storage pool as libvirt reports it. The source fields come from the pool's XML and stay
// empty (port 0) for pool types or definitions without them.
struct StoragePoolInfo
{
    QString name;
    QString uuid;
    QString type;             // <pool type=…>: "iscsi-direct", "dir"…
    PoolState state = PoolState::Unknown;
    quint64 capacity = 0;     // bytes
    quint64 allocation = 0;
    quint64 available = 0;
    bool autostart = false;
    bool persistent = false;
    QString sourceHost;       // <source><host name=…> (iscsi-direct has exactly one)
    int sourcePort = 0;       // <host port=…>, 0 when absent
    QString sourceDevice;     // <source><device path=…>: the target IQN for iscsi and iscsi-direct
    QString initiatorIqn;     // <source><initiator><iqn name=…>
    QString chapUser;         // <source><auth type='chap' username=…>; empty: no CHAP
    QString chapSecretUsage;  // its <secret usage=…>, when it names the secret by usage
    QString chapSecretUuid;   // its <secret uuid=…>, when it names the secret by UUID

    friend bool operator==(const StoragePoolInfo &, const StoragePoolInfo &) = default;
};

enum class VolumeType { File, Block, Dir, Network, NetDir, Ploop, Unknown };
QString volumeTypeName(VolumeType type);

// One volume of a pool. For iscsi-direct (libvirt 9.0) a volume is a LUN named "unit:0:0:N",
// and its capacity is one block short of the LUN's size (libvirt multiplies the last LBA, not
// the block count, by the block size).
struct StorageVolumeInfo
{
    QString name;
    QString key;
    QString path;
    VolumeType type = VolumeType::Unknown;
    quint64 capacity = 0;     // bytes
    quint64 allocation = 0;

    friend bool operator==(const StorageVolumeInfo &, const StorageVolumeInfo &) = default;
};

// What a secret is for. Only iSCSI (CHAP for a pool's <auth>) is needed by LunScope.
enum class SecretUsage { Iscsi };

struct SecretInfo
{
    QString uuid;
    QString usageId;          // <usage type='iscsi'><target>…</target></usage>

    friend bool operator==(const SecretInfo &, const SecretInfo &) = default;
};

// Whether a connection's storage driver can run iscsi-direct pools.
struct IscsiDirectSupport
{
    enum class Status { Supported, NotSupported, Unknown };
    Status status = Status::Unknown;
    QString message;          // NotSupported and Unknown: what it means and what to do
};

// One domain (virtual machine) of a connection, with its XML as libvirt gives it; core/vm reads
// the disks out of it. A running domain has the live XML in `xml` and, when it is persistent, the
// configuration it starts from next time in `configXml`; an inactive one has its configuration in
// `xml` and no `configXml`.
struct DomainInfo
{
    QString name;
    QString uuid;
    bool active = false;      // running or paused: QEMU holds its disks open
    bool persistent = false;
    QString xml;
    QString configXml;

    friend bool operator==(const DomainInfo &, const DomainInfo &) = default;
};

// Storage pool lifecycle events, as libvirt names them, plus a refresh.
enum class PoolEventKind { Defined, Undefined, Started, Stopped, Created, Deleted, Refreshed };
QString poolEventKindName(PoolEventKind kind);

} // namespace lunscope

Q_DECLARE_METATYPE(lunscope::StoragePoolInfo)
Q_DECLARE_METATYPE(lunscope::StorageVolumeInfo)
Q_DECLARE_METATYPE(lunscope::DomainInfo)
Q_DECLARE_METATYPE(lunscope::PoolEventKind)
