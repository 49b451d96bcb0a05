// PoolsModel fed by PoolsFeed from real LibvirtConnections on libvirt's test driver
// (test:///default, shared by every connection in this process): pools defined, started, stopped
// and undefined from a second connection arrive through events and change the tree in place,
// under QAbstractItemModelTester, without a model reset. Also ConnectionsController: the URIs it
// keeps in the settings, capabilities, and a connection that cannot open. And fed by hand, without a
// hypervisor: our icons for pool states, incremental updates, the comparison with a scan, and
// drops (which connection a drop lands on; malformed payloads refused).
#include "pools/ConnectionsController.h"
#include "pools/PoolsFeed.h"
#include "pools/PoolsModel.h"
#include "widgets/Icons.h"
#include "UiSettings.h"
#include "libvirt/LibvirtConnection.h"
#include "LibvirtTestSupport.h"
#include "TestSettings.h"
#include "DraggedTargets.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

constexpr int BoundMs = 15000;
const QString DefaultUri = u"test:///default"_s;

PoolState stateOf(const PoolsModel &model, const QString &pool)
{
    return PoolState(model.poolIndex(DefaultUri, pool).data(PoolsModel::PoolStateRole).toInt());
}

const QString OtherUri = u"qemu+ssh://root@kvm-02/system"_s;

StoragePoolInfo pool(const QString &name, PoolState state, const QString &type = u"iscsi-direct"_s)
{
    StoragePoolInfo info;
    info.name = name;
    info.type = type;
    info.state = state;
    info.persistent = true;
    info.sourceHost = u"127.0.0.1"_s;
    info.sourcePort = 3261;
    info.sourceDevice = u"iqn.2026-11.org.lunscope.test:disks"_s;
    return info;
}

LunInfo disk(int number, quint64 bytes)
{
    LunInfo lun;
    lun.lun = number;
    lun.deviceType = 0;
    lun.blockSize = 512;
    lun.blockCount = bytes / 512;
    lun.capacityKnown = true;
    return lun;
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data().toString();
    return names;
}

} // namespace

class TestPoolsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init() { lunscope::test::useTestSettings(); }

    void eventsFromAnotherConnectionUpdateTheTree()
    {
        ConnectionsController connections(nullptr);
        PoolsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        PoolsFeed feed(&connections, &model);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy support(&connections, &ConnectionsController::supportChanged);

        connections.add(DefaultUri, false);
        QCOMPARE(model.uris(), QStringList{DefaultUri});
        QTRY_VERIFY_WITH_TIMEOUT(model.poolIndex(DefaultUri, u"default-pool"_s).isValid(), BoundMs);
        const QPersistentModelIndex connection = model.connectionIndex(DefaultUri);
        QCOMPARE(connection.data(PoolsModel::ConnectionStateRole).toInt(), int(LibvirtConnection::State::Open));
        QTRY_COMPARE_WITH_TIMEOUT(support.count(), 1, BoundMs);
        // The test driver cannot say: Unknown, not an error and not "unsupported".
        QCOMPARE(support.at(0).at(1).value<IscsiDirectSupport>().status, IscsiDirectSupport::Status::Unknown);

        LibvirtConnection actor;
        QVERIFY(!test::awaitDone([&](auto done) { actor.open(DefaultUri, std::move(done)); }));
        const QString name = u"seen-from-the-pane"_s;
        auto result = std::make_shared<std::optional<Result<QString>>>();
        actor.definePool(test::iscsiDirectPoolXml(name), [result](const Result<QString> &defined) { *result = defined; });
        QTRY_VERIFY_WITH_TIMEOUT(model.poolIndex(DefaultUri, name).isValid(), BoundMs);
        QVERIFY(result->has_value() && (*result)->ok());
        const QPersistentModelIndex pool = model.poolIndex(DefaultUri, name);
        QCOMPARE(stateOf(model, name), PoolState::Inactive);
        QCOMPARE(pool.data(PoolsModel::IconRole).toInt(), int(Icons::Id::PoolInactive));

        QVERIFY(!test::awaitDone([&](auto done) { actor.startPool(name, std::move(done)); }));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, name), PoolState::Running, BoundMs);
        QVERIFY(pool.isValid()); // the same row, changed in place
        QCOMPARE(pool.data(PoolsModel::IconRole).toInt(), int(Icons::Id::PoolActive));
        // libvirt has no event for autostart: the pane's Refresh (and its own commands) list again.
        QVERIFY(!test::awaitDone([&](auto done) { actor.setPoolAutostart(name, true, std::move(done)); }));
        feed.refresh(DefaultUri);
        QTRY_VERIFY_WITH_TIMEOUT(pool.data(PoolsModel::AutostartRole).toBool(), BoundMs);

        QVERIFY(!test::awaitDone([&](auto done) { actor.stopPool(name, std::move(done)); }));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, name), PoolState::Inactive, BoundMs);
        QVERIFY(!test::awaitDone([&](auto done) { actor.undefinePool(name, std::move(done)); }));
        QTRY_VERIFY_WITH_TIMEOUT(!pool.isValid(), BoundMs);
        QVERIFY(connection.isValid());

        // A burst: several pools at once, all there in the end, in natural order.
        for (const QString &burst : {u"burst-10"_s, u"burst-2"_s, u"burst-1"_s})
            actor.definePool(test::iscsiDirectPoolXml(burst), {});
        QTRY_VERIFY_WITH_TIMEOUT(model.poolNames(DefaultUri).contains(u"burst-10"_s)
                                     && model.poolNames(DefaultUri).contains(u"burst-1"_s)
                                     && model.poolNames(DefaultUri).contains(u"burst-2"_s),
                                 BoundMs);
        const QStringList names = model.poolNames(DefaultUri);
        QVERIFY(names.indexOf(u"burst-1"_s) < names.indexOf(u"burst-2"_s));
        QVERIFY(names.indexOf(u"burst-2"_s) < names.indexOf(u"burst-10"_s));
        for (const QString &burst : {u"burst-10"_s, u"burst-2"_s, u"burst-1"_s})
            QVERIFY(!test::awaitDone([&](auto done) { actor.undefinePool(burst, std::move(done)); }));
        QTRY_VERIFY_WITH_TIMEOUT(!model.poolNames(DefaultUri).contains(u"burst-1"_s), BoundMs);

        QCOMPARE(resets.count(), 0);
        connections.remove(DefaultUri);
        QCOMPARE(model.rowCount(), 0);
    }

    void aConnectionThatCannotOpenSaysWhy()
    {
        ConnectionsController connections(nullptr);
        PoolsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        PoolsFeed feed(&connections, &model);
        const QString uri = u"test:///nonexistent/lunscope/node.xml"_s;
        connections.add(uri, false);
        const QModelIndex row = model.connectionIndex(uri);
        QTRY_COMPARE_WITH_TIMEOUT(row.data(PoolsModel::ConnectionStateRole).toInt(), int(LibvirtConnection::State::Closed),
                                  BoundMs);
        QVERIFY(!row.data(PoolsModel::ErrorMessageRole).toString().isEmpty());
        QVERIFY2(row.siblingAtColumn(PoolsModel::StateColumn).data().toString().startsWith(u"Could not connect: "_s),
                 qPrintable(row.siblingAtColumn(PoolsModel::StateColumn).data().toString()));
        QCOMPARE(row.data(PoolsModel::IconRole).toInt(), int(Icons::Id::Error));
        QCOMPARE(connections.openUris(), QStringList());
    }

    void addedConnectionsAreKeptInTheSettings()
    {
        {
            UiSettings settings;
            ConnectionsController connections(&settings);
            connections.restore({u"test:///default"_s});  // --connect: this session only
            connections.add(u"qemu+ssh://root@kvm-01.invalid/system"_s, true);
            QCOMPARE(connections.uris(), (QStringList{u"test:///default"_s, u"qemu+ssh://root@kvm-01.invalid/system"_s}));
            QCOMPARE(settings.libvirtUris(), QStringList{u"qemu+ssh://root@kvm-01.invalid/system"_s});
            connections.add(u"test:///default"_s, true); // now the user wants to keep it
            QCOMPARE(settings.libvirtUris().size(), 2);
            connections.remove(u"qemu+ssh://root@kvm-01.invalid/system"_s);
            QCOMPARE(settings.libvirtUris(), QStringList{u"test:///default"_s});
        }
        UiSettings settings;
        ConnectionsController again(&settings);
        again.restore({u"test:///default"_s});
        QCOMPARE(again.uris(), QStringList{u"test:///default"_s}); // once, though both name it
        QTRY_COMPARE_WITH_TIMEOUT(again.openUris(), QStringList{u"test:///default"_s}, BoundMs);
        // Never a secret in there: a URI has none, and nothing else is written.
        for (const QString &key : settings.raw().allKeys())
            QVERIFY2(key.startsWith(u"libvirt/"_s), qPrintable(key));
    }

    void poolStateIconsAreOurs()
    {
        for (const Icons::Id id : {Icons::Id::PoolActive, Icons::Id::PoolInactive, Icons::Id::PoolError,
                                   Icons::Id::Hypervisor, Icons::Id::TargetError}) {
            QVERIFY(Icons::themeName(id).isEmpty()); // no theme guesses for these
            QVERIFY(!Icons::icon(id).isNull());
        }
        QVERIFY(!Icons::icon(Icons::Id::Start).isNull()); // the style's, when the theme has none
        QVERIFY(Icons::icon(Icons::Id::None).isNull());
    }

    void modelUpdatesInPlace()
    {
        PoolsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.addConnection(DefaultUri);
        model.addConnection(OtherUri);
        model.setPools(DefaultUri, {pool(u"early"_s, PoolState::Running)}); // not open yet: ignored
        QCOMPARE(model.rowCount(model.connectionIndex(DefaultUri)), 0);
        model.setConnectionState(DefaultUri, LibvirtConnection::State::Open, {});
        StoragePoolInfo stopped = pool(u"pool-2"_s, PoolState::Inactive);
        stopped.capacity = 100ull << 30; // what libvirt remembers from its last run; allocation 0
        model.setPools(DefaultUri, {pool(u"pool-10"_s, PoolState::Running), stopped,
                                 pool(u"default-pool"_s, PoolState::Running, u"dir"_s)});
        const QModelIndex test = model.connectionIndex(DefaultUri);
        QCOMPARE(childNames(model, test), (QStringList{u"default-pool"_s, u"pool-2"_s, u"pool-10"_s}));
        QCOMPARE(test.siblingAtColumn(PoolsModel::StateColumn).data().toString(), u"Connected: 3 pool(s)"_s);

        const QPersistentModelIndex pool10 = model.poolIndex(DefaultUri, u"pool-10"_s);
        QCOMPARE(pool10.data(PoolsModel::IconRole).toInt(), int(Icons::Id::PoolActive));
        QCOMPARE(model.poolIndex(DefaultUri, u"pool-2"_s).data(PoolsModel::IconRole).toInt(), int(Icons::Id::PoolInactive));
        // Not running: libvirt reports no allocation; unknown is not "0 bytes of …".
        const QString inactiveCapacity =
            model.poolIndex(DefaultUri, u"pool-2"_s).siblingAtColumn(PoolsModel::CapacityColumn).data().toString();
        QCOMPARE(inactiveCapacity, u"100.0 GiB, not running"_s);
        QCOMPARE(QModelIndex(pool10).siblingAtColumn(PoolsModel::ScanColumn).data().toString(), u"Listing volumes…"_s);

        // Volumes, then the scan: compared, with libvirt's one-block shortfall named as such.
        model.setVolumes(DefaultUri, u"pool-10"_s, {{u"unit:0:0:1"_s, {}, {}, VolumeType::Network, 67108352, 67108352}});
        QCOMPARE(model.rowCount(pool10), 1);
        QVERIFY(QModelIndex(pool10).siblingAtColumn(PoolsModel::ScanColumn).data().toString().startsWith(u"Target not in the discovery tree"_s));
        model.setScanLookup([](const StoragePoolInfo &info) -> std::optional<QList<LunInfo>> {
            if (info.sourceDevice.endsWith(u":disks"_s))
                return QList<LunInfo>{disk(1, 64 * 1024 * 1024)};
            return std::nullopt;
        });
        const QModelIndex volume = model.volumeIndex(DefaultUri, u"pool-10"_s, u"unit:0:0:1"_s);
        QCOMPARE(volume.data(PoolsModel::MatchRole).toInt(), int(VolumeMatch::KnownShortfall));
        QCOMPARE(volume.data(PoolsModel::ScanBytesRole).toULongLong(), quint64(67108864));
        QCOMPARE(volume.data(PoolsModel::CapacityBytesRole).toULongLong(), quint64(67108352));
        QCOMPARE(pool10.data(PoolsModel::DifferencesRole).toInt(), 0);
        QVERIFY(volume.siblingAtColumn(PoolsModel::ScanColumn).data().toString().contains(u"67,108,864 bytes"_s));

        // An update changes the row in place; a pool gone is removed; a stopped pool loses its volumes.
        model.setPools(DefaultUri, {pool(u"pool-10"_s, PoolState::Inactive), pool(u"default-pool"_s, PoolState::Running, u"dir"_s)});
        QVERIFY(pool10.isValid());
        QCOMPARE(childNames(model, test), (QStringList{u"default-pool"_s, u"pool-10"_s}));
        QCOMPARE(model.rowCount(pool10), 0);
        QCOMPARE(pool10.data(PoolsModel::DifferencesRole).toInt(), -1);
        QCOMPARE(QModelIndex(pool10).siblingAtColumn(PoolsModel::ScanColumn).data().toString(),
                 u"Start the pool to compare it with the scan"_s);

        // Lost: the pools go (nobody knows them now), the row says why.
        model.setConnectionState(DefaultUri, LibvirtConnection::State::Lost,
                                 Error(ErrorKind::ConnectionLost, u"libvirt at test:///default closed the connection."_s));
        QCOMPARE(model.rowCount(test), 0);
        QCOMPARE(test.data(PoolsModel::IconRole).toInt(), int(Icons::Id::Error));
        QCOMPARE(test.siblingAtColumn(PoolsModel::StateColumn).data().toString(),
                 u"Connection lost: libvirt at test:///default closed the connection."_s);
        model.removeConnection(OtherUri);
        QCOMPARE(model.uris(), QStringList{DefaultUri});
        QCOMPARE(resets.count(), 0);
    }

    void dropsLandOnAConnection()
    {
        PoolsModel model;
        model.addConnection(DefaultUri);
        model.addConnection(OtherUri);
        model.setConnectionState(DefaultUri, LibvirtConnection::State::Open, {});
        model.setPools(DefaultUri, {pool(u"disks"_s, PoolState::Running)});
        model.setVolumes(DefaultUri, u"disks"_s, {{u"unit:0:0:1"_s, {}, {}, VolumeType::Network, 512, 512}});
        QStringList dropped;
        connect(&model, &PoolsModel::targetDropped, this,
                [&](const QString &uri, const TargetDragData &target) { dropped << uri + u' ' + target.targetIqn; });
        std::unique_ptr<QMimeData> mime(test::disksTarget().toMimeData());
        const QModelIndex test = model.connectionIndex(DefaultUri);
        const QModelIndex disks = model.poolIndex(DefaultUri, u"disks"_s);

        QVERIFY(model.flags(test) & Qt::ItemIsDropEnabled);
        QVERIFY(model.flags(disks) & Qt::ItemIsDropEnabled);
        QVERIFY(!(model.flags(model.connectionIndex(OtherUri)) & Qt::ItemIsDropEnabled)); // not open
        QVERIFY(model.canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, test));
        QVERIFY(!model.canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, test));
        QVERIFY(!model.canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, model.connectionIndex(OtherUri)));
        QVERIFY(model.dropMimeData(mime.get(), Qt::CopyAction, -1, -1, test));
        QVERIFY(model.dropMimeData(mime.get(), Qt::CopyAction, -1, -1, disks)); // a pool: its connection
        QVERIFY(model.dropMimeData(mime.get(), Qt::CopyAction, 0, 0, disks));   // between its volumes too
        QVERIFY(model.dropMimeData(mime.get(), Qt::CopyAction, 1, 0, {}));      // the only open connection
        const QString expected = DefaultUri + u" iqn.2026-11.org.lunscope.test:disks"_s;
        QCOMPARE(dropped, QStringList(4, expected));

        // With two open connections, the empty area is no answer.
        model.setConnectionState(OtherUri, LibvirtConnection::State::Open, {});
        QVERIFY(!model.canDropMimeData(mime.get(), Qt::CopyAction, 1, 0, {}));

        // Payloads that are not ours, or not sane, are refused.
        const QString type = QString::fromLatin1(TargetDragData::MimeType);
        QMimeData text;
        text.setText(u"iqn.2026-11.org.lunscope.test:disks"_s);
        QVERIFY(!model.canDropMimeData(&text, Qt::CopyAction, -1, -1, test));
        for (const QByteArray &payload : {QByteArray("{"), QByteArray("[]"), QByteArray("{\"host\":\"x\"}"),
                                          test::disksTarget().toJson().replace("127.0.0.1", "a b"),
                                          test::disksTarget().toJson().replace("}", ",\"chapSecret\":\"s\"}"),
                                          QByteArray(TargetDragData::MaxPayload + 1, ' ')}) {
            QMimeData bad;
            bad.setData(type, payload);
            QVERIFY2(!model.canDropMimeData(&bad, Qt::CopyAction, -1, -1, test), payload.left(80).constData());
            QVERIFY(!model.dropMimeData(&bad, Qt::CopyAction, -1, -1, test));
        }
        QCOMPARE(dropped.size(), 4);
    }
};

QTEST_MAIN(TestPoolsModel)
#include "tst_poolsmodel.moc"
