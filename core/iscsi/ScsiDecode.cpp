#include "ScsiDecode.h"

#include "common/CoreTr.h"

#include <iscsi/iscsi.h>
#include <iscsi/scsi-lowlevel.h>

#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;

namespace lunscope::ScsiDecode {

namespace {

// The smallest answer whose length fields can be read (see scsi_datain_getfullsize()).
int headerSize(const ScsiCommand &command)
{
    switch (command.op) {
    case ScsiCommand::Op::TestUnitReady: return 0;
    case ScsiCommand::Op::ReportLuns: return 4;
    case ScsiCommand::Op::Inquiry: return 5;
    case ScsiCommand::Op::InquiryVpd: return 4;
    case ScsiCommand::Op::ReadCapacity10: return 8;
    case ScsiCommand::Op::ReadCapacity16: return 32;
    case ScsiCommand::Op::ModeSense6: return 1;
    }
    return 0;
}

// A libiscsi task rebuilt around a copy of captured data-in bytes, freed with the task.
class DecodedTask
{
public:
    DecodedTask(const ScsiCommand &command, const QByteArray &data) : m_task(command.createTask())
    {
        if (m_task && !data.isEmpty()) {
            m_task->datain.data = static_cast<unsigned char *>(std::malloc(size_t(data.size())));
            if (m_task->datain.data) {
                std::memcpy(m_task->datain.data, data.constData(), size_t(data.size()));
                m_task->datain.size = int(data.size());
            }
        }
    }
    ~DecodedTask()
    {
        if (m_task)
            scsi_free_scsi_task(m_task);
    }
    DecodedTask(const DecodedTask &) = delete;
    DecodedTask &operator=(const DecodedTask &) = delete;

    template <typename T>
    T *unmarshall()
    {
        return m_task ? static_cast<T *>(scsi_datain_unmarshall(m_task)) : nullptr;
    }

private:
    scsi_task *m_task;
};

Error malformed(const ScsiCommand &command)
{
    return Error(ErrorKind::Protocol,
                 CoreTr::tr("The answer to %1 is incomplete or malformed.").arg(command.describe()));
}

// Fixed-width ASCII fields (vendor, product, serial) are space padded, sometimes NUL padded.
QString asciiField(const char *text, size_t maxLength)
{
    const size_t length = strnlen(text, maxLength);
    return QString::fromLatin1(text, qsizetype(length)).trimmed();
}

QString hex(const char *bytes, int length)
{
    return QString::fromLatin1(QByteArray(bytes, length).toHex());
}

Designator::Type designatorType(int type)
{
    switch (type) {
    case SCSI_DESIGNATOR_TYPE_VENDOR_SPECIFIC: return Designator::Type::VendorSpecific;
    case SCSI_DESIGNATOR_TYPE_T10_VENDORT_ID: return Designator::Type::T10VendorId;
    case SCSI_DESIGNATOR_TYPE_EUI_64: return Designator::Type::Eui64;
    case SCSI_DESIGNATOR_TYPE_NAA: return Designator::Type::Naa;
    case SCSI_DESIGNATOR_TYPE_RELATIVE_TARGET_PORT: return Designator::Type::RelativeTargetPort;
    case SCSI_DESIGNATOR_TYPE_TARGET_PORT_GROUP: return Designator::Type::TargetPortGroup;
    case SCSI_DESIGNATOR_TYPE_LOGICAL_UNIT_GROUP: return Designator::Type::LogicalUnitGroup;
    case SCSI_DESIGNATOR_TYPE_MD5_LOGICAL_UNIT_IDENTIFIER: return Designator::Type::Md5LogicalUnitId;
    case SCSI_DESIGNATOR_TYPE_SCSI_NAME_STRING: return Designator::Type::ScsiNameString;
    default: return Designator::Type::Other;
    }
}

Designator::Association designatorAssociation(int association)
{
    switch (association) {
    case SCSI_ASSOCIATION_TARGET_PORT: return Designator::Association::TargetPort;
    case SCSI_ASSOCIATION_TARGET_DEVICE: return Designator::Association::TargetDevice;
    default: return Designator::Association::LogicalUnit;
    }
}

QString designatorValue(const scsi_inquiry_device_designator &d)
{
    const int length = d.designator_length;
    if (d.code_set == SCSI_CODESET_BINARY) {
        // Relative port and group numbers are small integers; the rest are identifiers in hex.
        if (d.designator_type == SCSI_DESIGNATOR_TYPE_RELATIVE_TARGET_PORT
            || d.designator_type == SCSI_DESIGNATOR_TYPE_TARGET_PORT_GROUP
            || d.designator_type == SCSI_DESIGNATOR_TYPE_LOGICAL_UNIT_GROUP) {
            quint32 value = 0;
            for (int i = 0; i < length; ++i)
                value = (value << 8) | static_cast<unsigned char>(d.designator[i]);
            return QString::number(value);
        }
        return hex(d.designator, length);
    }
    // ASCII/UTF-8 designators: libiscsi copies them NUL terminated; T10 ids are space padded.
    return QString::fromUtf8(d.designator, qsizetype(strnlen(d.designator, size_t(length)))).simplified();
}

} // namespace

int fullSize(const ScsiCommand &command, const QByteArray &data)
{
    if (command.op == ScsiCommand::Op::TestUnitReady)
        return 0;
    if (data.size() < headerSize(command))
        return -1;
    // Fixed-length answers (SBC-4): libiscsi 1.19's getfullsize() answers -1 for SERVICE ACTION
    // IN(16), which would make every READ CAPACITY(16) look truncated.
    if (command.op == ScsiCommand::Op::ReadCapacity10)
        return 8;
    if (command.op == ScsiCommand::Op::ReadCapacity16)
        return 32;
    // Borrow the bytes for the length check only; a copy is made when we unmarshall.
    scsi_task *probe = command.createTask();
    if (!probe)
        return -1;
    probe->datain.data = reinterpret_cast<unsigned char *>(const_cast<char *>(data.constData()));
    probe->datain.size = int(data.size());
    const int size = scsi_datain_getfullsize(probe);
    probe->datain.data = nullptr; // not ours to free
    scsi_free_scsi_task(probe);
    return size;
}

bool isComplete(const ScsiCommand &command, const QByteArray &data)
{
    const int size = fullSize(command, data);
    return size >= 0 && data.size() >= size;
}

int lunFromAddress(std::uint16_t firstLevel)
{
    switch (firstLevel >> 14) {
    case 0: return (firstLevel >> 8) == 0 ? (firstLevel & 0xff) : -1; // peripheral, bus 0
    case 1: return firstLevel & 0x3fff;                               // flat space
    default: return -1;
    }
}

std::uint16_t addressOfLun(int lun)
{
    return lun < 256 ? std::uint16_t(lun) : std::uint16_t(0x4000 | (lun & 0x3fff));
}

Result<QList<int>> reportLuns(const ScsiCommand &command, const QByteArray &data)
{
    if (!isComplete(command, data))
        return malformed(command);
    DecodedTask task(command, data);
    const auto *list = task.unmarshall<scsi_reportluns_list>();
    if (!list)
        return malformed(command);
    QList<int> luns;
    luns.reserve(qsizetype(list->num));
    for (uint32_t i = 0; i < list->num; ++i) {
        if (const int lun = lunFromAddress(list->luns[i]); lun >= 0)
            luns.append(lun);
    }
    // Sorted, each once (a target with 1,000 LUNs made the old contains() per entry quadratic).
    std::sort(luns.begin(), luns.end());
    luns.erase(std::unique(luns.begin(), luns.end()), luns.end());
    return luns;
}

Result<StandardInquiry> standardInquiry(const ScsiCommand &command, const QByteArray &data)
{
    // Vendor, product and revision end at byte 36; some targets announce less.
    if (data.size() < 36 || !isComplete(command, data))
        return malformed(command);
    DecodedTask task(command, data);
    const auto *inq = task.unmarshall<scsi_inquiry_standard>();
    if (!inq)
        return malformed(command);
    StandardInquiry result;
    result.qualifier = inq->qualifier;
    result.deviceType = inq->device_type;
    result.removable = inq->rmb != 0;
    result.version = inq->version;
    result.vendor = asciiField(inq->vendor_identification, 8);
    result.product = asciiField(inq->product_identification, 16);
    result.revision = asciiField(inq->product_revision_level, 4);
    return result;
}

Result<QList<int>> supportedVpdPages(const ScsiCommand &command, const QByteArray &data)
{
    if (!isComplete(command, data))
        return malformed(command);
    DecodedTask task(command, data);
    const auto *pages = task.unmarshall<scsi_inquiry_supported_pages>();
    if (!pages)
        return malformed(command);
    QList<int> result;
    for (int i = 0; i < pages->num_pages; ++i)
        result.append(pages->pages[i]);
    return result;
}

Result<QString> unitSerialNumber(const ScsiCommand &command, const QByteArray &data)
{
    if (!isComplete(command, data))
        return malformed(command);
    DecodedTask task(command, data);
    const auto *serial = task.unmarshall<scsi_inquiry_unit_serial_number>();
    if (!serial || !serial->usn)
        return malformed(command);
    return QString::fromLatin1(serial->usn).trimmed();
}

Result<QList<Designator>> deviceIdentification(const ScsiCommand &command, const QByteArray &data)
{
    if (!isComplete(command, data))
        return malformed(command);
    DecodedTask task(command, data);
    const auto *identification = task.unmarshall<scsi_inquiry_device_identification>();
    if (!identification)
        return malformed(command);
    QList<Designator> result;
    for (auto *d = identification->designators; d; d = d->next) {
        if (!d->designator || d->designator_length <= 0)
            continue;
        Designator designator;
        designator.type = designatorType(d->designator_type);
        designator.association = designatorAssociation(d->association);
        designator.value = designatorValue(*d);
        // libiscsi builds the list by prepending; keep the order the target gave.
        result.prepend(designator);
    }
    return result;
}

Result<BlockLimits> blockLimits(const ScsiCommand &command, const QByteArray &data)
{
    if (!isComplete(command, data))
        return malformed(command);
    DecodedTask task(command, data);
    const auto *limits = task.unmarshall<scsi_inquiry_block_limits>();
    if (!limits)
        return malformed(command);
    return BlockLimits{limits->max_xfer_len, limits->opt_xfer_len, limits->max_unmap};
}

Result<Provisioning> logicalBlockProvisioning(const ScsiCommand &command, const QByteArray &data)
{
    if (!isComplete(command, data))
        return malformed(command);
    DecodedTask task(command, data);
    const auto *lbp = task.unmarshall<scsi_inquiry_logical_block_provisioning>();
    if (!lbp)
        return malformed(command);
    switch (lbp->provisioning_type) {
    case PROVISIONING_TYPE_THIN: return Provisioning::Thin;
    case PROVISIONING_TYPE_RESOURCE: return Provisioning::Resource;
    default: return Provisioning::Full;
    }
}

Result<Capacity> readCapacity10(const ScsiCommand &command, const QByteArray &data)
{
    if (!isComplete(command, data))
        return malformed(command);
    DecodedTask task(command, data);
    const auto *rc = task.unmarshall<scsi_readcapacity10>();
    if (!rc)
        return malformed(command);
    Capacity capacity;
    capacity.blockSize = rc->block_size;
    capacity.blockCount = std::uint64_t(rc->lba) + 1;
    return capacity;
}

Result<Capacity> readCapacity16(const ScsiCommand &command, const QByteArray &data)
{
    if (!isComplete(command, data))
        return malformed(command);
    DecodedTask task(command, data);
    const auto *rc = task.unmarshall<scsi_readcapacity16>();
    if (!rc)
        return malformed(command);
    Capacity capacity;
    capacity.blockSize = rc->block_length;
    capacity.blockCount = rc->returned_lba + 1;
    capacity.physicalBlockExponent = rc->lbppbe;
    capacity.provisioningEnabled = rc->lbpme != 0;
    return capacity;
}

Result<bool> writeProtected(const ScsiCommand &command, const QByteArray &data)
{
    if (!isComplete(command, data) || data.size() < 4)
        return malformed(command);
    DecodedTask task(command, data);
    const auto *sense = task.unmarshall<scsi_mode_sense>();
    if (!sense)
        return malformed(command);
    return (sense->device_specific_parameter & 0x80) != 0;
}

} // namespace lunscope::ScsiDecode
