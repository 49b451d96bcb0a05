// VolumeComparison with exact numbers: libvirt 9.0's iscsi-direct volumes are one logical block
// short of the LUN (67108352 for a 64 MiB LUN of 512-byte blocks) — a known shortfall, not a
// mismatch; anything else that differs is a difference, and so is a LUN on one side only.
#include "pools/VolumeComparison.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

constexpr quint64 MiB = 1024 * 1024;

LunInfo disk(int number, quint32 blockSize, quint64 bytes)
{
    LunInfo lun;
    lun.lun = number;
    lun.deviceType = 0;
    lun.blockSize = blockSize;
    lun.blockCount = bytes / blockSize;
    lun.capacityKnown = true;
    return lun;
}

LunInfo controller(int number)
{
    LunInfo lun;
    lun.lun = number;
    lun.deviceType = 0x0c; // storage array controller: no capacity
    return lun;
}

StorageVolumeInfo volume(const QString &name, quint64 capacity)
{
    StorageVolumeInfo info;
    info.name = name;
    info.capacity = capacity;
    info.allocation = capacity;
    info.type = VolumeType::Network;
    return info;
}

} // namespace

class TestVolumeComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void volumeNamesGiveLunNumbers()
    {
        QCOMPARE(VolumeComparison::lunOfVolume(u"unit:0:0:0"_s), std::optional<int>(0));
        QCOMPARE(VolumeComparison::lunOfVolume(u"unit:0:0:17"_s), std::optional<int>(17));
        QCOMPARE(VolumeComparison::lunOfVolume(u"unit:0:0:16383"_s), std::optional<int>(16383));
        QCOMPARE(VolumeComparison::lunOfVolume(u"unit:0:1:2"_s), std::nullopt);
        QCOMPARE(VolumeComparison::lunOfVolume(u"unit:0:0:"_s), std::nullopt);
        QCOMPARE(VolumeComparison::lunOfVolume(u"unit:0:0:-1"_s), std::nullopt);
        QCOMPARE(VolumeComparison::lunOfVolume(u"disk.img"_s), std::nullopt);
        QCOMPARE(VolumeComparison::lunOfVolume(u"unit:0:0:1 "_s), std::nullopt);
    }

    // The tgt test layout's disks target as libvirt 9.0 reports it (seen with virsh vol-info).
    void oneBlockShortIsTheKnownShortfall()
    {
        const QList<LunInfo> luns{controller(0), disk(1, 512, 64 * MiB), disk(2, 4096, 32 * MiB), disk(3, 512, 10 * MiB)};
        const QList<StorageVolumeInfo> volumes{volume(u"unit:0:0:0"_s, 0), volume(u"unit:0:0:1"_s, 67108352),
                                               volume(u"unit:0:0:2"_s, 33550336), volume(u"unit:0:0:3"_s, 10485248)};
        const VolumeComparison comparison = VolumeComparison::compare(volumes, luns);
        QCOMPARE(comparison.entries.size(), 4);
        QCOMPARE(comparison.differences(), 0);

        const VolumeComparisonEntry &lun0 = comparison.entries.at(0);
        QCOMPARE(lun0.match, VolumeMatch::Match); // a controller: no capacity on either side
        QCOMPARE(lun0.scanBytes, 0u);

        const VolumeComparisonEntry &lun1 = comparison.entries.at(1);
        QCOMPARE(lun1.lun, 1);
        QCOMPARE(lun1.volumeName, u"unit:0:0:1"_s);
        QCOMPARE(lun1.match, VolumeMatch::KnownShortfall);
        QCOMPARE(lun1.libvirtBytes, quint64(67108352));
        QCOMPARE(lun1.scanBytes, quint64(67108864)); // ours stays exact
        QCOMPARE(lun1.blockSize, 512u);

        QCOMPARE(comparison.entries.at(2).match, VolumeMatch::KnownShortfall); // 4096-byte blocks
        QCOMPARE(comparison.entries.at(2).scanBytes, quint64(33554432));
        QCOMPARE(comparison.entries.at(3).match, VolumeMatch::KnownShortfall);

        QCOMPARE(comparison.summary(), u"Matches the scan: 3 LUN(s) + controller (libvirt's known one-block shortfall)"_s);
        QVERIFY(comparison.differenceList().isEmpty());
        const QString said = VolumeComparison::describe(lun1);
        QVERIFY2(said.contains(u"512-byte block"_s) && said.contains(u"67,108,864 bytes"_s), qPrintable(said));
        QCOMPARE(comparison.forVolume(u"unit:0:0:2"_s)->lun, 2);
        QCOMPARE(comparison.forVolume(u"unit:0:0:9"_s), nullptr);
    }

    void differencesAreMismatches_data()
    {
        QTest::addColumn<quint64>("libvirtBytes");
        QTest::addColumn<int>("match");
        QTest::newRow("same size") << quint64(67108864) << int(VolumeMatch::Match);
        QTest::newRow("one block short") << quint64(67108864 - 512) << int(VolumeMatch::KnownShortfall);
        QTest::newRow("two blocks short") << quint64(67108864 - 1024) << int(VolumeMatch::SizeMismatch);
        QTest::newRow("one byte short") << quint64(67108864 - 1) << int(VolumeMatch::SizeMismatch);
        QTest::newRow("one block more") << quint64(67108864 + 512) << int(VolumeMatch::SizeMismatch);
        QTest::newRow("4096 short of 512-byte blocks") << quint64(67108864 - 4096) << int(VolumeMatch::SizeMismatch);
        QTest::newRow("nothing") << quint64(0) << int(VolumeMatch::SizeMismatch);
    }

    void differencesAreMismatches()
    {
        QFETCH(quint64, libvirtBytes);
        QFETCH(int, match);
        const VolumeComparison comparison =
            VolumeComparison::compare({volume(u"unit:0:0:1"_s, libvirtBytes)}, {disk(1, 512, 64 * MiB)});
        QCOMPARE(comparison.entries.size(), 1);
        QCOMPARE(int(comparison.entries.at(0).match), match);
        QCOMPARE(comparison.differences(), match == int(VolumeMatch::SizeMismatch) ? 1 : 0);
    }

    void lunsOnOneSideOnly()
    {
        const QList<LunInfo> luns{controller(0), disk(1, 512, 64 * MiB), disk(3, 512, 10 * MiB)};
        const QList<StorageVolumeInfo> volumes{volume(u"unit:0:0:0"_s, 0), volume(u"unit:0:0:1"_s, 67108352),
                                               volume(u"unit:0:0:2"_s, 33550336), volume(u"extra"_s, 1024)};
        const VolumeComparison comparison = VolumeComparison::compare(volumes, luns);
        QCOMPARE(comparison.entries.size(), 5);
        // By LUN: 0, 1, 3 from the scan; then libvirt's LUN 2; the unnamed volume last.
        QCOMPARE(comparison.entries.at(2).lun, 3);
        QCOMPARE(comparison.entries.at(2).match, VolumeMatch::MissingInLibvirt);
        QCOMPARE(comparison.entries.at(2).scanBytes, quint64(10 * MiB));
        QVERIFY(comparison.entries.at(2).volumeName.isEmpty());
        QCOMPARE(comparison.entries.at(3).lun, 2);
        QCOMPARE(comparison.entries.at(3).match, VolumeMatch::MissingInScan);
        QCOMPARE(comparison.entries.at(3).libvirtBytes, quint64(33550336));
        QCOMPARE(comparison.entries.at(4).lun, -1);
        QCOMPARE(comparison.entries.at(4).volumeName, u"extra"_s);
        QCOMPARE(comparison.entries.at(4).match, VolumeMatch::MissingInScan);
        QCOMPARE(comparison.differences(), 3);
        QCOMPARE(comparison.summary(), u"3 difference(s) from the scan"_s);
        const QStringList lines = comparison.differenceList().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(u"LUN 3 (10.0 MiB) is in the scan"_s), qPrintable(lines.at(0)));
    }

    void aRunningPoolWithoutVolumesDiffersFromEveryLun()
    {
        // libvirt's test driver starts an iscsi-direct pool but lists no volume for it.
        // The controller missing there is no loss: one difference, the disk.
        const VolumeComparison comparison = VolumeComparison::compare({}, {controller(0), disk(1, 512, 64 * MiB)});
        QCOMPARE(comparison.differences(), 1);
        QVERIFY2(!comparison.differenceList().contains(u"LUN 0"_s), qPrintable(comparison.differenceList()));
        QCOMPARE(VolumeComparison::compare({}, {}).summary(), u"Matches the scan: 0 LUN(s)"_s);
    }

    void aControllerWithACapacityIsAMismatch()
    {
        const VolumeComparison comparison = VolumeComparison::compare({volume(u"unit:0:0:0"_s, 512)}, {controller(0)});
        QCOMPARE(comparison.entries.at(0).match, VolumeMatch::SizeMismatch);
    }
};

QTEST_GUILESS_MAIN(TestVolumeComparison)
#include "tst_volumecomparison.moc"
