// An iSNS directory as a source in the window's discovery tree (offscreen): its row says what it
// is and counts entities and targets; Refresh asks the directory again, so a deregistered array's
// targets leave the tree; a directory that is down fails its row with its kind.
#include "IsnsSandbox.h"
#include "PeerRequirement.h"
#include "TgtFixture.h"
#include "TgtLayout.h"
#include "discovery/ConnectDialog.h"
#include "discovery/DiscoveryController.h"
#include "discovery/DiscoveryModel.h"
#include "discovery/DiscoveryView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;
using namespace lunscope::test;

namespace {

constexpr int ScanBoundMs = 60000;

ScanOptions options()
{
    ScanOptions scanOptions;
    scanOptions.initiatorIqn = u"iqn.2026-11.org.lunscope:isns-gui"_s;
    scanOptions.timeout = std::chrono::seconds(5);
    return scanOptions;
}

QString cell(const QModelIndex &row, int column, int role = Qt::DisplayRole)
{
    return row.siblingAtColumn(column).data(role).toString();
}

} // namespace

class TestIsnsGui : public QObject
{
    Q_OBJECT
private:
    TgtFixture m_arrayA;
    TgtFixture m_arrayB;

private Q_SLOTS:
    void initTestCase()
    {
        if (!IsnsSandbox::available())
            LUNSCOPE_PEER_MISSING("isnsd/isnsadm are not installed (Debian packages open-isns-server, open-isns-utils)");
        if (!TgtFixture::available())
            LUNSCOPE_PEER_MISSING("tgtd is not installed (Debian package tgt)");
        QVERIFY2(m_arrayA.start(), qPrintable(m_arrayA.errorString()));
        QVERIFY2(m_arrayB.start(TgtFixture::Layout::Bench, 2, 1), qPrintable(m_arrayB.errorString()));
    }

    void sourceRowAndRefresh()
    {
        IsnsSandbox isns;
        QVERIFY2(isns.start(), qPrintable(isns.errorString()));
        QVERIFY2(isns.registerEntity(u"array-a"_s, m_arrayA.portal(), {layout::DisksIqn}), qPrintable(isns.errorString()));
        QVERIFY2(isns.registerEntity(u"array-b"_s, m_arrayB.portal(), {layout::benchIqn(1), layout::benchIqn(2)}),
                 qPrintable(isns.errorString()));

        DiscoveryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        DiscoveryView view(&model);
        view.resize(900, 400);
        view.show();
        DiscoveryController controller(&model);
        QSignalSpy finished(&controller, &DiscoveryController::portalFinished);
        const PortalAddress directory = PortalAddress::parse(isns.server()).value();
        controller.discover(directory, options());
        QVERIFY(finished.wait(ScanBoundMs));
        QVERIFY(!finished.at(0).at(1).value<Error>());

        const QModelIndex row = model.portalIndex(directory);
        QVERIFY(row.isValid());
        QCOMPARE(cell(row, DiscoveryModel::NameColumn), isns.server());
        QCOMPARE(cell(row, DiscoveryModel::TypeColumn), u"iSNS directory"_s);
        // Untranslated source text: the English plural forms come from translations/lunscope_en.ts.
        QCOMPARE(cell(row, DiscoveryModel::StatusColumn), u"2 entity(ies), 3 target(s)"_s);
        QVERIFY(cell(row, DiscoveryModel::NameColumn, Qt::ToolTipRole).contains(u"Refresh"_s));
        QCOMPARE(model.rowCount(row), 3);
        const QModelIndex disks = model.targetIndex(directory, layout::DisksIqn);
        QVERIFY(disks.isValid());
        QCOMPARE(model.rowCount(disks), int(layout::DisksLuns.size() + 1));

        // Refresh (what F5 does) asks the directory again.
        QVERIFY2(isns.deregisterEntity(u"array-b"_s), qPrintable(isns.errorString()));
        controller.rediscover(directory);
        QVERIFY(finished.wait(ScanBoundMs));
        QCOMPARE(cell(row, DiscoveryModel::StatusColumn), u"1 entity(ies), 1 target(s)"_s);
        QCOMPARE(model.rowCount(row), 1);
        QVERIFY(!model.targetIndex(directory, layout::benchIqn(1)).isValid());

        // The directory goes away: the row fails with the kind, and keeps saying what it is.
        isns.stop();
        controller.rediscover(directory);
        QVERIFY(finished.wait(ScanBoundMs));
        QCOMPARE(finished.last().at(1).value<Error>().kind(), ErrorKind::Refused);
        QCOMPARE(DiscoveryItemState(row.data(DiscoveryModel::StateRole).toInt()), DiscoveryItemState::Failed);
        QCOMPARE(cell(row, DiscoveryModel::TypeColumn), u"iSNS directory"_s);
    }

    // Connect to Portal… on a directory (its host and port fields) gives back the directory, not an
    // iSCSI portal at the iSNS port.
    void connectDialogKeepsTheDirectory()
    {
        ConnectDialog dialog;
        const PortalAddress directory = PortalAddress::parse(u"isns://127.0.0.1:24000"_s).value();
        ConnectRequest request;
        request.portal = directory;
        request.options = options();
        dialog.setRequest(request);
        QCOMPARE(dialog.request().portal, directory);

        ConnectDialog typed;
        typed.setRequest({});
        typed.setPortalText(u"isns://127.0.0.1"_s);
        QCOMPARE(typed.request().portal.toString(), u"isns://127.0.0.1:3205"_s);
        typed.setPortalText(u"127.0.0.1"_s);
        QCOMPARE(typed.request().portal.toString(), u"127.0.0.1:3260"_s);
    }
};

QTEST_MAIN(TestIsnsGui)
#include "tst_isnsgui.moc"
