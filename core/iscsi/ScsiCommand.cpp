#include "ScsiCommand.h"

#include "common/CoreTr.h"

#include <iscsi/iscsi.h>
#include <iscsi/scsi-lowlevel.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lunscope {

scsi_task *ScsiCommand::createTask() const
{
    switch (op) {
    case Op::TestUnitReady: return scsi_cdb_testunitready();
    case Op::ReportLuns: return scsi_reportluns_cdb(SCSI_REPORTLUNS_REPORT_ALL_LUNS, allocationLength);
    case Op::Inquiry: return scsi_cdb_inquiry(0, 0, allocationLength);
    case Op::InquiryVpd: return scsi_cdb_inquiry(1, page, allocationLength);
    case Op::ReadCapacity10: return scsi_cdb_readcapacity10(0, 0);
    case Op::ReadCapacity16: return scsi_cdb_readcapacity16();
    case Op::ModeSense6:
        // All pages, block descriptors disabled: the header alone carries the WP bit.
        return scsi_cdb_modesense6(1, SCSI_MODESENSE_PC_CURRENT, SCSI_MODEPAGE_RETURN_ALL_PAGES, 0,
                                   static_cast<unsigned char>(std::min(allocationLength, 255)));
    }
    return nullptr;
}

ScsiCommand ScsiCommand::withAllocationLength(int length) const
{
    ScsiCommand copy = *this;
    // INQUIRY's allocation length is 16 bits; REPORT LUNS' 32; MODE SENSE(6)'s 8.
    copy.allocationLength = op == Op::ModeSense6 ? std::min(length, 255)
                            : op == Op::ReportLuns ? length
                                                   : std::min(length, 0xffff);
    return copy;
}

QString ScsiCommand::describe() const
{
    QString name;
    switch (op) {
    case Op::TestUnitReady: name = u"TEST UNIT READY"_s; break;
    case Op::ReportLuns: return u"REPORT LUNS"_s;
    case Op::Inquiry: name = u"INQUIRY"_s; break;
    case Op::InquiryVpd: name = u"INQUIRY VPD 0x%1"_s.arg(page, 2, 16, QLatin1Char('0')); break;
    case Op::ReadCapacity10: name = u"READ CAPACITY(10)"_s; break;
    case Op::ReadCapacity16: name = u"READ CAPACITY(16)"_s; break;
    case Op::ModeSense6: name = u"MODE SENSE(6)"_s; break;
    }
    return u"%1 (LUN %2)"_s.arg(name).arg(lun);
}

Error ScsiReply::error() const
{
    if (transportError.isError())
        return transportError;
    if (status == SCSI_STATUS_GOOD)
        return {};
    if (status == SCSI_STATUS_CHECK_CONDITION)
        return Error::checkCondition(sense, command.describe());
    const QString what = command.describe();
    switch (status) {
    case SCSI_STATUS_BUSY:
        return Error(ErrorKind::Protocol, CoreTr::tr("%1: the target is busy; try again later.").arg(what));
    case SCSI_STATUS_RESERVATION_CONFLICT:
        return Error(ErrorKind::Protocol,
                     CoreTr::tr("%1: reservation conflict; another host holds a reservation on this LUN.").arg(what));
    case SCSI_STATUS_TASK_SET_FULL:
        return Error(ErrorKind::Protocol, CoreTr::tr("%1: the target's task set is full; try again later.").arg(what));
    default:
        return Error(ErrorKind::Protocol,
                     CoreTr::tr("%1 ended with SCSI status 0x%2.").arg(what).arg(status, 2, 16, QLatin1Char('0')));
    }
}

} // namespace lunscope
