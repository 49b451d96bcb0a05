// The consistency matrix: which pool on which host logs in to which target (by host, port and
// IQN, never by name), what drifts against the reference, and what "Make Consistent" would do.
#include "libvirt/ConsistencyPlan.h"
#include "libvirt/PoolMatrix.h"
#include "libvirt/PoolTargetKey.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

const QString Disks = u"iqn.2026-11.org.lunscope.test:disks"_s;
const QString Chap = u"iqn.2026-11.org.lunscope.test:chap"_s;
const QString Initiator = u"iqn.2026-11.org.lunscope:host"_s;

StoragePoolInfo pool(const QString &name, const QString &iqn = Disks, const QString &host = u"127.0.0.1"_s,
                     int port = 3260)
{
    StoragePoolInfo info;
    info.name = name;
    info.type = u"iscsi-direct"_s;
    info.state = PoolState::Running;
    info.autostart = true;
    info.persistent = true;
    info.sourceHost = host;
    info.sourcePort = port;
    info.sourceDevice = iqn;
    info.initiatorIqn = Initiator;
    return info;
}

PoolMatrixHost host(const QString &uri, QList<StoragePoolInfo> pools,
                    IscsiDirectSupport::Status support = IscsiDirectSupport::Status::Supported)
{
    return PoolMatrixHost{uri, true, support, std::move(pools)};
}

const PoolMatrixRow *rowOf(const QList<PoolMatrixRow> &rows, const QString &iqn)
{
    for (const PoolMatrixRow &row : rows) {
        if (row.target.iqn == iqn)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestPoolMatrixCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysMatchTheTargetNotTheSpelling()
    {
        QCOMPARE(PoolTargetKey::make(u"SAN.Example"_s, 0, Disks), PoolTargetKey::make(u"san.example"_s, 3260, Disks));
        QCOMPARE(PoolTargetKey::make(u"[::1]"_s, 3261, Disks), PoolTargetKey::make(u"0:0::1"_s, 3261, Disks));
        QCOMPARE(PoolTargetKey::make(u"::ffff:127.0.0.1"_s, 3260, Disks).host, u"127.0.0.1"_s);
        QVERIFY(!(PoolTargetKey::make(u"127.0.0.1"_s, 3260, Disks) == PoolTargetKey::make(u"127.0.0.1"_s, 3261, Disks)));
        QCOMPARE(PoolTargetKey::make(u"::1"_s, 3261, Disks).portalText(), u"[::1]:3261"_s);
        StoragePoolInfo dir;
        dir.type = u"dir"_s;
        QVERIFY(!PoolTargetKey::ofPool(dir));
    }

    void rowsComeFromScansAndFromPools()
    {
        // One scanned target no host has a pool for; one pool whose portal was never scanned.
        const QList<PoolMatrixRow> rows = PoolMatrix::build(
            {PoolTargetKey::make(u"127.0.0.1"_s, 3260, Chap)},
            {host(u"test:///a"_s, {pool(u"disks"_s)}), host(u"test:///b"_s, {})});
        QCOMPARE(rows.size(), 2);
        const PoolMatrixRow *chap = rowOf(rows, Chap);
        QVERIFY(chap && chap->scanned);
        QCOMPARE(chap->reference, -1);
        QVERIFY(!chap->drifts()); // nothing is missing until some host has a pool for it
        const PoolMatrixRow *disks = rowOf(rows, Disks);
        QVERIFY(disks && !disks->scanned);
        QCOMPARE(disks->reference, 0);
        QCOMPARE(disks->cells.at(1).status, PoolMatrixCell::Status::NoPool);
        QCOMPARE(disks->cells.at(1).drifts, PoolDrifts(PoolDrift::Missing));
    }

    void poolsMatchByTargetNotByName()
    {
        StoragePoolInfo renamed = pool(u"san-disks"_s);
        renamed.sourceHost = u"127.0.0.1"_s;
        renamed.sourcePort = 0; // libvirt's default port: the same portal
        StoragePoolInfo otherPort = pool(u"disks"_s, Disks, u"127.0.0.1"_s, 3261);
        const QList<PoolMatrixRow> rows = PoolMatrix::build(
            {}, {host(u"test:///a"_s, {pool(u"disks"_s)}), host(u"test:///b"_s, {renamed, otherPort})});
        QCOMPARE(rows.size(), 2); // :3260 and :3261 are two targets
        const PoolMatrixRow &row = rows.at(0);
        QCOMPARE(row.target.port, quint16(3260));
        QCOMPARE(row.cells.at(1).pool.name, u"san-disks"_s);
        QCOMPARE(row.cells.at(1).drifts, PoolDrifts(PoolDrift::Name));
    }

    void driftIsSaidPerCell()
    {
        StoragePoolInfo initiator = pool(u"disks"_s);
        initiator.initiatorIqn = u"iqn.2026-11.org.lunscope:other"_s;
        StoragePoolInfo chap = pool(u"disks"_s);
        chap.chapUser = u"lsuser"_s;
        StoragePoolInfo stopped = pool(u"disks"_s);
        stopped.state = PoolState::Inactive;
        stopped.autostart = false;
        const QList<PoolMatrixRow> rows = PoolMatrix::build(
            {}, {host(u"a"_s, {pool(u"disks"_s)}), host(u"b"_s, {pool(u"disks"_s)}), host(u"c"_s, {initiator}),
                 host(u"d"_s, {chap}), host(u"e"_s, {stopped}), host(u"f"_s, {}, IscsiDirectSupport::Status::NotSupported),
                 PoolMatrixHost{u"g"_s, false, IscsiDirectSupport::Status::Unknown, {}},
                 host(u"h"_s, {pool(u"disks"_s), pool(u"disks-again"_s)})});
        QCOMPARE(rows.size(), 1);
        const PoolMatrixRow &row = rows.at(0);
        QCOMPARE(row.reference, 0); // a and b agree (h too), and a is leftmost
        QVERIFY(!row.cells.at(0).drifts);
        QVERIFY(!row.cells.at(1).drifts);
        QCOMPARE(row.cells.at(2).drifts, PoolDrifts(PoolDrift::Initiator));
        QCOMPARE(row.cells.at(3).drifts, PoolDrifts(PoolDrift::Chap));
        QCOMPARE(row.cells.at(4).drifts, PoolDrift::Inactive | PoolDrift::NotAutostarted);
        QCOMPARE(row.cells.at(5).drifts, PoolDrift::Missing | PoolDrift::NoBackend);
        QCOMPARE(row.cells.at(6).status, PoolMatrixCell::Status::Unknown);
        QVERIFY(!row.cells.at(6).drifts); // not listed: nothing can be said
        QCOMPARE(row.cells.at(7).drifts, PoolDrifts(PoolDrift::Several));
        QCOMPARE(row.cells.at(7).otherPools, QStringList{u"disks-again"_s});
        QCOMPARE(poolDriftTexts(row.cells.at(4).drifts).size(), 2);
    }

    void theReferenceIsWhatMostHostsAgreeOn()
    {
        StoragePoolInfo odd = pool(u"disks"_s);
        odd.initiatorIqn = u"iqn.2026-11.org.lunscope:odd"_s;
        const QList<PoolMatrixRow> rows = PoolMatrix::build(
            {}, {host(u"a"_s, {odd}), host(u"b"_s, {pool(u"disks"_s)}), host(u"c"_s, {pool(u"disks"_s)})});
        QCOMPARE(rows.at(0).reference, 1);
        QCOMPARE(rows.at(0).cells.at(0).drifts, PoolDrifts(PoolDrift::Initiator));
        // On a tie, a running and autostarted pool rather than a stopped one.
        StoragePoolInfo stopped = pool(u"disks"_s);
        stopped.state = PoolState::Inactive;
        StoragePoolInfo other = pool(u"other"_s);
        const QList<PoolMatrixRow> tie = PoolMatrix::build({}, {host(u"a"_s, {stopped}), host(u"b"_s, {other})});
        QCOMPARE(tie.at(0).reference, 1);
        QCOMPARE(tie.at(0).cells.at(0).drifts, PoolDrift::Name | PoolDrift::Inactive);
    }

    void thePlanDefinesRedefinesAndStarts()
    {
        StoragePoolInfo initiator = pool(u"disks"_s);
        initiator.initiatorIqn = u"iqn.2026-11.org.lunscope:other"_s;
        initiator.autostart = false;
        StoragePoolInfo stopped = pool(u"san"_s);
        stopped.state = PoolState::Inactive;
        const QList<PoolMatrixHost> hosts{host(u"a"_s, {pool(u"disks"_s)}), host(u"b"_s, {}), host(u"c"_s, {initiator}),
                                          host(u"d"_s, {stopped}), host(u"e"_s, {}, IscsiDirectSupport::Status::NotSupported),
                                          host(u"f"_s, {})};
        const PoolMatrixRow row = PoolMatrix::build({}, hosts).at(0);
        const QStringList uris{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s};
        // On b the name "disks" is taken by a pool of another target.
        const auto names = [](int column) { return column == 1 ? QStringList{u"disks"_s} : QStringList(); };
        const QList<bool> chosen{true, true, true, true, true, false};
        using Kind = ConsistencyAction::Kind;

        QList<ConsistencyAction> plan = ConsistencyPlan::make(row, uris, 0, chosen, false, names);
        QCOMPARE(plan.size(), 6);
        QCOMPARE(plan.at(0).kind, Kind::None);
        QCOMPARE(plan.at(1).kind, Kind::Define);
        QCOMPARE(plan.at(1).poolName, u"disks-2"_s);
        QVERIFY(plan.at(1).renamed);
        QVERIFY(plan.at(1).start && plan.at(1).autostart);
        // Not asked to redefine: only its autostart is set.
        QCOMPARE(plan.at(2).kind, Kind::Start);
        QVERIFY(!plan.at(2).start && plan.at(2).autostart);
        QCOMPARE(plan.at(3).kind, Kind::Start); // keeps its name "san", gets started
        QVERIFY(plan.at(3).start && !plan.at(3).autostart);
        QVERIFY(plan.at(3).reason.contains(u"san"_s));
        QCOMPARE(plan.at(4).kind, Kind::Skip);
        QCOMPARE(plan.at(5).kind, Kind::None); // not chosen

        plan = ConsistencyPlan::make(row, uris, 0, chosen, true, names);
        QCOMPARE(plan.at(2).kind, Kind::Redefine);
        QCOMPARE(plan.at(2).poolName, u"disks"_s);
        QCOMPARE(plan.at(2).fixes, PoolDrift::Initiator | PoolDrift::NotAutostarted);

        // Another reference: c's initiator is now the one to copy; a differs from it.
        plan = ConsistencyPlan::make(row, uris, 2, chosen, true, names);
        QCOMPARE(plan.at(0).kind, Kind::Redefine);
        QCOMPARE(plan.at(2).kind, Kind::Start); // the reference itself is not autostarted
        QVERIFY(plan.at(2).autostart);
        QCOMPARE(ConsistencyPlan::freeName(u"x"_s, {u"x"_s, u"x-2"_s}), u"x-3"_s);
    }
};

QTEST_GUILESS_MAIN(TestPoolMatrixCore)
#include "tst_poolmatrixcore.moc"
