// The <disk> a LUN becomes (DiskXml), its problems, and what a domain's XML says about adding one
// (DomainDevices): values only, no libvirt.

#include "attach/DiskXml.h"
#include "attach/DomainDevices.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {

DiskDraft volumeDraft()
{
    DiskDraft draft;
    draft.source = DiskSourceKind::Volume;
    draft.pool = u"web"_s;
    draft.volume = u"unit:0:0:1"_s;
    draft.targetDev = u"vdb"_s;
    return draft;
}

DiskDraft networkDraft()
{
    DiskDraft draft;
    draft.source = DiskSourceKind::Network;
    draft.host = u"192.0.2.7"_s;
    draft.port = 3261;
    draft.targetIqn = u"iqn.2026-11.org.lunscope.test:chap"_s;
    draft.lun = 2;
    draft.initiatorIqn = u"iqn.2026-11.org.lunscope.test:vm"_s;
    draft.chapUser = u"lsuser"_s;
    draft.chapSecretUsage = u"lunscope-chap"_s;
    draft.device = DiskDevice::Lun;
    draft.bus = DiskBus::Scsi;
    draft.targetDev = u"sdc"_s;
    draft.scsiController = 1;
    draft.scsiUnit = 4;
    draft.readOnly = true;
    draft.shareable = true;
    return draft;
}

const char *const DomainXml = R"(<domain type='qemu' id='3'>
  <name>vm</name>
  <features><acpi/><apic/></features>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='volume' device='disk'>
      <driver name='qemu' type='raw'/>
      <source pool='web' volume='unit:0:0:1' index='1'/>
      <target dev='vda' bus='virtio'/>
      <alias name='virtio-disk0'/>
    </disk>
    <disk type='network' device='lun'>
      <source protocol='iscsi' name='iqn.x:y/3'><host name='h' port='3260'/></source>
      <target dev='sdb' bus='scsi'/>
      <alias name='scsi1-0-0-1'/>
      <address type='drive' controller='1' bus='0' target='0' unit='1'/>
    </disk>
    <controller type='scsi' index='0' model='lsilogic'/>
    <controller type='scsi' index='1' model='virtio-scsi'/>
    <controller type='usb' index='0'/>
  </devices>
</domain>)";

} // namespace

class TestDiskXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void volumeDiskIsWhatLibvirtTakes()
    {
        QCOMPARE(DiskXml::write(volumeDraft()), uR"(<disk type="volume" device="disk">
  <driver name="qemu" type="raw"/>
  <source pool="web" volume="unit:0:0:1"/>
  <target dev="vdb" bus="virtio"/>
</disk>
)"_s);
    }

    void networkDiskCarriesHostInitiatorAndChap()
    {
        const QString xml = DiskXml::write(networkDraft());
        QVERIFY(xml.contains(u"<source protocol=\"iscsi\" name=\"iqn.2026-11.org.lunscope.test:chap/2\">"_s));
        QVERIFY(xml.contains(u"<host name=\"192.0.2.7\" port=\"3261\"/>"_s));
        QVERIFY(xml.contains(u"<iqn name=\"iqn.2026-11.org.lunscope.test:vm\"/>"_s));
        QVERIFY(xml.contains(u"<auth username=\"lsuser\">"_s));
        QVERIFY(xml.contains(u"<secret type=\"iscsi\" usage=\"lunscope-chap\"/>"_s));
        QVERIFY(xml.contains(u"<disk type=\"network\" device=\"lun\">"_s));
        QVERIFY(xml.contains(u"<address type=\"drive\" controller=\"1\" bus=\"0\" target=\"0\" unit=\"4\"/>"_s));
        QVERIFY(xml.contains(u"<readonly/>"_s));
        QVERIFY(xml.contains(u"<shareable/>"_s));
    }

    void readsBackWhatItWrites_data()
    {
        QTest::addColumn<DiskDraft>("draft");
        QTest::newRow("volume") << volumeDraft();
        QTest::newRow("network") << networkDraft();
        DiskDraft noChap = networkDraft();
        noChap.chapUser.clear();
        noChap.chapSecretUsage.clear();
        noChap.initiatorIqn.clear();
        noChap.scsiController.reset();
        noChap.scsiUnit = 0;
        QTest::newRow("network, no CHAP") << noChap;
    }

    void readsBackWhatItWrites()
    {
        QFETCH(DiskDraft, draft);
        const Result<DiskDraft> read = DiskXml::read(DiskXml::write(draft));
        QVERIFY2(read.ok(), qPrintable(read.error().message()));
        QCOMPARE(read.value(), draft);
    }

    void readErrorsSayWhere_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not xml") << u"<disk"_s << u"1:"_s;
        QTest::newRow("not a disk") << u"<pool/>"_s << u"not a <disk>"_s;
        QTest::newRow("file disk") << u"<disk type='file'/>"_s << u"type='file'"_s;
        QTest::newRow("no target") << u"<disk type='volume'><source pool='p' volume='v'/></disk>"_s << u"<target"_s;
        QTest::newRow("ide bus") << u"<disk type='volume'><target dev='hda' bus='ide'/></disk>"_s << u"ide"_s;
        QTest::newRow("nbd") << u"<disk type='network'><source protocol='nbd'/></disk>"_s << u"protocol='iscsi'"_s;
    }

    void readErrorsSayWhere()
    {
        QFETCH(QString, xml);
        QFETCH(QString, expected);
        const Result<DiskDraft> read = DiskXml::read(xml);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind(), ErrorKind::InvalidInput);
        QVERIFY2(read.error().message().contains(expected), qPrintable(read.error().message()));
    }

    void problemsNameTheirField()
    {
        QVERIFY(DiskXml::problems(volumeDraft()).isEmpty());
        QVERIFY(DiskXml::problems(networkDraft()).isEmpty());

        DiskDraft lunOnVirtio = volumeDraft();
        lunOnVirtio.device = DiskDevice::Lun;
        QList<DiskProblem> found = DiskXml::problems(lunOnVirtio);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).field, DiskProblem::Field::Device);

        DiskDraft wrongPrefix = volumeDraft();
        wrongPrefix.bus = DiskBus::Scsi;
        found = DiskXml::problems(wrongPrefix);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).field, DiskProblem::Field::TargetDev);
        QVERIFY(found.at(0).message.contains(u"sd"_s));

        DiskDraft controller = volumeDraft();
        controller.volume = u"unit:0:0:0"_s;
        found = DiskXml::problems(controller);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).field, DiskProblem::Field::Volume);

        DiskDraft network = networkDraft();
        network.host.clear();
        network.port = 0;
        network.targetIqn = u"not an iqn"_s;
        network.lun = 0;
        network.chapSecretUsage.clear();
        found = DiskXml::problems(network);
        QList<DiskProblem::Field> fields;
        for (const DiskProblem &problem : found)
            fields << problem.field;
        QCOMPARE(fields, (QList<DiskProblem::Field>{DiskProblem::Field::Host, DiskProblem::Field::Port,
                                                    DiskProblem::Field::TargetIqn, DiskProblem::Field::Lun,
                                                    DiskProblem::Field::Chap}));
    }

    void controllerVolumeIsNeverADisk()
    {
        QVERIFY(isControllerVolume(u"unit:0:0:0"_s, 0));
        QVERIFY(!isControllerVolume(u"unit:0:0:0"_s, 512)); // an array whose LUN 0 is storage
        QVERIFY(!isControllerVolume(u"unit:0:0:10"_s, 0));
        QVERIFY(!isControllerVolume(u"unit:0:0:1"_s, 0));
    }

    void domainDevices()
    {
        const DomainDevices devices = readDomainDevices(QString::fromUtf8(DomainXml));
        QVERIFY(devices.valid);
        QVERIFY(devices.acpi);
        QCOMPARE(devices.disks.size(), 2);
        QCOMPARE(devices.disks.at(0).targetDev, u"vda"_s);
        QCOMPARE(devices.disks.at(0).alias, u"virtio-disk0"_s);
        QCOMPARE(devices.disks.at(1).bus, u"scsi"_s);
        QCOMPARE(devices.virtioScsiController(), std::optional<int>(1));
        QCOMPARE(devices.nextScsiControllerIndex(), 2);
        QCOMPARE(devices.disks.at(1).controller, 1);
        QCOMPARE(devices.disks.at(1).unit, 1);
        QCOMPARE(devices.nextFreeUnit(1), 0);
        QCOMPARE(devices.nextFreeUnit(0), 0);
        // The disk element itself, whole, for detaching: it reads as a disk again.
        const Result<DiskDraft> again = DiskXml::read(devices.disks.at(1).xml);
        QVERIFY2(again.ok(), qPrintable(again.error().message() + u'\n' + devices.disks.at(1).xml));
        QCOMPARE(again.value().targetDev, u"sdb"_s);
        QCOMPARE(again.value().lun, 3);

        QVERIFY(!readDomainDevices(u"<pool/>"_s).valid);
        QVERIFY(!readDomainDevices(u"<domain><devices>"_s).valid);
        const DomainDevices bare = readDomainDevices(u"<domain><devices/></domain>"_s);
        QVERIFY(bare.valid);
        QVERIFY(!bare.acpi);
        QCOMPARE(bare.virtioScsiController(), std::nullopt);
        QCOMPARE(bare.nextScsiControllerIndex(), 0);
    }

    void nextFreeTargetLooksAtEveryXml()
    {
        const DomainDevices live = readDomainDevices(QString::fromUtf8(DomainXml));
        QCOMPARE(nextFreeTarget(DiskBus::Virtio, {&live}), u"vdb"_s);
        QCOMPARE(nextFreeTarget(DiskBus::Scsi, {&live}), u"sda"_s);
        const DomainDevices config = readDomainDevices(
            u"<domain><devices><disk><target dev='vdb'/></disk><disk><target dev='sda'/></disk></devices></domain>"_s);
        QCOMPARE(nextFreeTarget(DiskBus::Virtio, {&live, &config}), u"vdc"_s);
        QCOMPARE(nextFreeTarget(DiskBus::Scsi, {&live, &config}), u"sdc"_s);
        // Past z: aa, as libvirt names them.
        QString many = u"<domain><devices>"_s;
        for (char letter = 'a'; letter <= 'z'; ++letter)
            many += u"<disk><target dev='vd%1'/></disk>"_s.arg(QChar::fromLatin1(letter));
        many += u"</devices></domain>"_s;
        const DomainDevices full = readDomainDevices(many);
        QCOMPARE(nextFreeTarget(DiskBus::Virtio, {&full}), u"vdaa"_s);
    }
};

QTEST_GUILESS_MAIN(TestDiskXml)
#include "tst_diskxml.moc"
