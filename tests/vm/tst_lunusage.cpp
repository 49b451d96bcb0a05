// Who uses which LUN, read from real libvirt: domains with the three kinds of iSCSI disk
// (type='volume' through an iscsi-direct pool, type='network' protocol='iscsi', type='block' by
// path) are defined on libvirt's test driver and on a private libvirtd, listed back through
// LibvirtConnection on its worker, and resolved by LunUsageIndex; domain events (define, undefine)
// arrive as one domainsChanged(). The test driver cannot attach or detach; the private libvirtd's
// domains stay defined and inactive (starting them needs QEMU: the attach tests do that).
#include "LibvirtTestSupport.h"
#include "LibvirtdSandbox.h"
#include "libvirt/LibvirtConnection.h"
#include "vm/HostInventoryJob.h"
#include "vm/LunUsageIndex.h"
#include "scan/ScanJson.h"
#include "vm/UsageJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;
using namespace lunscope;
using namespace lunscope::test;

namespace {

const QString DefaultUri = u"test:///default"_s;
const QString Iqn = u"iqn.2026-11.org.lunscope.test:disks"_s;

// The disks every test domain gets: LUN 1 through the pool, LUN 2 over the network, LUN 3 as a
// host block device.
QString disksXml(const QString &pool)
{
    return uR"(<disk type='volume' device='disk'><source pool='%1' volume='unit:0:0:1'/><target dev='vdb' bus='virtio'/></disk>
<disk type='network' device='lun'><source protocol='iscsi' name='%2/2'><host name='127.0.0.1' port='3260'/></source><target dev='sda' bus='scsi'/><shareable/></disk>
<disk type='block' device='disk'><source dev='/dev/disk/by-path/ip-127.0.0.1:3260-iscsi-%2-lun-3'/><target dev='vdc' bus='virtio'/><readonly/></disk>)"_s
        .arg(pool, Iqn);
}

QString testDomainXml(const QString &name, const QString &pool)
{
    return u"<domain type='test'><name>%1</name><memory>131072</memory><os><type>hvm</type></os><devices>%2</devices></domain>"_s
        .arg(name, disksXml(pool));
}

QString qemuDomainXml(const QString &name, const QString &pool)
{
    return u"<domain type='qemu'><name>%1</name><memory unit='MiB'>128</memory><os><type arch='x86_64'>hvm</type></os>"
           "<devices><controller type='scsi' model='virtio-scsi'/>%2</devices></domain>"_s
        .arg(name, disksXml(pool));
}

// Defines (or undefines) a domain the way another tool would, through a connection of its own.
class Hypervisor
{
public:
    explicit Hypervisor(const QString &uri) : m_connection(virConnectOpen(uri.toUtf8().constData())) {}
    ~Hypervisor()
    {
        if (m_connection)
            virConnectClose(m_connection);
    }
    bool isOpen() const { return m_connection; }
    QString define(const QString &xml)
    {
        virDomainPtr domain = virDomainDefineXML(m_connection, xml.toUtf8().constData());
        if (!domain)
            return QString::fromUtf8(virGetLastErrorMessage());
        virDomainFree(domain);
        return {};
    }
    QString undefine(const QString &name)
    {
        virDomainPtr domain = virDomainLookupByName(m_connection, name.toUtf8().constData());
        if (!domain)
            return QString::fromUtf8(virGetLastErrorMessage());
        const int undefined = virDomainUndefine(domain);
        virDomainFree(domain);
        return undefined < 0 ? QString::fromUtf8(virGetLastErrorMessage()) : QString();
    }

private:
    virConnectPtr m_connection;
};

Result<QList<DomainInfo>> listDomains(LibvirtConnection &connection)
{
    return await<QList<DomainInfo>>([&](auto done) { connection.listDomains(std::move(done)); });
}

std::optional<HostInventory> inventoryOf(LibvirtConnection &connection)
{
    HostInventoryJob job(&connection);
    QSignalSpy finished(&job, &HostInventoryJob::finished);
    job.start();
    if (!finished.wait(CallBoundMs))
        return std::nullopt;
    return job.inventory();
}

// What the index says about LUNs 1-3 of the test target on 127.0.0.1:3260.
void checkUsage(const HostInventory &inventory, const QString &domain, bool active)
{
    LunUsageIndex index;
    index.setHost(inventory.uri, inventory.pools, inventory.domains);
    const PoolTargetKey target = PoolTargetKey::make(u"127.0.0.1"_s, 3260, Iqn);
    const auto only = [&](int lun) {
        QList<LunUsage> users;
        for (const LunUsage &usage : index.usersOf(target, lun)) {
            if (usage.domain == domain)
                users.append(usage);
        }
        return users;
    };
    const QList<LunUsage> viaPool = only(1);
    QCOMPARE(viaPool.size(), 1);
    QCOMPARE(viaPool.at(0).uri, inventory.uri);
    QCOMPARE(viaPool.at(0).active, active);
    QCOMPARE(viaPool.at(0).disk.source, DiskSource::Volume);
    QCOMPARE(viaPool.at(0).disk.targetDev, u"vdb"_s);
    QCOMPARE(viaPool.at(0).disk.bus, u"virtio"_s);
    const QList<LunUsage> viaNetwork = only(2);
    QCOMPARE(viaNetwork.size(), 1);
    QCOMPARE(viaNetwork.at(0).disk.source, DiskSource::Network);
    QCOMPARE(viaNetwork.at(0).disk.device, u"lun"_s);
    QVERIFY(viaNetwork.at(0).disk.shareable);
    const QList<LunUsage> viaBlock = only(3);
    QCOMPARE(viaBlock.size(), 1);
    QCOMPARE(viaBlock.at(0).disk.source, DiskSource::Block);
    QVERIFY(viaBlock.at(0).disk.readOnly);
    QVERIFY(only(0).isEmpty());
    // The same LUN 1 behind another pool of the same host is not this one.
    for (const LunUsage &usage : index.usersOf(PoolTargetKey::make(u"127.0.0.1"_s, 3261, Iqn), 1))
        QVERIFY(usage.domain != domain);
    QCOMPARE(index.usersOfPool(inventory.uri, u"lunscope-usage"_s).size() >= 1, true);
}

} // namespace

class TestLunUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testDriverDomains()
    {
        LibvirtConnection connection;
        QVERIFY(!openConnection(connection, DefaultUri));
        Hypervisor other(DefaultUri);
        QVERIFY(other.isOpen());
        QVERIFY(!awaitDone([&](auto done) {
            connection.definePool(iscsiDirectPoolXml(u"lunscope-usage"_s), [done](const Result<QString> &r) {
                done(r.ok() ? Error() : r.error());
            });
        }));
        QVERIFY(!awaitDone([&](auto done) { connection.startPool(u"lunscope-usage"_s, std::move(done)); }));
        // A second pool with the same volume names on another port: never confused with the first.
        QVERIFY(!awaitDone([&](auto done) {
            connection.definePool(iscsiDirectPoolXml(u"lunscope-other"_s, 3261), [done](const Result<QString> &r) {
                done(r.ok() ? Error() : r.error());
            });
        }));

        QSignalSpy events(&connection, &LibvirtConnection::domainEvent);
        QSignalSpy changed(&connection, &LibvirtConnection::domainsChanged);
        QCOMPARE(other.define(testDomainXml(u"vm-a"_s, u"lunscope-usage"_s)), QString());
        QCOMPARE(other.define(testDomainXml(u"vm-b"_s, u"lunscope-other"_s)), QString());
        QVERIFY(changed.wait(CallBoundMs));
        QVERIFY(events.size() >= 2);
        QCOMPARE(changed.size(), 1); // one burst, one signal

        const auto domains = listDomains(connection);
        QVERIFY2(domains.ok(), qPrintable(domains.error().message()));
        QStringList names;
        for (const DomainInfo &domain : domains.value())
            names.append(domain.name);
        // test:///default defines a running domain "test" of its own.
        QVERIFY(names.contains(u"test"_s) && names.contains(u"vm-a"_s) && names.contains(u"vm-b"_s));
        const DomainInfo &vmA = *std::find_if(domains.value().begin(), domains.value().end(),
                                              [](const DomainInfo &d) { return d.name == u"vm-a"; });
        QVERIFY(!vmA.active);
        QVERIFY(vmA.persistent);
        QVERIFY(vmA.xml.contains(u"unit:0:0:1"_s));

        const std::optional<HostInventory> inventory = inventoryOf(connection);
        QVERIFY(inventory.has_value());
        QVERIFY2(!inventory->error, qPrintable(inventory->error.message()));
        checkUsage(*inventory, u"vm-a"_s, false);
        // vm-b's volume disk is LUN 1 of the pool on port 3261.
        LunUsageIndex index;
        index.setHost(inventory->uri, inventory->pools, inventory->domains);
        const QList<LunUsage> other3261 = index.usersOf(PoolTargetKey::make(u"127.0.0.1"_s, 3261, Iqn), 1);
        QCOMPARE(other3261.size(), 1);
        QCOMPARE(other3261.at(0).domain, u"vm-b"_s);
        // vm-a and vm-b both use LUN 2 and 3 of port 3260 (network and block): LUN 2 is shareable
        // in both, LUN 3 read-only in both; LUN 1 through the pool is vm-a's alone.
        const PoolTargetKey target = PoolTargetKey::make(u"127.0.0.1"_s, 3260, Iqn);
        QCOMPARE(index.usersOf(target, 2).size(), 2);
        QVERIFY(!isSharingRisk(index.usersOf(target, 2)));
        QVERIFY(!isSharingRisk(index.usersOf(target, 3)));

        // Undefined by someone else: gone after the next burst.
        QCOMPARE(other.undefine(u"vm-b"_s), QString());
        QVERIFY(changed.wait(CallBoundMs));
        const auto after = listDomains(connection);
        QVERIFY(after.ok());
        QVERIFY(std::none_of(after.value().begin(), after.value().end(), [](const DomainInfo &d) { return d.name == u"vm-b"; }));
        other.undefine(u"vm-a"_s);
    }

    void jsonFieldsOfAScannedLun()
    {
        LibvirtConnection connection;
        QVERIFY(!openConnection(connection, DefaultUri));
        Hypervisor other(DefaultUri);
        QVERIFY(!awaitDone([&](auto done) {
            connection.definePool(iscsiDirectPoolXml(u"lunscope-json"_s), [done](const Result<QString> &r) {
                done(r.ok() ? Error() : r.error());
            });
        }));
        QCOMPARE(other.define(testDomainXml(u"vm-json"_s, u"lunscope-json"_s)), QString());
        std::optional<HostInventory> inventory = inventoryOf(connection);
        QVERIFY(inventory && !inventory->error);
        HostInventory failed;
        failed.uri = u"test:///nowhere"_s;
        failed.error = Error(ErrorKind::ConnectionLost, u"Could not connect to libvirt at test:///nowhere."_s);

        TargetResult result;
        result.target.iqn = Iqn;
        result.target.portals.append({PortalAddress(u"127.0.0.1"_s, 3260), 1});
        LunInfo lun1;
        lun1.lun = 1;
        LunInfo lun9;
        lun9.lun = 9;
        result.luns = {lun1, lun9};
        const QList<HostInventory> hosts{*inventory, failed};
        JsonWriter writer;
        writer.beginObject();
        ScanJson::writeDocumentFields(writer, u"127.0.0.1:3260"_s, u"iqn.x"_s, {result}, {},
                                      UsageJson::lunFields(PortalAddress(u"127.0.0.1"_s, 3260), hosts));
        writer.field("connections"_L1, QJsonValue(UsageJson::connections(hosts)));
        writer.endObject();
        const QJsonObject document = QJsonDocument::fromJson(writer.take()).object();

        const QJsonArray luns = document[u"targets"_s].toArray().at(0)[u"luns"_s].toArray();
        QCOMPARE(luns.size(), 2);
        QCOMPARE(luns.at(1)[u"lun"_s].toInt(), 9);
        const QJsonArray pools = luns.at(0)[u"pools"_s].toArray();
        QCOMPARE(pools.size(), 1);
        QCOMPARE(pools.at(0)[u"connection"_s].toString(), DefaultUri);
        QCOMPARE(pools.at(0)[u"pool"_s].toString(), u"lunscope-json"_s);
        QCOMPARE(pools.at(0)[u"volume"_s].toString(), u"unit:0:0:1"_s);
        QCOMPARE(pools.at(0)[u"active"_s].toBool(), false);
        const QJsonArray usedBy = luns.at(0)[u"usedBy"_s].toArray();
        QJsonObject vm;
        for (const QJsonValue &use : usedBy) {
            if (use[u"domain"_s] == u"vm-json"_s)
                vm = use.toObject();
        }
        QCOMPARE(vm[u"connection"_s].toString(), DefaultUri);
        QCOMPARE(vm[u"target"_s].toString(), u"vdb"_s);
        QCOMPARE(vm[u"bus"_s].toString(), u"virtio"_s);
        QCOMPARE(vm[u"device"_s].toString(), u"disk"_s);
        QCOMPARE(vm[u"via"_s].toString(), u"volume"_s);
        QCOMPARE(vm[u"active"_s].toBool(), false);
        // Nothing uses LUN 9: empty lists, not missing fields.
        QVERIFY(luns.at(1)[u"pools"_s].isArray() && luns.at(1)[u"pools"_s].toArray().size() == 1);
        QVERIFY(luns.at(1)[u"usedBy"_s].isArray() && luns.at(1)[u"usedBy"_s].toArray().isEmpty());
        const QJsonArray connections = document[u"connections"_s].toArray();
        QCOMPARE(connections.size(), 1);
        QCOMPARE(connections.at(0)[u"uri"_s].toString(), u"test:///nowhere"_s);
        other.undefine(u"vm-json"_s);
    }

    void privateLibvirtdDomains()
    {
        LibvirtdSandbox sandbox;
        if (!sandbox.startForTest())
            return;
        LibvirtConnection connection;
        QVERIFY2(!openConnection(connection, sandbox.uri()), qPrintable(sandbox.log()));
        Hypervisor other(sandbox.uri());
        QVERIFY(other.isOpen());
        QVERIFY(!awaitDone([&](auto done) {
            connection.definePool(iscsiDirectPoolXml(u"lunscope-usage"_s), [done](const Result<QString> &r) {
                done(r.ok() ? Error() : r.error());
            });
        }));
        QSignalSpy changed(&connection, &LibvirtConnection::domainsChanged);
        const QString defined = other.define(qemuDomainXml(u"vm-usage"_s, u"lunscope-usage"_s));
        QVERIFY2(defined.isEmpty(), qPrintable(defined));
        QVERIFY(changed.wait(CallBoundMs));

        const std::optional<HostInventory> inventory = inventoryOf(connection);
        QVERIFY(inventory.has_value());
        QVERIFY2(!inventory->error, qPrintable(inventory->error.message()));
        QCOMPARE(inventory->domains.size(), 1);
        QVERIFY(!inventory->domains.at(0).active);
        checkUsage(*inventory, u"vm-usage"_s, false);

        other.undefine(u"vm-usage"_s);
        QVERIFY(changed.wait(CallBoundMs));
        QVERIFY(listDomains(connection).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLunUsage)
#include "tst_lunusage.moc"
