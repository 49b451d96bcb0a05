// DiscoveryModel fed by hand (no network): exact rows, columns and roles, incremental inserts
// (never a reset), and the filter/sort proxy. QAbstractItemModelTester watches every change.
#include "discovery/DiscoveryFilterModel.h"
#include "discovery/DiscoveryModel.h"
#include "widgets/Icons.h"
#include "discovery/ItemCopy.h"
#include "widgets/SizeText.h"
#include "discovery/TargetDragData.h"
#include "DiscoveryLuns.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

constexpr quint64 MiB = 1024 * 1024;
const PortalAddress Portal(u"127.0.0.1"_s, 3260);
const QString Initiator = u"iqn.2026-11.org.lunscope:tests"_s;
const QString Disks = u"iqn.2026-11.org.lunscope.test:disks"_s;
const QString Chap = u"iqn.2026-11.org.lunscope.test:chap"_s;

TargetInfo target(const QString &iqn)
{
    return test::targetAt(Portal, iqn);
}

LunInfo disk(int number, quint64 bytes, std::uint32_t blockSize, const QString &serial)
{
    LunInfo lun = test::diskLun(number, bytes, blockSize);
    lun.vendor = u"LUNSCOPE"_s;
    lun.serial = serial;
    lun.designators = {Designator{Designator::Type::Naa, Designator::Association::LogicalUnit,
                                  u"600140500000000%1"_s.arg(number)}};
    return lun;
}

LunInfo controller()
{
    LunInfo lun = test::controllerLun();
    lun.vendor = u"IET"_s;
    lun.product = u"Controller"_s;
    return lun;
}

QString text(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

} // namespace

class TestDiscoveryModel : public QObject
{
    Q_OBJECT
private:
    DiscoveryModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;

    // portal → disks (LUNs 0, 1, 2), chap (locked)
    void fill()
    {
        m_model->startPortal(Portal, Initiator);
        m_model->addTargets(Portal, {target(Disks), target(Chap)});
        m_model->startTarget(Portal, Disks, {});
        m_model->addLun(Portal, Disks, disk(2, 32 * MiB, 4096, u"LSDISKB2"_s));
        m_model->addLun(Portal, Disks, controller());
        m_model->addLun(Portal, Disks, disk(1, 64 * MiB, 512, u"LSDISKA1"_s));
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_model = new DiscoveryModel(this);
        m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
    }

    void cleanup()
    {
        delete m_tester;
        delete m_model;
    }

    void portalRowWhileDiscovering()
    {
        const QModelIndex portal = m_model->startPortal(Portal, Initiator);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->columnCount(), int(DiscoveryModel::ColumnCount));
        QCOMPARE(portal, m_model->index(0, 0));
        QCOMPARE(text(portal, DiscoveryModel::NameColumn), u"127.0.0.1:3260"_s);
        QCOMPARE(text(portal, DiscoveryModel::TypeColumn), u"Portal"_s);
        QCOMPARE(text(portal, DiscoveryModel::StatusColumn), u"Discovering…"_s);
        QCOMPARE(portal.data(DiscoveryModel::KindRole).toInt(), int(DiscoveryNodeKind::Portal));
        QCOMPARE(portal.data(DiscoveryModel::StateRole).toInt(), int(DiscoveryItemState::Running));
        QCOMPARE(portal.data(DiscoveryModel::IconRole).toInt(), int(Icons::Id::Portal));
        QCOMPARE(portal.data(DiscoveryModel::PortalRole).toString(), u"127.0.0.1:3260"_s);
        QCOMPARE(m_model->flags(portal) & Qt::ItemIsDragEnabled, Qt::NoItemFlags);
        QCOMPARE(m_model->headerData(DiscoveryModel::CapacityColumn, Qt::Horizontal).toString(), u"Capacity"_s);
    }

    void rowsArriveOneByOneWithoutReset()
    {
        QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(m_model, &QAbstractItemModel::rowsInserted);
        fill();
        QCOMPARE(resets.count(), 0);
        // portal, both targets at once, then one insert per LUN at its sorted place
        QCOMPARE(inserts.count(), 5);
        const QModelIndex portal = m_model->index(0, 0);
        QCOMPARE(inserts.at(1).at(0).value<QModelIndex>(), portal);
        QCOMPARE(inserts.at(1).at(1).toInt(), 0);
        QCOMPARE(inserts.at(1).at(2).toInt(), 1);
        const QModelIndex disks = m_model->targetIndex(Portal, Disks);
        QCOMPARE(inserts.at(2).at(1).toInt(), 0); // LUN 2 first, alone
        QCOMPARE(inserts.at(3).at(1).toInt(), 0); // LUN 0 goes before it
        QCOMPARE(inserts.at(4).at(1).toInt(), 1); // LUN 1 between them
        QCOMPARE(m_model->rowCount(disks), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(m_model->index(row, 0, disks).data(DiscoveryModel::LunNumberRole).toInt(), row);
    }

    void lunColumnsAndRoles()
    {
        fill();
        const QModelIndex lun = m_model->lunIndex(Portal, Disks, 1);
        QVERIFY(lun.isValid());
        QCOMPARE(text(lun, DiscoveryModel::NameColumn), u"LUN 1"_s);
        QCOMPARE(text(lun, DiscoveryModel::TypeColumn), LunInfo::deviceTypeTitle(0));
        QCOMPARE(text(lun, DiscoveryModel::VendorColumn), u"LUNSCOPE"_s);
        QCOMPARE(text(lun, DiscoveryModel::ProductColumn), u"DISK-1"_s);
        QCOMPARE(text(lun, DiscoveryModel::SerialColumn), u"LSDISKA1"_s);
        QCOMPARE(text(lun, DiscoveryModel::CapacityColumn), u"64.0 MiB"_s);
        QCOMPARE(text(lun, DiscoveryModel::StatusColumn), u"Ready"_s);
        QCOMPARE(lun.siblingAtColumn(DiscoveryModel::CapacityColumn).data(Qt::ToolTipRole).toString(),
                 u"64.0 MiB (67,108,864 bytes)"_s);
        QCOMPARE(lun.data(DiscoveryModel::CapacityBytesRole).toULongLong(), 64 * MiB);
        QCOMPARE(lun.data(DiscoveryModel::TargetIqnRole).toString(), Disks);
        QCOMPARE(lun.data(DiscoveryModel::IconRole).toInt(), int(Icons::Id::LunDisk));
        QCOMPARE(lun.data(DiscoveryModel::ErrorKindRole).toInt(), int(ErrorKind::None));
        QVERIFY(m_model->flags(lun) & Qt::ItemIsDragEnabled);
        QVERIFY(m_model->flags(lun) & Qt::ItemNeverHasChildren);

        const QModelIndex lun0 = m_model->lunIndex(Portal, Disks, 0);
        QCOMPARE(lun0.data(DiscoveryModel::IconRole).toInt(), int(Icons::Id::LunController));
        QCOMPARE(lun0.data(DiscoveryModel::CapacityBytesRole).toULongLong(), 0u);
        QCOMPARE(text(lun0, DiscoveryModel::CapacityColumn), QString());

        LunInfo thin = disk(2, 32 * MiB, 4096, u"LSDISKB2"_s);
        thin.provisioning = Provisioning::Thin;
        thin.writeProtected = true;
        m_model->addLun(Portal, Disks, thin); // same number: replaced in place
        QCOMPARE(m_model->rowCount(m_model->targetIndex(Portal, Disks)), 3);
        QCOMPARE(text(m_model->lunIndex(Portal, Disks, 2), DiscoveryModel::StatusColumn), u"Ready, read-only, thin"_s);
    }

    void totalsOnTargetAndPortal()
    {
        fill();
        const QModelIndex disks = m_model->targetIndex(Portal, Disks);
        QCOMPARE(disks.data(DiscoveryModel::CapacityBytesRole).toULongLong(), 96 * MiB);
        QCOMPARE(text(disks, DiscoveryModel::CapacityColumn), u"96.0 MiB"_s);
        QCOMPARE(text(disks, DiscoveryModel::StatusColumn), u"Scanning…"_s);
        QCOMPARE(m_model->portalIndex(Portal).data(DiscoveryModel::CapacityBytesRole).toULongLong(), 96 * MiB);

        TargetResult done{target(Disks), Portal, {controller(), disk(1, 64 * MiB, 512, u"LSDISKA1"_s),
                                                  disk(2, 32 * MiB, 4096, u"LSDISKB2"_s)}, {}};
        m_model->finishTarget(Portal, done);
        QCOMPARE(text(disks, DiscoveryModel::StatusColumn), u"2 LUN(s) + controller"_s);
        QCOMPARE(disks.data(DiscoveryModel::StateRole).toInt(), int(DiscoveryItemState::Done));
        QCOMPARE(m_model->rowCount(disks), 3);
        QCOMPARE(m_model->results(Portal).constFirst().luns.size(), 3);
    }

    void authenticationErrorLocksTheTarget()
    {
        fill();
        const Error refused(ErrorKind::Authentication, u"CHAP was refused; check user and secret."_s,
                            u"iscsi_login: authentication failure"_s);
        m_model->startTarget(Portal, Chap, u"lsuser"_s); // credentials were given, and refused
        m_model->finishTarget(Portal, TargetResult{target(Chap), Portal, {}, refused});
        const QModelIndex chap = m_model->targetIndex(Portal, Chap);
        QVERIFY(chap.data(DiscoveryModel::LockedRole).toBool());
        QCOMPARE(chap.data(DiscoveryModel::IconRole).toInt(), int(Icons::Id::LockedTarget));
        QCOMPARE(chap.data(DiscoveryModel::StateRole).toInt(), int(DiscoveryItemState::Locked));
        QCOMPARE(chap.data(DiscoveryModel::ErrorMessageRole).toString(), refused.message());
        QCOMPARE(chap.data(DiscoveryModel::ErrorDetailRole).toString(), refused.detail());
        QCOMPARE(text(chap, DiscoveryModel::StatusColumn), u"Authentication failed — press Enter to log in"_s);
        const QString tip = chap.siblingAtColumn(DiscoveryModel::StatusColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(refused.message()) && tip.contains(refused.detail()), qPrintable(tip));
    }

    void targetWithoutCredentialsIsNotKnownNotEmpty()
    {
        fill();
        const Error needsChap(ErrorKind::Authentication, u"iqn…:chap requires CHAP authentication."_s,
                              u"iscsi_login: Status: (0x0201)"_s);
        m_model->finishTarget(Portal, TargetResult{target(Chap), Portal, {}, needsChap});
        const QModelIndex chap = m_model->targetIndex(Portal, Chap);
        QCOMPARE(chap.data(DiscoveryModel::StateRole).toInt(), int(DiscoveryItemState::Locked));
        // No credentials were tried: nothing failed yet.
        QCOMPARE(text(chap, DiscoveryModel::StatusColumn), u"Needs CHAP credentials — press Enter to log in"_s);
        // Unknown, not zero: no "0 bytes", no empty cell that looks like an empty target.
        QVERIFY(!chap.data(DiscoveryModel::CapacityKnownRole).toBool());
        QCOMPARE(text(chap, DiscoveryModel::CapacityColumn), u"—"_s);
        QCOMPARE(chap.siblingAtColumn(DiscoveryModel::CapacityColumn).data(Qt::ToolTipRole).toString(),
                 u"Not known until you log in"_s);
        // The portal's total is a lower bound while a target is not known.
        const QModelIndex portal = m_model->portalIndex(Portal);
        QVERIFY(!portal.data(DiscoveryModel::CapacityKnownRole).toBool());
        QCOMPARE(text(portal, DiscoveryModel::CapacityColumn), u"≥ 96.0 MiB"_s);

        // A target that has only its controller is known, and empty.
        const QString empty = u"iqn.2026-11.org.lunscope.test:empty"_s;
        m_model->addTargets(Portal, {target(empty)});
        m_model->startTarget(Portal, empty, {});
        m_model->finishTarget(Portal, TargetResult{target(empty), Portal, {controller()}, {}});
        const QModelIndex emptyIndex = m_model->targetIndex(Portal, empty);
        QVERIFY(emptyIndex.data(DiscoveryModel::CapacityKnownRole).toBool());
        QCOMPARE(text(emptyIndex, DiscoveryModel::StatusColumn), u"No data LUNs (controller only)"_s);
        QCOMPARE(text(emptyIndex, DiscoveryModel::CapacityColumn), u"0 bytes"_s);
    }

    void lunStatusIsOneWholePhrase()
    {
        fill();
        LunInfo lun = disk(2, 32 * MiB, 4096, u"LSDISKB2"_s);
        lun.ready = false;
        lun.notReadyReason = u"NOT READY: medium not present"_s;
        lun.provisioning = Provisioning::Thin;
        m_model->addLun(Portal, Disks, lun);
        const QModelIndex status = m_model->lunIndex(Portal, Disks, 2, DiscoveryModel::StatusColumn);
        QCOMPARE(status.data().toString(), u"Not ready, thin"_s);
        QCOMPARE(status.data(Qt::ToolTipRole).toString(), lun.notReadyReason); // the why, where there is room
    }

    void failedTargetShowsItsErrorInline()
    {
        fill();
        const Error timeout(ErrorKind::Timeout, u"The target did not answer within 5 s."_s, u"detail"_s);
        m_model->finishTarget(Portal, TargetResult{target(Chap), Portal, {}, timeout});
        const QModelIndex chap = m_model->targetIndex(Portal, Chap);
        QCOMPARE(chap.data(DiscoveryModel::IconRole).toInt(), int(Icons::Id::Error));
        QCOMPARE(text(chap, DiscoveryModel::StatusColumn), u"Timed out: The target did not answer within 5 s."_s);
        QVERIFY(!chap.siblingAtColumn(DiscoveryModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!chap.data(DiscoveryModel::LockedRole).toBool());
    }

    void cancelledPortalCancelsUnfinishedTargets()
    {
        fill();
        m_model->finishPortal(Portal, Error::cancelled());
        const QModelIndex disks = m_model->targetIndex(Portal, Disks);
        const QModelIndex chap = m_model->targetIndex(Portal, Chap);
        QCOMPARE(disks.data(DiscoveryModel::StateRole).toInt(), int(DiscoveryItemState::Cancelled));
        QCOMPARE(chap.data(DiscoveryModel::StateRole).toInt(), int(DiscoveryItemState::Cancelled));
        QCOMPARE(m_model->rowCount(disks), 3); // what was found stays
        QCOMPARE(text(disks, DiscoveryModel::StatusColumn), u"Cancelled; found 2 LUN(s) + controller"_s);
        // The locked target was never logged in to: nothing was found, and nothing is known.
        QCOMPARE(text(chap, DiscoveryModel::StatusColumn), u"Cancelled before the login"_s);
        QCOMPARE(text(chap, DiscoveryModel::CapacityColumn), u"—"_s);
        QCOMPARE(text(m_model->portalIndex(Portal), DiscoveryModel::StatusColumn), u"Cancelled"_s);
    }

    void lateSignalsForUnknownRowsAreIgnored()
    {
        fill();
        m_model->addLun(PortalAddress(u"10.0.0.9"_s, 3260), Disks, controller());
        m_model->addLun(Portal, u"iqn.2026-11.org.lunscope.test:gone"_s, controller());
        QCOMPARE(m_model->rowCount(), 1);
        m_model->removePortal(Portal);
        m_model->addLun(Portal, Disks, controller());
        QCOMPARE(m_model->rowCount(), 0);
    }

    void rescanEmptiesTheTargetAndRediscoveryThePortal()
    {
        fill();
        QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
        m_model->startTarget(Portal, Disks, u"lsuser"_s);
        QCOMPARE(m_model->rowCount(m_model->targetIndex(Portal, Disks)), 0);
        m_model->startPortal(Portal, Initiator);
        QCOMPARE(m_model->rowCount(m_model->portalIndex(Portal)), 0);
        QCOMPARE(resets.count(), 0);
    }

    void severalPortals()
    {
        fill();
        const PortalAddress second(u"::1"_s, 3261);
        m_model->startPortal(second, Initiator);
        m_model->addTargets(second, {target(Disks)});
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(text(m_model->index(1, 0), DiscoveryModel::NameColumn), u"[::1]:3261"_s);
        QCOMPARE(m_model->targetIndex(second, Disks).parent(), m_model->index(1, 0));
        m_model->removePortal(Portal);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->portalIndex(second).row(), 0);
    }

    void dragCarriesTheTargetNotTheSecret()
    {
        fill();
        m_model->startTarget(Portal, Chap, u"lsuser"_s);
        QCOMPARE(m_model->mimeTypes(), QStringList{u"application/x-lunscope-target"_s});
        QVERIFY(!m_model->mimeData({m_model->portalIndex(Portal)}));
        std::unique_ptr<QMimeData> mime(m_model->mimeData({m_model->targetIndex(Portal, Chap)}));
        QVERIFY(mime);
        const auto drag = TargetDragData::fromMimeData(mime.get());
        QVERIFY(drag);
        QCOMPARE(drag->host, u"127.0.0.1"_s);
        QCOMPARE(drag->port, 3260);
        QCOMPARE(drag->targetIqn, Chap);
        QCOMPARE(drag->initiatorIqn, Initiator);
        QCOMPARE(drag->chapUser, u"lsuser"_s);
        QCOMPARE(drag->portal, u"127.0.0.1:3260"_s);
        QVERIFY(!drag->lun);

        std::unique_ptr<QMimeData> lunMime(m_model->mimeData({m_model->lunIndex(Portal, Disks, 2)}));
        QCOMPARE(TargetDragData::fromMimeData(lunMime.get())->lun, 2);
    }

    void copyTexts()
    {
        fill();
        const QModelIndex lun = m_model->lunIndex(Portal, Disks, 1);
        QCOMPARE(ItemCopy::iqn(*m_model, lun), Disks);
        QCOMPARE(ItemCopy::iscsiUrl(*m_model, lun), u"iscsi://127.0.0.1:3260/"_s + Disks + u"/1"_s);
        QCOMPARE(ItemCopy::iscsiUrl(*m_model, m_model->targetIndex(Portal, Disks)), u"iscsi://127.0.0.1:3260/"_s + Disks);
        QCOMPARE(ItemCopy::iqn(*m_model, m_model->portalIndex(Portal)), QString());
        const QJsonObject document = QJsonDocument::fromJson(ItemCopy::json(*m_model, m_model->portalIndex(Portal)).toUtf8()).object();
        QCOMPARE(document.value(u"portal"_s).toString(), u"127.0.0.1:3260"_s);
        QCOMPARE(document.value(u"initiator"_s).toString(), Initiator);
        QCOMPARE(document.value(u"targets"_s).toArray().size(), 2);
    }

    void filterKeepsAncestorsAndChildren_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("visible"); // names of visible rows, depth first
        const QString portal = u"127.0.0.1:3260"_s;
        QTest::newRow("nothing") << QString() << QStringList{portal, Chap, Disks, u"LUN 0"_s, u"LUN 1"_s, u"LUN 2"_s};
        QTest::newRow("serial") << u"lsdiskb2"_s << QStringList{portal, Disks, u"LUN 2"_s};
        QTest::newRow("size as shown") << u"64.0 MiB"_s << QStringList{portal, Disks, u"LUN 1"_s};
        QTest::newRow("size without space") << u"32.0mib"_s << QStringList{portal, Disks, u"LUN 2"_s};
        QTest::newRow("exact bytes") << u"67108864"_s << QStringList{portal, Disks, u"LUN 1"_s};
        QTest::newRow("target IQN shows its LUNs") << u"test:disks"_s
                                                   << QStringList{portal, Disks, u"LUN 0"_s, u"LUN 1"_s, u"LUN 2"_s};
        QTest::newRow("vendor") << u"IET"_s << QStringList{portal, Disks, u"LUN 0"_s};
        QTest::newRow("designator") << u"6001405000000002"_s << QStringList{portal, Disks, u"LUN 2"_s};
        QTest::newRow("two words") << u"lunscope 32"_s << QStringList{portal, Disks, u"LUN 2"_s};
        QTest::newRow("no match") << u"nothing-like-this"_s << QStringList{};
    }

    void filterKeepsAncestorsAndChildren()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, visible);
        fill();
        DiscoveryFilterModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(m_model);
        proxy.sort(DiscoveryModel::NameColumn);
        proxy.setFilterText(filter);
        QStringList names;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < proxy.rowCount(parent); ++row) {
                const QModelIndex index = proxy.index(row, 0, parent);
                names << index.data().toString();
                walk(index);
            }
        };
        walk({});
        QCOMPARE(names, visible);
    }

    void sortsNumbersAsNumbersAndNamesNaturally()
    {
        m_model->startPortal(Portal, Initiator);
        const QString bulk10 = u"iqn.2026-11.org.lunscope.test:bulk-10"_s;
        const QString bulk2 = u"iqn.2026-11.org.lunscope.test:bulk-2"_s;
        m_model->addTargets(Portal, {target(bulk10), target(bulk2)});
        m_model->addLun(Portal, bulk10, disk(1, 512 * MiB, 512, u"A"_s));
        m_model->addLun(Portal, bulk2, disk(1, 1024 * MiB, 512, u"B"_s));
        DiscoveryFilterModel proxy;
        proxy.setSourceModel(m_model);
        const QModelIndex portal = proxy.index(0, 0);
        proxy.sort(DiscoveryModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0, portal).data().toString(), bulk2);
        // "1.0 GiB" < "512.0 MiB" as text; 1 GiB > 512 MiB as bytes
        proxy.sort(DiscoveryModel::CapacityColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0, portal).data().toString(), bulk2);
        proxy.sort(DiscoveryModel::CapacityColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0, portal).data().toString(), bulk10);
    }
};

QTEST_MAIN(TestDiscoveryModel)
#include "tst_discoverymodel.moc"
