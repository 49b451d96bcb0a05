#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

struct scsi_task;

namespace lunscope {

// The SCSI commands LunScope sends, as plain values. A command builds its libiscsi CDB task on
// demand, which is also how the decoder rebuilds one around captured bytes.
struct ScsiCommand
{
    enum class Op { TestUnitReady, ReportLuns, Inquiry, InquiryVpd, ReadCapacity10, ReadCapacity16, ModeSense6 };

    Op op = Op::TestUnitReady;
    int lun = 0;
    int page = 0;               // VPD page for InquiryVpd
    int allocationLength = 0;   // for data-in commands

    static ScsiCommand testUnitReady(int lun) { return {Op::TestUnitReady, lun, 0, 0}; }
    static ScsiCommand reportLuns(int allocationLength) { return {Op::ReportLuns, 0, 0, allocationLength}; }
    static ScsiCommand inquiry(int lun, int allocationLength) { return {Op::Inquiry, lun, 0, allocationLength}; }
    static ScsiCommand inquiryVpd(int lun, int page, int allocationLength)
    {
        return {Op::InquiryVpd, lun, page, allocationLength};
    }
    static ScsiCommand readCapacity10(int lun) { return {Op::ReadCapacity10, lun, 0, 8}; }
    static ScsiCommand readCapacity16(int lun) { return {Op::ReadCapacity16, lun, 0, 32}; }
    static ScsiCommand modeSense6(int lun, int allocationLength) { return {Op::ModeSense6, lun, 0, allocationLength}; }

    // A new libiscsi task with this command's CDB; the caller owns it (scsi_free_scsi_task).
    scsi_task *createTask() const;
    // The same command asking for `length` bytes: used to re-issue with the full length.
    ScsiCommand withAllocationLength(int length) const;
    // "INQUIRY VPD 0x83 (LUN 2)" — for logs and error messages; not translated (SCSI names).
    QString describe() const;
};

// How a command ended. `transportError` is set when no SCSI status arrived at all (connection
// lost, timeout, cancelled); otherwise `status` is the SCSI status and `data` the data-in bytes.
struct ScsiReply
{
    ScsiCommand command;
    Error transportError;
    int status = 0;            // SCSI status byte (0 = GOOD, 2 = CHECK CONDITION)
    SenseData sense;
    QByteArray data;

    bool good() const { return !transportError.isError() && status == 0; }
    bool checkCondition() const { return !transportError.isError() && status == 2; }
    // The error to report for this reply: transport error, CHECK CONDITION with sense, or the status.
    Error error() const;
};

} // namespace lunscope
