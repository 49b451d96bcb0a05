#pragma once

#include "ScsiCommand.h"
#include "common/LunInfo.h"

#include <QByteArray>
#include <QList>

#include <cstdint>

namespace lunscope::ScsiDecode {

// How many bytes the answer to `command` really has, read from its own length fields;
// -1 when `data` is too short to even hold those fields.
int fullSize(const ScsiCommand &command, const QByteArray &data);
// True when `data` holds the whole answer. libiscsi's unmarshallers read past short data, so we
// only ever unmarshall complete answers and re-issue with the full length otherwise.
bool isComplete(const ScsiCommand &command, const QByteArray &data);

struct StandardInquiry
{
    int qualifier = 0;
    int deviceType = 0x1f;
    bool removable = false;
    int version = 0;
    QString vendor;
    QString product;
    QString revision;
};

struct Capacity
{
    std::uint32_t blockSize = 0;
    std::uint64_t blockCount = 0;     // last LBA + 1 — READ CAPACITY returns the last LBA
    int physicalBlockExponent = 0;
    bool provisioningEnabled = false; // LBPME (READ CAPACITY 16 only)
};

struct BlockLimits
{
    std::uint32_t maxTransferBlocks = 0;
    std::uint32_t optimalTransferBlocks = 0;
    std::uint32_t maxUnmapBlocks = 0;
};

// Each decoder takes the command that produced the bytes (the CDB tells libiscsi what to parse)
// and fails with a Protocol error when the answer is short or malformed.
Result<QList<int>> reportLuns(const ScsiCommand &command, const QByteArray &data);
Result<StandardInquiry> standardInquiry(const ScsiCommand &command, const QByteArray &data);
Result<QList<int>> supportedVpdPages(const ScsiCommand &command, const QByteArray &data);
Result<QString> unitSerialNumber(const ScsiCommand &command, const QByteArray &data);
Result<QList<Designator>> deviceIdentification(const ScsiCommand &command, const QByteArray &data);
Result<BlockLimits> blockLimits(const ScsiCommand &command, const QByteArray &data);
Result<Provisioning> logicalBlockProvisioning(const ScsiCommand &command, const QByteArray &data);
Result<Capacity> readCapacity10(const ScsiCommand &command, const QByteArray &data);
Result<Capacity> readCapacity16(const ScsiCommand &command, const QByteArray &data);
Result<bool> writeProtected(const ScsiCommand &command, const QByteArray &data);

// The LUN number in one 8-byte REPORT LUNS entry's first level (SAM-5 §4.7): peripheral
// (0..255) or flat space (0..16383) addressing; -1 for addressing methods we cannot use.
int lunFromAddress(std::uint16_t firstLevel);
// The inverse, for commands: what libiscsi puts into the PDU's LUN field as given. Up to 255 the
// peripheral form (bus 0), above that flat space: libiscsi would write 256 as bus 1, LUN 0.
std::uint16_t addressOfLun(int lun);

} // namespace lunscope::ScsiDecode
