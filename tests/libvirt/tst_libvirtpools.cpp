// The pool and secret calls of LibvirtConnection on libvirt's test driver (test:///default and a
// node file of our own): every pool call, what the test driver lacks (capabilities, secrets,
// inactive XML), and errors that keep libvirt's own message as detail.
#include "LibvirtTestSupport.h"
#include "libvirt/LibvirtConnection.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;
using namespace lunscope::test;

namespace {

const QString DefaultUri = u"test:///default"_s;

Result<std::optional<StoragePoolInfo>> lookup(LibvirtConnection &connection, const QString &name)
{
    return await<std::optional<StoragePoolInfo>>(
        [&](auto done) { connection.lookupPool(name, std::move(done)); });
}

} // namespace

class TestLibvirtPools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheDefaultPool()
    {
        LibvirtConnection connection;
        QVERIFY(!openConnection(connection, DefaultUri));
        const auto pools = await<QList<StoragePoolInfo>>([&](auto done) { connection.listPools(std::move(done)); });
        QVERIFY2(pools.ok(), qPrintable(pools.error().message()));
        const auto it = std::find_if(pools.value().begin(), pools.value().end(),
                                     [](const StoragePoolInfo &pool) { return pool.name == u"default-pool"; });
        QVERIFY(it != pools.value().end());
        QCOMPARE(it->type, u"dir"_s);
        QCOMPARE(it->state, PoolState::Running);
        QVERIFY(it->persistent);
        QCOMPARE(it->uuid, u"dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566"_s);
        QVERIFY(it->capacity > 0);
        QCOMPARE(it->available, it->capacity - it->allocation);
        QVERIFY(it->sourceHost.isEmpty());
    }

    void iscsiDirectPoolLifecycle()
    {
        LibvirtConnection connection;
        QVERIFY(!openConnection(connection, DefaultUri));
        const QString name = u"lifecycle"_s;

        const auto defined = await<QString>([&](auto done) { connection.definePool(iscsiDirectPoolXml(name), std::move(done)); });
        QVERIFY2(defined.ok(), qPrintable(defined.error().message()));
        QCOMPARE(defined.value(), name);

        auto info = lookup(connection, name);
        QVERIFY(info.ok() && info.value().has_value());
        QCOMPARE(info.value()->type, u"iscsi-direct"_s);
        QCOMPARE(info.value()->state, PoolState::Inactive);
        QCOMPARE(info.value()->sourceHost, u"127.0.0.1"_s);
        QCOMPARE(info.value()->sourcePort, 3260);
        QCOMPARE(info.value()->sourceDevice, u"iqn.2026-11.org.lunscope.test:disks"_s);
        QCOMPARE(info.value()->initiatorIqn, u"iqn.2026-11.org.lunscope:host"_s);
        QVERIFY(info.value()->persistent);
        QVERIFY(!info.value()->autostart);

        QVERIFY(!awaitDone([&](auto done) { connection.startPool(name, std::move(done)); }));
        info = lookup(connection, name);
        QCOMPARE(info.value()->state, PoolState::Running);

        // The test driver does not scan an iscsi-direct target: no volumes.
        const auto volumes = await<QList<StorageVolumeInfo>>([&](auto done) { connection.listVolumes(name, std::move(done)); });
        QVERIFY2(volumes.ok(), qPrintable(volumes.error().message()));
        QVERIFY(volumes.value().isEmpty());

        QVERIFY(!awaitDone([&](auto done) { connection.refreshPool(name, std::move(done)); }));
        QVERIFY(!awaitDone([&](auto done) { connection.setPoolAutostart(name, true, std::move(done)); }));
        QVERIFY(lookup(connection, name).value()->autostart);

        const auto live = await<QString>([&](auto done) {
            connection.poolXml(name, LibvirtConnection::XmlFlavour::Live, std::move(done));
        });
        QVERIFY(live.ok());
        QVERIFY(live.value().contains(u"<name>lifecycle</name>"_s));
        QVERIFY(live.value().contains(u"<host name='127.0.0.1' port='3260'/>"_s));
        const auto inactive = await<QString>([&](auto done) {
            connection.poolXml(name, LibvirtConnection::XmlFlavour::Inactive, std::move(done));
        });
        // The test driver knows no VIR_STORAGE_XML_INACTIVE (a real libvirtd does: tst_libvirtd).
        QVERIFY(!inactive.ok());
        QVERIFY2(inactive.error().detail().contains(u"unsupported flags"_s), qPrintable(inactive.error().detail()));

        QVERIFY(!awaitDone([&](auto done) { connection.stopPool(name, std::move(done)); }));
        QCOMPARE(lookup(connection, name).value()->state, PoolState::Inactive);
        QVERIFY(!awaitDone([&](auto done) { connection.undefinePool(name, std::move(done)); }));
        info = lookup(connection, name);
        QVERIFY(info.ok());
        QVERIFY(!info.value().has_value());
    }

    void badXmlKeepsLibvirtsMessage()
    {
        LibvirtConnection connection;
        QVERIFY(!openConnection(connection, DefaultUri));
        const auto defined = await<QString>([&](auto done) {
            connection.definePool(u"<pool type='iscsi-direct'><name>broken"_s, std::move(done));
        });
        QVERIFY(!defined.ok());
        QCOMPARE(defined.error().kind(), ErrorKind::Libvirt);
        QVERIFY2(defined.error().message().contains(DefaultUri), qPrintable(defined.error().message()));
        QVERIFY2(defined.error().message().contains(u"rejected the XML"_s), qPrintable(defined.error().message()));
        QVERIFY2(defined.error().detail().contains(u"Premature end of data"_s), qPrintable(defined.error().detail()));

        // Valid XML that libvirt refuses for what it says: libvirt's reason in the detail.
        const auto noInitiator = await<QString>([&](auto done) {
            connection.definePool(u"<pool type='iscsi-direct'><name>x</name><source><host name='h'/>"
                                  u"<device path='iqn.2026-11.org.lunscope:t'/></source></pool>"_s, std::move(done));
        });
        QVERIFY(!noInitiator.ok());
        QVERIFY2(noInitiator.error().detail().contains(u"missing initiator IQN"_s), qPrintable(noInitiator.error().detail()));
    }

    void wrongStateAndMissingPool()
    {
        LibvirtConnection connection;
        QVERIFY(!openConnection(connection, DefaultUri));
        Error error = awaitDone([&](auto done) { connection.startPool(u"default-pool"_s, std::move(done)); });
        QCOMPARE(error.kind(), ErrorKind::Libvirt);
        QVERIFY2(error.message().contains(u"Could not start storage pool “default-pool”"_s), qPrintable(error.message()));
        QVERIFY2(error.detail().contains(u"is active"_s), qPrintable(error.detail()));

        error = awaitDone([&](auto done) { connection.stopPool(u"no-such-pool"_s, std::move(done)); });
        QCOMPARE(error.kind(), ErrorKind::Libvirt);
        QVERIFY2(error.message().contains(u"does not exist"_s), qPrintable(error.message()));
        QVERIFY2(error.detail().contains(u"no-such-pool"_s), qPrintable(error.detail()));
    }

    void capabilitiesAreUnknownOnTheTestDriver()
    {
        LibvirtConnection connection;
        QVERIFY(!openConnection(connection, DefaultUri));
        const auto support = await<IscsiDirectSupport>([&](auto done) { connection.iscsiDirectSupport(std::move(done)); });
        QVERIFY2(support.ok(), qPrintable(support.error().message()));
        QCOMPARE(support.value().status, IscsiDirectSupport::Status::Unknown);
        QVERIFY(support.value().message.contains(u"test driver"_s));
    }

    void secretsAreNotSupportedByTheTestDriver()
    {
        LibvirtConnection connection;
        QVERIFY(!openConnection(connection, DefaultUri));
        const auto secret = await<SecretInfo>([&](auto done) {
            connection.defineSecret(u"<secret ephemeral='no' private='yes'><usage type='iscsi'>"
                                    u"<target>lunscope-test</target></usage></secret>"_s, std::move(done));
        });
        QVERIFY(!secret.ok());
        QCOMPARE(secret.error().kind(), ErrorKind::Libvirt);
        QVERIFY2(secret.error().message().contains(u"no secret driver"_s), qPrintable(secret.error().message()));
        QVERIFY2(secret.error().detail().contains(u"not supported"_s), qPrintable(secret.error().detail()));
    }

    void nodeFileOfOurOwn()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile node(dir.filePath(u"node.xml"_s));
        QVERIFY(node.open(QIODevice::WriteOnly));
        node.write("<node><pool type='iscsi-direct'><name>from-file</name><source><host name='192.0.2.1'/>"
                   "<device path='iqn.2026-11.org.lunscope.test:file'/><initiator>"
                   "<iqn name='iqn.2026-11.org.lunscope:host'/></initiator></source></pool></node>");
        node.close();

        LibvirtConnection connection;
        QVERIFY(!openConnection(connection, u"test://"_s + node.fileName()));
        const auto info = lookup(connection, u"from-file"_s);
        QVERIFY(info.ok() && info.value().has_value());
        QCOMPARE(info.value()->sourceHost, u"192.0.2.1"_s);
        QCOMPARE(info.value()->sourcePort, 0);
        // Pools of a node file start out active.
        QCOMPARE(info.value()->state, PoolState::Running);
    }
};

QTEST_GUILESS_MAIN(TestLibvirtPools)
#include "tst_libvirtpools.moc"
