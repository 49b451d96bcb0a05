// The pools pane's smaller parts on their own, without a hypervisor: connection URI checks and
// the add-connection dialog, the editor's seed from a dragged target, the capacity bar's width,
// our icons for pool states, and PoolsModel fed by hand (incremental updates, comparison with a
// scan, drops: which connection a drop lands on, and malformed payloads refused).
#include "pools/AddConnectionDialog.h"
#include "libvirt/ConnectionUri.h"
#include "widgets/Icons.h"
#include "widgets/NaturalOrder.h"
#include "pools/PoolCapacityDelegate.h"
#include "pools/editor/PoolEditorSeed.h"
#include "pools/PoolsModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

const QString TestUri = u"test:///default"_s;
const QString OtherUri = u"qemu+ssh://root@kvm-02/system"_s;

TargetDragData disksTarget()
{
    TargetDragData target;
    target.host = u"127.0.0.1"_s;
    target.port = 3261;
    target.targetIqn = u"iqn.2026-11.org.lunscope.test:disks"_s;
    target.initiatorIqn = u"iqn.2026-11.org.lunscope:tests"_s;
    target.portal = u"127.0.0.1:3261"_s;
    return target;
}

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

class TestPoolParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void connectionUris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<QString>("reason");
        QTest::newRow("test driver") << u"test:///default"_s << true << QString();
        QTest::newRow("local system") << u"qemu:///system"_s << true << QString();
        QTest::newRow("session") << u"qemu:///session"_s << true << QString();
        QTest::newRow("ssh") << u"qemu+ssh://root@kvm-01/system"_s << true << QString();
        QTest::newRow("ssh with port") << u"qemu+ssh://root@kvm-01:2222/system?keyfile=/root/.ssh/id"_s << true << QString();
        QTest::newRow("tls") << u"qemu+tls://kvm-01.example.com/system"_s << true << QString();
        QTest::newRow("socket parameter") << u"qemu:///system?socket=/tmp/x/sock/libvirt-sock"_s << true << QString();
        QTest::newRow("node file") << u"test:///tmp/node.xml"_s << true << QString();
        QTest::newRow("empty") << QString() << false << u"Enter a libvirt connection URI."_s;
        QTest::newRow("spaces") << u"qemu:///sys tem"_s << false << u"no spaces"_s;
        QTest::newRow("no scheme") << u"kvm-01"_s << false << u"is not a libvirt URI"_s;
        QTest::newRow("typo in driver") << u"qmeu:///system"_s << false << u"no driver named “qmeu”"_s;
        QTest::newRow("bad transport") << u"qemu+ftp://host/system"_s << false << u"“ftp” is not a libvirt transport"_s;
        QTest::newRow("ssh without host") << u"qemu+ssh:///system"_s << false << u"Name the host to reach over ssh"_s;
        QTest::newRow("no instance") << u"qemu+ssh://host"_s << false << u"“/system”"_s;
        QTest::newRow("only a slash") << u"qemu:///"_s << false << u"“/system”"_s;
    }

    void connectionUris()
    {
        QFETCH(QString, uri);
        QFETCH(bool, usable);
        QFETCH(QString, reason);
        const Error error = ConnectionUri::validate(uri);
        QCOMPARE(!error, usable);
        if (!usable) {
            QCOMPARE(error.kind(), ErrorKind::InvalidInput);
            QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
            // Every refusal shows what a good one looks like.
            QVERIFY2(error.message().contains(u"qemu+ssh://user@host/system"_s), qPrintable(error.message()));
        }
    }

    void addConnectionDialogValidatesAsYouType()
    {
        AddConnectionDialog dialog({TestUri});
        QComboBox *uri = dialog.uriBox();
        QCOMPARE(uri->count(), 4); // the examples
        QVERIFY(!dialog.addButton()->isEnabled());
        dialog.setUri(u"qemu+ssh:///system"_s);
        QVERIFY(!dialog.addButton()->isEnabled());
        QVERIFY2(dialog.problem().contains(u"host"_s), qPrintable(dialog.problem()));
        dialog.setUri(TestUri);
        QVERIFY(!dialog.addButton()->isEnabled());
        QVERIFY(dialog.problem().contains(u"in the list already"_s));
        uri->setCurrentIndex(1);
        QCOMPARE(dialog.uri(), u"qemu:///system"_s);
        QVERIFY(dialog.addButton()->isEnabled());
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(dialog.remember());
    }

    void seedFromADraggedTarget()
    {
        TargetDragData target = disksTarget();
        PoolEditorSeed seed = PoolEditorSeed::fromTarget(TestUri, target, std::nullopt, {u"disks"_s, u"disks-2"_s});
        QCOMPARE(seed.uri, TestUri);
        QCOMPARE(seed.draft.name, u"disks-3"_s);
        QCOMPARE(seed.draft.host, u"127.0.0.1"_s);
        QCOMPARE(seed.draft.port, quint16(3261));
        QCOMPARE(seed.draft.targetIqn, target.targetIqn);
        QCOMPARE(seed.draft.initiatorIqn, target.initiatorIqn);
        QVERIFY(!seed.draft.chap);
        QVERIFY(seed.secret.isEmpty());
        QVERIFY(!seed.isExisting());
        QVERIFY(seed.origin.contains(target.portal));

        // CHAP: the user from the scan, the secret from the session only when it is that user's.
        target.targetIqn = u"iqn.2026-11.org.lunscope.test:chap"_s;
        target.chapUser = u"lsuser"_s;
        ChapCredentials credentials{u"lsuser"_s, u"lssecret-0123"_s, {}, {}};
        seed = PoolEditorSeed::fromTarget(TestUri, target, credentials, {});
        QCOMPARE(seed.draft.name, u"chap"_s);
        QVERIFY(seed.draft.chap);
        QCOMPARE(seed.draft.chap->userName, u"lsuser"_s);
        QCOMPARE(seed.draft.chap->secretBy, PoolChap::SecretBy::Usage);
        QCOMPARE(seed.draft.chap->secret, u"lunscope-chap"_s);
        QCOMPARE(seed.secret.bytes(), QByteArray("lssecret-0123"));
        QVERIFY(!seed.chapWarning);

        credentials.user = u"someone-else"_s;
        QVERIFY(PoolEditorSeed::fromTarget(TestUri, target, credentials, {}).secret.isEmpty());

        // Mutual CHAP cannot be reproduced by an iscsi-direct pool: said, not hidden.
        credentials = {u"lsuser"_s, u"s"_s, u"lstarget"_s, u"t"_s};
        seed = PoolEditorSeed::fromTarget(TestUri, target, credentials, {});
        QVERIFY(seed.chapWarning);
        QVERIFY(seed.chapWarning->message.contains(u"lstarget"_s));

        target.lun = 2;
        QVERIFY(PoolEditorSeed::fromTarget(TestUri, target, std::nullopt, {}).origin.contains(u"LUN 2"_s));
    }

    void naturalOrder()
    {
        QStringList names{u"pool-10"_s, u"pool-2"_s, u"unit:0:0:10"_s, u"unit:0:0:9"_s, u"pool"_s, u"pool-02"_s,
                          u"Pool-1"_s, u"pool-1a"_s, u"pool-1"_s};
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return naturalLess(a, b); });
        const QStringList expected{u"Pool-1"_s, u"pool"_s, u"pool-1"_s, u"pool-1a"_s, u"pool-02"_s, u"pool-2"_s,
                                   u"pool-10"_s, u"unit:0:0:9"_s, u"unit:0:0:10"_s};
        QCOMPARE(names, expected);
        QVERIFY(!naturalLess(u"a"_s, u"a"_s));
        QVERIFY(naturalLess(u"a01"_s, u"a1"_s) != naturalLess(u"a1"_s, u"a01"_s)); // still a strict order
    }

    void capacityBarWidth()
    {
        QCOMPARE(PoolCapacityDelegate::filledWidth(100, 0, 0), 0);
        QCOMPARE(PoolCapacityDelegate::filledWidth(100, 50, 100), 50);
        QCOMPARE(PoolCapacityDelegate::filledWidth(100, 100, 100), 100);
        QCOMPARE(PoolCapacityDelegate::filledWidth(100, 200, 100), 100); // never past the end
        QCOMPARE(PoolCapacityDelegate::filledWidth(100, 1, 3), 33);
        const quint64 huge = quint64(1) << 62;
        QCOMPARE(PoolCapacityDelegate::filledWidth(1000, huge / 2, huge), 500);
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
        model.addConnection(TestUri);
        model.addConnection(OtherUri);
        model.setPools(TestUri, {pool(u"early"_s, PoolState::Running)}); // not open yet: ignored
        QCOMPARE(model.rowCount(model.connectionIndex(TestUri)), 0);
        model.setConnectionState(TestUri, LibvirtConnection::State::Open, {});
        model.setPools(TestUri, {pool(u"pool-10"_s, PoolState::Running), pool(u"pool-2"_s, PoolState::Inactive),
                                 pool(u"default-pool"_s, PoolState::Running, u"dir"_s)});
        const QModelIndex test = model.connectionIndex(TestUri);
        QCOMPARE(childNames(model, test), (QStringList{u"default-pool"_s, u"pool-2"_s, u"pool-10"_s}));
        QCOMPARE(test.siblingAtColumn(PoolsModel::StateColumn).data().toString(), u"Connected: 3 pool(s)"_s);

        const QPersistentModelIndex pool10 = model.poolIndex(TestUri, u"pool-10"_s);
        QCOMPARE(pool10.data(PoolsModel::IconRole).toInt(), int(Icons::Id::PoolActive));
        QCOMPARE(model.poolIndex(TestUri, u"pool-2"_s).data(PoolsModel::IconRole).toInt(), int(Icons::Id::PoolInactive));
        QCOMPARE(QModelIndex(pool10).siblingAtColumn(PoolsModel::ScanColumn).data().toString(), u"Listing volumes…"_s);

        // Volumes, then the scan: compared, with libvirt's one-block shortfall named as such.
        model.setVolumes(TestUri, u"pool-10"_s, {{u"unit:0:0:1"_s, {}, {}, VolumeType::Network, 67108352, 67108352}});
        QCOMPARE(model.rowCount(pool10), 1);
        QVERIFY(QModelIndex(pool10).siblingAtColumn(PoolsModel::ScanColumn).data().toString().startsWith(u"Target not in the discovery tree"_s));
        model.setScanLookup([](const StoragePoolInfo &info) -> std::optional<QList<LunInfo>> {
            if (info.sourceDevice.endsWith(u":disks"_s))
                return QList<LunInfo>{disk(1, 64 * 1024 * 1024)};
            return std::nullopt;
        });
        const QModelIndex volume = model.volumeIndex(TestUri, u"pool-10"_s, u"unit:0:0:1"_s);
        QCOMPARE(volume.data(PoolsModel::MatchRole).toInt(), int(VolumeMatch::KnownShortfall));
        QCOMPARE(volume.data(PoolsModel::ScanBytesRole).toULongLong(), quint64(67108864));
        QCOMPARE(volume.data(PoolsModel::CapacityBytesRole).toULongLong(), quint64(67108352));
        QCOMPARE(pool10.data(PoolsModel::DifferencesRole).toInt(), 0);
        QVERIFY(volume.siblingAtColumn(PoolsModel::ScanColumn).data().toString().contains(u"67,108,864 bytes"_s));

        // An update changes the row in place; a pool gone is removed; a stopped pool loses its volumes.
        model.setPools(TestUri, {pool(u"pool-10"_s, PoolState::Inactive), pool(u"default-pool"_s, PoolState::Running, u"dir"_s)});
        QVERIFY(pool10.isValid());
        QCOMPARE(childNames(model, test), (QStringList{u"default-pool"_s, u"pool-10"_s}));
        QCOMPARE(model.rowCount(pool10), 0);
        QCOMPARE(pool10.data(PoolsModel::DifferencesRole).toInt(), -1);
        QCOMPARE(QModelIndex(pool10).siblingAtColumn(PoolsModel::ScanColumn).data().toString(),
                 u"Start the pool to compare it with the scan"_s);

        // Lost: the pools go (nobody knows them now), the row says why.
        model.setConnectionState(TestUri, LibvirtConnection::State::Lost,
                                 Error(ErrorKind::ConnectionLost, u"libvirt at test:///default closed the connection."_s));
        QCOMPARE(model.rowCount(test), 0);
        QCOMPARE(test.data(PoolsModel::IconRole).toInt(), int(Icons::Id::Error));
        QCOMPARE(test.siblingAtColumn(PoolsModel::StateColumn).data().toString(),
                 u"Connection lost: libvirt at test:///default closed the connection."_s);
        model.removeConnection(OtherUri);
        QCOMPARE(model.uris(), QStringList{TestUri});
        QCOMPARE(resets.count(), 0);
    }

    void dropsLandOnAConnection()
    {
        PoolsModel model;
        model.addConnection(TestUri);
        model.addConnection(OtherUri);
        model.setConnectionState(TestUri, LibvirtConnection::State::Open, {});
        model.setPools(TestUri, {pool(u"disks"_s, PoolState::Running)});
        model.setVolumes(TestUri, u"disks"_s, {{u"unit:0:0:1"_s, {}, {}, VolumeType::Network, 512, 512}});
        QStringList dropped;
        connect(&model, &PoolsModel::targetDropped, this,
                [&](const QString &uri, const TargetDragData &target) { dropped << uri + u' ' + target.targetIqn; });
        std::unique_ptr<QMimeData> mime(disksTarget().toMimeData());
        const QModelIndex test = model.connectionIndex(TestUri);
        const QModelIndex disks = model.poolIndex(TestUri, u"disks"_s);

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
        const QString expected = TestUri + u" iqn.2026-11.org.lunscope.test:disks"_s;
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
                                          disksTarget().toJson().replace("127.0.0.1", "a b"),
                                          disksTarget().toJson().replace("}", ",\"chapSecret\":\"s\"}"),
                                          QByteArray(TargetDragData::MaxPayload + 1, ' ')}) {
            QMimeData bad;
            bad.setData(type, payload);
            QVERIFY2(!model.canDropMimeData(&bad, Qt::CopyAction, -1, -1, test), payload.left(80).constData());
            QVERIFY(!model.dropMimeData(&bad, Qt::CopyAction, -1, -1, test));
        }
        QCOMPARE(dropped.size(), 4);
    }
};

QTEST_MAIN(TestPoolParts)
#include "tst_poolparts.moc"
