#include "iscsi/ScsiDecode.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lunscope;

namespace {
// Answers captured from tgt 1.0.85 (Debian 12) for iqn.2026-11.org.lunscope.test:disks with
// libiscsi's own tools; LUN 1 is 64 MiB with 512-byte blocks and serial LSDISKA1, LUN 2 is
// 32 MiB with 4096-byte blocks and thin provisioning, LUN 3 is read-only.
QByteArray bytes(const char *hex)
{
    return QByteArray::fromHex(hex);
}
const char ReportLunsFull[] = "00000020000000000000000000000000000100000000000000020000000000000003000000000000";
const char ReportLunsCut[] = "00000020000000000000000000000000";
const char Inquiry[] = "000005123d0000024c554e53434f50454449534b2d4120202020202020202020302e392000000000000000000000"
                       "00000000000000000000000004c0096003000000";
const char InquiryController[] = "0c0005123d0000024945542020202020436f6e74726f6c6c65722020202020203030303100000000"
                                 "00000000000000000000000000000000000004c0096001fb0000";
const char Vpd00[] = "00000006008083b0b1b2";
const char Vpd80[] = "00800024202020202020202020202020202020202020202020202020202020204c534449534b4131";
const char Vpd83[] = "00830048020100244945542020202020303030313030303100000000000000000000000000000000000000000103"
                     "000830000001000000010103001060000000000000000e00000000010001";
const char Vpd83Cut[] = "00830048020100244945542020202020";
const char VpdB2Thin[] = "00b2000400e40200";
const char VpdB2Full[] = "00b2000400000000";
const char VpdB0[] = "00b0003c00800000000000000000000000000000ffffffffffffffff000000000000000000000000000000000000"
                     "000000000000000000000000000000000000";
const char Rc10Lun1[] = "0001ffff00000200";
const char Rc10Lun2[] = "00001fff00001000";
const char ModeSenseWritable[] = "610010000000020e8080000a0000000000000000000008121400ffff0000ffffffff801400000000"
                                 "00000a0a021000000000000002004a01001c04000000000000000000000000000000000000000000"
                                 "0000000000001c0a08000000000000000000";
const char ModeSenseReadOnly[] = "610090000000020e8080000a0000000000000000000008121400ffff0000ffffffff801400000000"
                                 "00000a0a021000000000000002004a01001c04000000000000000000000000000000000000000000"
                                 "0000000000001c0a08000000000000000000";
} // namespace

class TestScsiDecode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportLuns()
    {
        const auto command = ScsiCommand::reportLuns(1024);
        const auto luns = ScsiDecode::reportLuns(command, bytes(ReportLunsFull));
        QVERIFY(luns.ok());
        QCOMPARE(luns.value(), (QList<int>{0, 1, 2, 3}));
    }

    void reportLunsCutShortNeedsFullLength()
    {
        // Asked for 16 bytes; the list header announces 32 bytes of entries (+8 header).
        const auto command = ScsiCommand::reportLuns(16);
        QCOMPARE(ScsiDecode::fullSize(command, bytes(ReportLunsCut)), 40);
        QVERIFY(!ScsiDecode::isComplete(command, bytes(ReportLunsCut)));
        QCOMPARE(ScsiDecode::reportLuns(command, bytes(ReportLunsCut)).error().kind(), ErrorKind::Protocol);
    }

    void lunAddressing()
    {
        QCOMPARE(ScsiDecode::lunFromAddress(0x0003), 3);     // peripheral, bus 0
        QCOMPARE(ScsiDecode::lunFromAddress(0x4123), 0x123); // flat space
        QCOMPARE(ScsiDecode::lunFromAddress(0x0103), -1);    // peripheral on bus 1: not ours
        QCOMPARE(ScsiDecode::lunFromAddress(0x8001), -1);    // logical unit addressing
        // Commands address LUNs above 255 in flat space (libiscsi writes the field as given: 256
        // would reach bus 1, LUN 0, which tgt answered as its controller).
        QCOMPARE(ScsiDecode::addressOfLun(3), std::uint16_t(0x0003));
        QCOMPARE(ScsiDecode::addressOfLun(255), std::uint16_t(0x00ff));
        QCOMPARE(ScsiDecode::addressOfLun(256), std::uint16_t(0x4100));
        QCOMPARE(ScsiDecode::addressOfLun(1000), std::uint16_t(0x43e8));
        for (const int lun : {0, 1, 255, 256, 1000, 16383})
            QCOMPARE(ScsiDecode::lunFromAddress(ScsiDecode::addressOfLun(lun)), lun);
    }

    void standardInquiry()
    {
        const auto command = ScsiCommand::inquiry(1, 96);
        const auto inquiry = ScsiDecode::standardInquiry(command, bytes(Inquiry));
        QVERIFY(inquiry.ok());
        QCOMPARE(inquiry.value().deviceType, 0);
        QCOMPARE(inquiry.value().qualifier, 0);
        QCOMPARE(inquiry.value().vendor, u"LUNSCOPE"_s);
        QCOMPARE(inquiry.value().product, u"DISK-A"_s);
        QCOMPARE(inquiry.value().revision, u"0.9"_s);
        QCOMPARE(inquiry.value().version, 5);
        const auto controller = ScsiDecode::standardInquiry(ScsiCommand::inquiry(0, 96), bytes(InquiryController));
        QVERIFY(controller.ok());
        QCOMPARE(controller.value().deviceType, 0x0c);
        QCOMPARE(controller.value().product, u"Controller"_s);
    }

    void shortInquiryIsRejectedNotOverread()
    {
        // 8 bytes of a 66-byte answer: libiscsi's unmarshaller would read past them.
        const auto command = ScsiCommand::inquiry(1, 8);
        const QByteArray cut = bytes(Inquiry).left(8);
        QCOMPARE(ScsiDecode::fullSize(command, cut), 66);
        QVERIFY(!ScsiDecode::standardInquiry(command, cut).ok());
        QCOMPARE(ScsiDecode::fullSize(command, QByteArray("\0\0", 2)), -1);
    }

    void vpdPages()
    {
        const auto pages = ScsiDecode::supportedVpdPages(ScsiCommand::inquiryVpd(1, 0, 255), bytes(Vpd00));
        QVERIFY(pages.ok());
        QCOMPARE(pages.value(), (QList<int>{0x00, 0x80, 0x83, 0xb0, 0xb1, 0xb2}));
        const auto serial = ScsiDecode::unitSerialNumber(ScsiCommand::inquiryVpd(1, 0x80, 255), bytes(Vpd80));
        QVERIFY(serial.ok());
        QCOMPARE(serial.value(), u"LSDISKA1"_s);
    }

    void deviceIdentification()
    {
        const auto designators = ScsiDecode::deviceIdentification(ScsiCommand::inquiryVpd(1, 0x83, 255), bytes(Vpd83));
        QVERIFY(designators.ok());
        QCOMPARE(designators.value().size(), 3);
        QCOMPARE(designators.value().at(0).type, Designator::Type::T10VendorId);
        QCOMPARE(designators.value().at(0).value, u"IET 00010001"_s);
        QCOMPARE(designators.value().at(1).type, Designator::Type::Naa);
        QCOMPARE(designators.value().at(1).value, u"3000000100000001"_s);
        QCOMPARE(designators.value().at(2).type, Designator::Type::Naa);
        QCOMPARE(designators.value().at(2).value, u"60000000000000000e00000000010001"_s);
        QCOMPARE(designators.value().at(2).association, Designator::Association::LogicalUnit);
    }

    void deviceIdentificationCutShort()
    {
        const auto command = ScsiCommand::inquiryVpd(1, 0x83, 16);
        QCOMPARE(ScsiDecode::fullSize(command, bytes(Vpd83Cut)), 76);
        QVERIFY(!ScsiDecode::deviceIdentification(command, bytes(Vpd83Cut)).ok());
        QCOMPARE(command.withAllocationLength(76).allocationLength, 76);
    }

    void provisioning()
    {
        const auto command = ScsiCommand::inquiryVpd(2, 0xb2, 64);
        QCOMPARE(ScsiDecode::logicalBlockProvisioning(command, bytes(VpdB2Thin)).value(), Provisioning::Thin);
        QCOMPARE(ScsiDecode::logicalBlockProvisioning(command, bytes(VpdB2Full)).value(), Provisioning::Full);
        const auto limits = ScsiDecode::blockLimits(ScsiCommand::inquiryVpd(2, 0xb0, 64), bytes(VpdB0));
        QVERIFY(limits.ok());
        QCOMPARE(limits.value().maxUnmapBlocks, 0xffffffffu);
    }

    void readCapacityReturnsLastLba()
    {
        // 0x1ffff is the LAST LBA: 131072 blocks of 512 bytes = 64 MiB exactly, not one block less.
        const auto lun1 = ScsiDecode::readCapacity10(ScsiCommand::readCapacity10(1), bytes(Rc10Lun1));
        QVERIFY(lun1.ok());
        QCOMPARE(lun1.value().blockSize, 512u);
        QCOMPARE(lun1.value().blockCount, quint64(131072));
        const auto lun2 = ScsiDecode::readCapacity10(ScsiCommand::readCapacity10(2), bytes(Rc10Lun2));
        QCOMPARE(lun2.value().blockCount * lun2.value().blockSize, quint64(32) << 20);
    }

    void readCapacity16()
    {
        // Built by hand from SBC-4 table 123: last LBA 0x3fff, 4096-byte blocks, LBPME set,
        // LBPPBE 3 (eight logical blocks per physical block).
        QByteArray data(32, '\0');
        data[6] = 0x3f;
        data[7] = char(0xff);
        data[10] = 0x10;
        data[13] = 0x03;
        data[14] = char(0x80);
        const auto capacity = ScsiDecode::readCapacity16(ScsiCommand::readCapacity16(1), data);
        QVERIFY(capacity.ok());
        QCOMPARE(capacity.value().blockCount, quint64(0x4000));
        QCOMPARE(capacity.value().blockSize, 4096u);
        QCOMPARE(capacity.value().physicalBlockExponent, 3);
        QVERIFY(capacity.value().provisioningEnabled);
        QVERIFY(!ScsiDecode::readCapacity16(ScsiCommand::readCapacity16(1), data.left(16)).ok());
    }

    void writeProtection()
    {
        const auto command = ScsiCommand::modeSense6(3, 255);
        QCOMPARE(ScsiDecode::writeProtected(command, bytes(ModeSenseReadOnly)).value(), true);
        QCOMPARE(ScsiDecode::writeProtected(command, bytes(ModeSenseWritable)).value(), false);
    }

    void checkConditionMessages()
    {
        // tgt's answer to READ CAPACITY right after login: UNIT ATTENTION, power on/reset (0x29/0x00).
        ScsiReply reply;
        reply.command = ScsiCommand::readCapacity16(1);
        reply.status = 2;
        reply.sense = {6, 0x29, 0x00};
        const Error error = reply.error();
        QCOMPARE(error.kind(), ErrorKind::CheckCondition);
        QVERIFY2(error.message().contains(u"READ CAPACITY(16) (LUN 1)"_s), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"UNIT_ATTENTION"_s), qPrintable(error.message()));
        QCOMPARE(error.detail(), u"sense key 0x06, ASC 0x29, ASCQ 0x00"_s);
        QCOMPARE(error.sense()->asc, 0x29);
    }
};

QTEST_GUILESS_MAIN(TestScsiDecode)
#include "tst_scsidecode.moc"
