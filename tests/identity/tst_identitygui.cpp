// Paths and collisions in the window (offscreen), against two real tgtd instances: array A seen
// through two of its portals, array B through its own. LUN rows count their paths or flag a
// collision (with why, in the tooltip), a source's capacity counts each disk once, the details
// pane shows Paths or Identity collision, the pool editor offers a target's other portals, and
// removing a source regroups what remains. An iSNS directory registering A at both portals: the
// target is probed at one, the other shows as a path not probed until it is added as a source.
#include "IsnsSandbox.h"
#include "PeerRequirement.h"
#include "TgtFixture.h"
#include "TgtLayout.h"
#include "discovery/DiscoveryController.h"
#include "discovery/DiscoveryModel.h"
#include "discovery/CapacityView.h"
#include "discovery/DiscoveryView.h"
#include "discovery/LunDetailsPane.h"
#include "discovery/TargetDragData.h"
#include "pools/ConnectionsController.h"
#include "pools/PoolsModel.h"
#include "pools/editor/PoolEditor.h"
#include "pools/editor/PoolForm.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMimeData>
#include <QSpinBox>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;
using namespace lunscope::test;
namespace id = lunscope::test::layout::identity;

namespace {

constexpr int ScanBoundMs = 60000;

ScanOptions options()
{
    ScanOptions scanOptions;
    scanOptions.initiatorIqn = u"iqn.2026-11.org.lunscope:identity-gui"_s;
    scanOptions.timeout = std::chrono::seconds(5);
    return scanOptions;
}

PortalAddress address(const QString &portal)
{
    return PortalAddress::parse(portal).value();
}

QString cell(const QModelIndex &row, int column, int role = Qt::DisplayRole)
{
    return row.siblingAtColumn(column).data(role).toString();
}

} // namespace

class TestIdentityGui : public QObject
{
    Q_OBJECT
private:
    TgtFixture m_arrayA;
    TgtFixture m_arrayB;
    QString m_secondPortalA; // array A's second portal, "127.0.0.1:PORT"

private Q_SLOTS:
    void initTestCase()
    {
        if (!TgtFixture::available())
            LUNSCOPE_PEER_MISSING("tgtd is not installed (Debian package tgt)");
        QVERIFY2(m_arrayA.start(TgtFixture::Layout::IdentityA), qPrintable(m_arrayA.errorString()));
        QVERIFY2(m_arrayB.start(TgtFixture::Layout::IdentityB), qPrintable(m_arrayB.errorString()));
        // A second portal on array A: one tgtd, so every target is there too.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        m_secondPortalA = u"127.0.0.1:%1"_s.arg(port);
        QString output;
        QVERIFY2(m_arrayA.tgtadm({u"--lld"_s, u"iscsi"_s, u"--op"_s, u"new"_s, u"--mode"_s, u"portal"_s, u"--param"_s,
                                  u"portal="_s + m_secondPortalA},
                                 &output),
                 qPrintable(output));
    }

    void pathsAndCollisionsInTheTree()
    {
        DiscoveryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        DiscoveryView view(&model);
        view.resize(1000, 500);
        view.show();
        LunDetailsPane details(&model);
        DiscoveryController controller(&model);
        QSignalSpy finished(&controller, &DiscoveryController::portalFinished);
        const PortalAddress a1 = address(m_arrayA.portal());
        const PortalAddress a2 = address(m_secondPortalA);
        const PortalAddress b = address(m_arrayB.portal());
        for (const PortalAddress &source : {a1, a2, b})
            controller.discover(source, options());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, ScanBoundMs);
        for (const QList<QVariant> &arguments : std::as_const(finished))
            QVERIFY(!arguments.at(1).value<Error>());

        // One disk behind front and back, through both portals of A: four paths. The model
        // regroups on the next turn of the event loop after the last target.
        const QModelIndex front = model.lunIndex(a1, id::frontIqn(u'a'), 1);
        QVERIFY(front.isValid());
        QTRY_COMPARE(front.data(DiscoveryModel::PathCountRole).toInt(), 4);
        QCOMPARE(front.data(DiscoveryModel::IdentityKindRole).toString(), u"paths"_s);
        QCOMPARE(cell(front, DiscoveryModel::StatusColumn), u"Ready · 4 path(s)"_s);
        QVERIFY(cell(front, DiscoveryModel::StatusColumn, Qt::ToolTipRole).contains(m_secondPortalA));
        QCOMPARE(model.lunIndex(a2, id::backIqn(u'a'), 1).data(DiscoveryModel::PathCountRole).toInt(), 4);
        // B's front and back are another disk (their own serial): two paths.
        QCOMPARE(model.lunIndex(b, id::frontIqn(u'b'), 1).data(DiscoveryModel::PathCountRole).toInt(), 2);
        // LUN 0, the controller, has no data to confuse.
        QCOMPARE(model.lunIndex(a1, id::frontIqn(u'a'), 0).data(DiscoveryModel::IdentityKindRole).toString(), QString());

        // tgt's default LUN: A (twice, one array) and B claim one identity.
        const QModelIndex defaultA = model.lunIndex(a1, id::defaultIqn(u'a'), 1);
        QCOMPARE(defaultA.data(DiscoveryModel::IdentityKindRole).toString(), u"collision"_s);
        QCOMPARE(cell(defaultA, DiscoveryModel::StatusColumn), u"Ready · identity collision"_s);
        QVERIFY(!defaultA.siblingAtColumn(DiscoveryModel::StatusColumn).data(Qt::DecorationRole).isNull());
        const QString why = cell(defaultA, DiscoveryModel::StatusColumn, Qt::ToolTipRole);
        QVERIFY2(why.contains(u"2 different arrays"_s) && why.contains(u"Multipath"_s), qPrintable(why));
        // The twin: two block sizes, one identity.
        QCOMPARE(model.lunIndex(b, id::twinIqn(u'b'), 2).data(DiscoveryModel::IdentityKindRole).toString(), u"collision"_s);

        // Each source counts its disks once: front and back are one 16 MiB disk; the twin's two
        // LUNs are two disks whatever they claim.
        const quint64 perSource = id::PathSizeBytes + 2 * id::TwinSizeBytes + id::PathSizeBytes;
        for (const PortalAddress &source : {a1, a2, b})
            QCOMPARE(model.portalIndex(source).data(DiscoveryModel::CapacityBytesRole).toULongLong(), perSource);
        // The capacity view ranks targets whole, and says why they add up to more.
        CapacityView capacity(&model);
        capacity.setCurrent(model.portalIndex(a1));
        QVERIFY2(capacity.title().contains(u"48.0 MiB"_s) && capacity.title().contains(u"16.0 MiB more are other paths"_s),
                 qPrintable(capacity.title()));

        // The details pane: Paths for front, the collision for the default LUN.
        details.setCurrent(front);
        QCOMPARE(details.fieldText(u"pathCount"_s), u"4"_s);
        // One row per path: the portal as the label, then target and LUN.
        QStringList paths;
        for (int i = 0; !details.fieldText(u"path%1"_s.arg(i)).isEmpty(); ++i)
            paths << details.fieldLabel(u"path%1"_s.arg(i)) + u' ' + details.fieldText(u"path%1"_s.arg(i));
        QCOMPARE(paths.size(), 4);
        QVERIFY2(paths.contains(u"%1 %2 LUN 1 (this one)"_s.arg(m_arrayA.portal(), id::frontIqn(u'a'))),
                 qPrintable(paths.join(u'\n')));
        QVERIFY(paths.contains(u"%1 %2 LUN 1"_s.arg(m_secondPortalA, id::backIqn(u'a'))));
        QVERIFY(details.fieldText(u"identity"_s).startsWith(u"NAA 6"_s));
        QVERIFY(details.fieldText(u"collisionWhy"_s).isEmpty());

        details.setCurrent(defaultA);
        QVERIFY(details.fieldText(u"collisionWhy"_s).contains(u"Multipath"_s));
        QVERIFY(details.fieldText(u"claimedBy"_s).startsWith(u"3 LUN"_s));
        QVERIFY(!details.fieldText(u"path2"_s).isEmpty());
        QVERIFY(details.fieldText(u"path3"_s).isEmpty());
        QCOMPARE(details.fieldLabel(u"path2"_s), m_arrayB.portal());
        QCOMPARE(details.fieldText(u"path2"_s), id::defaultIqn(u'b') + u" LUN 1"_s);
        QVERIFY(details.fieldText(u"pathCount"_s).isEmpty());

        // A pool for front, dragged from the first source: the editor offers both of A's portals.
        const std::unique_ptr<QMimeData> mime(model.mimeData({model.targetIndex(a1, id::frontIqn(u'a'))}));
        const std::optional<TargetDragData> drag = TargetDragData::fromMimeData(mime.get());
        QVERIFY(drag);
        QCOMPARE(drag->paths, QStringList{m_secondPortalA});
        ConnectionsController connections(nullptr);
        PoolsModel pools;
        PoolEditor editor(PoolEditorSeed::fromTarget(u"test:///default"_s, *drag, std::nullopt, {}), &connections, &pools);
        QComboBox *choice = editor.form()->portalChoice();
        QCOMPARE(choice->count(), 2);
        QCOMPARE(choice->currentText(), m_arrayA.portal());
        QVERIFY(!choice->isHidden());
        QVERIFY(editor.seed().origin.contains(u"other paths"_s));
        choice->setCurrentIndex(1);
        Q_EMIT choice->activated(1);
        QCOMPARE(editor.draft().host, u"127.0.0.1"_s);
        QCOMPARE(editor.draft().port, address(m_secondPortalA).port());
        QVERIFY2(editor.xml().contains(u"port='%1'"_s.arg(address(m_secondPortalA).port()))
                     || editor.xml().contains(u"port=\"%1\""_s.arg(address(m_secondPortalA).port())),
                 qPrintable(editor.xml()));
        // Typing a port by hand shows no choice, or the one it names.
        editor.form()->portSpin()->setValue(address(m_arrayA.portal()).port());
        QCOMPARE(choice->currentIndex(), 0);
        editor.form()->portSpin()->setValue(1);
        QCOMPARE(choice->currentIndex(), -1);
        // B's target is seen at one portal only: no choice to make.
        const std::unique_ptr<QMimeData> single(model.mimeData({model.targetIndex(b, id::frontIqn(u'b'))}));
        const std::optional<TargetDragData> singleDrag = TargetDragData::fromMimeData(single.get());
        QVERIFY(singleDrag && singleDrag->paths.isEmpty());
        PoolEditor plain(PoolEditorSeed::fromTarget(u"test:///default"_s, *singleDrag, std::nullopt, {}), &connections, &pools);
        QVERIFY(plain.form()->portalChoice()->isHidden());

        // Without B, A's default LUN is one disk through two portals again, and its row says so.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        controller.removePortal(b);
        QTRY_COMPARE(defaultA.data(DiscoveryModel::IdentityKindRole).toString(), u"paths"_s);
        QCOMPARE(defaultA.data(DiscoveryModel::PathCountRole).toInt(), 2);
        QVERIFY(std::ranges::any_of(changed, [&](const QList<QVariant> &arguments) {
            return arguments.at(0).toModelIndex() == defaultA;
        }));
        QTRY_COMPARE(details.fieldText(u"pathCount"_s), u"2"_s);
        // And without A's second portal, nothing of A is seen twice but front and back.
        controller.removePortal(a2);
        QTRY_COMPARE(defaultA.data(DiscoveryModel::PathCountRole).toInt(), 1);
        QCOMPARE(cell(defaultA, DiscoveryModel::StatusColumn), u"Ready"_s);
        QCOMPARE(front.data(DiscoveryModel::PathCountRole).toInt(), 2);
        QVERIFY(defaultA.siblingAtColumn(DiscoveryModel::StatusColumn).data(Qt::DecorationRole).isNull());
    }

    void directoryPortalsNotProbed()
    {
        if (!IsnsSandbox::available())
            LUNSCOPE_PEER_MISSING("isnsd/isnsadm are not installed (Debian packages open-isns-server, open-isns-utils)");
        IsnsSandbox isns;
        QVERIFY2(isns.start(), qPrintable(isns.errorString()));
        QVERIFY2(isns.registerEntity(u"array-a"_s, QStringList{m_arrayA.portal(), m_secondPortalA}, {id::frontIqn(u'a')}),
                 qPrintable(isns.errorString()));
        DiscoveryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        LunDetailsPane details(&model);
        DiscoveryController controller(&model);
        QSignalSpy finished(&controller, &DiscoveryController::portalFinished);
        const PortalAddress directory = address(isns.server());
        controller.discover(directory, options());
        QVERIFY(finished.wait(ScanBoundMs));
        QVERIFY(!finished.last().at(1).value<Error>());

        // One login per target: at the first registered portal; the second is a path not probed.
        const QModelIndex front = model.lunIndex(directory, id::frontIqn(u'a'), 1);
        QVERIFY(front.isValid());
        QCOMPARE(front.data(DiscoveryModel::PathCountRole).toInt(), 1);
        details.setCurrent(front);
        QCOMPARE(details.fieldText(u"pathCount"_s), u"1"_s);
        QVERIFY2(details.fieldText(u"unprobed"_s).startsWith(m_secondPortalA), qPrintable(details.fieldText(u"unprobed"_s)));
        // A pool may still use it.
        const std::unique_ptr<QMimeData> mime(model.mimeData({front}));
        QCOMPARE(TargetDragData::fromMimeData(mime.get())->paths, QStringList{m_secondPortalA});

        // Added as a source, the second portal is probed: now it is a path like the others.
        controller.discover(address(m_secondPortalA), options());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, ScanBoundMs);
        QTRY_COMPARE(front.data(DiscoveryModel::PathCountRole).toInt(), 3); // front twice, and back
        QTRY_VERIFY(details.fieldText(u"unprobed"_s).isEmpty());
        QCOMPARE(details.fieldText(u"pathCount"_s), u"3"_s);
    }
};

QTEST_MAIN(TestIdentityGui)
#include "tst_identitygui.moc"
