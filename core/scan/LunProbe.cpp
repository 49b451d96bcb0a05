#include "LunProbe.h"

#include "iscsi/IscsiSession.h"
#include "iscsi/ScsiDecode.h"

#include <QPointer>

#include <iscsi/iscsi.h>
#include <iscsi/scsi-lowlevel.h>

namespace lunscope {

namespace {
constexpr int VpdAllocation = 255;      // enough for 0x00/0x80/0x83 on every target we have seen
constexpr int StandardInquiryAllocation = 96;
constexpr int ModeSenseAllocation = 255;

bool isIllegalRequest(const ScsiReply &reply)
{
    return reply.checkCondition() && reply.sense.key == SCSI_SENSE_ILLEGAL_REQUEST;
}
} // namespace

LunProbe::LunProbe(IscsiSession *session, int lun, QObject *parent) : QObject(parent), m_session(session)
{
    m_info.lun = lun;
}

void LunProbe::start()
{
    const int lun = m_info.lun;
    send(ScsiCommand::testUnitReady(lun), [this](const ScsiReply &reply) {
        m_info.ready = reply.good();
        if (reply.checkCondition())
            m_info.notReadyReason = reply.error().message();
    });
    send(ScsiCommand::inquiry(lun, StandardInquiryAllocation), [this](const ScsiReply &reply) {
        if (reply.good()) {
            const auto decoded = ScsiDecode::standardInquiry(reply.command, reply.data);
            if (decoded.ok()) {
                const ScsiDecode::StandardInquiry &inquiry = decoded.value();
                m_info.peripheralQualifier = inquiry.qualifier;
                m_info.deviceType = inquiry.deviceType;
                m_info.removable = inquiry.removable;
                m_info.scsiVersion = inquiry.version;
                m_info.vendor = inquiry.vendor;
                m_info.product = inquiry.product;
                m_info.revision = inquiry.revision;
                m_inquiryUsable = true;
            } else {
                recordError(decoded.error());
            }
        } else {
            recordError(reply.error());
        }
        m_inquiryAnswered = true;
        phaseOneAnswered();
    });
    send(ScsiCommand::inquiryVpd(lun, 0x00, VpdAllocation), [this](const ScsiReply &reply) {
        // A target without VPD support simply has no page list; that is not a failure.
        if (reply.good()) {
            const auto pages = ScsiDecode::supportedVpdPages(reply.command, reply.data);
            if (pages.ok())
                m_info.vpdPages = pages.value();
        }
        m_vpdListAnswered = true;
        phaseOneAnswered();
    });
    // Sent before we know the device type, to save a round trip; ignored for non-block devices.
    send(ScsiCommand::readCapacity16(lun), [this](const ScsiReply &reply) {
        const auto capacity = reply.good() ? ScsiDecode::readCapacity16(reply.command, reply.data)
                                           : Result<ScsiDecode::Capacity>(reply.error());
        if (capacity.ok()) {
            m_info.blockSize = capacity.value().blockSize;
            m_info.blockCount = capacity.value().blockCount;
            m_info.physicalBlockExponent = capacity.value().physicalBlockExponent;
            m_provisioningEnabled = capacity.value().provisioningEnabled;
            m_info.capacityKnown = true;
        } else {
            m_readCapacity16Failed = true;
            m_readCapacity16Error = capacity.error();
            if (m_phaseTwoStarted && hasBlockDevice())
                readCapacity10();
        }
    });
}

void LunProbe::phaseOneAnswered()
{
    if (m_phaseTwoStarted || !m_inquiryAnswered || !m_vpdListAnswered)
        return;
    m_phaseTwoStarted = true;
    if (!m_inquiryUsable || m_info.peripheralQualifier != 0)
        return; // nothing usable behind this LUN number
    startPhaseTwo();
}

void LunProbe::startPhaseTwo()
{
    const int lun = m_info.lun;
    const QList<int> &pages = m_info.vpdPages;
    if (pages.contains(0x80)) {
        send(ScsiCommand::inquiryVpd(lun, 0x80, VpdAllocation), [this](const ScsiReply &reply) {
            const auto serial = reply.good() ? ScsiDecode::unitSerialNumber(reply.command, reply.data)
                                             : Result<QString>(reply.error());
            if (serial.ok())
                m_info.serial = serial.value();
            else
                recordError(serial.error());
        });
    }
    if (pages.contains(0x83)) {
        send(ScsiCommand::inquiryVpd(lun, 0x83, VpdAllocation), [this](const ScsiReply &reply) {
            const auto designators = reply.good() ? ScsiDecode::deviceIdentification(reply.command, reply.data)
                                                  : Result<QList<Designator>>(reply.error());
            if (designators.ok())
                m_info.designators = designators.value();
            else
                recordError(designators.error());
        });
    }
    if (!hasBlockDevice())
        return;
    if (pages.contains(0xb0)) {
        send(ScsiCommand::inquiryVpd(lun, 0xb0, 64), [this](const ScsiReply &reply) {
            const auto limits = reply.good() ? ScsiDecode::blockLimits(reply.command, reply.data)
                                             : Result<ScsiDecode::BlockLimits>(reply.error());
            if (limits.ok()) {
                m_info.maxTransferBlocks = limits.value().maxTransferBlocks;
                m_info.optimalTransferBlocks = limits.value().optimalTransferBlocks;
                m_info.maxUnmapBlocks = limits.value().maxUnmapBlocks;
            }
        });
    }
    if (pages.contains(0xb2)) {
        send(ScsiCommand::inquiryVpd(lun, 0xb2, 64), [this](const ScsiReply &reply) {
            const auto provisioning = reply.good() ? ScsiDecode::logicalBlockProvisioning(reply.command, reply.data)
                                                   : Result<Provisioning>(reply.error());
            if (provisioning.ok())
                m_provisioningFromVpd = provisioning.value();
        });
    }
    send(ScsiCommand::modeSense6(lun, ModeSenseAllocation), [this](const ScsiReply &reply) {
        // Optional: a target without MODE SENSE(6) just leaves write protection unknown (false).
        if (reply.good()) {
            const auto writeProtected = ScsiDecode::writeProtected(reply.command, reply.data);
            if (writeProtected.ok())
                m_info.writeProtected = writeProtected.value();
        }
    });
    if (m_readCapacity16Failed)
        readCapacity10();
}

void LunProbe::readCapacity10()
{
    // SBC: READ CAPACITY(16) is optional for small devices; fall back when it was refused.
    send(ScsiCommand::readCapacity10(m_info.lun), [this](const ScsiReply &reply) {
        const auto capacity = reply.good() ? ScsiDecode::readCapacity10(reply.command, reply.data)
                                           : Result<ScsiDecode::Capacity>(reply.error());
        if (capacity.ok()) {
            m_info.blockSize = capacity.value().blockSize;
            m_info.blockCount = capacity.value().blockCount;
            m_info.capacityKnown = true;
        } else {
            // Report the (16) failure unless it was just "not supported".
            recordError(isIllegalRequest(reply) && m_readCapacity16Error ? m_readCapacity16Error : capacity.error());
        }
    });
}

void LunProbe::send(const ScsiCommand &command, Handler handler, int attempt, bool reissued)
{
    ++m_outstanding;
    QPointer<LunProbe> self(this);
    m_session->execute(command, [self, command, handler = std::move(handler), attempt, reissued](const ScsiReply &reply) {
        if (!self)
            return;
        LunProbe *probe = self.data();
        if (reply.transportError) {
            if (!probe->m_transportError)
                probe->m_transportError = reply.transportError;
        } else if (reply.checkCondition() && reply.sense.key == SCSI_SENSE_UNIT_ATTENTION
                   && attempt < MaxUnitAttentionRetries) {
            // Normal after a login or a reset: the condition is reported once, then cleared.
            probe->send(command, handler, attempt + 1, reissued);
        } else if (const int full = ScsiDecode::fullSize(command, reply.data);
                   reply.good() && !reissued && command.allocationLength > 0
                   && reply.data.size() >= command.allocationLength && full > reply.data.size()) {
            // The answer was cut at our allocation length: ask again for all of it, once.
            probe->send(command.withAllocationLength(full), handler, attempt, true);
        } else {
            handler(reply);
        }
        --probe->m_outstanding;
        probe->finishIfIdle();
    });
}

bool LunProbe::hasBlockDevice() const
{
    return m_inquiryUsable && m_info.peripheralQualifier == 0 && m_info.isBlockDevice();
}

void LunProbe::recordError(const Error &error)
{
    if (!m_info.error)
        m_info.error = error;
}

void LunProbe::finishIfIdle()
{
    if (m_finished || m_outstanding > 0)
        return;
    m_finished = true;
    if (hasBlockDevice() && m_info.capacityKnown) {
        // VPD 0xB2 says how; without it, LBPME from READ CAPACITY(16) says whether.
        if (m_provisioningFromVpd != Provisioning::Unknown)
            m_info.provisioning = m_provisioningFromVpd;
        else
            m_info.provisioning = m_provisioningEnabled ? Provisioning::Thin : Provisioning::Full;
    }
    if (!hasBlockDevice()) {
        m_info.blockSize = 0;
        m_info.blockCount = 0;
        m_info.capacityKnown = false;
    }
    Q_EMIT finished();
}

} // namespace lunscope
