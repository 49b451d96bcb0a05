// A LUN reaches a VM the way a user does it, offscreen, on libvirt's test driver (its running
// domain "test") with the tgt fixture's "disks" target: dropped from the discovery tree on the VM's
// row, or through the "Attach to VM" submenu, it opens the attach dialog — as a volume of the
// host's iscsi-direct pool for that target when there is one, as a network disk from the scan
// otherwise; the target's controller LUN is refused with a reason; a whole target has no place on
// a VM row; and a VM's disk that uses a LUN leads to the detach dialog. (The attach itself, which
// the test driver cannot do, is tested end to end on a private libvirtd: tst_diskattachlibvirtd.)
#include "LibvirtTestSupport.h"
#include "MainWindow.h"
#include "TestSettings.h"
#include "TgtLayout.h"
#include "TgtTestCase.h"
#include "ViewDrops.h"
#include "WindowSession.h"
#include "attach/AttachDiskDialog.h"
#include "attach/DetachDiskDialog.h"
#include "discovery/DiscoveryController.h"
#include "discovery/DiscoveryModel.h"
#include "discovery/LunNode.h"
#include "libvirt/LibvirtConnection.h"
#include "pools/ConnectionsController.h"
#include "pools/MachineDiskActions.h"
#include "pools/PoolsModel.h"
#include "pools/PoolsPane.h"
#include "widgets/BannerMessages.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

#include <libvirt/libvirt.h>

using namespace Qt::StringLiterals;
using namespace lunscope;
using namespace lunscope::test;

namespace {

constexpr int BoundMs = 60000;
const QString DefaultUri = u"test:///default"_s;
const QString Vm = u"test"_s; // the test driver's own running domain

QAction *attachAction(QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == u"attachTo:"_s + DefaultUri + u'/' + Vm)
            return action;
    }
    return nullptr;
}

} // namespace

class TestAttachDrag : public TgtTestCase
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;
    LibvirtConnection m_actor; // another client of the test driver: defines what the window sees

    PoolsModel *pools() const { return m_window->poolsModel(); }
    QModelIndex lunIndex(int lun) const { return m_window->model()->lunIndex(m_portal, layout::DisksIqn, lun); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(windowSession({DefaultUri}));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(pools()->machineIndex(DefaultUri, Vm).isValid(), BoundMs);
        m_window->discoverText(m_tgt.portal());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->controller()->isRunning() && lunIndex(1).isValid(), BoundMs);
    }

    // The dialog a drop or a menu opened (one at a time: each test closes its own).
    template<typename Dialog> Dialog *openDialog() const
    {
        Dialog *found = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            found = m_window->poolsPane()->findChild<Dialog *>();
            return found && found->isVisible();
        }, BoundMs);
        return shown ? found : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        useTestSettings();
        if (!m_actor.isOpen())
            QVERIFY(!openConnection(m_actor, DefaultUri));
    }
    void cleanup() { m_window.reset(); }

    void dropALunOnAVm()
    {
        // An iscsi-direct pool for the disks target on that host: the dialog prefers its volume.
        const QString pool = u"attachable"_s;
        QVERIFY(await<QString>([&](auto done) {
                    m_actor.definePool(iscsiDirectPoolXml(pool, m_portal.port()), std::move(done));
                }).ok());
        QVERIFY(!awaitDone([&](auto done) { m_actor.startPool(pool, std::move(done)); }));
        openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(pools()->poolIndex(DefaultUri, pool).isValid(), BoundMs);

        QTreeView *tree = m_window->poolsPane()->tree();
        const QModelIndex vm = pools()->machineIndex(DefaultUri, Vm);
        tree->scrollTo(vm);
        const QPoint onVm = tree->visualRect(vm).center();
        QVERIFY(tree->viewport()->rect().contains(onVm));

        // A whole target has no place on a VM.
        const QModelIndex target = m_window->model()->targetIndex(m_portal, layout::DisksIqn);
        std::unique_ptr<QMimeData> wholeTarget = dragOut(m_window->discoveryView(), target);
        QVERIFY(!dropOn(tree, onVm, wholeTarget.get()).dropped);
        QVERIFY(!m_window->poolsPane()->findChild<AttachDiskDialog *>());

        // LUN 1 dropped on the VM: the dialog, with the pool's volume.
        std::unique_ptr<QMimeData> lun = dragOut(m_window->discoveryView(), lunIndex(1));
        const DropOutcome outcome = dropOn(tree, onVm, lun.get());
        QVERIFY(outcome.entered && outcome.moved && outcome.dropped);
        auto *dialog = openDialog<AttachDiskDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->draft().source, DiskSourceKind::Volume);
        QCOMPARE(dialog->draft().pool, pool);
        QCOMPARE(dialog->draft().volume, u"unit:0:0:1"_s);
        QVERIFY2(dialog->xml().contains(u"volume='unit:0:0:1'"_s) || dialog->xml().contains(u"volume=\"unit:0:0:1\""_s),
                 qPrintable(dialog->xml()));
        dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->poolsPane()->findChild<AttachDiskDialog *>(), BoundMs);

        // The keyboard's way: "Attach to VM" on LUN 2 names the VM; choosing it opens the dialog.
        MachineDiskActions *disks = m_window->poolsPane()->diskActions();
        std::unique_ptr<QMenu> menu(disks->attachMenuForLun(*m_window->model()->dragData(lunIndex(2)), nullptr));
        QVERIFY(menu);
        QAction *choice = attachAction(menu.get());
        QVERIFY(choice);
        QVERIFY(choice->text().contains(Vm));
        choice->trigger();
        dialog = openDialog<AttachDiskDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->draft().volume, u"unit:0:0:2"_s);
        dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->poolsPane()->findChild<AttachDiskDialog *>(), BoundMs);

        // Without the pool: a network disk from the scan (host, port, IQN and LUN as reached).
        QVERIFY(!awaitDone([&](auto done) { m_actor.stopPool(pool, std::move(done)); }));
        QVERIFY(!awaitDone([&](auto done) { m_actor.undefinePool(pool, std::move(done)); }));
        QTRY_VERIFY_WITH_TIMEOUT(!pools()->poolIndex(DefaultUri, pool).isValid(), BoundMs);
        const AttachSource network = disks->sourceForLun(DefaultUri, *m_window->model()->dragData(lunIndex(2)));
        QVERIFY(!network.hasPool());
        QCOMPARE(network.host, m_portal.host());
        QCOMPARE(network.port, int(m_portal.port()));
        QCOMPARE(network.targetIqn, layout::DisksIqn.toString());
        QCOMPARE(network.lun, 2);
        QVERIFY(network.capacityBytes > 0); // from the scan: not mistaken for the controller
        menu.reset(disks->attachMenuForLun(*m_window->model()->dragData(lunIndex(2)), nullptr));
        attachAction(menu.get())->trigger();
        dialog = openDialog<AttachDiskDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->draft().source, DiskSourceKind::Network);
        QCOMPARE(dialog->draft().lun, 2);
        dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->poolsPane()->findChild<AttachDiskDialog *>(), BoundMs);

        // The target's controller (LUN 0, no storage) is no disk: refused with the reason.
        menu.reset(disks->attachMenuForLun(*m_window->model()->dragData(lunIndex(0)), nullptr));
        QVERIFY(menu);
        attachAction(menu.get())->trigger();
        const BannerMessage *refusal = m_window->poolsPane()->banners()->find(u"disk"_s);
        QVERIFY(refusal);
        QVERIFY2(refusal->text.contains(u"controller"_s), qPrintable(refusal->text));
        QVERIFY(!m_window->poolsPane()->findChild<AttachDiskDialog *>());
    }

    void detachFromTheLunsMenu()
    {
        // A domain with LUN 1 of the disks target as a network disk.
        const QString xml = uR"(<domain type='test'><name>vm-detach</name><memory>131072</memory><os><type>hvm</type></os>
<devices><disk type='network' device='disk'><source protocol='iscsi' name='%1/1'><host name='%2' port='%3'/></source>
<target dev='sdb' bus='scsi'/></disk></devices></domain>)"_s.arg(layout::DisksIqn.toString(), m_portal.host())
                                .arg(m_portal.port());
        virConnectPtr direct = virConnectOpen("test:///default");
        QVERIFY(direct);
        virDomainPtr domain = virDomainDefineXML(direct, xml.toUtf8().constData());
        QVERIFY(domain);
        openWindow();
        const LunNode *lun = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((lun = m_window->model()->lunNode(lunIndex(1))) && !m_window->model()->usersOf(*lun).isEmpty(),
                                 BoundMs);
        MachineDiskActions *disks = m_window->poolsPane()->diskActions();
        std::unique_ptr<QMenu> menu(disks->detachMenu(u"Detach"_s, m_window->model()->usersOf(*lun), nullptr));
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 1);
        QVERIFY(menu->actions().first()->text().contains(u"vm-detach"_s));
        QVERIFY(menu->actions().first()->text().contains(u"sdb"_s));
        menu->actions().first()->trigger();
        auto *dialog = openDialog<DetachDiskDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->detachButton()->isEnabled());
        dialog->reject();
        // No disk of a LUN nobody uses: no menu.
        const LunNode *unused = m_window->model()->lunNode(lunIndex(2));
        QVERIFY(unused);
        QVERIFY(!disks->detachMenu(u"Detach"_s, m_window->model()->usersOf(*unused), nullptr));
        virDomainUndefine(domain);
        virDomainFree(domain);
        virConnectClose(direct);
    }
};

QTEST_MAIN(TestAttachDrag)
#include "tst_attachdrag.moc"
