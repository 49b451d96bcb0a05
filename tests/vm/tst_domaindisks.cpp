// The disks of domain XML as libvirt writes them, the LUN each names (through its pool for
// type='volume', never by volume name alone), and the index that answers "who uses this LUN".
#include "vm/DomainDiskReader.h"
#include "vm/LunReference.h"
#include "vm/LunUsageIndex.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

const QString Iqn = u"iqn.2026-11.org.lunscope.test:disks"_s;
const QString OtherIqn = u"iqn.2026-11.org.lunscope.test:other-array"_s;

// A domain as `virsh dumpxml` prints it, trimmed to what matters.
const QString DomainXml = uR"(<domain type='kvm'>
  <name>web</name>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='file' device='disk'><source file='/var/lib/libvirt/images/web.qcow2'/><target dev='vda' bus='virtio'/></disk>
    <disk type='volume' device='disk'><driver name='qemu' type='raw'/>
      <source pool='array-a' volume='unit:0:0:1'/><target dev='vdb' bus='virtio'/></disk>
    <disk type='volume' device='lun'><source pool='array-b' volume='unit:0:0:1' mode='direct'/>
      <target dev='sda' bus='scsi'/><shareable/></disk>
    <disk type='network' device='disk'><source protocol='iscsi' name='iqn.2026-11.org.lunscope.test:disks/2'>
      <host name='127.0.0.1' port='3260'/></source><target dev='vdc' bus='virtio'/><readonly/></disk>
    <disk type='network' device='disk'><source protocol='rbd' name='pool/image'><host name='ceph'/></source>
      <target dev='vdd' bus='virtio'/></disk>
    <disk type='block' device='disk'><source dev='/dev/disk/by-path/ip-127.0.0.1:3260-iscsi-iqn.2026-11.org.lunscope.test:disks-lun-3'/>
      <target dev='vde' bus='virtio'/></disk>
    <disk type='block' device='lun'><source dev='/dev/disk/by-id/wwn-0x6001405AABBCCDD00112233445566778'/>
      <target dev='sdb' bus='scsi'/></disk>
    <disk type='block' device='cdrom'><target dev='hdc' bus='ide'/><readonly/></disk>
  </devices>
</domain>)"_s;

StoragePoolInfo iscsiDirectPool(const QString &name, const QString &host, int port, const QString &iqn)
{
    StoragePoolInfo pool;
    pool.name = name;
    pool.type = u"iscsi-direct"_s;
    pool.state = PoolState::Running;
    pool.sourceHost = host;
    pool.sourcePort = port;
    pool.sourceDevice = iqn;
    return pool;
}

} // namespace

class TestDomainDisks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheIscsiDisks()
    {
        const QList<DomainDisk> disks = DomainDiskReader::read(DomainXml);
        // The file disk, the rbd disk and the empty CD-ROM drive name no iSCSI LUN.
        QCOMPARE(disks.size(), 5);
        QCOMPARE(disks.at(0).source, DiskSource::Volume);
        QCOMPARE(disks.at(0).pool, u"array-a"_s);
        QCOMPARE(disks.at(0).volume, u"unit:0:0:1"_s);
        QCOMPARE(disks.at(0).targetDev, u"vdb"_s);
        QCOMPARE(disks.at(0).bus, u"virtio"_s);
        QCOMPARE(disks.at(0).device, u"disk"_s);
        QVERIFY(!disks.at(0).shareable);
        QCOMPARE(disks.at(1).device, u"lun"_s);
        QVERIFY(disks.at(1).shareable);
        QCOMPARE(disks.at(2).source, DiskSource::Network);
        QCOMPARE(disks.at(2).name, Iqn + u"/2"_s);
        QCOMPARE(disks.at(2).host, u"127.0.0.1"_s);
        QCOMPARE(disks.at(2).port, 3260);
        QVERIFY(disks.at(2).readOnly);
        QCOMPARE(disks.at(3).source, DiskSource::Block);
        QCOMPARE(disks.at(4).path, u"/dev/disk/by-id/wwn-0x6001405AABBCCDD00112233445566778"_s);
        QCOMPARE(diskSourceName(disks.at(4).source), u"block"_s);
    }

    void notADomainGivesNothing()
    {
        QVERIFY(DomainDiskReader::read(u"<pool type='dir'><name>x</name></pool>"_s).isEmpty());
        QVERIFY(DomainDiskReader::read(u"not xml"_s).isEmpty());
        // Truncated: what came before the break is kept.
        QCOMPARE(DomainDiskReader::read(DomainXml.left(DomainXml.indexOf(u"<disk type='network'"_s))).size(), 2);
    }

    void configOnlyDisksOfARunningDomain()
    {
        DomainInfo domain;
        domain.name = u"web"_s;
        domain.active = true;
        domain.persistent = true;
        domain.xml = u"<domain><devices><disk type='volume'><source pool='array-a' volume='unit:0:0:1'/>"
                     "<target dev='vdb' bus='virtio'/></disk></devices></domain>"_s;
        domain.configXml = u"<domain><devices><disk type='volume'><source pool='array-a' volume='unit:0:0:1'/>"
                           "<target dev='vdb' bus='virtio'/></disk><disk type='volume'><source pool='array-a' "
                           "volume='unit:0:0:4'/><target dev='vdc' bus='virtio'/></disk></devices></domain>"_s;
        const QList<DomainDisk> disks = DomainDiskReader::read(domain);
        QCOMPARE(disks.size(), 2);
        QVERIFY(!disks.at(0).configOnly);
        QVERIFY(disks.at(1).configOnly);
        QCOMPARE(disks.at(1).targetDev, u"vdc"_s);
    }

    void devicePaths()
    {
        const auto byPath = LunReference::ofDevicePath(
            u"/dev/disk/by-path/ip-192.0.2.10:3261-iscsi-iqn.2003-01.org.linux-iscsi.a-b-c:sn.1-lun-12"_s);
        QVERIFY(byPath.has_value());
        QCOMPARE(byPath->target->host, u"192.0.2.10"_s);
        QCOMPARE(byPath->target->port, quint16(3261));
        QCOMPARE(byPath->target->iqn, u"iqn.2003-01.org.linux-iscsi.a-b-c:sn.1"_s);
        QCOMPARE(byPath->lun, 12);
        const auto v6 = LunReference::ofDevicePath(u"/dev/disk/by-path/ip-[::1]:3260-iscsi-"_s + Iqn + u"-lun-0"_s);
        QVERIFY(v6.has_value());
        QCOMPARE(v6->target->host, u"::1"_s);
        QCOMPARE(v6->lun, 0);
        const auto wwn = LunReference::ofDevicePath(u"/dev/disk/by-id/wwn-0x60014059C1A2B3C4D5E6F708192A3B4C"_s);
        QVERIFY(wwn.has_value());
        QVERIFY(!wwn->target);
        QCOMPARE(wwn->naa, u"60014059c1a2b3c4d5e6f708192a3b4c"_s);
        QCOMPARE(LunReference::ofDevicePath(u"/dev/disk/by-id/scsi-360014059c1a2b3c4d5e6f708192a3b4c"_s)->naa,
                 u"60014059c1a2b3c4d5e6f708192a3b4c"_s);
        QVERIFY(!LunReference::ofDevicePath(u"/dev/sdb"_s));
        QVERIFY(!LunReference::ofDevicePath(u"/dev/disk/by-path/pci-0000:00:1f.2-ata-1"_s));
        QCOMPARE(LunReference::lunOfVolumeName(u"unit:0:0:17"_s), 17);
        QCOMPARE(LunReference::lunOfVolumeName(u"web.qcow2"_s), -1);
    }

    // "unit:0:0:1" of two pools are two different LUNs: a volume resolves through its own pool.
    void volumesResolveThroughTheirPool()
    {
        const QList<StoragePoolInfo> pools{iscsiDirectPool(u"array-a"_s, u"127.0.0.1"_s, 0, Iqn),
                                           iscsiDirectPool(u"array-b"_s, u"LOCALHOST"_s, 3261, OtherIqn)};
        const QList<DomainDisk> disks = DomainDiskReader::read(DomainXml);
        const auto a = LunReference::ofDisk(disks.at(0), pools);
        const auto b = LunReference::ofDisk(disks.at(1), pools);
        QVERIFY(a && b);
        QCOMPARE(*a->target, PoolTargetKey::make(u"127.0.0.1"_s, 3260, Iqn));
        QCOMPARE(*b->target, PoolTargetKey::make(u"localhost"_s, 3261, OtherIqn));
        QCOMPARE(a->lun, 1);
        QCOMPARE(b->lun, 1);
        QVERIFY(a != b);
        // A volume of a pool this host does not have (or not an iSCSI pool) names nothing.
        QVERIFY(!LunReference::ofDisk(disks.at(0), {}));
        StoragePoolInfo dir = pools.at(0);
        dir.type = u"dir"_s;
        QVERIFY(!LunReference::ofDisk(disks.at(0), {dir}));
        // network: name='IQN/N'
        QCOMPARE(LunReference::ofDisk(disks.at(2), pools)->lun, 2);
        QCOMPARE(*LunReference::ofDisk(disks.at(2), pools)->target, PoolTargetKey::make(u"127.0.0.1"_s, 3260, Iqn));
    }

    void indexAnswersWhoUsesALun()
    {
        const QString hostA = u"qemu+ssh://a/system"_s;
        const QString hostB = u"qemu+ssh://b/system"_s;
        const QList<StoragePoolInfo> poolsA{iscsiDirectPool(u"array-a"_s, u"127.0.0.1"_s, 3260, Iqn),
                                            iscsiDirectPool(u"array-b"_s, u"127.0.0.1"_s, 3261, OtherIqn)};
        DomainInfo web;
        web.name = u"web"_s;
        web.active = true;
        web.xml = DomainXml;
        // Host b reaches the same target under another pool name, and uses LUN 1 too.
        const QList<StoragePoolInfo> poolsB{iscsiDirectPool(u"san"_s, u"127.0.0.1"_s, 3260, Iqn)};
        DomainInfo db;
        db.name = u"db"_s;
        db.xml = u"<domain><devices><disk type='volume' device='disk'><source pool='san' volume='unit:0:0:1'/>"
                 "<target dev='vda' bus='virtio'/></disk></devices></domain>"_s;

        LunUsageIndex index;
        index.setHost(hostA, poolsA, {web});
        index.setHost(hostB, poolsB, {db});
        const PoolTargetKey target = PoolTargetKey::make(u"127.0.0.1"_s, 3260, Iqn);

        const QList<LunUsage> lun1 = index.usersOf(target, 1);
        QCOMPARE(lun1.size(), 2);
        QCOMPARE(lun1.at(0).domain == u"web" ? lun1.at(1).domain : lun1.at(0).domain, u"db"_s);
        QVERIFY(isSharingRisk(lun1)); // two writers, neither shareable

        QCOMPARE(index.usersOf(target, 2).size(), 1);
        QCOMPARE(index.usersOf(target, 3).size(), 1);
        QCOMPARE(index.usersOf(target, 3).at(0).disk.source, DiskSource::Block);
        QVERIFY(index.usersOf(target, 4).isEmpty());
        // The same IQN behind another portal is another target.
        QVERIFY(index.usersOf(PoolTargetKey::make(u"127.0.0.2"_s, 3260, Iqn), 1).isEmpty());
        // wwn-0x… matches the LUN's NAA designator, whatever the target.
        QCOMPARE(index.usersOf(QList<PoolTargetKey>{}, 7, {u"6001405aabbccdd00112233445566778"_s}).size(), 1);

        QCOMPARE(index.usersOfPool(hostA, u"array-b"_s).size(), 1);
        QCOMPARE(index.usersOfPool(hostB, u"array-b"_s).size(), 0);
        QCOMPARE(index.usersOfTarget({target}).size(), 4);
        QCOMPARE(index.disksOf(hostA, u"web"_s).size(), 5);

        index.removeHost(hostB);
        QCOMPARE(index.usersOf(target, 1).size(), 1);
        QVERIFY(!isSharingRisk(index.usersOf(target, 1)));
    }

    void sharingRisk()
    {
        LunUsage a{u"h"_s, u"a"_s, true, {}};
        LunUsage b{u"h"_s, u"b"_s, true, {}};
        QVERIFY(!isSharingRisk({a}));
        QVERIFY(isSharingRisk({a, b}));
        a.disk.shareable = true;
        QVERIFY(isSharingRisk({a, b})); // both must be shareable
        b.disk.shareable = true;
        QVERIFY(!isSharingRisk({a, b}));
        LunUsage twice = a;
        twice.disk.shareable = false;
        twice.disk.targetDev = u"vdz"_s;
        QVERIFY(isSharingRisk({a, twice})); // one domain, the same LUN twice
        a.disk.readOnly = twice.disk.readOnly = true;
        QVERIFY(!isSharingRisk({a, twice}));
    }
};

QTEST_GUILESS_MAIN(TestDomainDisks)
#include "tst_domaindisks.moc"
