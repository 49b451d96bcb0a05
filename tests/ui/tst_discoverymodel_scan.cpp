// DiscoveryModel and its proxy under QAbstractItemModelTester (fatal) while a real scan of the tgt
// test layout inserts rows; cancel right after the first LUN; log in again with credentials.
#include "discovery/DiscoveryController.h"
#include "discovery/DiscoveryFilterModel.h"
#include "discovery/DiscoveryModel.h"
#include "TgtFixture.h"
#include "TgtLayout.h"
#include "TgtTestCase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;
using lunscope::test::TgtFixture;
namespace layout = lunscope::test::layout;

namespace {

constexpr int ScanBoundMs = 60000;

DiscoveryItemState state(const QModelIndex &index)
{
    return DiscoveryItemState(index.data(DiscoveryModel::StateRole).toInt());
}

} // namespace

class TestDiscoveryModelScan : public lunscope::test::TgtTestCase
{
    Q_OBJECT
private:

private Q_SLOTS:
    void rowsOfARealScan()
    {
        DiscoveryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // The proxy, sorted and filtered, must stay consistent too while rows arrive.
        DiscoveryFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(DiscoveryModel::CapacityColumn, Qt::DescendingOrder);
        proxy.setFilterText(u"lunscope"_s);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        DiscoveryController controller(&model);
        QSignalSpy finished(&controller, &DiscoveryController::portalFinished);
        controller.discover(m_portal, testOptions());
        QVERIFY(controller.isRunning());
        QVERIFY(finished.wait(ScanBoundMs));
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), ScanBoundMs);
        QCOMPARE(resets.count(), 0);
        QVERIFY(!finished.at(0).at(1).value<Error>());

        const QModelIndex portal = model.portalIndex(m_portal);
        QCOMPARE(state(portal), DiscoveryItemState::Done);
        QCOMPARE(model.rowCount(portal), int(4 + layout::BulkTargetCount));

        const QModelIndex disks = model.targetIndex(m_portal, layout::DisksIqn);
        QCOMPARE(state(disks), DiscoveryItemState::Done);
        QCOMPARE(model.rowCount(disks), int(1 + layout::DisksLuns.size())); // tgt's LUN 0 first
        QCOMPARE(model.index(0, 0, disks).data(DiscoveryModel::CapacityBytesRole).toULongLong(), 0u);
        quint64 total = 0;
        for (const layout::Lun &lun : layout::DisksLuns) {
            const QModelIndex index = model.index(lun.lun, 0, disks);
            QCOMPARE(index.data(DiscoveryModel::LunNumberRole).toInt(), lun.lun);
            QCOMPARE(index.data(DiscoveryModel::CapacityBytesRole).toULongLong(), lun.sizeBytes);
            QCOMPARE(index.siblingAtColumn(DiscoveryModel::SerialColumn).data().toString(), lun.serial.toString());
            QCOMPARE(index.siblingAtColumn(DiscoveryModel::ProductColumn).data().toString(), lun.product.toString());
            QCOMPARE(model.lunNode(index)->info.blockSize, lun.blockSize);
            QCOMPARE(model.lunNode(index)->info.thinProvisioned(), lun.thinProvisioned);
            QCOMPARE(model.lunNode(index)->info.writeProtected, lun.readOnly);
            total += lun.sizeBytes;
        }
        QCOMPARE(disks.data(DiscoveryModel::CapacityBytesRole).toULongLong(), total);
        // Disks are counted, tgt's controller LUN named apart.
        QCOMPARE(disks.siblingAtColumn(DiscoveryModel::StatusColumn).data().toString(), u"3 LUN(s) + controller"_s);

        const QModelIndex chap = model.targetIndex(m_portal, layout::ChapIqn);
        QCOMPARE(state(chap), DiscoveryItemState::Locked);
        QVERIFY(chap.data(DiscoveryModel::LockedRole).toBool());
        QCOMPARE(model.rowCount(chap), 0);
        // Nothing was tried yet: it asks for credentials, nothing failed; its LUNs are not known.
        QCOMPARE(chap.siblingAtColumn(DiscoveryModel::StatusColumn).data().toString(),
                 u"Needs CHAP credentials — press Enter to log in"_s);
        QVERIFY(!chap.data(DiscoveryModel::CapacityKnownRole).toBool());
        QCOMPARE(chap.siblingAtColumn(DiscoveryModel::CapacityColumn).data().toString(), u"—"_s);
        QCOMPARE(chap.siblingAtColumn(DiscoveryModel::CapacityColumn).data(Qt::ToolTipRole).toString(),
                 u"Not known until you log in"_s);
        QVERIFY(!portal.data(DiscoveryModel::CapacityKnownRole).toBool());

        const QModelIndex controllerOnly = model.targetIndex(m_portal, layout::ControllerOnlyIqn);
        QCOMPARE(model.rowCount(controllerOnly), 1);
        QCOMPARE(controllerOnly.data(DiscoveryModel::CapacityBytesRole).toULongLong(), 0u);
        QVERIFY(controllerOnly.data(DiscoveryModel::CapacityKnownRole).toBool());
        QCOMPARE(controllerOnly.siblingAtColumn(DiscoveryModel::StatusColumn).data().toString(),
                 u"No data LUNs (controller only)"_s);
        QCOMPARE(controllerOnly.siblingAtColumn(DiscoveryModel::CapacityColumn).data().toString(), u"0 bytes"_s);

        for (int n = 1; n <= layout::BulkTargetCount; ++n) {
            const QModelIndex bulk = model.targetIndex(m_portal, layout::bulkIqn(n));
            QCOMPARE(state(bulk), DiscoveryItemState::Done);
            QCOMPARE(bulk.data(DiscoveryModel::CapacityBytesRole).toULongLong(), layout::bulkSizeBytes(n));
        }
        // The filter matched rows all along; its tree is there too.
        QVERIFY(proxy.rowCount(proxy.index(0, 0)) > 0);
    }

    void cancelRightAfterTheFirstLun()
    {
        DiscoveryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        DiscoveryController controller(&model);
        bool cancelled = false;
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &parent) {
            if (!cancelled && parent.isValid() && DiscoveryModel::kind(parent) == DiscoveryNodeKind::Target) {
                cancelled = true;
                controller.cancel();
            }
        });
        QSignalSpy finished(&controller, &DiscoveryController::portalFinished);
        ScanOptions options = testOptions();
        options.jobs = 2;
        controller.discover(m_portal, options);
        QVERIFY(finished.wait(ScanBoundMs));
        QVERIFY(cancelled);
        QCOMPARE(finished.at(0).at(1).value<Error>().kind(), ErrorKind::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), ScanBoundMs);

        const QModelIndex portal = model.portalIndex(m_portal);
        QCOMPARE(state(portal), DiscoveryItemState::Cancelled);
        int cancelledTargets = 0;
        for (int row = 0; row < model.rowCount(portal); ++row) {
            const DiscoveryItemState targetState = state(model.index(row, 0, portal));
            QVERIFY2(targetState != DiscoveryItemState::Running && targetState != DiscoveryItemState::Waiting,
                     qPrintable(model.index(row, 0, portal).data().toString()));
            cancelledTargets += targetState == DiscoveryItemState::Cancelled;
        }
        QVERIFY(cancelledTargets > 0);
        // Nothing arrives after the cancel has been confirmed.
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QCoreApplication::processEvents(); // late signals would be queued by now
        QCOMPARE(inserts.count(), 0);
        QCOMPARE(changes.count(), 0);
    }

    void logInAgainWithCredentials()
    {
        DiscoveryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        DiscoveryController controller(&model);
        QSignalSpy finished(&controller, &DiscoveryController::portalFinished);
        controller.discover(m_portal, testOptions());
        QVERIFY(finished.wait(ScanBoundMs));
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), ScanBoundMs);

        QSignalSpy targets(&controller, &DiscoveryController::targetFinished);
        controller.probeTarget(m_portal, layout::ChapIqn, ChapCredentials{layout::ChapUser, u"wrong-secret-1"_s, {}, {}});
        QVERIFY(targets.wait(ScanBoundMs));
        const QModelIndex chap = model.targetIndex(m_portal, layout::ChapIqn);
        QCOMPARE(state(chap), DiscoveryItemState::Locked);
        QCOMPARE(chap.data(DiscoveryModel::ErrorKindRole).toInt(), int(ErrorKind::Authentication));

        controller.probeTarget(m_portal, layout::ChapIqn, ChapCredentials{layout::ChapUser, layout::ChapSecret, {}, {}});
        QVERIFY(targets.wait(ScanBoundMs));
        QCOMPARE(state(chap), DiscoveryItemState::Done);
        const QModelIndex chapLun = model.lunIndex(m_portal, layout::ChapIqn, layout::ChapLun.lun);
        QCOMPARE(chapLun.data(DiscoveryModel::CapacityBytesRole).toULongLong(), layout::ChapLun.sizeBytes);
        QCOMPARE(model.targetNode(chap)->chapUser, layout::ChapUser);
        // Mutual CHAP: the target proves itself too.
        controller.probeTarget(m_portal, layout::MutualIqn,
                               ChapCredentials{layout::MutualUser, layout::MutualSecret, layout::MutualTargetUser,
                                               layout::MutualTargetSecret});
        QVERIFY(targets.wait(ScanBoundMs));
        const QModelIndex mutual = model.targetIndex(m_portal, layout::MutualIqn);
        QVERIFY2(state(mutual) == DiscoveryItemState::Done, qPrintable(mutual.data(DiscoveryModel::ErrorMessageRole).toString()));
        QCOMPARE(model.lunIndex(m_portal, layout::MutualIqn, layout::MutualLun.lun).data(DiscoveryModel::CapacityBytesRole)
                     .toULongLong(),
                 layout::MutualLun.sizeBytes);

        // The credentials stay with the target: a rescan uses them again.
        controller.probeTarget(m_portal, layout::ChapIqn);
        QVERIFY(targets.wait(ScanBoundMs));
        QCOMPARE(state(chap), DiscoveryItemState::Done);
    }
};

QTEST_MAIN(TestDiscoveryModelScan)
#include "tst_discoverymodel_scan.moc"
