// LunIdentity and IdentityGrouping on LUN values: which designator names a disk, and when LUNs
// with one identity are paths to one disk or a collision (capacity, block size, arrays).
#include "scan/IdentityGrouping.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

Designator designator(Designator::Type type, const QString &value,
                      Designator::Association association = Designator::Association::LogicalUnit)
{
    Designator d;
    d.type = type;
    d.association = association;
    d.value = value;
    return d;
}

LunInfo disk(int number, const QString &naa, std::uint64_t blocks = 2048, std::uint32_t blockSize = 512)
{
    LunInfo lun;
    lun.lun = number;
    lun.deviceType = 0x00;
    lun.vendor = u"LUNSCOPE"_s;
    lun.product = u"DISK"_s;
    lun.serial = u"SERIAL"_s;
    if (!naa.isEmpty())
        lun.designators.append(designator(Designator::Type::Naa, naa));
    lun.blockCount = blocks;
    lun.blockSize = blockSize;
    lun.capacityKnown = true;
    lun.ready = true;
    return lun;
}

PortalAddress portal(quint16 port)
{
    return PortalAddress(u"127.0.0.1"_s, port);
}

LunSighting seen(quint16 port, const QString &iqn, const LunInfo &lun, QList<quint16> advertised = {})
{
    LunSighting sighting{portal(port), iqn, {}, lun, LunIdentity::of(lun)};
    if (advertised.isEmpty())
        advertised = {port};
    for (quint16 p : advertised)
        sighting.advertised.append({portal(p), 1});
    return sighting;
}

const QString Naa6 = u"600140512345678901234567890abcde"_s;

} // namespace

class TestIdentityGrouping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identityPrefersWhatLinuxUses()
    {
        // tgt reports a locally assigned NAA (3…) before the registered extended one (6…):
        // udev's scsi_id, and so multipath, take the 6.
        LunInfo lun = disk(1, {});
        lun.designators = {designator(Designator::Type::T10VendorId, u"IET     00010001"_s),
                           designator(Designator::Type::Naa, u"3000000100000001"_s),
                           designator(Designator::Type::Naa, Naa6),
                           designator(Designator::Type::Naa, u"5000000000000001"_s, Designator::Association::TargetPort)};
        QCOMPARE(LunIdentity::of(lun).basis, LunIdentity::Basis::Naa);
        QCOMPARE(LunIdentity::of(lun).value, Naa6);
        QCOMPARE(LunIdentity::of(lun).key(), u"naa:"_s + Naa6);

        lun.designators = {designator(Designator::Type::T10VendorId, u"IET     00010001"_s),
                           designator(Designator::Type::Eui64, u"0011223344556677"_s)};
        QCOMPARE(LunIdentity::of(lun).key(), u"eui64:0011223344556677"_s);
        lun.designators = {designator(Designator::Type::T10VendorId, u"IET     00010001"_s)};
        QCOMPARE(LunIdentity::of(lun).key(), u"t10:IET 00010001"_s);
        // A target port's designator names the port, not the disk.
        lun.designators = {designator(Designator::Type::Naa, Naa6, Designator::Association::TargetPort)};
        QCOMPARE(LunIdentity::of(lun).key(), u"serial:LUNSCOPE DISK SERIAL"_s);
        lun.serial.clear();
        QVERIFY(!LunIdentity::of(lun).isValid());
        QVERIFY(LunIdentity::of(lun).key().isEmpty());
    }

    void oneTargetThroughTwoPortalsIsPaths()
    {
        // tgt's SendTargets lists only the portal asked: the target name links the two.
        const QList<LunSighting> sightings{seen(3260, u"iqn.a:t"_s, disk(1, Naa6)), seen(3261, u"iqn.a:t"_s, disk(1, Naa6))};
        const QList<IdentityGroup> groups = IdentityGrouping::group(sightings);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].kind, IdentityGroup::Kind::Paths);
        QCOMPARE(groups[0].kindName(), u"paths"_s);
        QCOMPARE(groups[0].members, (QList<int>{0, 1}));
        QCOMPARE(groups[0].paths, (QList<int>{0, 1}));
        QCOMPARE(groups[0].differences, 0);
        QCOMPARE(groups[0].arrayCount, 1);
        QVERIFY(groups[0].explanation(sightings).isEmpty());
    }

    void twoTargetsOfOneArrayArePaths()
    {
        const QList<LunSighting> sightings{seen(3260, u"iqn.a:front"_s, disk(1, Naa6)),
                                           seen(3260, u"iqn.a:back"_s, disk(4, Naa6))};
        const QList<IdentityGroup> groups = IdentityGrouping::group(sightings);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].kind, IdentityGroup::Kind::Paths);
    }

    void sharedAdvertisedPortalIsOneArray()
    {
        // Different names and portals, but both targets advertise 3262: one array.
        const QList<LunSighting> sightings{seen(3260, u"iqn.a:x"_s, disk(1, Naa6), {3260, 3262}),
                                           seen(3261, u"iqn.a:y"_s, disk(1, Naa6), {3261, 3262})};
        QCOMPARE(IdentityGrouping::group(sightings).value(0).kind, IdentityGroup::Kind::Paths);
    }

    void twoArraysAreACollision()
    {
        // tgt's default: every tgtd gives LUN 1 of tid 1 the same serial and NAA.
        const QList<LunSighting> sightings{seen(3260, u"iqn.a:disk"_s, disk(1, Naa6)),
                                           seen(3261, u"iqn.b:disk"_s, disk(1, Naa6)),
                                           seen(3261, u"iqn.b:other"_s, disk(2, u"600140500000000000000000000000ff"_s))};
        const QList<IdentityGroup> groups = IdentityGrouping::group(sightings);
        QCOMPARE(groups.size(), 1); // the other identity is seen once
        QCOMPARE(groups[0].kind, IdentityGroup::Kind::Collision);
        QCOMPARE(groups[0].differences, int(IdentityGroup::Arrays));
        QCOMPARE(groups[0].differenceNames(), QStringList{u"arrays"_s});
        QCOMPARE(groups[0].arrayCount, 2);
        const QString why = groups[0].explanation(sightings);
        QVERIFY2(why.contains(Naa6) && why.contains(u"2 different arrays"_s) && why.contains(u"Multipath"_s),
                 qPrintable(why));
    }

    void chainedLinksMakeOneArray()
    {
        // A–B share a portal, B–C a name: one array, though A and C share nothing.
        const QList<LunSighting> sightings{seen(3260, u"iqn.a:x"_s, disk(1, Naa6)),
                                           seen(3260, u"iqn.a:y"_s, disk(1, Naa6)),
                                           seen(3261, u"iqn.a:y"_s, disk(1, Naa6))};
        const QList<IdentityGroup> groups = IdentityGrouping::group(sightings);
        QCOMPARE(groups.value(0).kind, IdentityGroup::Kind::Paths);
        QCOMPARE(groups.value(0).paths.size(), 3);
    }

    void differentShapesAreACollision()
    {
        const QList<LunSighting> sightings{seen(3260, u"iqn.a:twin"_s, disk(1, Naa6, 16384, 512)),
                                           seen(3260, u"iqn.a:twin"_s, disk(2, Naa6, 2048, 4096)),
                                           seen(3260, u"iqn.a:twin"_s, disk(3, Naa6, 4096, 4096))};
        const QList<IdentityGroup> groups = IdentityGrouping::group(sightings);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].kind, IdentityGroup::Kind::Collision);
        QCOMPARE(groups[0].differenceNames(), (QStringList{u"capacity"_s, u"blockSize"_s}));
        const QString why = groups[0].explanation(sightings);
        QVERIFY2(why.contains(u"8,388,608 B"_s) && why.contains(u"16,777,216 B"_s) && why.contains(u"4,096 B"_s),
                 qPrintable(why));
    }

    void samePathTwiceIsOnePath()
    {
        // An iSNS directory and the array's portal list one target: one path, nothing to report.
        QList<LunSighting> sightings{seen(3260, u"iqn.a:t"_s, disk(1, Naa6)), seen(3260, u"iqn.a:t"_s, disk(1, Naa6))};
        QVERIFY(IdentityGrouping::group(sightings).isEmpty());
        // With a third, real path, all three rows belong to the group, two paths.
        sightings.append(seen(3261, u"iqn.a:t"_s, disk(1, Naa6)));
        const QList<IdentityGroup> groups = IdentityGrouping::group(sightings);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].members, (QList<int>{0, 1, 2}));
        QCOMPARE(groups[0].paths, (QList<int>{0, 2}));
    }

    void onlyDisksWithAnIdentityTakePart()
    {
        LunInfo controller = disk(0, Naa6);
        controller.deviceType = 0x0c;
        controller.capacityKnown = false;
        LunInfo anonymous = disk(1, {});
        anonymous.serial.clear();
        const QList<LunSighting> sightings{seen(3260, u"iqn.a:t"_s, controller), seen(3261, u"iqn.b:t"_s, controller),
                                           seen(3260, u"iqn.a:t"_s, anonymous), seen(3261, u"iqn.b:t"_s, anonymous)};
        QVERIFY(IdentityGrouping::group(sightings).isEmpty());
    }

    void unknownCapacityIsNoDifference()
    {
        LunInfo failed = disk(1, Naa6);
        failed.capacityKnown = false;
        failed.blockCount = 0;
        const QList<LunSighting> sightings{seen(3260, u"iqn.a:t"_s, disk(1, Naa6)), seen(3261, u"iqn.a:t"_s, failed)};
        QCOMPARE(IdentityGrouping::group(sightings).value(0).kind, IdentityGroup::Kind::Paths);
    }

    void sightingsOfAScan()
    {
        TargetResult result;
        result.target.iqn = u"iqn.a:t"_s;
        result.target.portals = {{portal(3260), 1}, {portal(3261), 1}};
        result.loggedInVia = portal(3261);
        result.luns = {disk(1, Naa6), disk(2, {})};
        const QList<LunSighting> sightings = IdentityGrouping::sightings({result});
        QCOMPARE(sightings.size(), 2);
        QCOMPARE(sightings[0].via, portal(3261));
        QCOMPARE(sightings[0].iqn, u"iqn.a:t"_s);
        QCOMPARE(sightings[0].advertised.size(), 2);
        QCOMPARE(sightings[0].identity.key(), u"naa:"_s + Naa6);
        QCOMPARE(sightings[1].identity.key(), u"serial:LUNSCOPE DISK SERIAL"_s);
        QCOMPARE(sightings[0].pathText(), u"127.0.0.1:3261 iqn.a:t LUN 1"_s);
    }
};

QTEST_GUILESS_MAIN(TestIdentityGrouping)
#include "tst_identitygrouping.moc"
