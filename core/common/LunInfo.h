#pragma once

#include "common/Error.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace lunscope {

// One identifier from VPD page 0x83 (SPC-4 §7.8.6).
struct Designator
{
    enum class Type { VendorSpecific, T10VendorId, Eui64, Naa, RelativeTargetPort, TargetPortGroup,
                      LogicalUnitGroup, Md5LogicalUnitId, ScsiNameString, Other };
    enum class Association { LogicalUnit, TargetPort, TargetDevice };

    Type type = Type::Other;
    Association association = Association::LogicalUnit;
    QString value;  // binary designators in lower-case hex (NAA/EUI-64); text ones as given

    // "naa", "eui64", "t10", "scsiName", … (stable, used in JSON)
    QString typeName() const;
    // "NAA", "EUI-64", "T10 vendor ID", … (translated, for people)
    QString typeTitle() const;
    QString associationName() const; // "lun", "port", "target"

    friend bool operator==(const Designator &, const Designator &) = default;
};

enum class Provisioning { Unknown, Full, Resource, Thin };

// Everything the probe learned about one logical unit. Fields stay at their defaults when the
// LUN did not answer the command that provides them; `error` then says why.
struct LunInfo
{
    int lun = -1;
    int peripheralQualifier = 0;
    int deviceType = 0x1f;            // SPC peripheral device type; 0x1f = unknown
    bool removable = false;
    int scsiVersion = 0;
    QString vendor;
    QString product;
    QString revision;
    QString serial;
    QList<Designator> designators;
    QList<int> vpdPages;              // supported VPD pages (page 0x00)

    std::uint32_t blockSize = 0;       // logical block length in bytes
    std::uint64_t blockCount = 0;      // number of logical blocks = last LBA + 1
    int physicalBlockExponent = 0;     // physical block = 2^exp logical blocks (READ CAPACITY 16)
    bool capacityKnown = false;

    Provisioning provisioning = Provisioning::Unknown;
    bool writeProtected = false;
    bool ready = false;                // TEST UNIT READY answered GOOD
    QString notReadyReason;            // sense text when not ready

    std::uint32_t maxTransferBlocks = 0;     // VPD 0xB0; 0 = not reported
    std::uint32_t optimalTransferBlocks = 0;
    std::uint32_t maxUnmapBlocks = 0;

    Error error;                       // the first command that failed, if any

    std::uint64_t capacityBytes() const { return std::uint64_t(blockSize) * blockCount; }
    std::uint64_t physicalBlockSize() const { return std::uint64_t(blockSize) << physicalBlockExponent; }
    bool thinProvisioned() const { return provisioning == Provisioning::Thin; }
    bool isBlockDevice() const; // disk, optical, RBC, ZBC: has a capacity
    QString deviceTypeName() const { return deviceTypeName(deviceType); }
    static QString deviceTypeName(int type);   // "disk", "controller", "tape", … (stable)
    static QString deviceTypeTitle(int type);  // translated
};

} // namespace lunscope

Q_DECLARE_METATYPE(lunscope::LunInfo)
