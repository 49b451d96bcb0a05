// PoolsModel fed by PoolsFeed from real LibvirtConnections on libvirt's test driver
// (test:///default, shared by every connection in this process): pools defined, started, stopped
// and undefined from a second connection arrive through events and change the tree in place,
// under QAbstractItemModelTester, without a model reset. Also ConnectionsController: the URIs it
// keeps in the settings, capabilities, and a connection that cannot open.
#include "pools/ConnectionsController.h"
#include "pools/PoolsFeed.h"
#include "pools/PoolsModel.h"
#include "widgets/Icons.h"
#include "UiSettings.h"
#include "libvirt/LibvirtConnection.h"
#include "TestSettings.h"

#include <QAbstractItemModelTester>
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

QString poolXml(const QString &name)
{
    return uR"(<pool type='iscsi-direct'><name>%1</name><source><host name='127.0.0.1' port='3260'/>)"
           uR"(<device path='iqn.2026-11.org.lunscope.test:disks'/><initiator>)"
           uR"(<iqn name='iqn.2026-11.org.lunscope:host'/></initiator></source></pool>)"_s.arg(name);
}

Error awaitDone(const std::function<void(LibvirtConnection::Done)> &start)
{
    auto slot = std::make_shared<std::optional<Error>>();
    start([slot](const Error &error) { *slot = error; });
    if (!QTest::qWaitFor([&] { return slot->has_value(); }, BoundMs))
        return Error(ErrorKind::Timeout, u"no answer within the test's bound"_s);
    return **slot;
}

PoolState stateOf(const PoolsModel &model, const QString &pool)
{
    return PoolState(model.poolIndex(DefaultUri, pool).data(PoolsModel::PoolStateRole).toInt());
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
        QVERIFY(!awaitDone([&](auto done) { actor.open(DefaultUri, std::move(done)); }));
        const QString name = u"seen-from-the-pane"_s;
        auto result = std::make_shared<std::optional<Result<QString>>>();
        actor.definePool(poolXml(name), [result](const Result<QString> &defined) { *result = defined; });
        QTRY_VERIFY_WITH_TIMEOUT(model.poolIndex(DefaultUri, name).isValid(), BoundMs);
        QVERIFY(result->has_value() && (*result)->ok());
        const QPersistentModelIndex pool = model.poolIndex(DefaultUri, name);
        QCOMPARE(stateOf(model, name), PoolState::Inactive);
        QCOMPARE(pool.data(PoolsModel::IconRole).toInt(), int(Icons::Id::PoolInactive));

        QVERIFY(!awaitDone([&](auto done) { actor.startPool(name, std::move(done)); }));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, name), PoolState::Running, BoundMs);
        QVERIFY(pool.isValid()); // the same row, changed in place
        QCOMPARE(pool.data(PoolsModel::IconRole).toInt(), int(Icons::Id::PoolActive));
        // libvirt has no event for autostart: the pane's Refresh (and its own commands) list again.
        QVERIFY(!awaitDone([&](auto done) { actor.setPoolAutostart(name, true, std::move(done)); }));
        feed.refresh(DefaultUri);
        QTRY_VERIFY_WITH_TIMEOUT(pool.data(PoolsModel::AutostartRole).toBool(), BoundMs);

        QVERIFY(!awaitDone([&](auto done) { actor.stopPool(name, std::move(done)); }));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, name), PoolState::Inactive, BoundMs);
        QVERIFY(!awaitDone([&](auto done) { actor.undefinePool(name, std::move(done)); }));
        QTRY_VERIFY_WITH_TIMEOUT(!pool.isValid(), BoundMs);
        QVERIFY(connection.isValid());

        // A burst: several pools at once, all there in the end, in natural order.
        for (const QString &burst : {u"burst-10"_s, u"burst-2"_s, u"burst-1"_s})
            actor.definePool(poolXml(burst), {});
        QTRY_VERIFY_WITH_TIMEOUT(model.poolNames(DefaultUri).contains(u"burst-10"_s)
                                     && model.poolNames(DefaultUri).contains(u"burst-1"_s)
                                     && model.poolNames(DefaultUri).contains(u"burst-2"_s),
                                 BoundMs);
        const QStringList names = model.poolNames(DefaultUri);
        QVERIFY(names.indexOf(u"burst-1"_s) < names.indexOf(u"burst-2"_s));
        QVERIFY(names.indexOf(u"burst-2"_s) < names.indexOf(u"burst-10"_s));
        for (const QString &burst : {u"burst-10"_s, u"burst-2"_s, u"burst-1"_s})
            QVERIFY(!awaitDone([&](auto done) { actor.undefinePool(burst, std::move(done)); }));
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
};

QTEST_MAIN(TestPoolsModel)
#include "tst_poolsmodel.moc"
