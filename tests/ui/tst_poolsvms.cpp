// Virtual machines in the pools pane and the guard before storage is taken from them: on libvirt's
// test driver (which can define and start domains, without any process) a running domain whose
// disk is a volume of an iscsi-direct pool shows under its connection, the pool and volume rows
// count it in Used by, and Stop on that pool asks inline first — Keep Running leaves it running,
// Stop Anyway stops it. A pool nobody uses stops without a question. Offscreen.
#include "LibvirtTestSupport.h"
#include "MainWindow.h"
#include "discovery/DiscoveryModel.h"
#include "TestSettings.h"
#include "WindowSession.h"
#include "libvirt/LibvirtConnection.h"
#include "pools/PoolsModel.h"
#include "pools/PoolsPane.h"
#include "widgets/BannerMessages.h"

#include <QAction>
#include <QTest>
#include <QTreeView>

#include <libvirt/libvirt.h>

using namespace Qt::StringLiterals;
using namespace lunscope;
using namespace lunscope::test;

namespace {

constexpr int BoundMs = 30000;
const QString DefaultUri = u"test:///default"_s;

const QString DomainXml = uR"(<domain type='test'><name>vm-guard</name><memory>131072</memory><os><type>hvm</type></os>
<devices><disk type='volume' device='disk'><source pool='guarded' volume='unit:0:0:1'/><target dev='vdb' bus='virtio'/></disk>
</devices></domain>)"_s;

} // namespace

class TestPoolsVms : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;

    PoolsModel *model() const { return m_window->poolsModel(); }
    BannerMessages *banners() const { return m_window->poolsPane()->banners(); }
    PoolState poolState(const QString &pool) const
    {
        return PoolState(model()->poolIndex(DefaultUri, pool).data(PoolsModel::PoolStateRole).toInt());
    }

private Q_SLOTS:
    void init() { useTestSettings(); }
    void cleanup() { m_window.reset(); }

    void stoppingAPoolInUseAsksFirst()
    {
        // Another client defines the pools and the domain, and starts both.
        LibvirtConnection actor;
        QVERIFY(!openConnection(actor, DefaultUri));
        for (const QString &pool : {u"guarded"_s, u"unused"_s}) {
            QVERIFY(await<QString>([&](auto done) { actor.definePool(iscsiDirectPoolXml(pool), std::move(done)); }).ok());
            QVERIFY(!awaitDone([&](auto done) { actor.startPool(pool, std::move(done)); }));
        }
        virConnectPtr direct = virConnectOpen("test:///default");
        QVERIFY(direct);
        virDomainPtr domain = virDomainDefineXML(direct, DomainXml.toUtf8().constData());
        QVERIFY(domain);
        QCOMPARE(virDomainCreate(domain), 0);

        m_window = std::make_unique<MainWindow>(windowSession({DefaultUri}));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        // The VM shows under its connection, running, and the pool counts it.
        QTRY_VERIFY_WITH_TIMEOUT(model()->machineIndex(DefaultUri, u"vm-guard"_s).isValid(), BoundMs);
        const QModelIndex vm = model()->machineIndex(DefaultUri, u"vm-guard"_s);
        QCOMPARE(PoolsModel::kind(vm), PoolsNodeKind::Machine);
        QCOMPARE(PoolsModel::kind(vm.parent()), PoolsNodeKind::Machines);
        QCOMPARE(vm.data(PoolsModel::DomainActiveRole).toBool(), true);
        QCOMPARE(vm.data(PoolsModel::UriRole).toString(), DefaultUri);
        QCOMPARE(vm.siblingAtColumn(PoolsModel::UsedByColumn).data().toString(), u"1 iSCSI disk(s)"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model()->poolIndex(DefaultUri, u"guarded"_s, PoolsModel::UsedByColumn).data().toString(),
                                  u"1 VM(s)"_s, BoundMs);
        QVERIFY(model()->poolIndex(DefaultUri, u"guarded"_s, PoolsModel::UsedByColumn)
                    .data(Qt::ToolTipRole).toString().contains(u"vm-guard on test:///default: vdb"_s));
        QCOMPARE(model()->poolIndex(DefaultUri, u"unused"_s).data(PoolsModel::UsedByCountRole).toInt(), 0);
        // The pools come first, the machines row last.
        const QModelIndex connection = model()->connectionIndex(DefaultUri);
        QCOMPARE(vm.parent().row(), model()->rowCount(connection) - 1);

        // Stop on the pool in use: a question naming the VM, nothing stopped yet.
        PoolsPane *pane = m_window->poolsPane();
        pane->setCurrentIndex(model()->poolIndex(DefaultUri, u"guarded"_s));
        QVERIFY(pane->stopAction->isEnabled());
        pane->stopAction->trigger();
        const BannerMessage *question = banners()->find(u"stop"_s);
        QVERIFY(question);
        QVERIFY2(question->text.contains(u"vm-guard (running)"_s), qPrintable(question->text));
        QVERIFY(question->text.contains(u"cannot start again"_s));
        QCOMPARE(question->focusAction, u"cancel"_s);
        // Nothing may happen while the question is open: libvirt itself still has it running.
        QCOMPARE(findPool(actor, u"guarded"_s)->state, PoolState::Running);
        QCOMPARE(poolState(u"guarded"_s), PoolState::Running);

        // Keep Running: the question goes, the pool runs on.
        banners()->trigger(u"stop"_s, u"cancel"_s);
        QVERIFY(!banners()->find(u"stop"_s));
        QVERIFY(findPool(actor, u"guarded"_s)->state == PoolState::Running);

        // Stop Anyway: stopped.
        pane->stopAction->trigger();
        QVERIFY(banners()->find(u"stop"_s));
        banners()->trigger(u"stop"_s, u"stop"_s);
        QTRY_COMPARE_WITH_TIMEOUT(poolState(u"guarded"_s), PoolState::Inactive, BoundMs);

        // A pool no VM names stops at once.
        pane->setCurrentIndex(model()->poolIndex(DefaultUri, u"unused"_s));
        pane->stopAction->trigger();
        QVERIFY(!banners()->find(u"stop"_s));
        QTRY_COMPARE_WITH_TIMEOUT(poolState(u"unused"_s), PoolState::Inactive, BoundMs);

        // Undefine names the VM too.
        pane->askToUndefine(DefaultUri, u"guarded"_s);
        QVERIFY(banners()->find(u"undefine"_s)->text.contains(u"vm-guard"_s));
        banners()->trigger(u"undefine"_s, u"cancel"_s);

        // The VM stops: the model follows the lifecycle event.
        QCOMPARE(virDomainDestroy(domain), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->machineIndex(DefaultUri, u"vm-guard"_s).data(PoolsModel::DomainActiveRole).toBool(),
                                 BoundMs);
        virDomainUndefine(domain);
        virDomainFree(domain);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->machineIndex(DefaultUri, u"vm-guard"_s).isValid(), BoundMs);
        virConnectClose(direct);
    }

    // A pool start that libvirt fails names the LUN our scan found not ready: the scan of the
    // pool's target is fed to the discovery tree as the engine reports it.
    void startFailureNamesTheLunFromOurScan()
    {
        m_window = std::make_unique<MainWindow>(windowSession({DefaultUri}));
        LibvirtConnection actor;
        QVERIFY(!openConnection(actor, DefaultUri));
        QVERIFY(await<QString>([&](auto done) { actor.definePool(iscsiDirectPoolXml(u"hinted"_s), std::move(done)); }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(model()->poolIndex(DefaultUri, u"hinted"_s).isValid(), BoundMs);
        PoolsPane *pane = m_window->poolsPane();
        QVERIFY(pane->failingLunsHint(DefaultUri, u"hinted"_s).isEmpty()); // not scanned

        const PortalAddress portal(u"127.0.0.1"_s, 3260);
        const QString iqn = u"iqn.2026-11.org.lunscope.test:disks"_s;
        TargetInfo target{iqn, {{portal, 1}}};
        LunInfo ready;
        ready.lun = 1;
        ready.deviceType = 0;
        ready.ready = true;
        ready.capacityKnown = true;
        ready.blockSize = 512;
        ready.blockCount = 2048;
        LunInfo notReady = ready;
        notReady.lun = 2;
        notReady.ready = false;
        notReady.notReadyReason = u"NOT READY: medium not present"_s;
        DiscoveryModel *discovery = m_window->model();
        discovery->startPortal(portal, u"iqn.2026-11.org.lunscope:tests"_s);
        discovery->addTargets(portal, {target});
        discovery->startTarget(portal, iqn, {});
        discovery->finishTarget(portal, TargetResult{target, portal, {ready, notReady}, {}});
        const QString hint = pane->failingLunsHint(DefaultUri, u"hinted"_s);
        QVERIFY2(hint.contains(u"LUN 2 is not ready (NOT READY: medium not present)"_s), qPrintable(hint));
        QVERIFY(!hint.contains(u"LUN 1"_s));
    }
};

QTEST_MAIN(TestPoolsVms)
#include "tst_poolsvms.moc"
