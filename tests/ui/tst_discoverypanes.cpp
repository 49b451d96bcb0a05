// The details pane and the capacity view over a DiscoveryModel fed by hand (the demo's shapes: a
// target with disks behind tgt's controller LUN, one with the controller only, one that needs CHAP):
// they count LUNs as the tree does, say "not known" where nothing was read, speak in whole phrases,
// and mark the selected LUN in the bar.
#include "discovery/CapacityBar.h"
#include "discovery/CapacityRanking.h"
#include "discovery/CapacityView.h"
#include "discovery/DiscoveryModel.h"
#include "discovery/LunDetailsPane.h"
#include "DiscoveryLuns.h"
#include "pools/ScannedLuns.h"
#include "vm/LunUsageIndex.h"

#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

constexpr quint64 MiB = 1024 * 1024;
const PortalAddress Portal(u"127.0.0.1"_s, 3260);
const QString Web = u"iqn.2026-11.org.lunscope.demo:web"_s;
const QString Empty = u"iqn.2026-11.org.lunscope.demo:empty"_s;
const QString Backup = u"iqn.2026-11.org.lunscope.demo:backup"_s;

TargetInfo target(const QString &iqn)
{
    return test::targetAt(Portal, iqn);
}

LunInfo disk(int number, quint64 bytes)
{
    LunInfo lun = test::diskLun(number, bytes);
    lun.provisioning = Provisioning::Thin;
    lun.maxTransferBlocks = 16384;
    lun.maxUnmapBlocks = 0xffffffffu;
    lun.designators = {Designator{Designator::Type::Naa, Designator::Association::LogicalUnit, u"6001405000000001"_s}};
    return lun;
}

LunInfo controller()
{
    return test::controllerLun();
}

} // namespace

class TestDiscoveryPanes : public QObject
{
    Q_OBJECT
private:
    DiscoveryModel *m_model = nullptr;

    // Adds targets iqn.2026-11.org.lunscope.demo:NAME1 … NAMEcount to the portal.
    void addTargets(const QString &name, int count)
    {
        QList<TargetInfo> more;
        for (int n = 1; n <= count; ++n)
            more << target(u"iqn.2026-11.org.lunscope.demo:"_s + name + QString::number(n));
        m_model->addTargets(Portal, more);
    }

    static QScrollArea *rankingScroll(const CapacityView &view)
    {
        const auto *page = view.findChild<QWidget *>(u"rankingPage"_s);
        return page ? page->findChild<QScrollArea *>() : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_model = new DiscoveryModel(this);
        m_model->startPortal(Portal, u"iqn.2026-11.org.lunscope:tests"_s);
        m_model->addTargets(Portal, {target(Web), target(Empty), target(Backup)});
        for (const QString &iqn : {Web, Empty, Backup})
            m_model->startTarget(Portal, iqn, {});
        m_model->finishTarget(Portal, TargetResult{target(Web), Portal,
                                                   {controller(), disk(1, 64 * MiB), disk(2, 32 * MiB), disk(3, 16 * MiB)},
                                                   {}});
        m_model->finishTarget(Portal, TargetResult{target(Empty), Portal, {controller()}, {}});
        const Error needsChap(ErrorKind::Authentication, u"backup requires CHAP authentication."_s,
                              u"Status: (0x0201)"_s);
        m_model->finishTarget(Portal, TargetResult{target(Backup), Portal, {}, needsChap});
        m_model->finishPortal(Portal, {});
    }

    void cleanup() { delete m_model; }

    // The Used by column and section of a LUN row: two VMs on two hosts name LUN 1 of web (one
    // through a pool, one as a network disk), neither shareable: counted, listed, flagged.
    void usedByColumnAndSection()
    {
        StoragePoolInfo pool;
        pool.name = u"web-pool"_s;
        pool.type = u"iscsi-direct"_s;
        pool.sourceHost = u"127.0.0.1"_s;
        pool.sourceDevice = Web;
        DomainInfo a;
        a.name = u"vm-a"_s;
        a.active = true;
        a.xml = u"<domain><devices><disk type='volume' device='disk'><source pool='web-pool' volume='unit:0:0:1'/>"
                "<target dev='vdb' bus='virtio'/></disk></devices></domain>"_s;
        DomainInfo b;
        b.name = u"vm-b"_s;
        b.xml = u"<domain><devices><disk type='network' device='lun'><source protocol='iscsi' name='%1/1'>"
                "<host name='127.0.0.1' port='3260'/></source><target dev='sda' bus='scsi'/></disk></devices></domain>"_s
                    .arg(Web);
        LunUsageIndex usage;
        usage.setHost(u"test:///a"_s, {pool}, {a});
        usage.setHost(u"test:///b"_s, {}, {b});
        m_model->setUsageLookup([&usage](const LunNode &lun) { return lunUsers(usage, lun); });

        const QModelIndex lun1 = m_model->lunIndex(Portal, Web, 1, DiscoveryModel::UsedByColumn);
        QCOMPARE(lun1.data().toString(), u"2 VM(s)"_s);
        QCOMPARE(lun1.data(DiscoveryModel::UsedByCountRole).toInt(), 2);
        QVERIFY(lun1.data(DiscoveryModel::SharingRiskRole).toBool());
        QVERIFY(lun1.data(Qt::ToolTipRole).toString().contains(u"vm-b on test:///b: sda (lun)"_s));
        QVERIFY(m_model->lunIndex(Portal, Web, 2, DiscoveryModel::UsedByColumn).data().toString().isEmpty());

        LunDetailsPane pane(m_model);
        pane.setCurrent(m_model->lunIndex(Portal, Web, 1));
        QCOMPARE(pane.fieldLabel(u"usedBy0"_s), u"vm-a on test:///a:"_s);
        QCOMPARE(pane.fieldText(u"usedBy0"_s), u"running, target vdb, virtio bus, disk"_s);
        QCOMPARE(pane.fieldText(u"usedBy1"_s), u"not running, target sda, scsi bus, lun (SCSI pass-through)"_s);
        pane.setCurrent(m_model->lunIndex(Portal, Web, 2));
        QCOMPARE(pane.fieldText(u"usedBy"_s), u"None on the open hypervisors"_s);
        m_model->setUsageLookup({});
    }

    void detailsOfATargetNotLoggedInTo()
    {
        LunDetailsPane pane(m_model);
        pane.setCurrent(m_model->targetIndex(Portal, Backup));
        QCOMPARE(pane.fieldText(u"luns"_s), u"Not known until you log in"_s);
        QCOMPARE(pane.fieldText(u"capacity"_s), u"Not known until you log in"_s);
        // Where it would log in, not "Logged in via".
        QCOMPARE(pane.fieldLabel(u"loggedInVia"_s), u"Login portal:"_s);
        QCOMPARE(pane.fieldText(u"loggedInVia"_s), u"127.0.0.1:3260 (not logged in)"_s);
        QCOMPARE(pane.fieldText(u"chapUser"_s), u"Not used"_s);

        pane.setCurrent(m_model->targetIndex(Portal, Web));
        QCOMPARE(pane.fieldLabel(u"loggedInVia"_s), u"Logged in via:"_s);
        QCOMPARE(pane.fieldText(u"luns"_s), u"3 LUN(s) + controller"_s);
        pane.setCurrent(m_model->targetIndex(Portal, Empty));
        QCOMPARE(pane.fieldText(u"luns"_s), u"No data LUNs (controller only)"_s);
        QCOMPARE(pane.fieldText(u"capacity"_s), u"0 bytes"_s);

        pane.setCurrent(m_model->portalIndex(Portal));
        QCOMPARE(pane.fieldText(u"capacity"_s),
                 u"At least 112.0 MiB (117,440,512 bytes); 1 target(s) not known until you log in"_s);
    }

    void lunDetailsAreWholePhrases()
    {
        LunDetailsPane pane(m_model);
        pane.setCurrent(m_model->lunIndex(Portal, Web, 1));
        QCOMPARE(pane.fieldLabel(u"designator0"_s), u"NAA (logical unit):"_s);
        QCOMPARE(pane.fieldText(u"qualifier"_s), u"Device connected (0)"_s);
        QCOMPARE(pane.fieldLabel(u"provisioning"_s), u"Block allocation:"_s);
        QCOMPARE(pane.fieldText(u"provisioning"_s), u"Thin (blocks allocated on write)"_s);
        QCOMPARE(pane.fieldLabel(u"maxUnmap"_s), u"Largest discard (UNMAP):"_s);
        QCOMPARE(pane.fieldText(u"maxUnmap"_s), u"No limit"_s);
        QCOMPARE(pane.fieldText(u"maxTransfer"_s), u"16,384 logical block(s)"_s); // grouped, one plural phrase
        QCOMPARE(pane.fieldText(u"optimalTransfer"_s), u"Not reported"_s);
        pane.setCurrent(m_model->lunIndex(Portal, Web, 0));
        QCOMPARE(pane.fieldText(u"capacity"_s), u"No capacity: not a block device"_s);
        QCOMPARE(pane.fieldText(u"deviceType"_s), u"Storage array controller (0x0c)"_s);

        // No parentheses inside parentheses: a type without a name already carries its code.
        LunInfo odd = disk(4, 8 * MiB);
        odd.deviceType = 0x1f;
        odd.ready = false;
        odd.notReadyReason = u"NOT READY (medium not present)"_s;
        m_model->addLun(Portal, Web, odd);
        pane.setCurrent(m_model->lunIndex(Portal, Web, 4));
        QCOMPARE(pane.fieldText(u"deviceType"_s), u"Unknown (type 0x1f)"_s);
        QCOMPARE(pane.fieldText(u"ready"_s), u"No: NOT READY (medium not present)"_s);
    }

    void capacityViewCountsLikeTheTree()
    {
        CapacityView view(m_model);
        view.setCurrent(m_model->targetIndex(Portal, Web));
        QCOMPARE(view.title(), Web + u" — 112.0 MiB in 3 LUN(s) + controller"_s);
        QCOMPARE(view.bar()->items().size(), 3);

        view.setCurrent(m_model->targetIndex(Portal, Empty));
        QCOMPARE(view.title(), Empty + u" — No data LUNs (controller only)"_s);
        QCOMPARE(view.bar()->emptyText(), u"No data LUNs (controller only)"_s);

        view.setCurrent(m_model->targetIndex(Portal, Backup));
        QCOMPARE(view.title(), Backup + u" — capacity: Not known until you log in"_s);
        QCOMPARE(view.bar()->emptyText(), u"Not known until you log in"_s);

        view.setCurrent(m_model->portalIndex(Portal));
        QVERIFY2(view.title().contains(u"1 not known until you log in"_s), qPrintable(view.title()));
        const QList<CapacityItem> ranked = view.ranking()->items();
        QCOMPARE(ranked.size(), 3);
        QCOMPARE(ranked.at(0).description, u"3 LUN(s) + controller"_s);
        QCOMPARE(ranked.at(1).description, u"No data LUNs (controller only)"_s);
        QCOMPARE(ranked.at(2).label, Backup);
        QVERIFY(!ranked.at(2).known);
        QCOMPARE(CapacityRanking::sizeText(ranked.at(2)), u"—"_s);
    }

    void selectedLunIsMarkedInTheBar()
    {
        CapacityView view(m_model);
        view.setCurrent(m_model->lunIndex(Portal, Web, 2));
        QCOMPARE(view.bar()->selectedKey(), 2);
        view.setCurrent(m_model->lunIndex(Portal, Web, 3)); // same target, another LUN
        QCOMPARE(view.bar()->selectedKey(), 3);
        view.setCurrent(m_model->targetIndex(Portal, Web));
        QCOMPARE(view.bar()->selectedKey(), -1);
    }

    void rankingShowsWholeRows()
    {
        addTargets(u"bulk-"_s, 12);
        CapacityView view(m_model);
        view.resize(400, 190);
        view.setCurrent(m_model->portalIndex(Portal));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QScrollArea *scroll = rankingScroll(view);
        QVERIFY(scroll);
        const int row = view.ranking()->rowHeight();
        // 15 rows do not fit: the viewport shows whole rows only, and scrolls by rows.
        QVERIFY(scroll->viewport()->height() < 15 * row);
        QCOMPARE(scroll->viewport()->height() % row, 0);
        QCOMPARE(scroll->verticalScrollBar()->singleStep(), row);
        // Taller: more whole rows.
        view.resize(400, 260);
        QTRY_COMPARE_WITH_TIMEOUT(scroll->viewport()->height() % row, 0, 2000);
    }

    void rowsAddedWhileShownStayWhole()
    {
        // The portal's three targets shown, then five more arrive as a scan goes on (the demo
        // window): all eight rows, none cut at the bottom.
        CapacityView view(m_model);
        view.resize(400, 300);
        view.setCurrent(m_model->portalIndex(Portal));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        addTargets(u"t"_s, 5);
        QScrollArea *scroll = rankingScroll(view);
        QVERIFY(scroll);
        const int row = view.ranking()->rowHeight();
        QTRY_COMPARE_WITH_TIMEOUT(view.ranking()->items().size(), 8, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(scroll->viewport()->height(), 8 * row, 2000);
    }
};

QTEST_MAIN(TestDiscoveryPanes)
#include "tst_discoverypanes.moc"
