#pragma once

#include "libvirt/LibvirtTypes.h"
#include "common/LunInfo.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace lunscope {

// How libvirt's view of one LUN compares with our own scan of it.
enum class VolumeMatch {
    Match,            // same size (or neither side has a capacity: a controller LUN)
    KnownShortfall,   // libvirt reports exactly one logical block less: libvirt 9.0's iscsi-direct
                      // backend multiplies the last LBA, not the block count, by the block size
    SizeMismatch,     // any other difference
    MissingInLibvirt, // we found the LUN, libvirt lists no volume for it
    MissingInScan,    // libvirt lists a volume our scan of the target does not have
};

struct VolumeComparisonEntry
{
    int lun = -1;                  // -1: a volume whose name names no LUN
    QString volumeName;            // empty for MissingInLibvirt
    VolumeMatch match = VolumeMatch::Match;
    std::uint64_t libvirtBytes = 0;
    std::uint64_t scanBytes = 0;   // ours, exact: block size × block count (0 when unknown)
    std::uint32_t blockSize = 0;   // ours
    // False for the controller LUN (and other LUNs that hold no data): counted apart, and not a
    // difference when libvirt lists no volume for it.
    bool dataLun = true;

    friend bool operator==(const VolumeComparisonEntry &, const VolumeComparisonEntry &) = default;
};

// libvirt's volumes of an iscsi-direct pool against the LUNs our scan found behind the pool's
// target. Pure logic: no libvirt, no widgets. Volumes are matched to LUNs by name ("unit:0:0:N"
// is LUN N, as libvirt 9.0 names them; it lists tgt's LUN 0 controller too, with capacity 0).
struct VolumeComparison
{
    QList<VolumeComparisonEntry> entries; // by LUN number; volumes that name no LUN last

    static VolumeComparison compare(const QList<StorageVolumeInfo> &volumes, const QList<LunInfo> &luns);
    // "unit:0:0:7" → 7; anything else → no value.
    static std::optional<int> lunOfVolume(const QString &volumeName);

    // SizeMismatch, MissingInLibvirt and MissingInScan entries; a known shortfall is not one.
    // Not the same on both sides, in a way that matters (see VolumeComparisonEntry::dataLun).
    static bool isDifference(const VolumeComparisonEntry &entry);
    int differences() const;
    const VolumeComparisonEntry *forVolume(const QString &volumeName) const;

    // For the pools pane: one line for the pool ("Matches the scan: 4 LUNs"), the differences one
    // per line, and a sentence for one entry that says what libvirt and the scan report.
    QString summary() const;
    QString differenceList() const;
    static QString describe(const VolumeComparisonEntry &entry);
};

} // namespace lunscope
