#include "VolumeComparison.h"

#include "discovery/TargetSummary.h"
#include "widgets/SizeText.h"
#include "widgets/UiTr.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace lunscope {

std::optional<int> VolumeComparison::lunOfVolume(const QString &volumeName)
{
    // libvirt's iscsi-direct backend: "unit:0:0:%u" (bus, target and LUN; only the LUN varies).
    static const QRegularExpression pattern(u"\\Aunit:0:0:(\\d{1,5})\\z"_s);
    const QRegularExpressionMatch match = pattern.match(volumeName);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

VolumeComparison VolumeComparison::compare(const QList<StorageVolumeInfo> &volumes, const QList<LunInfo> &luns)
{
    std::map<int, VolumeComparisonEntry> byLun;
    for (const LunInfo &lun : luns) {
        VolumeComparisonEntry &entry = byLun[lun.lun];
        entry.lun = lun.lun;
        entry.match = VolumeMatch::MissingInLibvirt;
        entry.scanBytes = lun.capacityKnown ? lun.capacityBytes() : 0;
        entry.blockSize = lun.capacityKnown ? lun.blockSize : 0;
        entry.dataLun = TargetSummary::isDataLun(lun);
    }
    QList<VolumeComparisonEntry> extras; // volumes without a LUN of the scan
    for (const StorageVolumeInfo &volume : volumes) {
        const std::optional<int> lun = lunOfVolume(volume.name);
        const auto it = lun ? byLun.find(*lun) : byLun.end();
        if (it == byLun.end() || !it->second.volumeName.isEmpty()) {
            extras.append({lun.value_or(-1), volume.name, VolumeMatch::MissingInScan, volume.capacity, 0, 0});
            continue;
        }
        VolumeComparisonEntry &entry = it->second;
        entry.volumeName = volume.name;
        entry.libvirtBytes = volume.capacity;
        if (volume.capacity == entry.scanBytes)
            entry.match = VolumeMatch::Match;
        else if (entry.blockSize > 0 && volume.capacity + entry.blockSize == entry.scanBytes)
            entry.match = VolumeMatch::KnownShortfall;
        else
            entry.match = VolumeMatch::SizeMismatch;
    }
    VolumeComparison comparison;
    for (const auto &[key, entry] : byLun)
        comparison.entries.append(entry);
    // By LUN too, after the scan's; those that name no LUN (-1) at the very end.
    std::stable_sort(extras.begin(), extras.end(), [](const VolumeComparisonEntry &a, const VolumeComparisonEntry &b) {
        return unsigned(a.lun) < unsigned(b.lun);
    });
    comparison.entries.append(extras);
    return comparison;
}

bool VolumeComparison::isDifference(const VolumeComparisonEntry &entry)
{
    if (entry.match == VolumeMatch::Match || entry.match == VolumeMatch::KnownShortfall)
        return false;
    // A controller holds no data: a pool without a volume for it loses nothing.
    return entry.dataLun || entry.match != VolumeMatch::MissingInLibvirt;
}

int VolumeComparison::differences() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(), [](const VolumeComparisonEntry &entry) {
        return isDifference(entry);
    }));
}

const VolumeComparisonEntry *VolumeComparison::forVolume(const QString &volumeName) const
{
    const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                 [&](const VolumeComparisonEntry &entry) { return entry.volumeName == volumeName; });
    return it == entries.cend() ? nullptr : &*it;
}

QString VolumeComparison::summary() const
{
    const int different = differences();
    if (different > 0)
        return UiTr::tr("%n difference(s) from the scan", nullptr, different);
    const bool shortfall = std::any_of(entries.cbegin(), entries.cend(), [](const VolumeComparisonEntry &entry) {
        return entry.match == VolumeMatch::KnownShortfall;
    });
    const int dataLuns = int(std::count_if(entries.cbegin(), entries.cend(),
                                           [](const VolumeComparisonEntry &entry) { return entry.dataLun; }));
    // The controller is named apart, as the discovery tree does.
    const bool controller = dataLuns < entries.size();
    if (shortfall)
        return controller ? UiTr::tr("Matches the scan: %n LUN(s) + controller (libvirt's known one-block shortfall)",
                                     nullptr, dataLuns)
                          : UiTr::tr("Matches the scan: %n LUN(s) (libvirt's known one-block shortfall)", nullptr,
                                     dataLuns);
    return controller ? UiTr::tr("Matches the scan: %n LUN(s) + controller", nullptr, dataLuns)
                      : UiTr::tr("Matches the scan: %n LUN(s)", nullptr, dataLuns);
}

QString VolumeComparison::differenceList() const
{
    QStringList lines;
    for (const VolumeComparisonEntry &entry : entries) {
        if (isDifference(entry))
            lines.append(describe(entry));
    }
    return lines.join(u'\n');
}

QString VolumeComparison::describe(const VolumeComparisonEntry &entry)
{
    switch (entry.match) {
    case VolumeMatch::Match:
        return entry.scanBytes == 0 ? UiTr::tr("Matches the scan (no capacity on either side)")
                                    : UiTr::tr("Matches the scan: %1").arg(SizeText::humanAndExact(entry.scanBytes));
    case VolumeMatch::KnownShortfall:
        return UiTr::tr("libvirt's known shortfall: it reports one %1-byte block less than the LUN has (it "
                        "multiplies the last block address by the block size). The LUN: %2.")
            .arg(QLocale().toString(entry.blockSize), SizeText::humanAndExact(entry.scanBytes));
    case VolumeMatch::SizeMismatch:
        return UiTr::tr("LUN %1: libvirt reports %2, the scan found %3")
            .arg(entry.lun)
            .arg(SizeText::humanAndExact(entry.libvirtBytes), SizeText::humanAndExact(entry.scanBytes));
    case VolumeMatch::MissingInLibvirt:
        // No parentheses inside parentheses: the short size here, the exact one in the LUN's details.
        if (!entry.dataLun)
            return UiTr::tr("LUN %1 (the controller) is in the scan, but libvirt lists no volume for it").arg(entry.lun);
        return UiTr::tr("LUN %1 (%2) is in the scan, but libvirt lists no volume for it")
            .arg(entry.lun)
            .arg(SizeText::human(entry.scanBytes));
    case VolumeMatch::MissingInScan:
        return UiTr::tr("Volume %1 (%2) is not in the scan of this target")
            .arg(entry.volumeName, SizeText::human(entry.libvirtBytes));
    }
    return {};
}

} // namespace lunscope
